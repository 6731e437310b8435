-- Server only: what the server keeps besides the shared domain tables.

-- Never part of the shared record, never sent to a bench PC.
ALTER TABLE users ADD COLUMN password_hash VARCHAR(255);


-- One row per organization, locked by every writing transaction of that organization: it hands
-- out change numbers and audit sequence numbers in commit order.
CREATE TABLE org_sync_state (
    organization_id UUID PRIMARY KEY REFERENCES organizations (id),
    last_change_number BIGINT NOT NULL,
    last_audit_sequence BIGINT NOT NULL,
    last_audit_hash VARCHAR(64) NOT NULL
);

-- Every row change, numbered per organization, for the sync pull.
CREATE TABLE change_log (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    change_number BIGINT NOT NULL,
    table_name VARCHAR(64) NOT NULL,
    row_id UUID NOT NULL,
    command_id UUID,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, change_number)
);

-- The answer given to every decided command, so a command sent twice is answered twice the same.
CREATE TABLE processed_commands (
    command_id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    author_id UUID NOT NULL,
    command_type VARCHAR(64) NOT NULL,
    outcome ${json} NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE refresh_tokens (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    user_id UUID NOT NULL REFERENCES users (id),
    family_id UUID NOT NULL,
    secret_hash VARCHAR(128) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    session_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX idx_refresh_tokens_user ON refresh_tokens (user_id);
