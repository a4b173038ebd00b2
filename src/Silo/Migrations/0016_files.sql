-- Files on customers (issue 18): the bytes of each file as fixed-size chunks under a header row. The metadata (name,
-- type, who, deleted) lives in the customer's files grain; a blob without metadata is an upload being written or one
-- the grain is about to delete.
CREATE TABLE file_blobs
(
    tenant_id  text        NOT NULL,
    blob_id    uuid        NOT NULL,
    size       bigint      NOT NULL,
    sha256     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, blob_id)
);

CREATE TABLE file_chunks
(
    tenant_id text   NOT NULL,
    blob_id   uuid   NOT NULL,
    seq       int    NOT NULL,
    data      bytea  NOT NULL,
    PRIMARY KEY (tenant_id, blob_id, seq),
    FOREIGN KEY (tenant_id, blob_id) REFERENCES file_blobs (tenant_id, blob_id) ON DELETE CASCADE
);

-- Most uploads (PDF, JPEG, DOCX) are compressed already: store chunks out of line without trying to compress them.
ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
