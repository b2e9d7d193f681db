-- Baton schema, version 1 (H2). Kept in step with the other vendors' V1 scripts.

CREATE TABLE baton_process (
    id              VARCHAR(36)   NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    business_key    VARCHAR(200),
    state           VARCHAR(16)   NOT NULL,
    args            CLOB,
    result          CLOB,
    error           CLOB,
    start_task_id   VARCHAR(36),
    open_tasks      INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE       NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE       NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL,
    CONSTRAINT baton_process_pk PRIMARY KEY (id)
);
CREATE INDEX baton_process_state_ix ON baton_process (state, id);
CREATE INDEX baton_process_actor_ix ON baton_process (actor, id);
CREATE INDEX baton_process_key_ix ON baton_process (business_key);

-- One row per (actor, business key): the database guard that makes a start effectively-once per key.
CREATE TABLE baton_process_key (
    actor           VARCHAR(200)  NOT NULL,
    business_key    VARCHAR(200)  NOT NULL,
    process_id      VARCHAR(36)   NOT NULL,
    CONSTRAINT baton_process_key_pk PRIMARY KEY (actor, business_key)
);

CREATE TABLE baton_task (
    id                  VARCHAR(36)   NOT NULL,
    process_id          VARCHAR(36)   NOT NULL,
    parent_id           VARCHAR(36),
    ref                 VARCHAR(200),
    actor               VARCHAR(200)  NOT NULL,
    type                VARCHAR(16)   NOT NULL,
    method              VARCHAR(200),
    state               VARCHAR(16)   NOT NULL,
    args                CLOB,
    result              CLOB,
    error               CLOB,
    pending_deps        INTEGER       NOT NULL,
    accept_fail         BOOLEAN       NOT NULL,
    attempt             INTEGER       NOT NULL,
    max_attempts        INTEGER       NOT NULL,
    initial_interval_ms BIGINT       NOT NULL,
    backoff_coefficient DOUBLE PRECISION       NOT NULL,
    max_interval_ms     BIGINT       NOT NULL,
    timeout_seconds     INTEGER       NOT NULL,
    ready_at            TIMESTAMP WITH TIME ZONE,
    worker_id           VARCHAR(200),
    started_at          TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE       NOT NULL,
    ended_at            TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL,
    CONSTRAINT baton_task_pk PRIMARY KEY (id)
);
-- "Ready tasks of actor X, oldest first" (queue rebuild) and "due tasks" (the scheduler) stay index scans.
CREATE INDEX baton_task_ready_ix ON baton_task (actor, state, ready_at);
CREATE INDEX baton_task_due_ix ON baton_task (state, ready_at);
CREATE INDEX baton_task_process_ix ON baton_task (process_id);

-- An edge "task_id waits for depends_on"; only unresolved promises get a row.
CREATE TABLE baton_task_dep (
    task_id         VARCHAR(36)   NOT NULL,
    depends_on      VARCHAR(36)   NOT NULL,
    CONSTRAINT baton_task_dep_pk PRIMARY KEY (task_id, depends_on)
);
CREATE INDEX baton_task_dep_on_ix ON baton_task_dep (depends_on);

-- Append-only log of what happened to a process and its tasks.
CREATE TABLE baton_history (
    id              VARCHAR(36)   NOT NULL,
    process_id      VARCHAR(36)   NOT NULL,
    task_id         VARCHAR(36),
    kind            VARCHAR(32)   NOT NULL,
    at              TIMESTAMP WITH TIME ZONE       NOT NULL,
    attempt         INTEGER,
    actor           VARCHAR(200),
    detail          VARCHAR(4000),
    CONSTRAINT baton_history_pk PRIMARY KEY (id)
);
CREATE INDEX baton_history_process_ix ON baton_history (process_id, at);
