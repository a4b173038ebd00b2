-- History rows get a number for clients (issue 23: ids are numbers). The uuid stays the row's key: it is the outbox's
-- deterministic delivery id, which makes a redelivered row a no-op. The identity numbers existing rows on the way in.
ALTER TABLE history ADD COLUMN number bigint GENERATED ALWAYS AS IDENTITY;
