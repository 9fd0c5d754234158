#!/usr/bin/env bash
# Install (from Debian's packages, when missing) and start a local PostgreSQL for the relay's
# tests, then print the line that exports its DSN. Use: eval "$(bash tests/registry/start_postgres.sh)"
# Needs root (CI runs as root). Everything it says besides that line goes to stderr.
set -euo pipefail
exec 3>&1 1>&2

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main >/dev/null
fi
# The server must not inherit our output: a caller reading it would wait forever.
pg_ctlcluster "$version" main start >/dev/null 2>&1 3>&- || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 50); do
    runuser -u postgres -- pg_isready -q -p "$port" && break
    sleep 0.2
done
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'defender_test') THEN
    CREATE ROLE defender_test LOGIN CREATEDB PASSWORD 'defender_test';
  END IF;
END \$\$;
SQL
echo "export DEFENDER_TEST_POSTGRES=postgresql://defender_test:defender_test@127.0.0.1:${port}/postgres" >&3
