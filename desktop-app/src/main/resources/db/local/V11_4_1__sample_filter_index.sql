-- Bench only (ADR 0036, revised 2026-11-30): a keystroke in the samples filter must not read
-- 100,000 whole rows. The filter is a substring of the name or the barcode in any case, which no
-- B-tree can seek; but an index holding everything the filter and the list's order need lets H2
-- answer from the index alone (no row is fetched for an entry that does not match), walking it in
-- the list's order and stopping at the window's end. filter_text joins the two texts the filter
-- searches, lower-cased, with a line break between them (a filter field holds one line, so no
-- typed text spans both).
ALTER TABLE samples ADD COLUMN filter_text VARCHAR(266)
    GENERATED ALWAYS AS (LOWER(name) || CHAR(10) || LOWER(barcode));
CREATE INDEX idx_bench_samples_filter ON samples (organization_id, name, id, deleted_at, filter_text);
