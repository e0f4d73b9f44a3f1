#!/usr/bin/env bash
# The delivery benchmark (issue 6): a mandatory mailing to COUNT addresses (default 10,000)
# delivered by notabene-server's own code — one signed mail rendered once, COUNT copies queued in a
# MailQueue on a SQLite file, the DeliveryWorker with its SmtpSenders sending them until none is
# left — to a loopback SMTP sink, postfix's smtp-sink. In the same run the floor: postfix's
# smtp-source sending COUNT mails of the same bytes to the same sink over as many parallel sessions
# as the worker has connections, each session kept open (-d) as the worker keeps its connections.
# Target: at least 0.5x the floor's rate. Median of RUNS runs (default 3), alternating. The sink
# counts every message it received (-c); a run whose count differs from COUNT fails the script.
# Writes the figures between <!-- deliverybench:begin --> and <!-- deliverybench:end --> in
# OUTPUT_MD.
#
#   bench/delivery.sh BUILD_DIR OUTPUT_MD
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$(realpath "$1")
output=$2
count=${BENCH_DELIVERIES:-10000}
runs=${BENCH_RUNS:-3}
for tool in smtp-sink smtp-source; do
  if ! command -v "$tool" >/dev/null && [[ ! -x /usr/sbin/$tool ]]; then
    echo "delivery.sh: $tool is missing (Debian package postfix; scripts/setup.sh installs it)" >&2
    exit 1
  fi
done
export PATH="$PATH:/usr/sbin"
tmp=$(mktemp -d)
sink_pid=
cleanup() {
  if [[ -n $sink_pid ]]; then
    kill "$sink_pid" 2>/dev/null || true
    wait "$sink_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
chmod 755 "$tmp" # smtp-sink drops its privileges to nobody when run as root

# The sink: accepts everything, counts sessions and messages ("sess=N quit=N mesg=N" on every
# change). -u is required as root and refused otherwise.
port=$(free_port)
sink_user=()
[[ $(id -u) -eq 0 ]] && sink_user=(-u nobody)
smtp-sink -c "${sink_user[@]}" "127.0.0.1:$port" 1000 >"$tmp/sink.txt" 2>"$tmp/sink.err" &
sink_pid=$!
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

# The sink's message and session counters, as "MESSAGES SESSIONS".
sink_counts() {
  tr '\r' '\n' <"$tmp/sink.txt" | grep 'mesg=' | tail -1 |
    sed -E 's/.*sess=([0-9]+).*mesg=([0-9]+).*/\2 \1/'
}
# Waits until the sink counted `expected` messages (it counts when it read the final "."); fails
# after 10 s.
expect_messages() {
  local expected=$1 what=$2 messages=0 sessions
  for _ in $(seq 1 100); do
    read -r messages sessions < <(sink_counts || echo "0 0")
    [[ ${messages:-0} -ge $expected ]] && break
    sleep 0.1
  done
  if [[ ${messages:-0} -ne $expected ]]; then
    echo "delivery.sh: the sink received ${messages:-0} messages, expected $expected ($what)" >&2
    exit 1
  fi
}

received=0
before_ours=$(sink_counts | cut -d' ' -f2) # the readiness probe's session
before_ours=${before_ours:-0}
ours_ms=() ours_rate=() ours_cpu=() floor_ms=() floor_rate=() floor_cpu=()
for run in $(seq 1 "$runs"); do
  echo "Run $run/$runs: notabene-deliverybench, $count mails…"
  "$build/bench/notabene-deliverybench" "smtp://127.0.0.1:$port" "$tmp/queue.db" "$count" \
    "$tmp/message.eml" >"$tmp/ours.txt"
  value() { awk -v k="$1" '$1 == k { print $2 }' "$tmp/ours.txt"; }
  [[ $(value sent) -eq $count && $(value failed) -eq 0 ]] || {
    echo "delivery.sh: the queue recorded $(value sent) sent, $(value failed) failed" >&2
    exit 1
  }
  received=$((received + count))
  expect_messages "$received" "notabene-deliverybench run $run"
  sleep 0.2 # the worker's connections ended with it; the sink counts a session at its end
  after_ours=$(sink_counts | cut -d' ' -f2)
  message_bytes=$(value message-bytes)
  sessions=$(value sessions)
  render_ms=$(value render-ms)
  enqueue_ms=$(value enqueue-ms)
  ours_ms+=("$(value delivery-ms)")
  ours_rate+=("$(value mails-per-s)")
  ours_cpu+=("$(value cpu-ms)")

  echo "Run $run/$runs: smtp-source, $count mails over $sessions sessions…"
  start=$(date +%s%N)
  # -d: one connection per session for all its mails; -F: the same message file (LF line ends,
  # sent with CRLF: the same bytes as ours on the wire).
  /usr/bin/time -f '%U %S' -o "$tmp/floor-cpu.txt" \
    smtp-source -d -s "$sessions" -m "$count" -F "$tmp/message.eml" \
    -f pflichtmailing@notabene.example -t empfaenger@firma.example "127.0.0.1:$port"
  end=$(date +%s%N)
  received=$((received + count))
  expect_messages "$received" "smtp-source run $run"
  sleep 0.2
  after_floor=$(sink_counts | cut -d' ' -f2)
  ours_sessions=$((after_ours - before_ours))
  floor_sessions=$((after_floor - after_ours))
  before_ours=$after_floor
  ms=$(python3 -c "print('%.1f' % (($end - $start) / 1e6))")
  floor_ms+=("$ms")
  floor_rate+=("$(python3 -c "print('%.1f' % ($count * 1000 / $ms))")")
  floor_cpu+=("$(awk '{ printf "%.1f", ($1 + $2) * 1000 }' "$tmp/floor-cpu.txt")")
  echo "  ours ${ours_rate[-1]} mails/s, floor ${floor_rate[-1]} mails/s"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
o_ms=$(median "${ours_ms[@]}")
o_rate=$(median "${ours_rate[@]}")
o_cpu=$(median "${ours_cpu[@]}")
f_ms=$(median "${floor_ms[@]}")
f_rate=$(median "${floor_rate[@]}")
f_cpu=$(median "${floor_cpu[@]}")
ratio=$(python3 -c "print('%.2f' % ($o_rate / $f_rate))")
fmt() { python3 -c "print(f'{int(float(\"$1\")):,}')"; }
verdict=$(python3 -c "print('meets' if $o_rate / $f_rate >= 0.5 else 'misses')")

block=$(cat <<EOT
<!-- deliverybench:begin -->
## Delivering a mailing to $(fmt "$count") addresses ($(date -u '+%Y-%m-%d %H:%M') UTC, bench/delivery.sh)

Both senders deliver $(fmt "$count") mails of ${message_bytes} bytes (one signed mailing mail,
CRLF on the wire) to the same loopback sink in the same run: postfix's \`smtp-sink\`, which
accepts everything and counts; after every run the script checks the sink counted exactly
$(fmt "$count") more messages. Median of ${runs} runs, alternating.

| sender | time | rate | CPU time |
|---|---:|---:|---:|
| **notabene-deliverybench** (MailQueue on SQLite + DeliveryWorker + SmtpSender, libcurl) | ${o_ms} ms | **${o_rate} mails/s** | ${o_cpu} ms |
| floor: \`smtp-source -d -s ${sessions}\` (postfix) | ${f_ms} ms | ${f_rate} mails/s | ${f_cpu} ms |
| **ratio** | | **${ratio}×** the floor's rate (target ≥ 0.5×: ${verdict}) | |

- Ours: \`SignedMail::render\` once, \`forRecipient\` per address (To and Message-ID), all
  queued with one \`MailQueue::enqueue\` (${render_ms} ms to render the copies and ${enqueue_ms} ms
  to queue them, not in the time above); then the server's delivery worker with its default
  policy: ${sessions} connection thread(s), each with its own database connection and a libcurl
  SMTP connection kept open for all its mails, claiming 50 mails at a time and recording each
  outcome in the queue (one write) right after the relay's answer, before the next mail's end
  of data. Time from the worker's start until no mail is queued or sending; CPU time of the
  whole process (all threads) in that time.
- Floor: smtp-source (one process, no database, no TLS, no PIPELINING either) with ${sessions}
  session(s), each keeping its connection for all its mails (\`-d\`), sending the same message
  file (\`-F\`); time and CPU time of the process. It records nothing: the difference is mostly
  the two queue writes per mail (claim and outcome) that make every mail survive a crash.
- SMTP sessions the sink counted in the last run: ${ours_sessions} from ours, ${floor_sessions} from
  smtp-source.

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); build: $(basename "$build").
<!-- deliverybench:end -->
EOT
)
write_block deliverybench "$output" "$block"
echo "ours ${o_rate} mails/s, floor ${f_rate} mails/s: ${ratio}x (target >= 0.5x)"
