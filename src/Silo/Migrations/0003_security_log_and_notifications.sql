-- Security log: sign-ins, failed sign-ins, role and user changes. Append-only like history.
CREATE TABLE security_log
(
    tenant_id   text        NOT NULL,
    id          uuid        NOT NULL,
    seq         bigint      GENERATED ALWAYS AS IDENTITY,
    occurred_at timestamptz NOT NULL,
    kind        text        NOT NULL,
    user_id     text        NULL,
    user_name   text        NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    client_ip   text        NULL,
    detail      text        NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX ix_security_log_tenant_seq ON security_log (tenant_id, seq DESC);

-- Durable per-user inbox. seq orders a user's notifications; clients read "after" the last seq they saw.
CREATE TABLE notifications
(
    tenant_id  text        NOT NULL,
    id         uuid        NOT NULL,
    seq        bigint      GENERATED ALWAYS AS IDENTITY,
    user_id    text        NOT NULL,
    kind       text        NOT NULL,
    title      text        NOT NULL,
    body       text        NULL,
    data       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX ix_notifications_user_seq ON notifications (tenant_id, user_id, seq);
