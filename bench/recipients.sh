#!/usr/bin/env bash
# The recipient resolution benchmark (issue 6): who receives a mandatory mailing, for COUNT
# synthetic customer companies (default 100,000). Times nb::recipients::resolve in memory
# (target: at most 1 s) and, as a second figure, RecipientStore::load + resolve on a SQLite file
# with the same companies (what the recipients route does per request). Writes the figures
# between <!-- recipientsbench:begin --> and <!-- recipientsbench:end --> in OUTPUT_MD.
#
#   bench/recipients.sh BUILD_DIR OUTPUT_MD
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build=$(realpath "$1")
output=$2
count=${BENCH_COMPANIES:-100000}
target_ms=1000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "Resolving the recipients of $count companies…"
"$build/bench/notabene-recipientsbench" "$count" "$tmp/recipients.db" >"$tmp/run.txt"
read -r _ resolve_ms resolve_cpu included addresses < <(grep '^resolve ' "$tmp/run.txt")
read -r _ store_ms store_cpu _ _ < <(grep '^store ' "$tmp/run.txt")
ratio=$(python3 -c "print('%.2f' % ($resolve_ms / $target_ms))")
store_ratio=$(python3 -c "print('%.2f' % ($store_ms / $target_ms))")
fmt() { python3 -c "print(f'{int(\"$1\"):,}')"; }

block=$(cat <<EOT
<!-- recipientsbench:begin -->
## Recipients of a mailing to $(fmt "$count") companies ($(date -u '+%Y-%m-%d %H:%M') UTC, bench/recipients.sh)

\`notabene-recipientsbench\`: $(fmt "$count") synthetic customer companies, each with one
Erstkontakt, 0–3 Ansprechpartner flagged for critical information, 0–4 Verteiler addresses in the
mailing's category (contacts and the Erstkontakt again, some in another case; 2 % IDN domains) and
a list of another category; 70 % license one of the mailing's two products. Resolved: the
Erstkontakt, the flagged contacts and the category's Verteiler per licensing company (the
Erstkontakt standing in for an empty category), deduplicated case-insensitively after punycode
normalisation — $(fmt "$included") companies, $(fmt "$addresses") addresses. Median of 5 runs;
the CPU time is this thread's.

| measurement | time | CPU time |
|---|---:|---:|
| **nb::recipients::resolve, in memory** | **${resolve_ms} ms** (**${ratio}×** the target of ≤ 1 s) | ${resolve_cpu} ms |
| RecipientStore::load + resolve, SQLite file (5 queries) | ${store_ms} ms (${store_ratio}× 1 s) | ${store_cpu} ms |

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); build: $(basename "$build").
<!-- recipientsbench:end -->
EOT
)
write_block recipientsbench "$output" "$block"
echo "resolve ${resolve_ms} ms (${ratio}x the 1 s target), load + resolve ${store_ms} ms"
