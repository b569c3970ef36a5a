-- The responsibility list (权责清单): which kind of unit leads a leaf category — the street or
-- township of the place (PLACE), a named department or utility (UNIT), or the centre itself
-- (CENTER: answered on the call) — and who assists, as dated rows: a category is routed by the
-- row latest on or before the day. Seeded from the taxonomy's hints (V5) from 2000-01-01.
CREATE TABLE responsibility (
    category_code     varchar(32)   NOT NULL REFERENCES category (code),
    effective_from    date          NOT NULL,
    lead              varchar(8)    NOT NULL CHECK (lead IN ('PLACE', 'UNIT', 'CENTER')),
    lead_unit_code    varchar(32),  -- no foreign key: units are loaded after the migrations, at start
    assist_unit_codes varchar(32)[] NOT NULL DEFAULT '{}',
    assist_place      boolean       NOT NULL DEFAULT false,
    changed_by        varchar(64)   NOT NULL,
    changed_at        timestamptz   NOT NULL,
    PRIMARY KEY (category_code, effective_from),
    CHECK ((lead = 'UNIT') = (lead_unit_code IS NOT NULL))
);

INSERT INTO responsibility (category_code, effective_from, lead, lead_unit_code, assist_place, changed_by, changed_at)
SELECT c.code, DATE '2000-01-01',
       CASE WHEN c.default_unit_kind = 'CENTER' THEN 'CENTER'
            WHEN c.default_unit_code IS NOT NULL THEN 'UNIT'
            ELSE 'PLACE' END,
       CASE WHEN c.default_unit_kind <> 'CENTER' THEN c.default_unit_code END,
       -- a department or utility at work in a street is helped by the street
       coalesce(c.default_unit_kind IN ('DEPARTMENT', 'ENTERPRISE'), false),
       'system', now()
FROM category c WHERE c.level = 3;
