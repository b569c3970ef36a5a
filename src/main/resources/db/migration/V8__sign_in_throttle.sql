-- Failed sign-ins, per user name ('u:<name in lower case>') and per address ('a:<address>'), so that
-- guessing passwords is braked on every node alike: after a few failures the key is blocked for a
-- while, longer each time, never for good. A success clears the user name's row.
CREATE TABLE sign_in_throttle (
    key           varchar(120) PRIMARY KEY,
    failures      integer      NOT NULL CHECK (failures > 0),
    window_start  timestamptz  NOT NULL,
    blocked_until timestamptz
);
