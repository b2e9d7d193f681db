-- Baton schema, version 2 (PostgreSQL): process operations (suspend, cancel, restart, deadlines),
-- delayed tasks, timeouts and event tasks, the event mailbox, actor settings, the audit log and bulk
-- operations. Kept in step with the other vendors' V2 scripts.

-- A failure keeps its cause in columns of their own, so broken processes are grouped and filtered cheaply.
ALTER TABLE baton_process ADD COLUMN error_type VARCHAR(200);
ALTER TABLE baton_process ADD COLUMN cause_task_id VARCHAR(36);
ALTER TABLE baton_process ADD COLUMN cause_actor VARCHAR(200);
ALTER TABLE baton_process ADD COLUMN deadline_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE baton_process ADD COLUMN on_deadline VARCHAR(16);

-- Broken processes in a time range, retention of finished ones, and due deadlines stay index range scans.
CREATE INDEX baton_process_ended_ix ON baton_process (state, ended_at);
CREATE INDEX baton_process_deadline_ix ON baton_process (state, deadline_at);

-- Event tasks, start times and waits; first_attempt starts the retry budget again after a restart.
ALTER TABLE baton_task ADD COLUMN event_name VARCHAR(150);
ALTER TABLE baton_task ADD COLUMN first_attempt INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE baton_task ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
ALTER TABLE baton_task ADD COLUMN delay_seconds INTEGER;
ALTER TABLE baton_task ADD COLUMN schedule_to_start_seconds INTEGER;
ALTER TABLE baton_task ADD COLUMN wait_deadline TIMESTAMP WITH TIME ZONE;

CREATE INDEX baton_task_wait_ix ON baton_task (state, wait_deadline);

-- Events delivered to a process: consumed by an event task, or waiting in the mailbox until one appears.
CREATE TABLE baton_event (
    id              VARCHAR(36)   NOT NULL,
    process_id      VARCHAR(36)   NOT NULL,
    name            VARCHAR(150)  NOT NULL,
    delivery_key    VARCHAR(200)  NOT NULL,
    payload         TEXT,
    received_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    consumed_by     VARCHAR(36),
    consumed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT baton_event_pk PRIMARY KEY (id),
    CONSTRAINT baton_event_key_uq UNIQUE (process_id, delivery_key)
);
CREATE INDEX baton_event_mailbox_ix ON baton_event (process_id, name, received_at);

-- What operators set per actor: blocked, and defaults for its new tasks.
CREATE TABLE baton_actor (
    name                        VARCHAR(200)  NOT NULL,
    blocked                     BOOLEAN  NOT NULL,
    blocked_at                  TIMESTAMP WITH TIME ZONE,
    blocked_by                  VARCHAR(200),
    retry_max_attempts          INTEGER,
    retry_initial_interval_ms   BIGINT,
    retry_backoff_coefficient   DOUBLE PRECISION,
    retry_max_interval_ms       BIGINT,
    timeout_seconds             INTEGER,
    schedule_to_start_seconds   INTEGER,
    updated_at                  TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_by                  VARCHAR(200),
    version                     BIGINT  NOT NULL,
    CONSTRAINT baton_actor_pk PRIMARY KEY (name)
);

-- Every operator action: who, what, to what, when, how many. Ids carry the time, so time ranges use the key.
CREATE TABLE baton_audit (
    id              VARCHAR(36)   NOT NULL,
    at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    performed_by    VARCHAR(200)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target          VARCHAR(200),
    affected        INTEGER  NOT NULL,
    detail          VARCHAR(4000),
    CONSTRAINT baton_audit_pk PRIMARY KEY (id)
);

-- Bulk operations over a process filter, with their progress, so they can be resumed after a node loss.
CREATE TABLE baton_bulk_operation (
    id              VARCHAR(36)   NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    filter_json     TEXT  NOT NULL,
    reason          VARCHAR(1000),
    state           VARCHAR(16)   NOT NULL,
    last_id         VARCHAR(36),
    matched         INTEGER  NOT NULL,
    affected        INTEGER  NOT NULL,
    skipped         INTEGER  NOT NULL,
    requested_by    VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    node            VARCHAR(200),
    last_error      VARCHAR(2000),
    version         BIGINT  NOT NULL,
    CONSTRAINT baton_bulk_operation_pk PRIMARY KEY (id)
);
CREATE INDEX baton_bulk_operation_state_ix ON baton_bulk_operation (state);
