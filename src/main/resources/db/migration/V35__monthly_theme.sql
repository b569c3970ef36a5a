-- 每月一题: a recurring citywide problem the city picks for a month and tackles as a project, led by
-- a department with a plan (一方案) and three lists of tasks (三清单: policies, tasks, responsibilities).
CREATE TABLE monthly_theme (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    month          date         NOT NULL,          -- the month's first day
    category_code  varchar(32)  NOT NULL REFERENCES category (code),
    title          text         NOT NULL,
    lead_unit_code varchar(32)  NOT NULL REFERENCES unit (code),
    plan           text         NOT NULL DEFAULT '',
    chosen_at      timestamptz  NOT NULL,
    chosen_by      varchar(64)  NOT NULL,
    UNIQUE (month, category_code)
);

CREATE TABLE theme_task (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    theme_id    bigint       NOT NULL REFERENCES monthly_theme (id),
    list        varchar(16)  NOT NULL CHECK (list IN ('POLICY','TASK','RESPONSIBILITY')),
    description text         NOT NULL,
    unit_code   varchar(32)  NOT NULL REFERENCES unit (code),
    due_on      date         NOT NULL,
    done_at     timestamptz,
    done_by     varchar(64),
    done_note   text
);
CREATE INDEX theme_task_theme_idx ON theme_task (theme_id);
