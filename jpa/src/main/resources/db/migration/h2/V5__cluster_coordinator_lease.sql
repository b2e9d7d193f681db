-- Baton schema, version 5: the coordinator lease. One row per elected role; the holder renews it every
-- second, a new holder takes the next epoch, and every transaction of elected work checks its epoch here,
-- so a coordinator that was paused or partitioned past its lease commits nothing. Kept in step with the
-- other vendors' V5 scripts.
CREATE TABLE baton_cluster_lease (
    name            VARCHAR(64)   NOT NULL,
    holder          VARCHAR(200),
    epoch           BIGINT        NOT NULL,
    acquired_at     TIMESTAMP WITH TIME ZONE,
    renewed_at      TIMESTAMP WITH TIME ZONE,
    expires_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT baton_cluster_lease_pk PRIMARY KEY (name)
);

-- Seeded, so that claiming the role is always an update of an existing row under its lock.
INSERT INTO baton_cluster_lease (name, holder, epoch, expires_at)
VALUES ('coordinator', NULL, 0, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');
