-- Messages get a public number (issue 23: ids are numbers); message_id stays the grain key, the once-only key of a send.
-- A message sent from the API was already keyed by a number from the message sequence: that number is its number.
-- Other messages get theirs from the same sequence when their grain next wakes (MessageGrain), so the column may be
-- null for a row written before this migration until then.
ALTER TABLE message_list ADD COLUMN number bigint NULL;
UPDATE message_list SET number = message_id::bigint WHERE message_id ~ '^[0-9]{1,18}$';
-- Not unique on purpose: the grains keep numbers unique, and a unique violation here would fail the whole outbox batch
-- it came in (other grains' rows with it) again and again.
CREATE INDEX ix_message_list_number ON message_list (tenant_id, number) WHERE number IS NOT NULL;
