-- Recipes and SOPs authored in the app (issue 18, ADR 0027): every version belongs to a lineage
-- (the first version's id), a draft is submitted before a PI decides, a rejection returns it to
-- draft with the PI's comment, and the SOPs a recipe follows are linked. Samples are deleted softly,
-- by someone, with a reason.

-- The first version's id. Versions drafted before lineages were kept are joined by name and kind.
ALTER TABLE recipes ADD COLUMN lineage_id UUID;
UPDATE recipes SET lineage_id = COALESCE(
    (SELECT first_version.id FROM recipes first_version
        WHERE first_version.organization_id = recipes.organization_id
            AND first_version.name = recipes.name
            AND first_version.instrument_kind = recipes.instrument_kind
            AND first_version.version = 1
        ORDER BY first_version.created_at, first_version.id
        FETCH FIRST 1 ROW ONLY),
    id);
ALTER TABLE recipes ALTER COLUMN lineage_id SET NOT NULL;
CREATE INDEX idx_recipes_lineage ON recipes (organization_id, lineage_id, version);
-- The SOPs this recipe follows, as a JSON array of SOP ids.
ALTER TABLE recipes ADD COLUMN sop_ids ${json} DEFAULT JSON '[]' NOT NULL;
ALTER TABLE recipes ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE recipes ADD COLUMN submitted_by UUID;
ALTER TABLE recipes ADD COLUMN rejected_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE recipes ADD COLUMN rejected_by UUID;
ALTER TABLE recipes ADD COLUMN rejection_comment VARCHAR(2000);

ALTER TABLE sops ADD COLUMN lineage_id UUID;
UPDATE sops SET lineage_id = COALESCE(
    (SELECT first_version.id FROM sops first_version
        WHERE first_version.organization_id = sops.organization_id
            AND first_version.title = sops.title
            AND first_version.version = 1
        ORDER BY first_version.created_at, first_version.id
        FETCH FIRST 1 ROW ONLY),
    id);
ALTER TABLE sops ALTER COLUMN lineage_id SET NOT NULL;
CREATE INDEX idx_sops_lineage ON sops (organization_id, lineage_id, version);
ALTER TABLE sops ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sops ADD COLUMN submitted_by UUID;
ALTER TABLE sops ADD COLUMN rejected_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sops ADD COLUMN rejected_by UUID;
ALTER TABLE sops ADD COLUMN rejection_comment VARCHAR(2000);
ALTER TABLE sops ADD COLUMN retired_by UUID;
ALTER TABLE sops ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sops ADD COLUMN retirement_reason VARCHAR(2000);

-- A PI's or admin's decision on an SOP, like recipe_approvals: approved, rejected or retired.
CREATE TABLE sop_approvals (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    sop_id UUID NOT NULL REFERENCES sops (id),
    sop_row_version BIGINT,
    approver_id UUID NOT NULL,
    approver_role VARCHAR(16) NOT NULL,
    decision VARCHAR(16) NOT NULL,
    comment VARCHAR(2000),
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT check_sop_approver_role CHECK (approver_role IN ('admin', 'pi'))
);
CREATE INDEX idx_sop_approvals_sop ON sop_approvals (organization_id, sop_id, decided_at);
CREATE INDEX idx_recipe_approvals_recipe ON recipe_approvals (organization_id, recipe_id, decided_at);

-- Who deleted a sample and why: shown to admins with "show deleted", and in the audit trail.
ALTER TABLE samples ADD COLUMN deleted_by UUID;
ALTER TABLE samples ADD COLUMN deletion_reason VARCHAR(2000);
ALTER TABLE materials ADD COLUMN created_by UUID;
