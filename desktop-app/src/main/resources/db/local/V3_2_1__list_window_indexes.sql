-- Bench only: the samples and runs screens read their lists a window at a time, in the lists'
-- own order (keyset paging). These indexes hold that order, so a window is read without sorting
-- the whole table (100,000 samples: a sort of all of them per window otherwise).
CREATE INDEX idx_bench_samples_by_name ON samples (organization_id, name, id);
CREATE INDEX idx_bench_runs_newest_first ON runs (organization_id, started_at DESC NULLS FIRST, id DESC);
