-- Customer list and search read model, kept current from customer grains' outboxes.
-- pg_trgm (a trusted extension of the standard distribution) serves substring search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE customer_list
(
    tenant_id      text        NOT NULL,
    customer_id    bigint      NOT NULL,
    version        integer     NOT NULL,
    deleted        boolean     NOT NULL DEFAULT false,
    stage          text        NOT NULL,
    display_name   text        NOT NULL,
    sort_name      text        NOT NULL,
    email          text        NULL,
    phones         text[]      NOT NULL DEFAULT '{}',
    service_address text       NULL,
    service_state  text        NULL,
    sales_rep_user_id text     NULL,
    tags           text[]      NOT NULL DEFAULT '{}',
    tags_lower     text[]      NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    search_text    text        NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);

CREATE INDEX ix_customer_list_search ON customer_list USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_customer_list_tags ON customer_list USING gin (tags_lower);
CREATE INDEX ix_customer_list_name ON customer_list (tenant_id, sort_name, customer_id) WHERE NOT deleted;
CREATE INDEX ix_customer_list_created ON customer_list (tenant_id, created_at, customer_id) WHERE NOT deleted;
CREATE INDEX ix_customer_list_updated ON customer_list (tenant_id, updated_at, customer_id) WHERE NOT deleted;
