#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL server for the test suite, creates the role the tests
# use, and prints the connection string to export as QUANTRAC_TEST_POSTGRES. Needs root (CI runs as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'quantrac') THEN
    CREATE ROLE quantrac LOGIN PASSWORD 'quantrac' CREATEDB;
  END IF;
END $$;
-- Test databases are dropped WITH (FORCE); that must also end an autovacuum worker or a stray session of another
-- role on them, else the drop fails under load with "must be a member of the role whose process is being terminated".
GRANT pg_signal_backend TO quantrac;
SQL
echo "Host=127.0.0.1;Port=5432;Username=quantrac;Password=quantrac;Database=postgres"
