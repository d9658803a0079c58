#!/usr/bin/env bash
# Benchmark (not a test): generates N synthetic enterprises (default 100,000) with the jar's
# `generate` command and imports them with its `import` command into a fresh embedded database,
# exactly as a user would; every output line is stamped with the seconds since its command began.
#   bench/generate-and-import.sh [N] [SEED] [WORK_DIR]
# BENCH_HEAP (default 8g) is the import's heap: the import engine holds the whole dataset while it
# validates it. BENCH_PAGE_CACHE (default 1g) is the embedded Neo4j's page cache.
set -euo pipefail
cd "$(dirname "$0")/.."

enterprises=${1:-100000}
seed=${2:-1}
work=${3:-target/bench/world-$enterprises}
java_home=$(bin/find-jdk)
jar=target/liantu.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src schema cypher -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar..." >&2
  mvn -B -q -DskipTests package
fi
rm -rf "$work"
mkdir -p "$work"

stamp() {
  local start=$1 line now
  while IFS= read -r line; do
    now=$(date +%s.%N)
    printf '%8.1fs  %s\n' "$(echo "$now - $start" | bc)" "$line"
  done
}

run_timed() {
  local name=$1 start end
  shift
  start=$(date +%s.%N)
  "$@" 2>&1 | grep --line-buffered -vE ' (INFO|WARN) |^WARNING|^$|lucene|JsonTemplateLayout' | stamp "$start"
  end=$(date +%s.%N)
  echo "$name took $(echo "$end - $start" | bc | xargs printf '%.1f') s" >&2
  echo "$end - $start" | bc > "$work/$name.seconds"
}

run_timed generate "$java_home/bin/java" -Xmx512m -jar "$jar" generate --enterprises "$enterprises" --seed "$seed" \
  "$work/files"
LIANTU_DATA_DIR="$work/neo4j" LIANTU_PAGE_CACHE_MEMORY="${BENCH_PAGE_CACHE:-1g}" \
  run_timed import "$java_home/bin/java" -Xmx"${BENCH_HEAP:-8g}" -XX:+UseParallelGC -jar "$jar" import "$work/files"

rows=$(grep -oE '"[a-z_]+\.jsonl" : [0-9]+' "$work/files/manifest.json" | awk '{s += $3} END {print s}')
for step in generate import; do
  seconds=$(cat "$work/$step.seconds")
  printf '%-8s %12s rows in %7.1f s: %8.0f rows/s\n' "$step" "$rows" "$seconds" "$(echo "$rows / $seconds" | bc -l)"
done
