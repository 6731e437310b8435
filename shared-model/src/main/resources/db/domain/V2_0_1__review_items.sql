-- Changes the server applied but could not fully vouch for (ADR 0012): a late sync past an
-- expiry, work on a certificate revoked before it arrived, a bench offline longer than the lab's
-- window. Shown to PIs with both times; written by the server only.
CREATE TABLE review_items (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    command_id UUID NOT NULL,
    author_id UUID NOT NULL,
    workstation_id UUID,
    command_type VARCHAR(64) NOT NULL,
    record_table VARCHAR(64),
    record_id UUID,
    codes VARCHAR(400) NOT NULL,
    reason VARCHAR(4000) NOT NULL,
    authored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    resolved_by UUID,
    resolution VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_review_items_open ON review_items (organization_id, resolved_at, received_at);
