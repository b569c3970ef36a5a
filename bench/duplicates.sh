#!/usr/bin/env bash
# Duplicates on real messages (issue 11): starts Minhu on a fresh data directory, loads the 4,326
# messages of ../shared/data/messages-raw.tsv as received tickets at their own times (their
# anonymised district, "A3区", mapped to a Beijing district; no address, no category: the raw
# messages have none), has the node index them, and asks for each ticket the open tickets of the
# seven days before it that it may duplicate (GET /api/v1/tickets/{id}/duplicates). Prints how
# many got proposals and the ten most alike pairs, and writes (at most) 100 of the proposals, drawn at random,
# (seed 7) to target/rawdup-sample.tsv for a reader to label. Settings: BENCH_RAW, BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
RAW=${BENCH_RAW:-../shared/data/messages-raw.tsv}
BENCH_APP_ARGS="--minhu.sweep.enabled=false --minhu.classifier.auto-train=false --minhu.assessment.auto-run=false ${BENCH_APP_ARGS:-}"
source bench/server.sh
"$JAVA" -cp "$PGJAR" -Dpgpassfile="$DATA/postgres.password" bench/rawdup/RawDuplicates.java \
  "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD" "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "$RAW" "$DATA" target/rawdup-sample.tsv
