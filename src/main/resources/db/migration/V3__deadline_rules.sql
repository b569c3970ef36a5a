-- Deadline rules (时限规则): data with effective dates, never constants in code.
-- For a step, a deadline class and the local date its clock starts, the rule in force is the one
-- with the latest effective_from on or before that date among the class's rules and the 'ANY'
-- rules (same date: the class's rule wins). To change a rule, insert a new row with a later
-- effective_from; never update or delete a row that has been in force.
-- MINUTES and HOURS are plain elapsed time; WORKING_DAYS run on the State Council calendar.
CREATE TABLE deadline_rule (
    step           varchar(16) NOT NULL CHECK (step IN ('ACCEPT','RETURN','RESPOND','COMPLETE','CALLBACK','WHISTLE_REPORT')),
    deadline_class varchar(16) NOT NULL DEFAULT 'ANY' CHECK (deadline_class IN ('ANY','URGENT','UTILITY','NORMAL','COMPLEX')),
    amount         integer     NOT NULL CHECK (amount > 0),
    unit           varchar(16) NOT NULL CHECK (unit IN ('MINUTES','HOURS','WORKING_DAYS')),
    effective_from date        NOT NULL,
    note           text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (step, deadline_class, effective_from)
);

-- The defaults of the design (assumptions where Beijing's exact figures are not public).
INSERT INTO deadline_rule (step, deadline_class, amount, unit, effective_from, note) VALUES
    ('ACCEPT',         'ANY',     2,  'HOURS',        DATE '2019-01-01', '签收 within 2 h of dispatch'),
    ('RETURN',         'ANY',     24, 'HOURS',        DATE '2019-01-01', '退单 allowed within 24 h of dispatch'),
    ('RESPOND',        'URGENT',  2,  'HOURS',        DATE '2019-01-01', '响应: urgent'),
    ('RESPOND',        'UTILITY', 24, 'HOURS',        DATE '2019-01-01', '响应: utilities'),
    ('RESPOND',        'NORMAL',  24, 'HOURS',        DATE '2019-01-01', '响应: normal'),
    ('RESPOND',        'COMPLEX', 24, 'HOURS',        DATE '2019-01-01', '响应: complex'),
    ('COMPLETE',       'URGENT',  24, 'HOURS',        DATE '2019-01-01', '办结: urgent'),
    ('COMPLETE',       'UTILITY', 24, 'HOURS',        DATE '2019-01-01', '办结: utilities'),
    ('COMPLETE',       'NORMAL',  7,  'WORKING_DAYS', DATE '2019-01-01', '办结: normal'),
    ('COMPLETE',       'COMPLEX', 15, 'WORKING_DAYS', DATE '2019-01-01', '办结: complex'),
    ('CALLBACK',       'ANY',     2,  'WORKING_DAYS', DATE '2019-01-01', '回访 within 2 working days of completion'),
    ('WHISTLE_REPORT', 'ANY',     30, 'MINUTES',      DATE '2019-01-01', '吹哨报到 within 30 min');
