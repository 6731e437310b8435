-- The runs list reads newest first (issue 20): planned runs, then by start time descending, keyset
-- paged by the last row's time and id. This index reads each page in order within one lab.
CREATE INDEX idx_runs_org_newest_first ON runs (organization_id, started_at DESC NULLS FIRST, id DESC);
