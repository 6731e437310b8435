-- A status event names the status the instrument took (and why), so a run authored while the
-- instrument was in service is judged by the status in force then, not by a change made after it
-- and synced first (ADR 0022). Only status events carry one.
ALTER TABLE instrument_events ADD COLUMN status VARCHAR(32);
ALTER TABLE instrument_events ADD COLUMN status_reason VARCHAR(2000);
ALTER TABLE instrument_events ADD CONSTRAINT check_instrument_event_status
    CHECK ((kind = 'status') = (status IS NOT NULL));
