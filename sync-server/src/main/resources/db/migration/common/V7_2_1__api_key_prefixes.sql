-- API keys (issue 16): a presented key names its prefix, by which its one row is found; two keys
-- never share a prefix.
CREATE UNIQUE INDEX idx_api_keys_prefix ON api_keys (key_prefix);
