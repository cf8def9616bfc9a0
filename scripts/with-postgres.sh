#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback, loaded with the live-audit
# fixture (a Supabase-like platform and its migrations), for the database tests:
#   scripts/with-postgres.sh swift test --skip-build
# Installs Debian's postgresql when missing (as root); the server, its data and its passwords
# live in a temporary folder that is removed when the command ends. Exports
# SKEPTIC_TEST_DATABASE_URL (no password) and SKEPTIC_TEST_DATABASE_PASSWORD for the tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixture="$root/Tests/SkepticKitTests/Analyses/Database/LiveFixture"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "with-postgres: PostgreSQL is missing; install it with: sudo apt-get install -y postgresql" >&2
    exit 2
  fi
  echo "with-postgres: installing postgresql from Debian" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq postgresql-15 >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-15 >/dev/null; }
  bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi

# PostgreSQL refuses to run as root: the server runs as the postgres user when we are root.
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
  run_as=(runuser -u postgres --)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/skeptic-pg.XXXXXX")"
chmod 755 "$work"
[[ ${#run_as[@]} -eq 0 ]] || chown postgres "$work"
cleanup() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

superuser_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
auditor_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
printf '%s\n' "$superuser_password" >"$work/pwfile"
[[ ${#run_as[@]} -eq 0 ]] || chown postgres "$work/pwfile"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${run_as[@]}" "$bindir/initdb" -D "$work/data" -U postgres --auth=scram-sha-256 --pwfile="$work/pwfile" -E UTF8 --no-locale >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c fsync=off" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }

psql_super() { PGPASSWORD="$superuser_password" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
psql_super -d postgres -c "create database journal" -c "create role skeptic_auditor login password '$auditor_password'"
psql_super -d journal -f "$fixture/platform.sql"
for migration in "$fixture"/supabase/migrations/*.sql; do
  psql_super -d journal -f "$migration"
done

export SKEPTIC_TEST_DATABASE_URL="postgres://skeptic_auditor@127.0.0.1:$port/journal?sslmode=disable"
export SKEPTIC_TEST_DATABASE_PASSWORD="$auditor_password"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port with the live-audit fixture" >&2
"$@"
