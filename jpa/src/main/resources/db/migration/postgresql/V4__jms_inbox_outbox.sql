-- Baton schema, version 4 (PostgreSQL): what JMS needs from the database. Kept in step with the other vendors' V4 scripts.

-- Starts that carry a request key (a JMS start's message id when it has no business key): the row commits with
-- the process it started, so a redelivery of the same request finds it and starts nothing.
CREATE TABLE baton_request_key (
    request_key     VARCHAR(200)  NOT NULL,
    process_id      VARCHAR(36)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT baton_request_key_pk PRIMARY KEY (request_key)
);
CREATE INDEX baton_request_key_created_ix ON baton_request_key (created_at);

-- Transactional outbox of terminal process states: written in the transaction that ends the process, deleted
-- once relayed to the topic baton.process-events. A relay claims rows (claim_token, claimed_until) so that one
-- node publishes a row at a time; the id is the message's duplicate-detection id.
CREATE TABLE baton_outbox (
    id              VARCHAR(36)   NOT NULL,
    process_id      VARCHAR(36)   NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    business_key    VARCHAR(200),
    state           VARCHAR(16)   NOT NULL,
    result          TEXT,
    error           TEXT,
    ended_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    attempts        INTEGER  NOT NULL,
    claim_token     VARCHAR(36),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT baton_outbox_pk PRIMARY KEY (id)
);
CREATE INDEX baton_outbox_created_ix ON baton_outbox (created_at);

-- Actors become known when registered, or when they first poll; with baton.actors.require-registration=true
-- only known actors can be started.
ALTER TABLE baton_actor ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;
