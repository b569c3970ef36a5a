-- Who sees a ticket is decided by the ticket's and its assignments' own columns, in SQL and in
-- Java alike (TicketVisibility), never by a join to the directory: each assignment keeps the
-- district its unit lay in when it was dispatched.
ALTER TABLE assignment ADD COLUMN district_code varchar(32);
UPDATE assignment a SET district_code = u.district_code FROM unit u WHERE u.code = a.unit_code;
CREATE INDEX assignment_district_idx ON assignment (district_code, ticket_id);
