-- The direct score (直派成绩) is ranked like the composite: the review meeting reads both ranks.
ALTER TABLE assessment_score
    ADD COLUMN direct_rank          integer,
    ADD COLUMN direct_district_rank integer,
    ADD COLUMN direct_rank_change   integer;
