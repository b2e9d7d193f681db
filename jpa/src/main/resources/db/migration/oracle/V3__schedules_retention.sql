-- Baton schema, version 3 (Oracle): cron schedules that start processes, the record of their runs, and the
-- claims of cluster-wide jobs (retention). Kept in step with the other vendors' V3 scripts. Retention needs no
-- new index: candidates come from baton_process (state, ended_at) (V2), and every table it deletes from is
-- reached through an index that leads with the process or task id.

-- The schedule that started a process: processes are listed per schedule, and a schedule's overlap policy
-- counts its unfinished ones.
ALTER TABLE baton_process ADD (schedule_name VARCHAR2(200));
CREATE INDEX baton_process_schedule_ix ON baton_process (schedule_name, state, id);

-- A cron schedule. next_fire_at is the guard of each tick: the firing transaction locks the row, checks it is
-- still the tick it came for and moves it on in the same commit.
CREATE TABLE baton_schedule (
    name                    VARCHAR2(200)   NOT NULL,
    description             VARCHAR2(1000),
    cron                    VARCHAR2(200)   NOT NULL,
    time_zone               VARCHAR2(64)    NOT NULL,
    actor                   VARCHAR2(200)   NOT NULL,
    args                    CLOB      NOT NULL,
    business_key_template   VARCHAR2(200),
    overlap_policy          VARCHAR2(16)    NOT NULL,
    max_running             NUMBER(10)       NOT NULL,
    catch_up                VARCHAR2(16)    NOT NULL,
    max_failures            NUMBER(10)       NOT NULL,
    state                   VARCHAR2(16)    NOT NULL,
    consecutive_failures    NUMBER(10)       NOT NULL,
    paused_at               TIMESTAMP WITH TIME ZONE,
    paused_by               VARCHAR2(200),
    paused_reason           VARCHAR2(2000),
    next_fire_at            TIMESTAMP WITH TIME ZONE,
    last_tick_at            TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    created_by              VARCHAR2(200)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_by              VARCHAR2(200)   NOT NULL,
    version                 NUMBER(19)    NOT NULL,
    CONSTRAINT baton_schedule_pk PRIMARY KEY (name)
);
CREATE INDEX baton_schedule_due_ix ON baton_schedule (state, next_fire_at);

-- What each tick (or manual trigger) came to. Unique per schedule and tick: a tick is recorded, and so started,
-- at most once; the same index lists a schedule's newest runs.
CREATE TABLE baton_schedule_run (
    id              VARCHAR2(36)    NOT NULL,
    schedule_name   VARCHAR2(200)   NOT NULL,
    tick_at         TIMESTAMP WITH TIME ZONE  NOT NULL,
    manual          NUMBER(1)   NOT NULL,
    fired_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    outcome         VARCHAR2(32)    NOT NULL,
    process_id      VARCHAR2(36),
    message         VARCHAR2(2000),
    CONSTRAINT baton_schedule_run_pk PRIMARY KEY (id),
    CONSTRAINT baton_schedule_run_tick_uq UNIQUE (schedule_name, tick_at, manual)
);

-- Work one node at a time does for the cluster (retention): who holds it until when, and its last run.
CREATE TABLE baton_job (
    name                VARCHAR2(64)    NOT NULL,
    node                VARCHAR2(200),
    claimed_until       TIMESTAMP WITH TIME ZONE,
    last_started_at     TIMESTAMP WITH TIME ZONE,
    last_finished_at    TIMESTAMP WITH TIME ZONE,
    last_count          NUMBER(19)    NOT NULL,
    last_error          VARCHAR2(2000),
    version             NUMBER(19)    NOT NULL,
    CONSTRAINT baton_job_pk PRIMARY KEY (name)
);
