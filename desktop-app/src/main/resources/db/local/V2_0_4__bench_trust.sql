-- Sync trust on the bench (ADR 0012).

-- Which device key signed a queued command (null: made before signing existed, to be signed at
-- its author's next online sign-in).
ALTER TABLE outbox ADD COLUMN key_id VARCHAR(64);

-- The latest time receipt the server signed for this workstation: the floor of the trusted clock.
ALTER TABLE sync_state ADD COLUMN latest_receipt VARCHAR(4096);

-- Each person's latest server-signed identity snapshot; offline sign-in and the local checks
-- believe these, never the users table.
CREATE TABLE identity_snapshots (
    user_id UUID PRIMARY KEY,
    snapshot VARCHAR(8192) NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The head of each device key's chain of commands on this bench.
CREATE TABLE device_chains (
    key_id VARCHAR(64) PRIMARY KEY,
    user_id UUID NOT NULL,
    last_sequence BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

-- Offline sign-in now unseals the person's device key instead (see the keyring file).
DROP TABLE offline_verifiers;
