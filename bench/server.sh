# Sourced by the benchmarks: builds the jar (unless BENCH_SKIP_BUILD=1), starts Minhu on a fresh
# data directory with its embedded PostgreSQL (BENCH_PORT, BENCH_PG_PORT: free ports by default;
# BENCH_APP_ARGS: more arguments), waits until it is up, and stops everything on exit. Leaves
# JAVA, PGJAR (the JDBC driver), DATA, PORT, PG_PORT, APP_PID and ADMIN_PASSWORD to the benchmark.
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
export JAVA_HOME
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
PORT=${BENCH_PORT:-$(free_port)}
PG_PORT=${BENCH_PG_PORT:-$(free_port)}
ADMIN_PASSWORD=bench-admin-password

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -DskipTests package
fi
JAR=$(ls target/minhu-*.jar | grep -v original | head -1)
PGJAR=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=postgresql 2>/dev/null | tr ':' '\n' | grep '/org/postgresql/postgresql/' | head -1)
[[ -f "$PGJAR" ]] || { echo "cannot find the PostgreSQL JDBC driver" >&2; exit 1; }

DATA=$(mktemp -d -t minhu-bench-XXXXXX)
APP_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  # a postmaster the application did not stop (it was killed) still holds the data directory
  local pidfile="$DATA/postgres/postmaster.pid"
  if [[ -f "$pidfile" ]]; then
    local pg; pg=$(head -1 "$pidfile")
    if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null && grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then
      kill -INT "$pg" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT INT TERM

echo "Starting Minhu on :$PORT, PostgreSQL on :$PG_PORT, data in $DATA (log: $DATA/app.log)"
MINHU_DATA_DIR="$DATA" SERVER_PORT="$PORT" MINHU_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  "$JAVA" ${BENCH_APP_JAVA_OPTS:--Xms1g -Xmx1g} -jar "$JAR" --minhu.db.embedded-port="$PG_PORT" ${BENCH_APP_ARGS:-} \
  >"$DATA/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Minhu exited:" >&2; tail -50 "$DATA/app.log" >&2; exit 1; fi
  sleep 0.5
  [[ $i == 240 ]] && { echo "Minhu did not come up" >&2; tail -50 "$DATA/app.log" >&2; exit 1; }
done

