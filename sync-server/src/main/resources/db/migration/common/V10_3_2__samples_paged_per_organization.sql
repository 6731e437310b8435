-- The samples list pages by id within one organization (keyset: WHERE organization_id = ? AND
-- id > ? ORDER BY id LIMIT n). With only the primary key, a lab's page walks past the rows of every
-- other lab interleaved in id order (ids are time-ordered); this index reads exactly the page.
CREATE INDEX idx_samples_org_id ON samples (organization_id, id);
