-- Bench only (issue 19): every index on samples is written once per sample an initial load brings,
-- and index upkeep was the largest part of loading 100,000 samples. Two of them serve no bench
-- query: the samples list reads its unfiltered windows through the filter index (V11_4_1), whose
-- leading columns are exactly those of idx_bench_samples_by_name (organization, name, id); and no
-- bench list orders samples by creation (the server's REST list does, with its own index).
DROP INDEX IF EXISTS idx_bench_samples_by_name;
DROP INDEX IF EXISTS idx_samples_org_created;
