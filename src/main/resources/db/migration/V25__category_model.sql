-- The category classifier's models, versioned, in the database so that every node loads the same
-- one: the bytes of each accepted model, the cross-validated figures it was judged by, and the
-- figure of the model it was to replace. At most one is current.
CREATE TABLE category_model (
    version          integer       PRIMARY KEY,
    trained_at       timestamptz   NOT NULL,
    trained_by       varchar(64)   NOT NULL,
    examples         integer       NOT NULL,
    categories       integer       NOT NULL,
    macro_f1         numeric(6, 4) NOT NULL,
    accuracy         numeric(6, 4) NOT NULL,
    replaced_macro_f1 numeric(6, 4),
    accepted         boolean       NOT NULL,
    current          boolean       NOT NULL DEFAULT false,
    model            bytea,
    CHECK (NOT current OR (accepted AND model IS NOT NULL))
);
CREATE UNIQUE INDEX category_model_current_idx ON category_model (current) WHERE current;

-- The ticket module's read model for training: each ticket's text and the category the operators
-- confirmed (merged duplicates left out).
CREATE VIEW classifier_example AS
SELECT t.id AS ticket_id, t.subject, t.content, t.category_code, t.created_at
FROM ticket t
WHERE t.category_code IS NOT NULL AND t.status <> 'MERGED';
