-- One row of counters that every change to the caching rules, and every bypass grant, raises in
-- its own transaction. Decisions read them with the token check and reload their node's copies of
-- the rules and of the users with bypasses only when a counter has moved.

CREATE TABLE decision_generations (
    id                   SMALLINT NOT NULL,
    rules_generation     BIGINT   NOT NULL,
    bypasses_generation  BIGINT   NOT NULL,
    CONSTRAINT pk_decision_generations PRIMARY KEY (id),
    CONSTRAINT ck_decision_generations_single CHECK (id = 1)
);

INSERT INTO decision_generations (id, rules_generation, bypasses_generation) VALUES (1, 0, 0);
