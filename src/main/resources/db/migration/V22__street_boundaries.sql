-- Street and township boundaries a deployment uploaded (no open ones exist): each a GeoJSON
-- geometry in the coordinates it was uploaded in; an upload replaces the whole set.
CREATE TABLE street_boundary (
    unit_code   varchar(32)  PRIMARY KEY REFERENCES unit (code),
    geometry    text         NOT NULL,
    uploaded_by varchar(64)  NOT NULL,
    uploaded_at timestamptz  NOT NULL
);
