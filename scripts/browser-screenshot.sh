#!/usr/bin/env bash
# Serves the committed sample with `kgraph serve`, opens Neo4j Browser in headless Chromium,
# runs the guide's "callers two levels up" script and saves a screenshot (default
# docs/browser.png). Fails if the Browser cannot connect or the query shows an error.
#
# Needs Java 17 and Maven (./kgraph builds itself), Node.js with npm (installs playwright-core
# from package-lock.json) and Chromium (Debian: apt-get install chromium; or set CHROMIUM).
# Ports: BOLT_PORT (default 27687) and HTTP_PORT (default 27474), on 127.0.0.1.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$repo/docs/browser.png}")"
bolt_port="${BOLT_PORT:-27687}"
http_port="${HTTP_PORT:-27474}"
script="$repo/docs/browser-guide/02-callers-two-levels-up.cypher"

work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"   # runs the same shutdown hook as Ctrl-C
    wait "$server" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

KGRAPH_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
export KGRAPH_PASSWORD

echo "browser-screenshot: importing the sample into $work/db" >&2
"$repo/kgraph" --db "$work/db" import depsurf "$repo/sample/depsurf" > "$work/import.log" 2>&1 \
  || { cat "$work/import.log" >&2; exit 1; }

"$repo/kgraph" --db "$work/db" serve --bolt-port "$bolt_port" --http-port "$http_port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  grep -q "Ctrl-C stops the server." "$work/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Ctrl-C stops the server." "$work/serve.log" || { echo "kgraph serve did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
grep -v '^  password' "$work/serve.log" >&2

(cd "$repo/scripts/browser-screenshot" && npm ci --no-audit --no-fund --silent)
node "$repo/scripts/browser-screenshot/screenshot.mjs" "http://localhost:$http_port/browser/" \
  "bolt://localhost:$bolt_port" "$script" "$out"
