-- 吹哨报到: a street or township summons departments and utilities to one of its tickets. Each
-- summoned unit holds an ASSIST assignment that names the whistle and must report in (报到) by
-- its report deadline; a missed report-in is a deadline_breach of step WHISTLE_REPORT.
CREATE TABLE whistle (
    id          bigserial    PRIMARY KEY,
    ticket_id   bigint       NOT NULL REFERENCES ticket (id),
    unit_code   varchar(32)  NOT NULL,
    type        varchar(12)  NOT NULL CHECK (type IN ('DAILY','TASK','EMERGENCY')),
    note        text         NOT NULL,
    blown_at    timestamptz  NOT NULL,
    blown_by    varchar(64)  NOT NULL,
    status      varchar(8)   NOT NULL CHECK (status IN ('OPEN','CLOSED')),
    closed_at   timestamptz
);
CREATE INDEX whistle_ticket_idx ON whistle (ticket_id);
CREATE INDEX whistle_unit_blown_idx ON whistle (unit_code, blown_at);
CREATE INDEX whistle_blown_idx ON whistle (blown_at);

ALTER TABLE assignment
    ADD COLUMN whistle_id    bigint REFERENCES whistle (id),
    ADD COLUMN report_due_at timestamptz,
    ADD COLUMN reported_at   timestamptz,
    ADD COLUMN report_note   text,
    ADD COLUMN work_note     text;
CREATE INDEX assignment_whistle_idx ON assignment (whistle_id) WHERE whistle_id IS NOT NULL;
CREATE INDEX assignment_report_due_idx ON assignment (report_due_at) WHERE whistle_id IS NOT NULL AND reported_at IS NULL;

-- 督办: the supervision in force (supervised) or the last one lifted, with its level and deadline.
ALTER TABLE ticket
    ADD COLUMN supervision_level  varchar(8) CHECK (supervision_level IN ('DISTRICT','CITY')),
    ADD COLUMN supervision_note   text,
    ADD COLUMN supervision_due_at timestamptz,
    ADD COLUMN supervised_at      timestamptz,
    ADD COLUMN supervised_by      varchar(64);
CREATE INDEX ticket_supervision_due_idx ON ticket (supervision_due_at) WHERE supervised;


-- A missed report-in or supervision deadline is not an overdue assignment in the scores: the
-- response rate counts the unit's own steps only.
CREATE OR REPLACE VIEW scoring_assignment AS
SELECT a.id AS assignment_id, a.ticket_id, a.unit_code, a.district_code, a.role, a.route,
       a.dispatched_at, a.respond_due_at, a.responded_at,
       t.location_unit_code,
       CASE WHEN t.exemption_status = 'APPROVED' THEN t.exemption_decided_at END AS exempt_from,
       EXISTS (SELECT 1 FROM deadline_breach b WHERE b.ticket_id = a.ticket_id AND b.assignment_id = a.id
               AND b.step IN ('ACCEPT','RESPOND','COMPLETE')) AS breached
FROM assignment a
JOIN ticket t ON t.id = a.ticket_id
WHERE a.status NOT IN ('RETURNED', 'CANCELLED');

-- What the assessment may know of whistles: who blew one when, and each summoned unit's report-in.
CREATE VIEW scoring_whistle AS
SELECT w.id AS whistle_id, w.unit_code, w.blown_at FROM whistle w;

CREATE VIEW scoring_report_in AS
SELECT a.id AS assignment_id, a.unit_code, a.report_due_at, a.reported_at
FROM assignment a WHERE a.whistle_id IS NOT NULL AND a.status <> 'CANCELLED';

-- Shown beside the scores, outside the composite: whistles blown (streets, townships) and
-- report-ins on time of those due (departments, utilities).
ALTER TABLE assessment_score
    ADD COLUMN whistles_blown  integer NOT NULL DEFAULT 0,
    ADD COLUMN reports_due     integer NOT NULL DEFAULT 0,
    ADD COLUMN reports_on_time integer NOT NULL DEFAULT 0;
