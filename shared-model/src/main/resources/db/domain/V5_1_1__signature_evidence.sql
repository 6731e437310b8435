-- Offline signing with a server countersignature, and visible voiding (ADR 0018).
-- A signature keeps the signer's device-key JWS over its signing payload (when signed on a
-- bench), the server's countersignature and the time it received it, who voided it, and the
-- row version of the entry it was made on.
-- The new meaning "witnessed" needs the meaning check replaced; the first check has no portable
-- name, so the column is rebuilt under a named one (values copied, nothing else refers to it).

ALTER TABLE signatures ADD COLUMN voided_by UUID;
ALTER TABLE signatures ADD COLUMN device_signature VARCHAR(4000);
ALTER TABLE signatures ADD COLUMN countersignature VARCHAR(4000);
ALTER TABLE signatures ADD COLUMN countersigned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE signatures ADD COLUMN record_row_version BIGINT;

ALTER TABLE signatures ADD COLUMN meaning_now VARCHAR(16);
UPDATE signatures SET meaning_now = meaning;
ALTER TABLE signatures DROP COLUMN meaning;
ALTER TABLE signatures RENAME COLUMN meaning_now TO meaning;
ALTER TABLE signatures ALTER COLUMN meaning SET NOT NULL;
ALTER TABLE signatures ADD CONSTRAINT signatures_meaning_known
    CHECK (meaning IN ('authored', 'reviewed', 'approved', 'witnessed'));
