-- Issue 9: each model's unsure threshold, chosen on its own cross-validation (the lowest at which
-- the confident suggestions were right at least 95 % of the time), with the evidence for it.
ALTER TABLE category_model
    ADD COLUMN unsure_below       numeric(4, 2),
    ADD COLUMN unsure_share       numeric(6, 4),
    ADD COLUMN confident_accuracy numeric(6, 4);

-- What Minhu proposed for each ticket when it was registered, as the operator saw it, with the
-- model version that made it: set beside the category the operators chose, it measures the model.
CREATE TABLE ticket_suggestion (
    ticket_id        bigint       PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
    suggested_at     timestamptz  NOT NULL,
    model_version    integer      REFERENCES category_model (version),
    category_code    varchar(32),
    confidence       numeric(5, 4) NOT NULL,
    unsure           boolean      NOT NULL,
    lead_unit_code   varchar(32),
    place_source     varchar(16),
    suggestion       jsonb        NOT NULL
);
CREATE INDEX ticket_suggestion_model_idx ON ticket_suggestion (model_version);

-- The ticket module's read model for suggesting after the fact (the demo's tickets, a backfill):
-- each ticket's text and place as registered.
CREATE VIEW suggestion_request AS
SELECT t.id AS ticket_id, t.subject, t.content, t.address, t.lat, t.lng, t.created_at
FROM ticket t;
