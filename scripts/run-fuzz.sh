#!/usr/bin/env bash
# Runs a libFuzzer target for a bounded time on a throwaway corpus seeded by the target itself
# (NOTABENE_FUZZ_SEEDS). Exit status: the fuzzer's (non-zero on a crash, a sanitizer report or a
# leak); the crashing input is kept in build/fuzz/crashes for the report.
#
#   scripts/run-fuzz.sh FUZZER SECONDS
set -euo pipefail
fuzzer=$1
seconds=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
crashes="$(dirname "$fuzzer")/crashes"
mkdir -p "$work/corpus" "$work/seeds" "$crashes"
echo "Fuzzing $(basename "$fuzzer") for ${seconds}s (ASan + UBSan)…"
NOTABENE_FUZZ_SEEDS="$work/seeds" \
  timeout $((seconds + 120)) "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 \
  -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/" "$work/corpus" "$work/seeds" \
  2>"$work/log" || { tail -n 60 "$work/log"; exit 1; }
grep -E '^stat::number_of_executed_units|^Done' "$work/log" || true
