-- One row of counters that every change to the caching rules, every bypass grant, and every
-- deactivation or move of an MFA server raises in the transaction that makes it. Decisions read
-- them with the user's verifications and reload their node's copies of the rules, of the active
-- bypasses and of the servers' tokens only when a counter has moved.

CREATE TABLE decision_generations (
    id                   SMALLINT NOT NULL,
    rules_generation     BIGINT   NOT NULL,
    bypasses_generation  BIGINT   NOT NULL,
    servers_generation   BIGINT   NOT NULL,
    CONSTRAINT pk_decision_generations PRIMARY KEY (id),
    CONSTRAINT ck_decision_generations_single CHECK (id = 1)
);

INSERT INTO decision_generations (id, rules_generation, bypasses_generation, servers_generation)
    VALUES (1, 0, 0, 0);
