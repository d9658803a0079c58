#!/usr/bin/env bash
# A bounded mixed read load on loopback with wrk (Debian package wrk), reporting requests/s,
# latency percentiles and errors. Uses the server at $LIANTU_URL when one answers there; otherwise
# starts bin/liantu on a fresh demo database for the run and stops it afterwards.
#
#   bench/load.sh [--seconds 30] [--connections 16] [--url http://127.0.0.1:8080]
#
# LIANTU_TOKEN=<bearer token> is sent when set (needed when anonymous access is off).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
connections=16
url="${LIANTU_URL:-http://127.0.0.1:8080}"
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: apt-get install -y wrk" >&2
  exit 1
fi

server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if ! curl -fsS "$url/health" >/dev/null 2>&1; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  data_dir=$(mktemp -d /tmp/liantu-load.XXXXXX)
  echo "No server answered; starting one on $url with demo data in $data_dir (log: $data_dir.log)"
  LIANTU_DATA_DIR="$data_dir" MICRONAUT_SERVER_PORT="$port" bin/liantu >"$data_dir.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS "$url/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited; see $data_dir.log" >&2; exit 1; }
    sleep 0.5
  done
fi

echo "Warming up for 20 s (the JIT needs it: a cold server answers several times slower)"
wrk -t2 -c"$connections" -d20s -s bench/load-mix.lua "$url" >/dev/null
echo "Mixed load: $connections connections, 2 threads, ${seconds} s against $url"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/load-mix.lua "$url" | sed -n '/^requests /,$p'
