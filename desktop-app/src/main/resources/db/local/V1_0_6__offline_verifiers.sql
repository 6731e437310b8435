-- Offline sign-in: a salted, slow verifier per person who signed in online on this PC, never the
-- password and never the server's hash. Valid until the grace period after the last online sign-in.
CREATE TABLE offline_verifiers (
    user_id UUID PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    algorithm VARCHAR(64) NOT NULL,
    iterations INT NOT NULL,
    salt VARCHAR(64) NOT NULL,
    verifier VARCHAR(128) NOT NULL,
    last_online_sign_in TIMESTAMP WITH TIME ZONE NOT NULL
);
