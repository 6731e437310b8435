-- Operator qualifications (ADR 0015): a person is trained on an SOP version for an instrument
-- kind, or for one recipe lineage on that kind, from a date until an expiry. Starting a run
-- needs a current one; both the server and the bench keep them, so the bench can check offline.
CREATE TABLE qualifications (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    user_id UUID NOT NULL REFERENCES users (id),
    instrument_kind VARCHAR(32) NOT NULL,
    recipe_name VARCHAR(200),
    sop_id UUID NOT NULL REFERENCES sops (id),
    qualified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state VARCHAR(16) NOT NULL CHECK (state IN ('valid', 'revoked')),
    revoked_at TIMESTAMP WITH TIME ZONE,
    revoked_by UUID,
    revocation_reason VARCHAR(2000),
    recorded_by UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_qualification_dates CHECK (expires_at > qualified_at)
);
CREATE INDEX idx_qualifications_user ON qualifications (organization_id, user_id);
CREATE INDEX idx_qualifications_expires ON qualifications (organization_id, expires_at);
