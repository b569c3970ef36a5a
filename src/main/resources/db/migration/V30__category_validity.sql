-- Categories come and go with dates: a category added from a day, a category retired (no longer
-- chosen for new tickets) from a day; tickets that carry it keep it, and reports still name it.
ALTER TABLE category
    ADD COLUMN valid_from date NOT NULL DEFAULT DATE '2000-01-01',
    ADD COLUMN valid_to   date,
    ADD CHECK (valid_to IS NULL OR valid_to > valid_from);
