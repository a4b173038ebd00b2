-- Invoice, quote and credit-memo list read model: a customer's invoices and the company's invoice list
-- filtered by status, sale date and customer. Credit memos carry negative totals.
CREATE TABLE invoice_list
(
    tenant_id            text        NOT NULL,
    invoice_id           bigint      NOT NULL,
    version              integer     NOT NULL,
    deleted              boolean     NOT NULL DEFAULT false,
    type                 text        NOT NULL,
    status               text        NOT NULL,
    customer_id          bigint      NOT NULL,
    customer_name        text        NOT NULL,
    sale_date            date        NOT NULL,
    due_date             date        NULL,
    sub_total            numeric     NOT NULL,
    tax_total            numeric     NOT NULL,
    grand_total          numeric     NOT NULL,
    applied              numeric     NOT NULL,
    due                  numeric     NOT NULL,
    recurring_invoice_id bigint      NULL,
    quote_id             bigint      NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, invoice_id)
);

CREATE INDEX ix_invoice_list_date ON invoice_list (tenant_id, sale_date DESC, invoice_id DESC) WHERE NOT deleted;
CREATE INDEX ix_invoice_list_customer ON invoice_list (tenant_id, customer_id, sale_date DESC, invoice_id DESC) WHERE NOT deleted;
CREATE INDEX ix_invoice_list_status ON invoice_list (tenant_id, status, sale_date DESC, invoice_id DESC) WHERE NOT deleted;
