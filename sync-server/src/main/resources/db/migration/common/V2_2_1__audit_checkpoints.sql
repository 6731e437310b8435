-- Signed checkpoints of each organization's audit chain (organization, entry number, that entry's
-- hash, time), kept here so that benches can pull them; the copy that anchors the chain lives
-- outside the database (the checkpoint directory) and on every bench that pulled it.
CREATE TABLE audit_checkpoints (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    sequence BIGINT NOT NULL,
    head_hash VARCHAR(64) NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    statement VARCHAR(4000) NOT NULL,
    PRIMARY KEY (organization_id, sequence)
);
