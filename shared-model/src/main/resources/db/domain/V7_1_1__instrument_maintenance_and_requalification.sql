-- Instruments and their maintenance (ADR 0022). Both the server and the bench keep these tables,
-- so the bench judges a requalification hold offline exactly as it judges a calibration lockout.

-- Why an instrument is not in service, and after how many runs it needs requalifying (none: no limit).
ALTER TABLE instruments ADD COLUMN status_reason VARCHAR(2000);
ALTER TABLE instruments ADD COLUMN requalify_after_runs INTEGER;
ALTER TABLE instruments ADD CONSTRAINT check_instrument_run_limit
    CHECK (requalify_after_runs IS NULL OR requalify_after_runs > 0);

-- The preventive-maintenance plan: a task, its interval, and when it is next due.
CREATE TABLE maintenance_tasks (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    instrument_id UUID NOT NULL REFERENCES instruments (id),
    name VARCHAR(200) NOT NULL,
    interval_days INTEGER NOT NULL CHECK (interval_days > 0),
    next_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_done_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_maintenance_tasks_instrument ON maintenance_tasks (organization_id, instrument_id);

-- What happened to an instrument: maintenance done, requalification, a move, a status change.
-- Append-only: an event is a fact on the instrument's timeline (and a marker on SPC charts).
CREATE TABLE instrument_events (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    instrument_id UUID NOT NULL REFERENCES instruments (id),
    kind VARCHAR(32) NOT NULL CHECK (kind IN ('maintenance', 'requalification', 'relocation', 'status')),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    label VARCHAR(2000) NOT NULL,
    maintenance_task_id UUID REFERENCES maintenance_tasks (id),
    recorded_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_instrument_events_instrument ON instrument_events (organization_id, instrument_id, occurred_at);
