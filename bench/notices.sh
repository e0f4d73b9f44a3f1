#!/usr/bin/env bash
# The notice sync benchmark (issue 4): the desktop client's initial sync of COUNT signed notices
# (every page fetched, every signature verified, every notice stored) against the floor measured
# in the same run: the same pages fetched with curl + the same signatures verified by a bare
# libsodium loop + the same rows loaded by the sqlite3 command-line tool. Writes the figures
# between <!-- noticebench:begin --> and <!-- noticebench:end --> in OUTPUT_MD.
#
#   bench/notices.sh BUILD_DIR OUTPUT_MD
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$(realpath "$1")
output=$2
count=${BENCH_NOTICES:-10000}
tmp=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
server="$build/server/notabene-server"
ms() { python3 -c 'import sys; print("%.1f" % ((int(sys.argv[2]) - int(sys.argv[1])) / 1e6))' "$1" "$2"; }

"$server" keys init --dir "$tmp/keys" >/dev/null
"$server" keys export-roots --dir "$tmp/keys" >"$tmp/roots.json"
"$server" demo-data --db "sqlite:$tmp/server.db" >/dev/null
echo "Publishing $count signed notices…"
"$build/bench/notabene-noticeseed" "sqlite:$tmp/server.db" "$tmp/keys" "$count" >/dev/null
port=$(free_port)
"$server" serve --listen "127.0.0.1:$port" --db "sqlite:$tmp/server.db" --keys "$tmp/keys" >/dev/null 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 50); do curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done

# The client: three runs, each with a fresh store; the median counts.
for i in 1 2 3; do
  rm -f "$tmp/client$i.sqlite"*
  "$build/bench/notabene-noticesyncbench" "$url" "$tmp/roots.json" "$tmp/client$i.sqlite" >"$tmp/run$i.txt"
done
median() { sort -n | sed -n 2p; }
initial=$(awk '/^initial-sync/ {print $2}' "$tmp"/run*.txt | median)
requests=$(awk '/^initial-sync/ {print $3}' "$tmp/run1.txt")
repoll=$(awk '/^no-change-poll/ {print $2}' "$tmp"/run*.txt | median)
repoll_requests=$(awk '/^no-change-poll/ {print $3}' "$tmp/run1.txt")
stored=$(awk '/^stored/ {print $2 " stored, " $4 " verified"}' "$tmp/run1.txt")

# The floor, three times; the median of the sums counts.
token=$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"email":"admin@muster-handel.example","password":"demo"}' "$url/api/v1/session" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
floor_run() {
  local dir=$1 start end
  mkdir -p "$dir"
  # Untimed: the same page boundaries the client used (every 500th stored sequence), so that one
  # curl process fetches the same pages over one kept-alive connection, as the client does.
  local args=(--url "$url/api/v1/keys" -o "$dir/keys.json")
  local page=0
  for after in 0 $(sqlite3 "$tmp/client1.sqlite" 'SELECT sequence FROM notices ORDER BY sequence' | awk 'NR % 500 == 0'); do
    args+=(--url "$url/api/v1/notices?after=$after" -o "$dir/page$(printf %04d $page).json")
    page=$((page + 1))
  done
  start=$(date +%s%N)
  curl -fsS -H "Authorization: Bearer $token" "${args[@]}"
  end=$(date +%s%N)
  echo "fetch $(ms "$start" "$end")"
  # Untimed: the records the libsodium loop verifies (key, signature, PAE).
  python3 - "$dir" <<'PY'
import base64, glob, json, struct, sys
d = sys.argv[1]
keylists = json.load(open(f"{d}/keys.json"))["keyLists"]
payload = json.loads(base64.b64decode(keylists[-1]["payload"]))
keys = {k["keyid"]: base64.b64decode(k["publicKey"]) for k in payload["signingKeys"]}
with open(f"{d}/records.bin", "wb") as out:
    for path in sorted(glob.glob(f"{d}/page*.json")):
        for item in json.load(open(path))["notices"]:
            env = item["envelope"]
            t = env["payloadType"].encode()
            p = base64.b64decode(env["payload"])
            pae = b"DSSEv1 %d %s %d %s" % (len(t), t, len(p), p)
            sig = env["signatures"][0]
            out.write(keys[sig["keyid"]] + base64.b64decode(sig["sig"]) + struct.pack("<I", len(pae)) + pae)
PY
  start=$(date +%s%N)
  "$build/bench/notabene-floorverify" "$dir/records.bin" >/dev/null
  end=$(date +%s%N)
  echo "verify $(ms "$start" "$end")"
  # The same rows as the client stored them, loaded by the sqlite3 tool in one transaction.
  sqlite3 "$tmp/client1.sqlite" .dump >"$dir/dump.sql"
  rm -f "$dir/floor.sqlite"
  start=$(date +%s%N)
  sqlite3 "$dir/floor.sqlite" <"$dir/dump.sql"
  end=$(date +%s%N)
  echo "insert $(ms "$start" "$end")"
}
for i in 1 2 3; do floor_run "$tmp/floor$i" >"$tmp/floor$i.txt"; done
part() { awk -v k="$1" '$1 == k {print $2}' "$tmp"/floor*.txt | median; }
fetch=$(part fetch)
verify=$(part verify)
insert=$(part insert)
floor=$(python3 -c "print('%.1f' % ($fetch + $verify + $insert))")
ratio=$(python3 -c "print('%.2f' % ($initial / $floor))")

block=$(cat <<EOT
<!-- noticebench:begin -->
## Initial sync of $count signed notices ($(date -u '+%Y-%m-%d %H:%M') UTC, bench/notices.sh)

The desktop client (NetworkTransport, SyncEngine, NoticeStore: SQLite WAL) syncing $count signed
notices of the demo company from notabene-server on loopback (SQLite): the key list, every feed
page, every Ed25519 signature verified, every notice stored; median of 3 runs with a fresh store.
The floor is measured in the same run, median of 3: the same pages fetched with curl, the same
signatures verified by a bare libsodium loop, and the same rows (the client's store dumped)
loaded by the sqlite3 tool in one transaction.

| measurement | time | requests |
|---|---:|---:|
| client initial sync ($stored) | ${initial} ms | ${requests} |
| floor: curl fetch + libsodium verify + sqlite3 load | ${floor} ms (${fetch} + ${verify} + ${insert}) | |
| **ratio client / floor** | **${ratio}×** (target ≤ 1.5×) | |
| poll with nothing new | ${repoll} ms | ${repoll_requests} (answered 304) |

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); build: $(basename "$build").
<!-- noticebench:end -->
EOT
)
write_block noticebench "$output" "$block"
echo "initial sync ${initial} ms, floor ${floor} ms, ratio ${ratio}"
