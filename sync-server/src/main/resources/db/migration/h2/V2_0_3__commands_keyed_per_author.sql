-- Command ids are unique per organization and author, not globally (ADR 0012): a spoofed id can
-- no longer block the real author's command, and two organizations never share one.
ALTER TABLE processed_commands DROP PRIMARY KEY;
ALTER TABLE processed_commands ADD PRIMARY KEY (organization_id, author_id, command_id);
