-- Issue 22, point 2: the identity of this installation's database. One row, written once by the first migration run
-- and never changed; the silos report it, and a gateway compares it with what its own connection reads, so that a
-- gateway that reached another system's silo (same machine, same ports) refuses to serve instead of answering from it.
CREATE TABLE installation (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    installation_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO installation (installation_id) VALUES (gen_random_uuid());
