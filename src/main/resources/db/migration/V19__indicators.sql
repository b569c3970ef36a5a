-- Indicators beside 接诉即办 that the monthly review meeting ranks (PM2.5, garbage sorting, the
-- safety index, illegal-construction removal …): defined by an administrator, their monthly
-- values imported per unit, ranked within peer groups like the composite.
CREATE TABLE indicator (
    code             varchar(32)   PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_zh          varchar(100)  NOT NULL,
    name_en          varchar(100)  NOT NULL,
    unit_of_measure  varchar(32)   NOT NULL,
    higher_is_better boolean       NOT NULL,
    peer_groups      varchar(16)[] NOT NULL
);

CREATE TABLE indicator_value (
    indicator_code varchar(32)    NOT NULL REFERENCES indicator (code),
    unit_code      varchar(32)    NOT NULL REFERENCES unit (code),
    month          date           NOT NULL CHECK (extract(day FROM month) = 1),
    value          numeric(16, 4) NOT NULL,
    PRIMARY KEY (indicator_code, month, unit_code)
);
