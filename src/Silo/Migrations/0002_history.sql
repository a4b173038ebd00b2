-- Customer-record history: append-only. The runtime role gets INSERT and SELECT only (Always/grants.sql).
-- Rows carry deterministic ids so that redelivery from a grain's outbox is harmless.
CREATE TABLE history
(
    tenant_id      text        NOT NULL,
    id             uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    subject_type   text        NOT NULL,
    subject_id     text        NOT NULL,
    entity_type    text        NOT NULL,
    entity_id      text        NOT NULL,
    action         text        NOT NULL,
    field          text        NULL,
    old_value      text        NULL,
    new_value      text        NULL,
    actor_id       text        NOT NULL,
    actor_name     text        NOT NULL,
    source         text        NOT NULL,
    client_ip      text        NULL,
    correlation_id text        NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX ix_history_subject ON history (tenant_id, subject_type, subject_id, occurred_at DESC, id DESC);
