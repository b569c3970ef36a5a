-- The centre's queues read their oldest or most urgent rows first through these, and stop at 100.
CREATE INDEX ticket_received_idx ON ticket (created_at) WHERE status = 'RECEIVED';
CREATE INDEX ticket_to_call_back_idx ON ticket (callback_due_at, id) WHERE status IN ('COMPLETED', 'ANSWERED');
CREATE INDEX assignment_return_requested_idx ON assignment (return_requested_at) WHERE status = 'RETURN_REQUESTED';
CREATE INDEX assignment_extension_requested_idx ON assignment (complete_due_at) WHERE extension_status = 'REQUESTED';
CREATE INDEX callback_unresolved_idx ON callback (recorded_at) WHERE resolved = 'NO';
