#!/usr/bin/env bash
# Hotspots on real messages (issue 11): starts Minhu on a fresh data directory; teaches its
# category model from ../shared/data/messages-labelled-train.tsv (loaded as closed tickets of
# 2016, their seven first-level labels mapped to Minhu's first-level categories); loads the 4,326
# raw messages as received tickets at their own times, each with the category the model suggests
# for it, its anonymised district ("A3区") mapped to a Beijing district, and as its address the
# first estate, building or business the text names ("A5区魅力之城小区"); then asks the weekly
# hotspot report for every week of 2017–2020 and prints the ten largest clusters and what they
# hold. Settings: BENCH_RAW, BENCH_LABELLED, BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
RAW=${BENCH_RAW:-../shared/data/messages-raw.tsv}
LABELLED=${BENCH_LABELLED:-../shared/data/messages-labelled-train.tsv}
BENCH_APP_ARGS="--minhu.sweep.enabled=false --minhu.classifier.auto-train=false --minhu.assessment.auto-run=false ${BENCH_APP_ARGS:-}"
source bench/server.sh
"$JAVA" -cp "$PGJAR" -Dpgpassfile="$DATA/postgres.password" bench/rawhot/RawHotspots.java \
  "http://127.0.0.1:$PORT" "$ADMIN_PASSWORD" "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "$RAW" "$LABELLED" "$DATA"
