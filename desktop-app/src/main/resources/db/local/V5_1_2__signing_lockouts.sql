-- Offline signing (ADR 0018): wrong passwords typed into the sign dialog, per person. Five in a
-- row lock signing on this bench for that person until their next online sign-in; kept in the
-- database so that restarting the app does not reset the count.
CREATE TABLE signing_lockouts (
    user_id UUID PRIMARY KEY,
    failed_attempts INT NOT NULL,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE
);
