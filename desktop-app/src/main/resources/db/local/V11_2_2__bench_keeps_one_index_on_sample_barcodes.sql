-- Bench only (ADR 0032, revised 2026-11-30): idx_samples_org_barcode indexes exactly the columns of
-- the constraint uq_samples_org_barcode, whose own unique index serves the same look-ups. On the
-- bench every sample an initial load inserts was written into both; one is enough.
DROP INDEX IF EXISTS idx_samples_org_barcode;
