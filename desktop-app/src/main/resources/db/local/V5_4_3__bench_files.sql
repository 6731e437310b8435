-- Files this bench holds by content (issue 15, ADR 0020): those it made and has still to upload,
-- and those it fetched or uploaded, kept as a cache (least recently used leave first, never before
-- they are uploaded).
CREATE TABLE bench_files (
    content_sha256 VARCHAR(64) PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    uploaded BOOLEAN NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);
