-- Calendar years entered by administrators. The State Council publishes each next year's holiday
-- arrangement (节假日安排, with its make-up workdays 调休) around November; the shipped
-- chinese-days data only reaches the year of the release. The working calendar is the bundled
-- years plus these; an administered year overrides a bundled one, and coverage runs from the
-- first bundled year without a gap (the application refuses a year that would leave one).
--
-- calendar_year holds the version in force of each year; calendar_year_history every version
-- ever entered, the one in force included (same year and revision), so replacing a year never
-- loses who entered what. Nodes notice a change by polling year:revision of calendar_year.
CREATE TABLE calendar_year (
    year       integer     PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    holidays   date[]      NOT NULL,                -- days off by law, weekend days among them
    workdays   date[]      NOT NULL DEFAULT '{}',   -- make-up workdays (调休), each a Saturday or Sunday
    note       text,                                -- e.g. the notice it comes from (国办发明电〔2026〕x号)
    entered_by varchar(64) NOT NULL,
    entered_at timestamptz NOT NULL,
    revision   integer     NOT NULL CHECK (revision > 0)
);

CREATE TABLE calendar_year_history (
    year       integer     NOT NULL,
    revision   integer     NOT NULL CHECK (revision > 0),
    holidays   date[]      NOT NULL,
    workdays   date[]      NOT NULL,
    note       text,
    entered_by varchar(64) NOT NULL,
    entered_at timestamptz NOT NULL,
    PRIMARY KEY (year, revision)
);
