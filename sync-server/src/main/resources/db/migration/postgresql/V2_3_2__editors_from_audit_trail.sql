-- Editors of drafts and notebook entries edited before rows kept them (V2_3_1), recovered from
-- the audit trail, so that the four-eyes rule (ADR 0010) also holds for work begun before the
-- upgrade. Row versions are left alone on purpose: a bump without a change-log entry would make
-- benches disagree with the server about versions they can never pull. Benches keep the empty
-- list for these rows until the next change; the server, which decides, has the editors.

UPDATE recipes AS r
SET editor_ids = edits.editor_ids
FROM (
    SELECT record_id, jsonb_agg(actor_id ORDER BY first_edit) AS editor_ids
    FROM (
        SELECT record_id, actor_id, min(sequence) AS first_edit
        FROM audit_log
        WHERE table_name = 'recipes' AND action = 'EditRecipeDraft' AND actor_id IS NOT NULL
        GROUP BY record_id, actor_id
    ) AS editors
    GROUP BY record_id
) AS edits
WHERE r.id = edits.record_id;

UPDATE eln_entries AS e
SET editor_ids = edits.editor_ids
FROM (
    SELECT record_id, jsonb_agg(actor_id ORDER BY first_edit) AS editor_ids
    FROM (
        SELECT record_id, actor_id, min(sequence) AS first_edit
        FROM audit_log
        WHERE table_name = 'eln_entries' AND action = 'EditElnEntry' AND actor_id IS NOT NULL
        GROUP BY record_id, actor_id
    ) AS editors
    GROUP BY record_id
) AS edits
WHERE e.id = edits.record_id;
