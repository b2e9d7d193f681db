-- Baton schema, version 2 (Oracle): process operations (suspend, cancel, restart, deadlines),
-- delayed tasks, timeouts and event tasks, the event mailbox, actor settings, the audit log and bulk
-- operations. Kept in step with the other vendors' V2 scripts.

-- A failure keeps its cause in columns of their own, so broken processes are grouped and filtered cheaply.
ALTER TABLE baton_process ADD (
    error_type VARCHAR2(200),
    cause_task_id VARCHAR2(36),
    cause_actor VARCHAR2(200),
    deadline_at TIMESTAMP WITH TIME ZONE,
    on_deadline VARCHAR2(16)
);

-- Broken processes in a time range, retention of finished ones, and due deadlines stay index range scans.
CREATE INDEX baton_process_ended_ix ON baton_process (state, ended_at);
CREATE INDEX baton_process_deadline_ix ON baton_process (state, deadline_at);

-- Event tasks, start times and waits; first_attempt starts the retry budget again after a restart.
ALTER TABLE baton_task ADD (
    event_name VARCHAR2(150),
    first_attempt NUMBER(10) DEFAULT 1 NOT NULL,
    not_before TIMESTAMP WITH TIME ZONE,
    delay_seconds NUMBER(10),
    schedule_to_start_seconds NUMBER(10),
    wait_deadline TIMESTAMP WITH TIME ZONE
);

CREATE INDEX baton_task_wait_ix ON baton_task (state, wait_deadline);

-- Events delivered to a process: consumed by an event task, or waiting in the mailbox until one appears.
CREATE TABLE baton_event (
    id              VARCHAR2(36)   NOT NULL,
    process_id      VARCHAR2(36)   NOT NULL,
    name            VARCHAR2(150)  NOT NULL,
    delivery_key    VARCHAR2(200)  NOT NULL,
    payload         CLOB,
    received_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    consumed_by     VARCHAR2(36),
    consumed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT baton_event_pk PRIMARY KEY (id),
    CONSTRAINT baton_event_key_uq UNIQUE (process_id, delivery_key)
);
CREATE INDEX baton_event_mailbox_ix ON baton_event (process_id, name, received_at);

-- What operators set per actor: blocked, and defaults for its new tasks.
CREATE TABLE baton_actor (
    name                        VARCHAR2(200)  NOT NULL,
    blocked                     NUMBER(1)  NOT NULL,
    blocked_at                  TIMESTAMP WITH TIME ZONE,
    blocked_by                  VARCHAR2(200),
    retry_max_attempts          NUMBER(10),
    retry_initial_interval_ms   NUMBER(19),
    retry_backoff_coefficient   NUMBER(12,4),
    retry_max_interval_ms       NUMBER(19),
    timeout_seconds             NUMBER(10),
    schedule_to_start_seconds   NUMBER(10),
    updated_at                  TIMESTAMP WITH TIME ZONE  NOT NULL,
    updated_by                  VARCHAR2(200),
    version                     NUMBER(19)  NOT NULL,
    CONSTRAINT baton_actor_pk PRIMARY KEY (name)
);

-- Every operator action: who, what, to what, when, how many. Ids carry the time, so time ranges use the key.
CREATE TABLE baton_audit (
    id              VARCHAR2(36)   NOT NULL,
    at              TIMESTAMP WITH TIME ZONE  NOT NULL,
    performed_by    VARCHAR2(200)  NOT NULL,
    action          VARCHAR2(64)   NOT NULL,
    target          VARCHAR2(200),
    affected        NUMBER(10)  NOT NULL,
    detail          VARCHAR2(4000),
    CONSTRAINT baton_audit_pk PRIMARY KEY (id)
);

-- Bulk operations over a process filter, with their progress, so they can be resumed after a node loss.
CREATE TABLE baton_bulk_operation (
    id              VARCHAR2(36)   NOT NULL,
    action          VARCHAR2(16)   NOT NULL,
    filter_json     CLOB  NOT NULL,
    reason          VARCHAR2(1000),
    state           VARCHAR2(16)   NOT NULL,
    last_id         VARCHAR2(36),
    matched         NUMBER(10)  NOT NULL,
    affected        NUMBER(10)  NOT NULL,
    skipped         NUMBER(10)  NOT NULL,
    requested_by    VARCHAR2(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    node            VARCHAR2(200),
    last_error      VARCHAR2(2000),
    version         NUMBER(19)  NOT NULL,
    CONSTRAINT baton_bulk_operation_pk PRIMARY KEY (id)
);
CREATE INDEX baton_bulk_operation_state_ix ON baton_bulk_operation (state);
