-- Commands the server decided leave the outbox for this table and stay 30 days (ADR 0040): if the
-- server is restored from a backup taken before it had them, the bench sends them again, in their
-- place in the queue (seq), so nothing a bench still holds is lost and each author's chain of signed
-- changes stays whole.
CREATE TABLE sent_commands (
    seq BIGINT PRIMARY KEY,
    command_id UUID NOT NULL UNIQUE,
    author_id UUID NOT NULL,
    command_type VARCHAR(64) NOT NULL,
    command CLOB NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id VARCHAR(64),
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_sent_commands_decided ON sent_commands (decided_at);

-- The epoch of the server's data this bench last synced with (null until its first sync after this update).
ALTER TABLE sync_state ADD COLUMN data_epoch UUID;
