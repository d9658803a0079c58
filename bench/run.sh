#!/usr/bin/env bash
# The GraphQL benchmark (not a test): generates and imports a synthetic world once (reused by later
# runs), starts LianTu on it and drives a fixed mix of operations at 1 and 16 concurrent clients,
# then the same Cypher through the Java driver, then the Neo4j GraphQL Library over the same
# database. Prints the tables and writes them to bench/results/<N>.md. See bench/README.md.
#   bench/run.sh [--enterprises 100000] [--seconds 10] [--warmup 3] [--server-warmup 20] [--skip-library] [--city 340400] [--chain nev]
set -euo pipefail
cd "$(dirname "$0")/.."

enterprises=100000
seed=1
seconds=10
warmup=3
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --enterprises) enterprises=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --skip-library) extra+=(--skip-library); shift ;;
    --city|--chain|--search|--clients|--operations|--server-java-opts|--page-cache|--port|--bolt|--library-port\
      |--server-warmup)
      extra+=("$1" "$2"); shift 2 ;;
    *) echo "Unknown option $1 (see bench/README.md)" >&2; exit 64 ;;
  esac
done

work=${BENCH_WORK:-target/bench}
world=$work/world-$enterprises-seed$seed
java_home=$(bin/find-jdk)
jar=target/liantu.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main schema cypher -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar..." >&2
  mvn -B -q -DskipTests package
fi
echo "Compiling the benchmark (test classes) and resolving its classpath..." >&2
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test

# The world: generated and imported once per size and seed, then reused (the runs only read it).
if [ ! -f "$world/imported" ]; then
  heap=8g; cache=1g
  if [ "$enterprises" -gt 300000 ]; then heap=14g; cache=2g; fi
  echo "Generating and importing $enterprises enterprises into $world (minutes; done once)..." >&2
  BENCH_HEAP=${BENCH_HEAP:-$heap} BENCH_PAGE_CACHE=${BENCH_PAGE_CACHE:-$cache} \
    bench/generate-and-import.sh "$enterprises" "$seed" "$world"
  touch "$world/imported"
fi

# The Neo4j GraphQL Library: its locked dependencies, when npm is there.
if [[ " ${extra[*]-} " != *" --skip-library "* ]]; then
  if command -v npm >/dev/null && command -v node >/dev/null \
      && [ "$(node -e 'console.log(process.versions.node.split(".")[0])')" -ge 20 ]; then
    (cd bench/neo4j-graphql && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
      || { echo "npm ci failed: running without the Neo4j GraphQL Library" >&2; extra+=(--skip-library); }
  else
    echo "node 20+ and npm not found: running without the Neo4j GraphQL Library" >&2
    extra+=(--skip-library)
  fi
fi

page_cache=1g
if [ "$enterprises" -gt 300000 ]; then page_cache=2g; fi
mkdir -p bench/results
exec "$java_home/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" \
  cn.liantu.bench.Bench --data-dir "$world/neo4j" --out "$work" --results "bench/results/$enterprises.md" \
  --label "$enterprises enterprises (seed $seed)" --seconds "$seconds" --warmup "$warmup" \
  --page-cache "$page_cache" "${extra[@]}"
