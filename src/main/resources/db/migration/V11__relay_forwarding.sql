-- 转派: a district's 12345 office, holding a RELAYED assignment, forwards the ticket to a street,
-- township or department of its own district. The forwarded assignment names the relay it came
-- through; the relay stays open until the forwarded work is done.
ALTER TABLE assignment ADD COLUMN relay_of bigint REFERENCES assignment (id);
CREATE INDEX assignment_relay_idx ON assignment (relay_of) WHERE relay_of IS NOT NULL;
