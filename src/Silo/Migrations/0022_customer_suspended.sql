-- Dunning may suspend service (issue 20, point 8): after the final failure of an automatic payment, when the company
-- asks for it, the customer is marked suspended; the list shows the flag and filters by it. Few customers are
-- suspended, so a partial index finds them.
ALTER TABLE customer_list ADD COLUMN suspended boolean NOT NULL DEFAULT false;

CREATE INDEX ix_customer_list_suspended ON customer_list (tenant_id, customer_id) WHERE suspended AND NOT deleted;
