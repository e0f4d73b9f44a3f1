#!/usr/bin/env bash
# The inbox benchmark (issue 4): the "Wichtige Hinweise" page with COUNT cached signed notices
# (default 100,000): time from creating the page to the first painted list, and the memory it
# adds. Targets: <= 300 ms, <= 50 MB. Writes the figures between <!-- inboxbench:begin --> and
# <!-- inboxbench:end --> in OUTPUT_MD.
#
#   bench/inbox.sh BUILD_DIR OUTPUT_MD
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$(realpath "$1")
output=$2
count=${BENCH_INBOX:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
bench="$build/bench/notabene-inboxbench"

"$bench" "$tmp" "$count" >/dev/null # signs and stores the notices (untimed)
for i in 1 2 3 4 5; do "$bench" "$tmp" "$count" >"$tmp/run$i.txt"; done
median() { sort -n | sed -n 3p; }
paint=$(awk '/^first-paint/ {print $2}' "$tmp"/run*.txt | median)
growth_kib=$(awk '/^memory-growth/ {print $2}' "$tmp"/run*.txt | median)
growth=$(python3 -c "print('%.1f' % ($growth_kib / 1024))")
rows=$(awk '/^rows/ {print $2}' "$tmp/run1.txt")
paint_ratio=$(python3 -c "print('%.2f' % ($paint / 300))")
growth_ratio=$(python3 -c "print('%.2f' % ($growth / 50))")

block=$(cat <<EOT
<!-- inboxbench:begin -->
## Inbox with $count cached notices ($(date -u '+%Y-%m-%d %H:%M') UTC, bench/inbox.sh)

The "Wichtige Hinweise" page (NoticesPage, NoticeListModel over the NoticeStore, SQLite WAL) with
$count signed notices in the cache, offscreen platform; median of 5 runs, each a new process.
The list fetches lazily: $rows rows were loaded for the first paint.

| measurement | value | target | ratio |
|---|---:|---:|---:|
| page created → first painted list | ${paint} ms | ≤ 300 ms | ${paint_ratio} |
| memory growth (VmRSS) | ${growth} MB | ≤ 50 MB | ${growth_ratio} |

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); build: $(basename "$build").
<!-- inboxbench:end -->
EOT
)
write_block inboxbench "$output" "$block"
echo "first paint ${paint} ms, memory growth ${growth} MB"
