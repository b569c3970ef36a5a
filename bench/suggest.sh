#!/usr/bin/env bash
# Whole-suggestion benchmark (issue 9): builds the jar, starts Minhu with its demo (whose loader
# learns a category model from the demo's history), then asks for a suggestion for every raw
# message of ../shared/data/messages-raw.tsv with a demo address, one at a time; prints mean, p50
# and p99. Settings: BENCH_RAW, BENCH_PORT, BENCH_PG_PORT, BENCH_SKIP_BUILD=1, JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
RAW=${BENCH_RAW:-../shared/data/messages-raw.tsv}
BENCH_APP_ARGS="--demo ${BENCH_APP_ARGS:-}"
export MINHU_DEMO_PASSWORD=bench-demo-password
source bench/server.sh

"$JAVA" -cp "$PGJAR" -Dpgpassfile="$DATA/postgres.password" bench/suggest/SuggestBench.java \
  "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD" "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "$RAW"
if grep -q "ERROR" "$DATA/app.log"; then
  echo "--- errors in the application log:"; grep -m5 -A3 "ERROR" "$DATA/app.log"
fi
