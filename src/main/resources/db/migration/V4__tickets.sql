-- Tickets (诉求/工单), their assignments (派单), callbacks (回访) and the append-only event log.
CREATE SEQUENCE ticket_number_seq;

CREATE TABLE ticket (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number             varchar(20)  NOT NULL UNIQUE,
    status             varchar(16)  NOT NULL CHECK (status IN ('RECEIVED','ANSWERED','DISPATCHED','COMPLETED','CLOSED','MERGED','TERMINATED')),
    channel            varchar(16)  NOT NULL,
    type               varchar(16)  NOT NULL,
    urgency            varchar(16)  NOT NULL,
    subject            text,
    content            text         NOT NULL,
    category_code      varchar(32),
    requester_name     text,
    requester_phone    varchar(32),
    address            text,
    lat                double precision,
    lng                double precision,
    location_unit_code varchar(32)  REFERENCES unit (code),
    district_code      varchar(32)  REFERENCES unit (code),
    lead_unit_code     varchar(32)  REFERENCES unit (code),
    parent_id          bigint       REFERENCES ticket (id),
    supervised         boolean      NOT NULL DEFAULT false,
    answer             text,
    reopen_count       integer      NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(64),
    answered_at        timestamptz,
    completed_at       timestamptz,
    callback_due_at    timestamptz,
    closed_at          timestamptz,
    terminated_reason  text,
    version            integer      NOT NULL DEFAULT 0
);
CREATE INDEX ticket_created_idx ON ticket (created_at);
CREATE INDEX ticket_status_idx ON ticket (status, created_at);
CREATE INDEX ticket_district_idx ON ticket (district_code, created_at);
CREATE INDEX ticket_lead_unit_idx ON ticket (lead_unit_code, created_at);
CREATE INDEX ticket_category_idx ON ticket (category_code);
CREATE INDEX ticket_callback_due_idx ON ticket (callback_due_at) WHERE status = 'COMPLETED';

CREATE TABLE assignment (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id                 bigint       NOT NULL REFERENCES ticket (id),
    unit_code                 varchar(32)  NOT NULL REFERENCES unit (code),
    role                      varchar(8)   NOT NULL CHECK (role IN ('LEAD','ASSIST')),
    route                     varchar(8)   NOT NULL CHECK (route IN ('DIRECT','RELAYED')),
    status                    varchar(20)  NOT NULL CHECK (status IN ('PENDING','ACCEPTED','RESPONDED','COMPLETED','RETURN_REQUESTED','RETURNED','CANCELLED')),
    deadline_class            varchar(12)  NOT NULL,
    dispatched_at             timestamptz  NOT NULL,
    dispatched_by             varchar(64),
    accept_due_at             timestamptz  NOT NULL,
    return_until              timestamptz  NOT NULL,
    respond_due_at            timestamptz  NOT NULL,
    complete_due_at           timestamptz  NOT NULL,
    accepted_at               timestamptz,
    responded_at              timestamptz,
    completed_at              timestamptz,
    reply                     text,
    return_reason             text,
    return_requested_at       timestamptz,
    status_before_return      varchar(20),
    extension_status          varchar(12)  CHECK (extension_status IN ('REQUESTED','APPROVED','REJECTED')),
    extension_until           timestamptz,
    extension_reason          text
);
CREATE INDEX assignment_ticket_idx ON assignment (ticket_id);
CREATE INDEX assignment_unit_idx ON assignment (unit_code, status);
CREATE INDEX assignment_accept_due_idx ON assignment (accept_due_at) WHERE status = 'PENDING';
CREATE INDEX assignment_respond_due_idx ON assignment (respond_due_at) WHERE status IN ('PENDING','ACCEPTED','RETURN_REQUESTED');
CREATE INDEX assignment_complete_due_idx ON assignment (complete_due_at) WHERE status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED');

CREATE TABLE callback (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint       NOT NULL REFERENCES ticket (id),
    recorded_at timestamptz  NOT NULL,
    recorded_by varchar(64)  NOT NULL,
    unreachable boolean      NOT NULL,
    resolved    varchar(8)   CHECK (resolved IN ('YES','PARTLY','NO')),
    satisfied   varchar(16)  CHECK (satisfied IN ('SATISFIED','BASICALLY','DISSATISFIED')),
    CHECK (unreachable OR (resolved IS NOT NULL AND satisfied IS NOT NULL))
);
CREATE INDEX callback_ticket_idx ON callback (ticket_id);

-- Append-only: nothing is ever updated or deleted here; corrections are new events.
CREATE TABLE ticket_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id     bigint       NOT NULL REFERENCES ticket (id),
    assignment_id bigint       REFERENCES assignment (id),
    type          varchar(32)  NOT NULL,
    at            timestamptz  NOT NULL,
    actor         varchar(64),
    actor_unit    varchar(32),
    data          jsonb        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);

CREATE TABLE deadline_breach (
    ticket_id     bigint       NOT NULL REFERENCES ticket (id),
    assignment_id bigint       NOT NULL DEFAULT 0,
    step          varchar(16)  NOT NULL,
    due_at        timestamptz  NOT NULL,
    detected_at   timestamptz  NOT NULL,
    PRIMARY KEY (ticket_id, assignment_id, step, due_at)
);

CREATE TABLE idempotency_key (
    username     varchar(64)  NOT NULL,
    key          varchar(128) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    ticket_id    bigint       NOT NULL REFERENCES ticket (id),
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (username, key)
);
