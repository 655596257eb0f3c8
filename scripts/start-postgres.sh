#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (.ci/run, and by hand): Debian's `postgresql` package, a cluster in
# $PG_DIR started on $PG_PORT of 127.0.0.1 as the `postgres` user, with a database and a user for the tests.
# Prints the URL to put in TEST_DATABASE_URL. Stop it with: scripts/start-postgres.sh stop
set -euo pipefail
PG_PORT="${PG_PORT:-54329}"
PG_DIR="${PG_DIR:-/tmp/tiltaksmonitor-pg}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if [ "${1:-}" = stop ]; then
  [ -n "$BIN" ] && as_postgres "$BIN/pg_ctl" -D "$PG_DIR" -m fast stop > /dev/null 2>&1 || true
  exit 0
fi
if [ -z "$BIN" ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql > /dev/null
  BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
if [ ! -f "$PG_DIR/PG_VERSION" ]; then
  $SUDO mkdir -p "$PG_DIR" && $SUDO chown postgres "$PG_DIR"
  echo postgres > "$PG_DIR.pw" && chmod 644 "$PG_DIR.pw"
  as_postgres "$BIN/initdb" -D "$PG_DIR" -A scram-sha-256 -U postgres --pwfile="$PG_DIR.pw" > /dev/null
  rm -f "$PG_DIR.pw"
fi
if ! as_postgres "$BIN/pg_ctl" -D "$PG_DIR" status > /dev/null 2>&1; then
  # Enough connections for two servers' pools and the tests; fsync stays on (the kill test relies on durability).
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/log" -w -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start > /dev/null
fi
export PGPASSWORD=postgres
psql() { "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ -z "$(psql -c "select 1 from pg_roles where rolname = 'tiltaksmonitor'")" ]; then
  # CREATEDB: each test worker makes a database of its own (tests/server/support.ts).
  psql -c "create role tiltaksmonitor login createdb password 'tiltaksmonitor'"
fi
if [ -z "$(psql -c "select 1 from pg_database where datname = 'tiltaksmonitor_test'")" ]; then
  psql -c "create database tiltaksmonitor_test owner tiltaksmonitor"
fi
echo "postgres://tiltaksmonitor:tiltaksmonitor@127.0.0.1:$PG_PORT/tiltaksmonitor_test"
