-- Recurring invoices of a customer. The row keeps the schedule; the next date and remaining count are computed
-- from it when read, so generating an invoice never rewrites the row.
CREATE TABLE recurring_invoice_list
(
    tenant_id            text        NOT NULL,
    recurring_invoice_id bigint      NOT NULL,
    version              integer     NOT NULL,
    deleted              boolean     NOT NULL DEFAULT false,
    customer_id          bigint      NOT NULL,
    first_date           date        NOT NULL,
    amount               numeric     NOT NULL,
    interval             integer     NOT NULL,
    unit                 integer     NOT NULL,
    count                integer     NOT NULL,
    time_zone            text        NOT NULL,
    created_at           timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, recurring_invoice_id)
);

CREATE INDEX ix_recurring_invoice_list_customer ON recurring_invoice_list (tenant_id, customer_id, recurring_invoice_id DESC) WHERE NOT deleted;
