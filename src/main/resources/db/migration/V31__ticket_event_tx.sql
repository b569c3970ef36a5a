-- The transaction that appended each event. A node's search index follows the log by it: every
-- transaction older than the oldest one still running (pg_snapshot_xmin) has finished, so the
-- events below that horizon are final and none is skipped, whatever order identities committed in.
ALTER TABLE ticket_event ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX ticket_event_tx_idx ON ticket_event (tx);
