-- Every signed checkpoint of the organization's audit trail this PC received from the server,
-- kept for good: each bench is a witness of how far the trail reached, which the server cannot
-- take back (docs/security.md). Never deleted; a second statement about the same entry with
-- another hash is kept beside the first, as evidence.
CREATE TABLE witnessed_audit_checkpoints (
    organization_id UUID NOT NULL,
    sequence BIGINT NOT NULL,
    head_hash VARCHAR(64) NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    statement CLOB NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, sequence, head_hash)
);
