-- The throttle's tables hold no tenant data (account names are hashes, see V2_1_1), so they are
-- not under row-level security: the application role counts attempts before any tenant is known.
-- It may also delete, because the counts are working state that is purged once it has expired,
-- not records.
GRANT SELECT, INSERT, UPDATE, DELETE ON login_accounts, login_failures, login_verdicts TO ${app_role};
