-- Statistical process control fed by results (ADR 0026). A series watches one quantity of one
-- recipe lineage on one instrument (optionally one material); RecordResult adds its points on the
-- bench and again on the server, with ids both sides derive alike; limits come from a baseline and
-- are frozen by a PI's signed decision; alerts are rule violations someone must acknowledge.

-- A series is created without limits: they are frozen later, from its first points.
ALTER TABLE spc_series DROP CONSTRAINT check_control_limits;
ALTER TABLE spc_series ALTER COLUMN center_line DROP NOT NULL;
ALTER TABLE spc_series ALTER COLUMN lower_control_limit DROP NOT NULL;
ALTER TABLE spc_series ALTER COLUMN upper_control_limit DROP NOT NULL;
ALTER TABLE spc_series ADD CONSTRAINT check_spc_control_limits CHECK (
    (center_line IS NULL AND lower_control_limit IS NULL AND upper_control_limit IS NULL)
    OR (lower_control_limit < center_line AND center_line < upper_control_limit));

ALTER TABLE spc_series ADD COLUMN name VARCHAR(200);
UPDATE spc_series SET name = parameter WHERE name IS NULL;
ALTER TABLE spc_series ALTER COLUMN name SET NOT NULL;
-- The recipe lineage (its name, every version); NULL on series made before lineages were watched.
ALTER TABLE spc_series ADD COLUMN recipe_name VARCHAR(200);
ALTER TABLE spc_series ADD COLUMN material_id UUID REFERENCES materials (id);
ALTER TABLE spc_series ADD COLUMN chart_type VARCHAR(32) DEFAULT 'individuals_moving_range' NOT NULL;
ALTER TABLE spc_series ADD COLUMN subgroup_size INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE spc_series ADD CONSTRAINT check_spc_subgroup_size CHECK (subgroup_size BETWEEN 1 AND 10);
ALTER TABLE spc_series ADD COLUMN baseline_size INTEGER DEFAULT 20 NOT NULL;
ALTER TABLE spc_series ADD CONSTRAINT check_spc_baseline_size CHECK (baseline_size >= 20);
-- The Nelson rules switched on, as a JSON array of their numbers, e.g. [1,2,5,6].
ALTER TABLE spc_series ADD COLUMN enabled_rules ${json};
UPDATE spc_series SET enabled_rules = '[1,2,3,4,5,6,7,8]' WHERE enabled_rules IS NULL;
-- How the rules are numbered on screen: nelson, or western_electric (the subset 1, 5, 6, 2 as WE1..WE4).
ALTER TABLE spc_series ADD COLUMN rule_numbering VARCHAR(32) DEFAULT 'nelson' NOT NULL;
-- A critical series puts its instrument on hold for its recipe lineage while an alert is open.
ALTER TABLE spc_series ADD COLUMN critical BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE spc_series ADD COLUMN lower_spec_limit DOUBLE PRECISION;
ALTER TABLE spc_series ADD COLUMN upper_spec_limit DOUBLE PRECISION;
ALTER TABLE spc_series ADD CONSTRAINT check_spc_spec_limits CHECK (
    lower_spec_limit IS NULL OR upper_spec_limit IS NULL OR lower_spec_limit < upper_spec_limit);
-- One zone of the plotted statistic, (UCL - centre) / 3, as frozen; NULL before limits are frozen.
ALTER TABLE spc_series ADD COLUMN sigma DOUBLE PRECISION;
-- The signed decision the limits in force come from.
ALTER TABLE spc_series ADD COLUMN limits_decision_id UUID;
ALTER TABLE spc_series ADD COLUMN created_by UUID;

-- A point is one result; its id is a name-based UUID of series and result, the same on every side.
ALTER TABLE spc_points ADD COLUMN result_id UUID;
-- When the result was recorded (author's time): orders points of the same run.
ALTER TABLE spc_points ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
UPDATE spc_points SET recorded_at = measured_at WHERE recorded_at IS NULL;
ALTER TABLE spc_points ALTER COLUMN recorded_at SET NOT NULL;
CREATE UNIQUE INDEX idx_spc_points_series_result ON spc_points (series_id, result_id);
CREATE INDEX idx_spc_points_series_order ON spc_points (series_id, measured_at, recorded_at, id);

-- Which rule (its Nelson number), the points the pattern spans, and who acknowledged it and why.
ALTER TABLE spc_alerts ADD COLUMN rule_number INTEGER;
UPDATE spc_alerts SET rule_number = 1 WHERE rule_number IS NULL;
ALTER TABLE spc_alerts ALTER COLUMN rule_number SET NOT NULL;
ALTER TABLE spc_alerts ADD CONSTRAINT check_spc_alert_rule CHECK (rule_number BETWEEN 1 AND 8);
ALTER TABLE spc_alerts ADD COLUMN involved_point_ids ${json};
ALTER TABLE spc_alerts ADD COLUMN acknowledgement_reason VARCHAR(2000);
ALTER TABLE spc_alerts ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE spc_alerts ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX idx_spc_alerts_series ON spc_alerts (organization_id, series_id, acknowledged_at);

-- A PI's signed decision to freeze (or change) a series' limits: the numbers, the baseline they
-- came from, and the signature. Append-only; the series points to the one in force.
CREATE TABLE spc_limit_decisions (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    series_id UUID NOT NULL REFERENCES spc_series (id),
    chart_type VARCHAR(32) NOT NULL,
    subgroup_size INTEGER NOT NULL,
    center_line DOUBLE PRECISION NOT NULL,
    lower_control_limit DOUBLE PRECISION NOT NULL,
    upper_control_limit DOUBLE PRECISION NOT NULL,
    sigma DOUBLE PRECISION NOT NULL,
    process_sigma DOUBLE PRECISION NOT NULL,
    sigma_estimate VARCHAR(32) NOT NULL,
    baseline_size INTEGER NOT NULL,
    baseline_first_point_id UUID NOT NULL,
    baseline_last_point_id UUID NOT NULL,
    derivation VARCHAR(4000) NOT NULL,
    reason VARCHAR(2000),
    signature_id UUID NOT NULL,
    decided_by UUID NOT NULL,
    decided_by_name VARCHAR(200) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    content_sha256 VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_spc_decision_limits CHECK (lower_control_limit < center_line AND center_line < upper_control_limit),
    CONSTRAINT check_spc_decision_sigma CHECK (sigma > 0 AND process_sigma > 0)
);
CREATE INDEX idx_spc_limit_decisions_series ON spc_limit_decisions (organization_id, series_id, decided_at);
