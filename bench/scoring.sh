#!/usr/bin/env bash
# Scoring benchmark: builds the jar, starts Minhu on a fresh data directory with its embedded
# PostgreSQL, fills one month at Beijing's scale (2.5 million tickets) straight into the tables,
# then times the monthly assessment run beside the plainest SQL aggregate over the same rows and
# the reading of one peer group's ranking; prints the application's peak memory; stops everything.
# Settings: BENCH_PORT, BENCH_PG_PORT (free ports by default), BENCH_TICKETS (2500000),
# BENCH_READS (200), BENCH_SKIP_BUILD=1, JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_APP_ARGS="--minhu.assessment.auto-run=false ${BENCH_APP_ARGS:-}"
source bench/server.sh

"$JAVA" -cp "$PGJAR" -Dpgpassfile="$DATA/postgres.password"   -Dtickets="${BENCH_TICKETS:-2500000}" -Dreads="${BENCH_READS:-200}" \
  bench/scoring/ScoringBench.java "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD" \
  "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
echo "application peak memory   : $(grep VmHWM /proc/$APP_PID/status | awk '{printf "%.0f MB", $2/1024}') (resident, whole run)"
if grep -q "ERROR" "$DATA/app.log"; then
  echo "--- errors in the application log:"; grep -m5 -A3 "ERROR" "$DATA/app.log"
fi
