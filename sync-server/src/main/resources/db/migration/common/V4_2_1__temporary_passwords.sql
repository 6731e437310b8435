-- A password an admin set (a new person's first one, or a reset) is temporary: the person must
-- choose their own before they get a session. Server-side only, like password_hash.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
