#!/usr/bin/env bash
# Intake benchmark: builds the jar, starts Minhu on a fresh data directory with its embedded
# PostgreSQL on a fixed port, measures tickets/s over HTTP and the plain-JDBC limit, stops everything.
# Settings: BENCH_PORT (app), BENCH_PG_PORT (PostgreSQL; both default to free ports), BENCH_CLIENTS (16),
# BENCH_WARMUP (30), BENCH_DURATION (20), BENCH_JDBC_DURATION (10), BENCH_SKIP_BUILD=1, JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh

"$JAVA" -cp "$PGJAR" -Dpgpassfile="$DATA/postgres.password" -Dclients="${BENCH_CLIENTS:-16}" -Dwarmup="${BENCH_WARMUP:-30}" \
  -Dduration="${BENCH_DURATION:-20}" -DjdbcDuration="${BENCH_JDBC_DURATION:-10}" \
  bench/intake/IntakeBench.java "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD" \
  "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
if grep -q "ERROR" "$DATA/app.log"; then
  echo "--- errors in the application log:"; grep -m5 -A3 "ERROR" "$DATA/app.log"
fi
