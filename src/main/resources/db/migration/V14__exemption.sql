-- 免考核: the latest request to leave a ticket out of the monthly scores and its decision (the
-- whole history is in the ticket's event log). Pending requests are a supervisor's queue.
ALTER TABLE ticket
    ADD COLUMN exemption_status          varchar(16),
    ADD COLUMN exemption_reason          varchar(32),
    ADD COLUMN exemption_evidence        varchar(2000),
    ADD COLUMN exemption_requested_by    varchar(64),
    ADD COLUMN exemption_requested_at    timestamptz,
    ADD COLUMN exemption_decided_by      varchar(64),
    ADD COLUMN exemption_decided_at      timestamptz,
    ADD COLUMN exemption_decision_reason varchar(1000);
CREATE INDEX ticket_exemption_pending_idx ON ticket (district_code, exemption_requested_at)
    WHERE exemption_status = 'REQUESTED';
