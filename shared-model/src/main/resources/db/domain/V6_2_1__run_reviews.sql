-- Reviews of runs (issue 15): an engineer's or PI's decision on a finished run, with its comment.
-- The electronic signature behind each is a row of signatures (record_table 'runs', meaning
-- 'reviewed'); this row says what was decided and why. Written by ReviewRun on the bench and on
-- the server alike, synced like any row. Reviews are history: never updated or deleted.
CREATE TABLE run_reviews (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    run_id UUID NOT NULL REFERENCES runs (id),
    signature_id UUID NOT NULL REFERENCES signatures (id),
    reviewer_id UUID NOT NULL,
    reviewer_name VARCHAR(200) NOT NULL,
    decision VARCHAR(16) NOT NULL CHECK (decision IN ('reviewed', 'rejected')),
    review_comment VARCHAR(2000),
    content_sha256 VARCHAR(64) NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version BIGINT NOT NULL,
    CONSTRAINT uq_run_reviews_signature UNIQUE (signature_id),
    CONSTRAINT check_rejection_has_comment CHECK (decision = 'reviewed' OR review_comment IS NOT NULL)
);
CREATE INDEX idx_run_reviews_run ON run_reviews (organization_id, run_id);
