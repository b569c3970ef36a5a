-- 政策知识库: articles the operators answer from. An edit is a new version; the article names its
-- current one. A ticket answered with an article links the exact version it was answered from.
CREATE TABLE article (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_unit_code varchar(32) NOT NULL REFERENCES unit (code),
    review_by       date        NOT NULL,     -- the owner unit reviews it by then (and again after each review)
    current_version integer     NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      varchar(64) NOT NULL,
    reviewed_at     timestamptz,
    reviewed_by     varchar(64)
);
CREATE INDEX article_owner_idx ON article (owner_unit_code, review_by);

CREATE TABLE article_version (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id     bigint      NOT NULL REFERENCES article (id),
    version        integer     NOT NULL,
    title          text        NOT NULL,
    body           text        NOT NULL,      -- sanitised HTML
    category_codes text[]      NOT NULL DEFAULT '{}',
    keywords       text[]      NOT NULL DEFAULT '{}',
    synonyms       text[]      NOT NULL DEFAULT '{}',
    unit_codes     text[]      NOT NULL DEFAULT '{}',
    valid_from     date        NOT NULL,
    valid_to       date,                      -- the last day it holds; null: until withdrawn
    created_at     timestamptz NOT NULL,
    created_by     varchar(64) NOT NULL,
    UNIQUE (article_id, version),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- Operators who may write articles besides the administrators.
CREATE TABLE knowledge_editor (
    username   varchar(64) PRIMARY KEY REFERENCES app_user (username),
    granted_at timestamptz NOT NULL,
    granted_by varchar(64) NOT NULL
);

-- 紧急专题: a heavy-rain warning, an epidemic. Its articles are shown first to every operator and
-- the tickets tagged with it are counted as they come.
CREATE TABLE emergency_topic (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag         varchar(32) NOT NULL,
    title       text        NOT NULL,
    article_ids bigint[]    NOT NULL DEFAULT '{}',
    opened_at   timestamptz NOT NULL,
    opened_by   varchar(64) NOT NULL,
    closed_at   timestamptz,
    closed_by   varchar(64)
);
CREATE UNIQUE INDEX emergency_topic_open_tag ON emergency_topic (tag) WHERE closed_at IS NULL;

CREATE TABLE topic_ticket (
    topic_id  bigint      NOT NULL REFERENCES emergency_topic (id),
    ticket_id bigint      NOT NULL REFERENCES ticket (id),
    tagged_at timestamptz NOT NULL,
    tagged_by varchar(64) NOT NULL,
    PRIMARY KEY (topic_id, ticket_id)
);

-- The ticket's side: the article version it was answered from (written by the ticket module).
ALTER TABLE ticket ADD COLUMN answer_article_version bigint REFERENCES article_version (id);
CREATE INDEX ticket_answer_article_idx ON ticket (answer_article_version) WHERE answer_article_version IS NOT NULL;
