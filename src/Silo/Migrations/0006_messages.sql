-- Messages read model: the customer's Messages tab, campaign progress, and the messages waiting for a retry.
CREATE TABLE message_list
(
    tenant_id       text        NOT NULL,
    message_id      text        NOT NULL,
    version         integer     NOT NULL,
    customer_id     bigint      NOT NULL,
    campaign_id     bigint      NULL,
    channel         text        NOT NULL,
    template_id     integer     NULL,
    template_name   text        NULL,
    subject         text        NULL,
    to_address      text        NOT NULL,
    status          text        NOT NULL,
    reason          text        NULL,
    sent_by_id      text        NOT NULL,
    sent_by_name    text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sent_at         timestamptz NULL,
    next_attempt_at timestamptz NULL,
    PRIMARY KEY (tenant_id, message_id)
);

CREATE INDEX ix_message_list_customer ON message_list (tenant_id, customer_id, created_at DESC, message_id DESC);
CREATE INDEX ix_message_list_campaign ON message_list (tenant_id, campaign_id, status) WHERE campaign_id IS NOT NULL;
-- Only the few messages that wait for a retry or sit in an attempt are in this index.
CREATE INDEX ix_message_list_pending ON message_list (status, next_attempt_at) WHERE status IN ('queued', 'sending');
