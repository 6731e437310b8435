-- Who revoked an API key (issue 16): the list of keys shows it next to when.
ALTER TABLE api_keys ADD COLUMN revoked_by UUID;
