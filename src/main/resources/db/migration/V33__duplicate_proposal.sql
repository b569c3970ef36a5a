-- The open tickets proposed at intake as the same matter as a registered request, best first
-- (rank 1). Whether the operator agreed is read from the ticket: merged into that candidate.
CREATE TABLE duplicate_proposal (
    ticket_id    bigint      NOT NULL REFERENCES ticket (id),
    candidate_id bigint      NOT NULL REFERENCES ticket (id),
    rank         smallint    NOT NULL,
    score        real        NOT NULL,
    reasons      text        NOT NULL,
    proposed_at  timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, candidate_id)
);
CREATE INDEX duplicate_proposal_at_idx ON duplicate_proposal (proposed_at);

-- the same caller's recent requests (repeat callers), shown at intake
CREATE INDEX ticket_requester_phone_idx ON ticket (requester_phone, created_at) WHERE requester_phone IS NOT NULL;
