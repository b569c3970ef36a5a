-- The proactive tickets made of hotspots: a hotspot (a surge or a cluster of a week, by its key)
-- becomes at most one ticket.
CREATE TABLE hotspot_ticket (
    hotspot_key varchar(300) PRIMARY KEY,
    ticket_id   bigint       NOT NULL REFERENCES ticket (id),
    made_at     timestamptz  NOT NULL,
    made_by     varchar(64)  NOT NULL
);
