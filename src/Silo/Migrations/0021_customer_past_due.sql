-- Dunning (issue 20, points 6-8): a customer whose automatic payment failed finally is marked past due on its record;
-- the list shows the flag and filters by it. Few customers are past due, so a partial index finds them.
ALTER TABLE customer_list ADD COLUMN past_due boolean NOT NULL DEFAULT false;

CREATE INDEX ix_customer_list_past_due ON customer_list (tenant_id, customer_id) WHERE past_due AND NOT deleted;
