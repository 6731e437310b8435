-- Which person of the lab an identity provider's subject is (issue 16, ADR 0024). People who sign
-- in through the lab's OIDC provider are found by issuer and subject, never by e-mail alone: an
-- address can change at the provider, or be given to someone else, and the person stays the same.
-- The row is written at their first sign-in (just in time) and kept for as long as the account.
CREATE TABLE oidc_identities (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    issuer VARCHAR(500) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id),
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject),
    UNIQUE (user_id)
);
CREATE INDEX idx_oidc_identities_org ON oidc_identities (organization_id);
