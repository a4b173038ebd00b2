-- Campaigns read model: the company's campaign list, newest first. Progress counts come from message_list.
CREATE TABLE campaign_list
(
    tenant_id       text        NOT NULL,
    campaign_id     bigint      NOT NULL,
    version         integer     NOT NULL,
    name            text        NOT NULL,
    template_id     integer     NOT NULL,
    template_name   text        NOT NULL,
    status          text        NOT NULL,
    send_at         timestamptz NOT NULL,
    dispatched      integer     NOT NULL,
    skipped         integer     NOT NULL,
    created_by_name text        NOT NULL,
    created_at      timestamptz NOT NULL,
    started_at      timestamptz NULL,
    completed_at    timestamptz NULL,
    PRIMARY KEY (tenant_id, campaign_id)
);

CREATE INDEX ix_campaign_list_created ON campaign_list (tenant_id, created_at DESC, campaign_id DESC);
