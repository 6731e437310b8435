-- Every saved version of a notebook entry (issue 14): written by WriteElnEntry (version 1) and by
-- each EditElnEntry (the next version), on the server and on the bench alike, so that the edit
-- history and a diff of any two versions work offline. Versions are history: never updated.
CREATE TABLE eln_entry_versions (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    entry_id UUID NOT NULL REFERENCES eln_entries (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    title VARCHAR(200) NOT NULL,
    body_markdown VARCHAR NOT NULL,
    sample_ids ${json} NOT NULL,
    run_ids ${json} NOT NULL,
    content_sha256 VARCHAR(64) NOT NULL,
    edited_by UUID NOT NULL,
    edited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT uq_eln_entry_versions_entry_version UNIQUE (entry_id, version)
);
