#!/usr/bin/env bash
# The mail verification benchmark (issue 5): `notabene-cli verify` over COUNT .eml files (a
# mailing of the demo notices to COUNT recipients, as rendered and signed by notabene-server),
# against the floor measured in the same run: GMime alone parsing the same files plus a bare
# libsodium loop verifying the same signatures. Target: at most 1.3x the floor. Writes the
# figures between <!-- mailbench:begin --> and <!-- mailbench:end --> in OUTPUT_MD.
# Needs a D-Bus session with an unlocked keyring (notabene-cli signs in once): run it through
# scripts/with-test-services.sh, as `make bench` does.
#
#   bench/mails.sh BUILD_DIR OUTPUT_MD
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$(realpath "$1")
output=$(realpath "$2")
count=${BENCH_MAILS:-10000}
tmp=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
server="$build/server/notabene-server"
cli="$build/app/notabene-cli"
now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }

"$server" keys init --dir "$tmp/keys" >/dev/null
"$server" keys export-roots --dir "$tmp/keys" >"$tmp/roots.json"
"$server" demo-data --db "sqlite:$tmp/server.db" --keys "$tmp/keys" >/dev/null
port=$(free_port)
"$server" serve --listen "127.0.0.1:$port" --db "sqlite:$tmp/server.db" --keys "$tmp/keys" >/dev/null 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 50); do curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done

# The mailing: each demo notice rendered once by the server (as staff), then sent to COUNT
# recipients in turn (only To differs; it is not part of the signature).
staff=$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"email":"staff@notabene.example","password":"demo"}' "$url/api/v1/session" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
ids="demo-0001 demo-0002 demo-0003 demo-0004 demo-0005 demo-0006 demo-0007" # demo-data's notices
mkdir -p "$tmp/mails" "$tmp/templates"
n=0
for id in $ids; do
  curl -fsS -H "Authorization: Bearer $staff" \
    "$url/api/v1/notices/$id/mail?to=empfaenger@muster-handel.example" -o "$tmp/templates/$id.eml"
  n=$((n + 1))
done
python3 - "$tmp/templates" "$tmp/mails" "$count" <<'PY'
import os, sys
src, dst, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
templates = [open(os.path.join(src, f), "rb").read() for f in sorted(os.listdir(src))]
for i in range(count):
    mail = templates[i % len(templates)]
    mail = mail.replace(b"empfaenger@muster-handel.example", b"empfaenger%05d@muster-handel.example" % i, 1)
    open(os.path.join(dst, "m%05d.eml" % i), "wb").write(mail)
PY

# The customer's client: one sync (key lists, branding), then offline verification.
echo demo | "$cli" --server "$url" --email admin@muster-handel.example --password-stdin \
  --trusted-roots "$tmp/roots.json" sync >/dev/null
cd "$tmp/mails"
files=(m*.eml)
run_cli() {
  ${BENCH_WRAP:-} /usr/bin/time -o "$tmp/cpu.txt" -f '%U %S' "$cli" --server "$url" --email admin@muster-handel.example --trusted-roots "$tmp/roots.json" \
    verify "${files[@]}" >"$tmp/verify.txt"
}
# The floor's records (key, signature, PAE per file), untimed.
python3 - "$tmp/mails" "$tmp/records.bin" "$url" <<'PY'
import base64, email, json, os, struct, sys, urllib.request
d, out_path, url = sys.argv[1], sys.argv[2], sys.argv[3]
lists = json.load(urllib.request.urlopen(url + "/api/v1/keys"))["keyLists"]
payload = json.loads(base64.b64decode(lists[-1]["payload"]))
keys = {k["keyid"]: base64.b64decode(k["publicKey"]) for k in payload["signingKeys"]}
with open(out_path, "wb") as out:
    for name in sorted(os.listdir(d)):
        msg = email.message_from_binary_file(open(os.path.join(d, name), "rb"))
        header = "".join(str(msg["Notabene-Signature"]).split())
        env = json.loads(base64.b64decode(header))
        t, p = env["payloadType"].encode(), base64.b64decode(env["payload"])
        pae = b"DSSEv1 %d %s %d %s" % (len(t), t, len(p), p)
        sig = env["signatures"][0]
        out.write(keys[sig["keyid"]] + base64.b64decode(sig["sig"]) + struct.pack("<I", len(pae)) + pae)
PY
results=()
for i in 1 2 3; do
  start=$(now); run_cli; end=$(now); cli_ms=$(ms "$start" "$end")
  cpu_ms=$(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/cpu.txt")
  start=$(now); "$build/bench/notabene-floorparse" "${files[@]}" >/dev/null; end=$(now); parse_ms=$(ms "$start" "$end")
  start=$(now); "$build/bench/notabene-floorverify" "$tmp/records.bin" >/dev/null; end=$(now); verify_ms=$(ms "$start" "$end")
  results+=("$cli_ms $parse_ms $verify_ms $cpu_ms")
done
genuine=$(grep -c '^genuine' "$tmp/verify.txt" || true)
read -r cli_ms parse_ms verify_ms cpu_ms < <(printf '%s\n' "${results[@]}" | sort -n | sed -n 2p)
floor_ms=$((parse_ms + verify_ms))
ratio=$(python3 -c "print('%.2f' % ($cli_ms / $floor_ms))")
cpu_ratio=$(python3 -c "print('%.2f' % ($cpu_ms / $floor_ms))")

block=$(cat <<EOT
<!-- mailbench:begin -->
## Verifying $count received mails ($(date -u '+%Y-%m-%d %H:%M') UTC, bench/mails.sh)

\`notabene-cli verify\` over $count .eml files in one process, offline: a mailing of the $n demo
notices as notabene-server renders and signs them (multipart/alternative, Notabene-Signature),
each file parsed with GMime, its signature verified, every part hashed and compared, the warnings
computed; the files are read and checked on every core (the floor's loops use one). The floor,
measured in the same run: GMime alone parsing the same files (a C++ loop without Qt) plus a bare
libsodium loop verifying the same signatures. Median of 3 runs (by the CLI's time). The CPU time
(user + sys, all threads, including start-up, sign-in from the keychain and the part hashes the
floor does not compute) shows the work done, not only the wait.

| measurement | time |
|---|---:|
| notabene-cli verify ($genuine of $count genuine) | ${cli_ms} ms |
| floor: GMime parse + libsodium verify | ${floor_ms} ms (${parse_ms} + ${verify_ms}) |
| **ratio CLI / floor** | **${ratio}×** (target ≤ 1.3×) |
| CPU time of notabene-cli | ${cpu_ms} ms (${cpu_ratio}× the floor) |

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); build: $(basename "$build").
<!-- mailbench:end -->
EOT
)
write_block mailbench "$output" "$block"
echo "verify ${cli_ms} ms, floor ${floor_ms} ms, ratio ${ratio}"
