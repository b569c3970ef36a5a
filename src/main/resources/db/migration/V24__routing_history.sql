-- The ticket module's read model for routing by history (dispatch never reads the ticket's tables):
-- which unit led each completed ticket, by category and place (community or exact address).
CREATE VIEW routing_history AS
SELECT t.category_code, t.location_unit_code, t.address, a.unit_code, a.completed_at
FROM ticket t
JOIN assignment a ON a.ticket_id = t.id AND a.role = 'LEAD' AND a.status = 'COMPLETED'
WHERE t.category_code IS NOT NULL AND t.status <> 'MERGED';

CREATE INDEX ticket_category_location_idx ON ticket (category_code, location_unit_code);
CREATE INDEX ticket_address_idx ON ticket (md5(address));
