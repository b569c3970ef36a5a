-- Deadlines counted on provisional calendar years (statutory holidays only, for want of the State
-- Council's notice) are marked, and counted again once an administrator enters the official year.
--
-- provisional_deadlines: which of the assignment's deadlines a provisional day went into
--   (ACCEPT, RETURN, RESPOND, COMPLETE, EXTENSION: the end of a requested extension);
-- provisional_beyond: the last official year when they were counted; once the official calendar
--   reaches further, the recompute takes the assignment up again (null: nothing provisional).
-- extended_from / extended_days: how the completion deadline follows from approved extensions
--   (extended_days working days past dispatch's deadline, or past extended_from after an extension
--   to a date), so that it can be counted again from its start.
ALTER TABLE assignment
    ADD COLUMN provisional_deadlines  varchar(16)[] NOT NULL DEFAULT '{}',
    ADD COLUMN provisional_beyond     integer,
    ADD COLUMN extended_from          timestamptz,
    ADD COLUMN extended_days          integer       NOT NULL DEFAULT 0 CHECK (extended_days >= 0),
    ADD COLUMN extension_working_days integer       CHECK (extension_working_days > 0);

-- an extension approved before this was recorded as a date: the deadline counts from it
UPDATE assignment SET extended_from = extension_until WHERE extension_status = 'APPROVED';

CREATE INDEX assignment_provisional_idx ON assignment (provisional_beyond)
    WHERE provisional_beyond IS NOT NULL AND status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED');

ALTER TABLE ticket ADD COLUMN callback_due_provisional_beyond integer;
CREATE INDEX ticket_callback_provisional_idx ON ticket (callback_due_provisional_beyond)
    WHERE callback_due_provisional_beyond IS NOT NULL AND status = 'COMPLETED';
