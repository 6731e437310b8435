-- The domain tables of spec section 3, for the server (PostgreSQL, or H2 in dev mode) and the
-- bench PC's local cache (H2) alike. Column names follow the shared-model records (snake_case of
-- each component, see RowMapping); ${json} is jsonb on PostgreSQL and JSON on H2. Enumerations are
-- stored as their lower-case wire names. History: never edit once released; add a new version.

CREATE TABLE organizations (
    id UUID PRIMARY KEY,
    slug VARCHAR(64) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    settings ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE users (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    email VARCHAR(320) NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'pi', 'engineer', 'technician', 'viewer')),
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_users_org ON users (organization_id);

CREATE TABLE api_keys (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    key_prefix VARCHAR(16),
    key_hash VARCHAR(255) NOT NULL,
    scopes ${json} NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE instruments (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    serial_number VARCHAR(200),
    location VARCHAR(200),
    status VARCHAR(32) NOT NULL,
    metadata ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL,
    CONSTRAINT uq_instruments_org_name UNIQUE (organization_id, name)
);

CREATE TABLE calibrations (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    instrument_id UUID NOT NULL REFERENCES instruments (id),
    certificate_number VARCHAR(200) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    performed_by VARCHAR(200),
    certificate_attachment_id UUID,
    state VARCHAR(16) NOT NULL CHECK (state IN ('valid', 'revoked')),
    revoked_at TIMESTAMP WITH TIME ZONE,
    revoked_by UUID,
    revocation_reason VARCHAR(2000),
    recorded_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_cert_dates CHECK (expires_at > issued_at)
);
CREATE INDEX idx_calibrations_instrument_expires ON calibrations (instrument_id, expires_at);

CREATE TABLE materials (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    formula VARCHAR(200),
    description VARCHAR(4000),
    metadata ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE samples (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    barcode VARCHAR(64) NOT NULL,
    material_id UUID REFERENCES materials (id),
    location VARCHAR(200),
    status VARCHAR(32) NOT NULL,
    notes VARCHAR(4000),
    metadata ${json} NOT NULL,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL,
    CONSTRAINT uq_samples_org_barcode UNIQUE (organization_id, barcode)
);
CREATE INDEX idx_samples_org_barcode ON samples (organization_id, barcode);
CREATE INDEX idx_samples_org_created ON samples (organization_id, created_at, id);

CREATE TABLE wafers (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    sample_id UUID NOT NULL REFERENCES samples (id),
    label VARCHAR(200) NOT NULL,
    diameter_mm DOUBLE PRECISION,
    metadata ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_wafers_sample ON wafers (sample_id);

CREATE TABLE devices (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    wafer_id UUID NOT NULL REFERENCES wafers (id),
    name VARCHAR(200) NOT NULL,
    device_type VARCHAR(200),
    metadata ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_devices_wafer ON devices (wafer_id);

CREATE TABLE custody_events (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    sample_id UUID NOT NULL REFERENCES samples (id),
    from_custodian VARCHAR(200) NOT NULL,
    to_custodian VARCHAR(200) NOT NULL,
    location VARCHAR(200),
    reason VARCHAR(1000),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_custody_sample_time ON custody_events (sample_id, occurred_at);

CREATE TABLE recipes (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    instrument_kind VARCHAR(32) NOT NULL,
    parameters ${json} NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    status VARCHAR(16) NOT NULL CHECK (status IN ('draft', 'approved', 'retired')),
    author_id UUID NOT NULL,
    approved_by UUID,
    approved_at TIMESTAMP WITH TIME ZONE,
    retired_by UUID,
    retired_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_recipes_org_status ON recipes (organization_id, status);

CREATE TABLE recipe_approvals (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    recipe_id UUID NOT NULL REFERENCES recipes (id),
    approver_id UUID NOT NULL,
    approver_role VARCHAR(16) NOT NULL,
    decision VARCHAR(16) NOT NULL,
    comment VARCHAR(2000),
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_approver_role CHECK (approver_role IN ('admin', 'pi'))
);

CREATE TABLE runs (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    recipe_id UUID NOT NULL REFERENCES recipes (id),
    recipe_version INTEGER NOT NULL,
    instrument_id UUID NOT NULL REFERENCES instruments (id),
    calibration_id UUID REFERENCES calibrations (id),
    sample_id UUID NOT NULL REFERENCES samples (id),
    device_id UUID REFERENCES devices (id),
    operator_id UUID NOT NULL,
    status VARCHAR(16) NOT NULL CHECK (status IN ('planned', 'running', 'finished', 'aborted', 'blocked')),
    started_at TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    blocked_reason VARCHAR(2000),
    abort_reason VARCHAR(2000),
    parameters ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_run_times CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX idx_runs_org_status ON runs (organization_id, status);
CREATE INDEX idx_runs_instrument_started ON runs (instrument_id, started_at);

CREATE TABLE results (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    run_id UUID NOT NULL REFERENCES runs (id),
    quantity VARCHAR(200) NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    unit VARCHAR(50) NOT NULL,
    raw_data_ref VARCHAR(1000),
    payload ${json} NOT NULL,
    recorded_by UUID,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_results_run ON results (run_id);

CREATE TABLE sops (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    title VARCHAR(200) NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    status VARCHAR(16) NOT NULL CHECK (status IN ('draft', 'approved', 'retired')),
    body_markdown VARCHAR NOT NULL,
    author_id UUID NOT NULL,
    approved_by UUID,
    approved_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE eln_entries (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    title VARCHAR(200) NOT NULL,
    body_markdown VARCHAR NOT NULL,
    author_id UUID NOT NULL,
    sample_ids ${json} NOT NULL,
    run_ids ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE signatures (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    record_table VARCHAR(64) NOT NULL,
    record_id UUID NOT NULL,
    signer_id UUID NOT NULL,
    signer_name VARCHAR(200) NOT NULL,
    meaning VARCHAR(16) NOT NULL CHECK (meaning IN ('authored', 'reviewed', 'approved')),
    content_sha256 VARCHAR(64) NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    voided_at TIMESTAMP WITH TIME ZONE,
    void_reason VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_signatures_record ON signatures (record_table, record_id);

CREATE TABLE attachments (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    file_name VARCHAR(500) NOT NULL,
    media_type VARCHAR(200),
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    content_sha256 VARCHAR(64) NOT NULL,
    uploaded_by UUID,
    created_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE spc_series (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    instrument_id UUID NOT NULL REFERENCES instruments (id),
    parameter VARCHAR(200) NOT NULL,
    unit VARCHAR(50),
    center_line DOUBLE PRECISION NOT NULL,
    lower_control_limit DOUBLE PRECISION NOT NULL,
    upper_control_limit DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_control_limits CHECK (lower_control_limit < upper_control_limit)
);

CREATE TABLE spc_points (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    series_id UUID NOT NULL REFERENCES spc_series (id),
    run_id UUID,
    value DOUBLE PRECISION NOT NULL,
    measured_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL
);
CREATE INDEX idx_spc_points_series_ts ON spc_points (series_id, measured_at DESC);

CREATE TABLE spc_alerts (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    series_id UUID NOT NULL REFERENCES spc_series (id),
    point_id UUID,
    rule VARCHAR(64) NOT NULL,
    message VARCHAR(2000),
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by UUID,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE feature_sets (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    definition ${json} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

CREATE TABLE ml_models (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name VARCHAR(200) NOT NULL,
    model_version VARCHAR(64) NOT NULL,
    feature_set_id UUID REFERENCES feature_sets (id),
    metrics ${json} NOT NULL,
    artifact_ref VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    row_version BIGINT NOT NULL
);

-- Append-only; hash-chained per organization (see AuditChain).
CREATE TABLE audit_log (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    sequence BIGINT NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id UUID,
    workstation_id UUID,
    command_id UUID,
    action VARCHAR(64) NOT NULL,
    table_name VARCHAR(64),
    record_id UUID,
    old_value ${json},
    new_value ${json},
    reason VARCHAR(2000),
    previous_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT uq_audit_org_sequence UNIQUE (organization_id, sequence)
);
