-- Files (instrument exports, images, certificates) by content (issue 15): stored once per
-- organization under their SHA-256, never shared across organizations (a shared copy would tell
-- one lab that a file exists in another). Bytes live in parts of at most one upload chunk, so no
-- single value grows past what one request carries. Uploads in progress live here too, not on one
-- server's disk, so any server instance resumes them.
CREATE TABLE file_uploads (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    content_sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    received_bytes BIGINT NOT NULL CHECK (received_bytes >= 0 AND received_bytes <= size_bytes),
    part_count INTEGER NOT NULL,
    started_by UUID NOT NULL REFERENCES users (id),
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (organization_id, content_sha256)
);

CREATE TABLE file_upload_parts (
    organization_id UUID NOT NULL,
    upload_id UUID NOT NULL REFERENCES file_uploads (id) ON DELETE CASCADE,
    part_number INTEGER NOT NULL,
    content VARBINARY(16777216) NOT NULL,
    PRIMARY KEY (upload_id, part_number)
);

CREATE TABLE stored_files (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    content_sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    part_count INTEGER NOT NULL,
    stored_by UUID REFERENCES users (id),
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, content_sha256)
);

CREATE TABLE stored_file_parts (
    organization_id UUID NOT NULL,
    content_sha256 VARCHAR(64) NOT NULL,
    part_number INTEGER NOT NULL,
    content VARBINARY(16777216) NOT NULL,
    PRIMARY KEY (organization_id, content_sha256, part_number),
    FOREIGN KEY (organization_id, content_sha256) REFERENCES stored_files (organization_id, content_sha256)
);


