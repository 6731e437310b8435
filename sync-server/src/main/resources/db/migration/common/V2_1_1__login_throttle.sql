-- The login throttle, shared by every server instance on this database (issue 11): what one
-- instance counts, the others see. Nothing here belongs to a tenant; an account is named only by
-- the SHA-256 of its normalized e-mail address, so the tables reveal no address, and failures for
-- addresses without an account are kept the same way as for real ones.

-- One row per account name being tried: locked by every attempt on it, which makes the checks
-- and the counting of one account's attempts atomic across instances.
CREATE TABLE login_accounts (
    account_key VARCHAR(64) PRIMARY KEY,
    last_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Failed sign-ins per (account, client address), and the back-off they earned.
CREATE TABLE login_failures (
    account_key VARCHAR(64) NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_key, client_address)
);

-- Every password check (a verdict, right or wrong) per account, kept for the rate window.
CREATE TABLE login_verdicts (
    id UUID PRIMARY KEY,
    account_key VARCHAR(64) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_login_verdicts_account ON login_verdicts (account_key, decided_at);
CREATE INDEX idx_login_verdicts_decided ON login_verdicts (decided_at);

-- Sessions ended recently are looked up per organization when an instance fills its cache of
-- revoked sessions.
CREATE INDEX idx_refresh_tokens_org_revoked ON refresh_tokens (organization_id, revoked_at);
