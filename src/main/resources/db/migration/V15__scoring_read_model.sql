-- The ticket module's read model for the monthly assessment: what scoring may know of tickets,
-- owned and kept by the ticket module (the assessment never reads the ticket's tables). Each
-- fact carries its time, so a month can be scored as it stood at any moment.

-- An assignment that counts for its unit's response rate (all but returned and cancelled ones).
CREATE VIEW scoring_assignment AS
SELECT a.id AS assignment_id, a.ticket_id, a.unit_code, a.district_code, a.role, a.route,
       a.dispatched_at, a.respond_due_at, a.responded_at,
       t.location_unit_code,
       CASE WHEN t.exemption_status = 'APPROVED' THEN t.exemption_decided_at END AS exempt_from,
       EXISTS (SELECT 1 FROM deadline_breach b WHERE b.ticket_id = a.ticket_id AND b.assignment_id = a.id) AS breached
FROM assignment a
JOIN ticket t ON t.id = a.ticket_id
WHERE a.status NOT IN ('RETURNED', 'CANCELLED');

-- Every callback with the lead assignment it evaluated: the LEAD completed last before it (of a
-- relay completed with the unit it forwarded to, that unit). No lead: a ticket the centre answered.
CREATE VIEW scoring_callback AS
SELECT c.id AS callback_id, c.ticket_id, c.recorded_at, c.unreachable, c.resolved, c.satisfied,
       lead.unit_code AS lead_unit_code, lead.district_code AS lead_district_code, lead.route AS lead_route,
       t.location_unit_code, t.reopen_count,
       CASE WHEN t.exemption_status = 'APPROVED' THEN t.exemption_decided_at END AS exempt_from
FROM callback c
JOIN ticket t ON t.id = c.ticket_id
LEFT JOIN LATERAL (
    SELECT a.unit_code, a.district_code, a.route FROM assignment a
    WHERE a.ticket_id = c.ticket_id AND a.role = 'LEAD' AND a.completed_at <= c.recorded_at
    ORDER BY a.completed_at DESC, (a.relay_of IS NULL), a.id DESC
    LIMIT 1) lead ON true;

-- A request as registered, by where it lies (requests per 10,000 residents, zero-request communities).
CREATE VIEW scoring_request AS
SELECT t.id AS ticket_id, t.created_at, t.location_unit_code, t.district_code, t.category_code,
       CASE WHEN t.exemption_status = 'APPROVED' THEN t.exemption_decided_at END AS exempt_from
FROM ticket t
WHERE t.status <> 'MERGED';

CREATE INDEX assignment_dispatched_idx ON assignment (dispatched_at);
CREATE INDEX callback_recorded_idx ON callback (recorded_at);
CREATE INDEX ticket_location_created_idx ON ticket (location_unit_code, created_at);
