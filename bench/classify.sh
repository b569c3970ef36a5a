#!/usr/bin/env bash
# Category classifier benchmark: compiles Minhu, trains the classifier on the labelled messages
# (timed), classifies every message of the raw file (subject + detail, segmentation included; mean,
# p50, p99 per ticket) and measures the model's memory. No server and no database.
# Settings: BENCH_TRAIN, BENCH_RAW (the shared data files by default), BENCH_SKIP_BUILD=1, JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
TRAIN=${BENCH_TRAIN:-../shared/data/messages-labelled-train.tsv}
RAW=${BENCH_RAW:-../shared/data/messages-raw.tsv}

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -DskipTests compile
fi
LIBS=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=hanlp,liblinear 2>/dev/null)
[[ "$LIBS" == *hanlp* && "$LIBS" == *liblinear* ]] || { echo "cannot find the HanLP and liblinear jars" >&2; exit 1; }

# a fixed heap, so the memory figures are not a side effect of heap sizing
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g -cp "target/classes:$LIBS" bench/classify/ClassifyBench.java "$TRAIN" "$RAW"
