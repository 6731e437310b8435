-- Sync trust (ADR 0012): each person's key on each workstation, the head of the chain of commands
-- it signed, and what the server records about every command it decided.

-- A person's registered device keys. Never deleted: a key retired by a password change, or
-- revoked with the person or their bench, still verifies what it signed while it was current.
CREATE TABLE device_keys (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    key_id VARCHAR(64) NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id),
    workstation_id UUID NOT NULL,
    public_jwk VARCHAR(1000) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    retired_reason VARCHAR(32),
    chain_sequence BIGINT DEFAULT 0 NOT NULL,
    chain_hash VARCHAR(64) DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL,
    PRIMARY KEY (organization_id, key_id),
    CONSTRAINT check_device_key_retired CHECK (retired_reason IS NULL OR retired_reason IN ('superseded', 'revoked'))
);
CREATE INDEX idx_device_keys_user ON device_keys (organization_id, user_id, workstation_id);

-- The key a bench's local database is encrypted with, held for the lab so that another person of
-- the organization can open that bench at their first online sign-in there.
CREATE TABLE workstation_keys (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    workstation_id UUID NOT NULL,
    database_key VARCHAR(128) NOT NULL,
    created_by UUID NOT NULL REFERENCES users (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, workstation_id)
);

-- What the server knows of each decided command besides its answer: the content it decided (so a
-- replay with other content is told apart), when the bench said it was made and when it arrived,
-- and its place in its author's signed chain.
ALTER TABLE processed_commands ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE processed_commands ADD COLUMN authored_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE processed_commands ADD COLUMN received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE processed_commands ADD COLUMN key_id VARCHAR(64);
ALTER TABLE processed_commands ADD COLUMN chain_sequence BIGINT;
