-- User names are one name whatever their case (OP01 is op01): sign-in looks them up in lower case.
CREATE UNIQUE INDEX app_user_username_lower_idx ON app_user (lower(username));

-- Bumped by every administrative change of a user; a session or cached sign-in made before it
-- is refused at its next request, so a disabled user, or one whose role changed, is out at once.
ALTER TABLE app_user ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();

-- What administrators did: who, what, when, to whom. Append-only.
CREATE TABLE admin_event (
    id     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL,
    actor  varchar(64) NOT NULL,
    action varchar(32) NOT NULL,
    target varchar(64),
    data   jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX admin_event_at_idx ON admin_event (at DESC, id DESC);
