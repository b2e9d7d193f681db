-- Baton schema, version 3 (H2): cron schedules that start processes, the record of their runs, and the
-- claims of cluster-wide jobs (retention). Kept in step with the other vendors' V3 scripts. Retention needs no
-- new index: candidates come from baton_process (state, ended_at) (V2), and every table it deletes from is
-- reached through an index that leads with the process or task id.

-- The schedule that started a process: processes are listed per schedule, and a schedule's overlap policy
-- counts its unfinished ones.
ALTER TABLE baton_process ADD COLUMN schedule_name VARCHAR(200);
CREATE INDEX baton_process_schedule_ix ON baton_process (schedule_name, state, id);

-- A cron schedule. next_fire_at is the guard of each tick: the firing transaction locks the row, checks it is
-- still the tick it came for and moves it on in the same commit.
CREATE TABLE baton_schedule (
    name                    VARCHAR(200)   NOT NULL,
    description             VARCHAR(1000),
    cron                    VARCHAR(200)   NOT NULL,
    time_zone               VARCHAR(64)    NOT NULL,
    actor                   VARCHAR(200)   NOT NULL,
    args                    CLOB      NOT NULL,
    business_key_template   VARCHAR(200),
    overlap_policy          VARCHAR(16)    NOT NULL,
    max_running             INTEGER       NOT NULL,
    catch_up                VARCHAR(16)    NOT NULL,
    max_failures            INTEGER       NOT NULL,
    state                   VARCHAR(16)    NOT NULL,
    consecutive_failures    INTEGER       NOT NULL,
    paused_at               TIMESTAMP WITH TIME ZONE,
    paused_by               VARCHAR(200),
    paused_reason           VARCHAR(2000),
    next_fire_at            TIMESTAMP WITH TIME ZONE,
    last_tick_at            TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    created_by              VARCHAR(200)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_by              VARCHAR(200)   NOT NULL,
    version                 BIGINT    NOT NULL,
    CONSTRAINT baton_schedule_pk PRIMARY KEY (name)
);
CREATE INDEX baton_schedule_due_ix ON baton_schedule (state, next_fire_at);

-- What each tick (or manual trigger) came to. Unique per schedule and tick: a tick is recorded, and so started,
-- at most once; the same index lists a schedule's newest runs.
CREATE TABLE baton_schedule_run (
    id              VARCHAR(36)    NOT NULL,
    schedule_name   VARCHAR(200)   NOT NULL,
    tick_at         TIMESTAMP WITH TIME ZONE  NOT NULL,
    manual          BOOLEAN   NOT NULL,
    fired_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    outcome         VARCHAR(32)    NOT NULL,
    process_id      VARCHAR(36),
    message         VARCHAR(2000),
    CONSTRAINT baton_schedule_run_pk PRIMARY KEY (id),
    CONSTRAINT baton_schedule_run_tick_uq UNIQUE (schedule_name, tick_at, manual)
);

-- Work one node at a time does for the cluster (retention): who holds it until when, and its last run.
CREATE TABLE baton_job (
    name                VARCHAR(64)    NOT NULL,
    node                VARCHAR(200),
    claimed_until       TIMESTAMP WITH TIME ZONE,
    last_started_at     TIMESTAMP WITH TIME ZONE,
    last_finished_at    TIMESTAMP WITH TIME ZONE,
    last_count          BIGINT    NOT NULL,
    last_error          VARCHAR(2000),
    version             BIGINT    NOT NULL,
    CONSTRAINT baton_job_pk PRIMARY KEY (name)
);
