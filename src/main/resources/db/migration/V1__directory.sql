-- Units (承办单位) and the users who act for them.
CREATE TABLE unit (
    code          varchar(32)  PRIMARY KEY,          -- 12-digit division code where one exists
    name          text         NOT NULL,
    kind          varchar(16)  NOT NULL CHECK (kind IN ('CENTER','DISTRICT','SUBDISTRICT','TOWNSHIP','COMMUNITY','DEPARTMENT','ENTERPRISE')),
    parent_code   varchar(32)  REFERENCES unit (code),
    district_code varchar(32)  REFERENCES unit (code), -- the district a unit lies in (itself for a district)
    population    integer      CHECK (population IS NULL OR population >= 0),
    valid_from    date         NOT NULL DEFAULT DATE '2000-01-01',
    valid_to      date,                               -- null: still in force
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX unit_kind_idx ON unit (kind, district_code);
CREATE INDEX unit_parent_idx ON unit (parent_code);

-- Other names a unit is known by (renamed or merged units, 将台地区/将台乡 …).
CREATE TABLE unit_alias (
    alias     text        NOT NULL,
    unit_code varchar(32) NOT NULL REFERENCES unit (code),
    PRIMARY KEY (alias, unit_code)
);

CREATE TABLE app_user (
    id            bigserial    PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE,
    password_hash text         NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('OPERATOR','HANDLER','SUPERVISOR','ADMIN')),
    unit_code     varchar(32)  REFERENCES unit (code),
    display_name  text,
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CHECK (role <> 'HANDLER' OR unit_code IS NOT NULL)
);
