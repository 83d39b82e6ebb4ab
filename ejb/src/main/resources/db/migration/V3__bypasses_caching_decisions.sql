-- One-time bypasses, caching rules and the verifications that open caching windows.

CREATE TABLE one_time_bypass (
    id                   VARCHAR(36)  NOT NULL,
    username             VARCHAR(254) NOT NULL,
    replication_group_id BIGINT,
    seconds              INTEGER      NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    granted_at           BIGINT       NOT NULL,
    granted_by           VARCHAR(254) NOT NULL,
    expires_at           BIGINT       NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    ended_at             BIGINT,
    used_by_server_id    VARCHAR(36),
    used_by_server_name  VARCHAR(128),
    used_client_ip       VARCHAR(64),
    used_application     VARCHAR(254),
    cancelled_by         VARCHAR(254),
    cancel_reason        VARCHAR(500),
    CONSTRAINT pk_one_time_bypass PRIMARY KEY (id),
    CONSTRAINT fk_one_time_bypass_group
        FOREIGN KEY (replication_group_id) REFERENCES replication_group (id),
    CONSTRAINT ck_one_time_bypass_status
        CHECK (status IN ('ACTIVE', 'USED', 'EXPIRED', 'CANCELLED')),
    CONSTRAINT ck_one_time_bypass_seconds CHECK (seconds > 0)
);

CREATE INDEX ix_one_time_bypass_user ON one_time_bypass (username, status, expires_at);
CREATE INDEX ix_one_time_bypass_expiry ON one_time_bypass (status, expires_at);
CREATE INDEX ix_one_time_bypass_granted ON one_time_bypass (granted_at);

CREATE TABLE caching_rule (
    id                   VARCHAR(36)  NOT NULL,
    cache_type           VARCHAR(40)  NOT NULL,
    seconds              INTEGER      NOT NULL,
    authentication_type  VARCHAR(16),
    application          VARCHAR(254),
    replication_group_id BIGINT,
    created_at           BIGINT       NOT NULL,
    created_by           VARCHAR(254) NOT NULL,
    updated_at           BIGINT       NOT NULL,
    updated_by           VARCHAR(254) NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT pk_caching_rule PRIMARY KEY (id),
    CONSTRAINT fk_caching_rule_group
        FOREIGN KEY (replication_group_id) REFERENCES replication_group (id),
    CONSTRAINT ck_caching_rule_seconds CHECK (seconds > 0)
);

CREATE TABLE verification (
    id                   VARCHAR(36)  NOT NULL,
    server_id            VARCHAR(36)  NOT NULL,
    replication_group_id BIGINT       NOT NULL,
    username             VARCHAR(254) NOT NULL,
    application          VARCHAR(254),
    authentication_type  VARCHAR(16),
    client_ip            VARCHAR(64),
    result               VARCHAR(16)  NOT NULL,
    started_at           BIGINT       NOT NULL,
    finished_at          BIGINT,
    CONSTRAINT pk_verification PRIMARY KEY (id),
    CONSTRAINT ck_verification_result CHECK (result IN ('STARTED', 'SUCCEEDED', 'FAILED'))
);

CREATE INDEX ix_verification_user ON verification (username, started_at);
CREATE INDEX ix_verification_age ON verification (started_at);
