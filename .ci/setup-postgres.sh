#!/usr/bin/env bash
# Starts the local PostgreSQL and creates the roles the server and its tests use:
#   spectra_owner - owns the tables and runs migrations (BYPASSRLS only so that the
#                   SECURITY DEFINER look-ups of the sign-in path can find a user before a
#                   tenant is known, and verify-audit can read every organization)
#   spectra_app   - what the server connects as: no superuser, owns nothing, no BYPASSRLS
#   spectra_login - may only call the sign-in path's look-ups (docs/production.md)
# and, for the tests of the server's start-up role check only, roles it must refuse:
#   spectra_test_owner_member  - otherwise harmless, but a member of spectra_owner
#   spectra_test_bypass_member - otherwise harmless, but a member of spectra_test_bypasser (BYPASSRLS)
# Idempotent: safe to run on a machine where it already ran.
set -euo pipefail

PG_VERSION=${PG_VERSION:-15}
OWNER_PASSWORD=${SPECTRA_PG_OWNER_PASSWORD:-owner-secret}
APP_PASSWORD=${SPECTRA_PG_APP_PASSWORD:-app-secret}
LOGIN_PASSWORD=${SPECTRA_PG_LOGIN_PASSWORD:-login-secret}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
fi
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_ctlcluster "$PG_VERSION" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done

# The test suites run servers side by side (chaos scenarios, two instances, child processes):
# room for their pools beyond the default 100 connections.
if [ "$(su postgres -c "psql -tAc 'SHOW max_connections'")" -lt 300 ]; then
  su postgres -c "psql -q -c 'ALTER SYSTEM SET max_connections = 300'"
  pg_ctlcluster "$PG_VERSION" main restart
  for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
  done
fi

su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spectra_owner') THEN
    CREATE ROLE spectra_owner LOGIN NOSUPERUSER CREATEDB NOCREATEROLE BYPASSRLS PASSWORD '${OWNER_PASSWORD}';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spectra_app') THEN
    CREATE ROLE spectra_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${APP_PASSWORD}';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spectra_login') THEN
    CREATE ROLE spectra_login LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${LOGIN_PASSWORD}';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spectra_test_owner_member') THEN
    CREATE ROLE spectra_test_owner_member LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
      PASSWORD '${APP_PASSWORD}' IN ROLE spectra_owner;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spectra_test_bypasser') THEN
    CREATE ROLE spectra_test_bypasser NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spectra_test_bypass_member') THEN
    CREATE ROLE spectra_test_bypass_member LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
      PASSWORD '${APP_PASSWORD}' IN ROLE spectra_test_bypasser;
  END IF;
END
\$\$;
-- Lets test clean-up drop a test database that still has application connections open.
GRANT pg_signal_backend TO spectra_owner;
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'spectra'\"" | grep -q 1; then
  su postgres -c "createdb -O spectra_owner spectra"
fi
echo "PostgreSQL ready: roles spectra_owner, spectra_app and spectra_login, database spectra"
