-- Notes and tickets read model: a customer's notes, the ticket queue, "my tickets".
CREATE TABLE note_list
(
    tenant_id     text        NOT NULL,
    note_id       bigint      NOT NULL,
    version       integer     NOT NULL,
    customer_id   bigint      NOT NULL,
    customer_name text        NOT NULL,
    deleted       boolean     NOT NULL DEFAULT false,
    note_type     text        NOT NULL,
    subject       text        NOT NULL,
    author_id     text        NOT NULL,
    is_ticket     boolean     NOT NULL,
    assignee_id   text        NULL,
    priority      text        NULL,
    status        text        NULL,
    due           date        NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, note_id)
);

CREATE INDEX ix_note_list_customer ON note_list (tenant_id, customer_id, created_at DESC, note_id DESC) WHERE NOT deleted;
CREATE INDEX ix_note_list_tickets ON note_list (tenant_id, created_at DESC, note_id DESC) WHERE is_ticket AND NOT deleted;
CREATE INDEX ix_note_list_assignee ON note_list (tenant_id, assignee_id, created_at DESC, note_id DESC) WHERE is_ticket AND NOT deleted;
