-- A month's live preview at a city's scale takes as long as a run: it is scored in the background
-- every minhu.assessment.preview-interval and kept as a preview run (never current, never listed
-- among the runs); readers of a month not yet published get the latest one.
ALTER TABLE assessment_run ADD COLUMN preview boolean NOT NULL DEFAULT false;
CREATE INDEX assessment_run_preview_idx ON assessment_run (month, id) WHERE preview;
