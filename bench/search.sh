#!/usr/bin/env bash
# Full-text search benchmark (issue 11): starts Minhu on a fresh data directory, fills its
# database with generated tickets whose text is recombined from the sentences of
# ../shared/data/messages-raw.tsv, has the node rebuild its index at each size (1 M, 5 M by
# default), and times GET /api/v1/search for 1,000 queries drawn from the words of the raw
# messages, for an operator and for a street's handler; at the first size also the same queries
# (a sample) through the ILIKE the list used before. Prints p50/p99, index size and indexing rate.
# Settings: BENCH_SIZES (e.g. 1000000,5000000,25000000), BENCH_QUERIES (1000), BENCH_ILIKE (20),
# BENCH_RAW, BENCH_SKIP_BUILD=1, JAVA_HOME; the server's heap with BENCH_APP_JAVA_OPTS (-Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
RAW=${BENCH_RAW:-../shared/data/messages-raw.tsv}
BENCH_APP_JAVA_OPTS=${BENCH_APP_JAVA_OPTS:--Xms2g -Xmx2g}
BENCH_APP_ARGS="--minhu.sweep.enabled=false --minhu.classifier.auto-train=false --minhu.assessment.auto-run=false ${BENCH_APP_ARGS:-}"
source bench/server.sh

HANLP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=hanlp 2>/dev/null | tr ':' '\n' | grep hanlp | head -1)
"$JAVA" -Xmx2g -cp "$PGJAR:$HANLP" -Dpgpassfile="$DATA/postgres.password" bench/search/SearchBench.java \
  "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD" "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "$RAW" \
  "${BENCH_SIZES:-1000000,5000000}" "${BENCH_QUERIES:-1000}" "${BENCH_ILIKE:-20}" "$DATA"
if grep -q "ERROR" "$DATA/app.log"; then
  echo "--- errors in the application log:"; grep -m5 -A3 "ERROR" "$DATA/app.log"
fi
