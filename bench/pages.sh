#!/usr/bin/env bash
# Console pages benchmark (issue 10): builds the jar, starts Minhu with its demo, signs in as an
# operator, a street's handler, a district's and the city's supervisor, and asks each of their
# pages many times; prints p50 and p95 per page (target: every page under 300 ms at p95).
# Settings: BENCH_PORT, BENCH_PG_PORT, BENCH_SKIP_BUILD=1, BENCH_ROUNDS (default 60), JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_APP_ARGS="--demo ${BENCH_APP_ARGS:-}"
export MINHU_DEMO_PASSWORD=bench-demo-password
source bench/server.sh

"$JAVA" -cp "$PGJAR" -Dpgpassfile="$DATA/postgres.password" -Drounds="${BENCH_ROUNDS:-60}" bench/pages/PagesBench.java \
  "http://127.0.0.1:$PORT" "$MINHU_DEMO_PASSWORD" "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
if grep -q "ERROR" "$DATA/app.log"; then
  echo "--- errors in the application log:"; grep -m5 -A3 "ERROR" "$DATA/app.log"
fi
