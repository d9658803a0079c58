#!/usr/bin/env bash
# Benchmark: generates N synthetic enterprises (default 100,000) and imports them file by file into
# a fresh embedded Neo4j, printing seconds and rows/s per step. Not part of the test suite.
#   bench/generate-and-import.sh [N] [SEED] [WORK_DIR] [PAGE_CACHE]
# Heap: BENCH_HEAP (default 8g). The importer reads a whole file before writing it, so the heap
# must hold supplies.jsonl parsed (about 6 rows per enterprise).
set -euo pipefail
cd "$(dirname "$0")/.."

enterprises=${1:-100000}
seed=${2:-1}
work=${3:-target/bench/world-$enterprises}
page_cache=${4:-1g}
java_home=$(bin/find-jdk)
jar=target/liantu.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src schema cypher -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar..." >&2
  mvn -B -q -DskipTests package
fi
exec "$java_home/bin/java" -Xmx"${BENCH_HEAP:-8g}" -XX:+UseParallelGC -cp "$jar" \
  bench/GenerateAndImport.java "$enterprises" "$seed" "$work" "$page_cache"
