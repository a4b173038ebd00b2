-- Payment list read model: the company's payments filtered by status, method and date; refunds are rows of
-- their own with negative amounts and the payment they refund.
CREATE TABLE payment_list
(
    tenant_id           text        NOT NULL,
    payment_id          bigint      NOT NULL,
    version             integer     NOT NULL,
    customer_id         bigint      NOT NULL,
    type                text        NOT NULL,
    method              text        NOT NULL,
    method_display      text        NOT NULL,
    status              text        NOT NULL,
    amount              numeric     NOT NULL,
    unapplied           numeric     NOT NULL,
    refunded            numeric     NOT NULL,
    transaction_id      text        NULL,
    original_payment_id bigint      NULL,
    initiated_by_name   text        NOT NULL,
    initiated_at        timestamptz NOT NULL,
    payment_date        date        NOT NULL,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, payment_id)
);

CREATE INDEX ix_payment_list_date ON payment_list (tenant_id, payment_date DESC, payment_id DESC);
CREATE INDEX ix_payment_list_customer ON payment_list (tenant_id, customer_id, payment_id DESC);
CREATE INDEX ix_payment_list_transaction ON payment_list (tenant_id, transaction_id) WHERE transaction_id IS NOT NULL;
