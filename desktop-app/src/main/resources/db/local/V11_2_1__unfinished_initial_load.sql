-- Bench only (ADR 0032, revised 2026-11-30): an initial load is committed a part at a time. While
-- this is TRUE the synced tables hold part of a load that has not finished: the bench empties them
-- before showing or loading anything, and the checkpoint stays 0 until the load's last part.
ALTER TABLE sync_state ADD COLUMN initial_load_unfinished BOOLEAN DEFAULT FALSE NOT NULL;
