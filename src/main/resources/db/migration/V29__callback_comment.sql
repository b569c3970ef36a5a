-- 回访: the operator's note of what the citizen said.
ALTER TABLE callback ADD COLUMN comment text;
