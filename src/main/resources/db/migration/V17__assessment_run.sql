-- A month scored and published (frozen): each run keeps the rules it used and every unit's row;
-- the current run of a month is the one readers see; a re-run keeps the earlier ones readable.
CREATE TABLE assessment_run (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    month       date         NOT NULL CHECK (extract(day FROM month) = 1),
    scored_at   timestamptz  NOT NULL,
    run_by      varchar(64)  NOT NULL,
    reason      varchar(1000),
    rules       jsonb        NOT NULL,
    current     boolean      NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX assessment_run_current_idx ON assessment_run (month) WHERE current;

CREATE TABLE assessment_score (
    run_id            bigint        NOT NULL REFERENCES assessment_run (id),
    unit_code         varchar(32)   NOT NULL,
    unit_name         text          NOT NULL,
    peer_group        varchar(16)   NOT NULL,
    district_code     varchar(32),
    response_due      integer       NOT NULL,
    responded_on_time integer       NOT NULL,
    callbacks         integer       NOT NULL,
    resolved_yes      integer       NOT NULL,
    resolved_partly   integer       NOT NULL,
    satisfied         integer       NOT NULL,
    basically         integer       NOT NULL,
    response_rate     numeric(6, 4),
    resolution_rate   numeric(6, 4),
    satisfaction_rate numeric(6, 4),
    composite         numeric(6, 2),
    direct            numeric(6, 2),
    per10k            numeric(12, 2),
    rank              integer,
    district_rank     integer,
    rank_change       integer,
    small_sample      boolean       NOT NULL,
    overdue           integer       NOT NULL,
    reopened          integer       NOT NULL,
    requests          integer       NOT NULL,
    PRIMARY KEY (run_id, unit_code)
);
CREATE INDEX assessment_score_rank_idx ON assessment_score (run_id, peer_group, rank);

-- One run of a month at a time, on any number of nodes: the key is taken before scoring, given
-- back after; a key older than minhu.assessment.stale-run is a crashed node's and may be taken over.
CREATE TABLE assessment_run_claim (
    month      date         PRIMARY KEY,
    claimed_at timestamptz  NOT NULL,
    claimed_by varchar(64)  NOT NULL
);
