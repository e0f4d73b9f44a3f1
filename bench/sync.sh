#!/usr/bin/env bash
# Times the desktop client's sync against a real notabene-server on loopback: the initial sync
# of a company with 1,000 Ansprechpartner, and a re-sync with nothing new. Writes the figures
# between <!-- syncbench:begin --> and <!-- syncbench:end --> in OUTPUT_MD.
#
#   bench/sync.sh BUILD_DIR OUTPUT_MD
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$(realpath "$1")
output=$2
contacts=${BENCH_CONTACTS:-1000}
tmp=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

port=$(free_port)
"$build/server/notabene-server" demo-data --db "sqlite:$tmp/server.db" >/dev/null
"$build/server/notabene-server" serve --listen "127.0.0.1:$port" --db "sqlite:$tmp/server.db" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done

# Three runs, each with a fresh client store; the median counts.
for i in 1 2 3; do
  "$build/bench/notabene-syncbench" "http://127.0.0.1:$port" "$contacts" >"$tmp/run$i.txt"
done
median() { sort -n | sed -n 2p; }
initial=$(awk '/^initial-sync/ {print $2}' "$tmp"/run*.txt | median)
resync=$(awk '/^no-change-resync/ {print $2}' "$tmp"/run*.txt | median)
initial_requests=$(awk '/^initial-sync/ {print $3}' "$tmp/run1.txt")
resync_requests=$(awk '/^no-change-resync/ {print $3}' "$tmp/run1.txt")

block=$(cat <<EOT
<!-- syncbench:begin -->
## Client sync ($(date -u '+%Y-%m-%d %H:%M') UTC, bench/sync.sh)

A fresh client store (SQLite, WAL, synchronous=FULL) syncing the demo company with $contacts
Ansprechpartner from notabene-server on loopback (SQLite), through the real NetworkTransport,
OfflineStore and SyncEngine; median of 3 runs, each with a new store.

| measurement | time | requests |
|---|---:|---:|
| initial sync ($contacts contacts, Firmenprofil, Verteiler, branding) | ${initial} ms | ${initial_requests} |
| re-sync with nothing new (mean of 20) | ${resync} ms | ${resync_requests} (each answered 304) |

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); build: $(basename "$build").
<!-- syncbench:end -->
EOT
)
write_block syncbench "$output" "$block"
echo "initial sync ${initial} ms (${initial_requests} requests), no-change re-sync ${resync} ms (${resync_requests} requests); written to $output"
