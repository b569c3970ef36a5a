-- The monthly assessment's rules, as dated data: a month is always scored with the rules in force
-- in it (the latest effective month not after it). Weights per peer group; the rest for all groups.
CREATE TABLE assessment_weight (
    effective_month date          NOT NULL CHECK (extract(day FROM effective_month) = 1),
    peer_group      varchar(16)   NOT NULL,
    w_response      numeric(6, 4) NOT NULL CHECK (w_response >= 0),
    w_resolution    numeric(6, 4) NOT NULL CHECK (w_resolution >= 0),
    w_satisfaction  numeric(6, 4) NOT NULL CHECK (w_satisfaction >= 0),
    PRIMARY KEY (effective_month, peer_group),
    CHECK (w_response + w_resolution + w_satisfaction = 1)
);

CREATE TABLE assessment_setting (
    effective_month date          PRIMARY KEY CHECK (extract(day FROM effective_month) = 1),
    alpha           numeric(6, 4) NOT NULL CHECK (alpha BETWEEN 0 AND 1),
    beta            numeric(6, 4) NOT NULL CHECK (beta BETWEEN 0 AND 1),
    min_sample      integer       NOT NULL CHECK (min_sample >= 0),
    governance_size integer       NOT NULL CHECK (governance_size >= 0)
);

INSERT INTO assessment_weight (effective_month, peer_group, w_response, w_resolution, w_satisfaction)
SELECT DATE '2000-01-01', g, 0.10, 0.45, 0.45
FROM unnest(ARRAY['CENTER', 'DISTRICT', 'SUBDISTRICT', 'TOWNSHIP', 'COMMUNITY', 'DEPARTMENT', 'ENTERPRISE']) AS g;
INSERT INTO assessment_setting (effective_month, alpha, beta, min_sample, governance_size)
VALUES (DATE '2000-01-01', 0, 0, 10, 10);
