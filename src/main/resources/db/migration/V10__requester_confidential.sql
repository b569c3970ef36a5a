-- 保密: the caller asked that their number stay with the 12345 centre. Then nobody else sees it,
-- in the ticket or in its text, and no handler may reveal it.
ALTER TABLE ticket ADD COLUMN requester_confidential boolean NOT NULL DEFAULT false;
