#!/usr/bin/env bash
# Whole-process text-report throughput, as a user runs it: `gongkai parse DIR --out OUT` and `gongkai check DIR` over
# COPIES copies of each text report of the input set, with, when given, an earlier build of the CLI (BEFORE_CLI: a
# directory holding a published CLI, tools/cli-command.sh) in the same run. Issue #14 taught the text reader crawled and extracted layouts;
# its speed must not drop by more than 10%. Before and after alternate run by run, so that the load of a shared
# machine falls on both alike; medians of RUNS runs; peak RSS of the gongkai process from /usr/bin/time.
# Usage: tools/text-speed.sh [COPIES=20] [RUNS=3] [BEFORE_CLI=] [TEXT_DIR...]
#   default input: samples/*.txt and the shared wild corpus's reports (../shared/corpus/wild/files/*/*.txt).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-20}"
runs="${2:-3}"
before="${3:-}"
shift $(( $# < 3 ? $# : 3 ))
sources=("$@")
if (( ${#sources[@]} == 0 )); then
  sources=("$root/samples")
  for folder in "$root"/../shared/corpus/wild/files/*/; do
    [[ -d "$folder" ]] && sources+=("${folder%/}")
  done
fi
source "$root/tools/cli-command.sh"
before_cli=()
if [[ -n "$before" ]]; then
  cli_command "$before" || { echo "$before 中没有 gongkai 可执行文件或 gongkai.dll（应为 ./gongkai 发布的 artifacts/cli 之类的目录）。" >&2; exit 3; }
  before_cli=("${cli[@]}")
fi

work="$(mktemp -d /tmp/gongkai-text-speed-XXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
distinct=0
bytes=0
for source in "${sources[@]}"; do
  for text in "$source"/*.txt; do
    [[ -f "$text" ]] || continue
    distinct=$((distinct + 1))
    bytes=$((bytes + $(stat -c %s "$text")))
    for ((i = 1; i <= copies; i++)); do
      cp "$text" "$work/in/$(basename "$(dirname "$text")")-$(basename "$text" .txt)-$i.txt"
    done
  done
done
if (( distinct == 0 )); then
  echo "没有找到文本报告（*.txt）。" >&2
  exit 1
fi
files=$(find "$work/in" -name '*.txt' | wc -l)

"$root/gongkai" --help >/dev/null 2>&1 # build the launcher once, outside the measurement
cli_command "$root/artifacts/cli"

# one NAME COMMAND...: one timed run appended to NAME's list of seconds, its peak RSS (KiB) to NAME's peaks.
one() {
  local name="$1"
  shift
  rm -rf "$work/out"
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r seconds kib < <(tail -n 1 "$work/time")
  echo "$seconds" >>"$work/$name.times"
  echo "$kib" >>"$work/$name.peaks"
}

# report NAME: the median seconds, reports per second and the largest peak RSS (MiB) of NAME's runs.
report() {
  local name="$1" median peak
  median=$(sort -n "$work/$name.times" | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  peak=$(sort -n "$work/$name.peaks" | tail -n 1)
  printf '%-26s %8.2f s %8.1f 份/s %8.0f MiB\n' "$name" "$median" "$(awk -v f="$files" -v s="$median" 'BEGIN {print f / s}')" "$((peak / 1024))"
  echo "$median" >"$work/$name.median"
}

ratio() {
  awk -v b="$(cat "$work/$1.median")" -v a="$(cat "$work/$2.median")" -v l="$3" 'BEGIN {printf "%s 之后/之前 速度比：%.2f\n", l, b / a}'
}

echo "文本报告吞吐（整个进程）：$distinct 个不同文本报告 × $copies 份 = $files 个文件，平均 $((bytes / distinct / 1024)) KB；取 $runs 次的中位数"
for ((r = 1; r <= runs; r++)); do
  for verb in parse check; do
    args=("$verb" "$work/in")
    [[ "$verb" == parse ]] && args+=(--out "$work/out")
    if [[ -n "$before" ]]; then
      one "gongkai $verb (before)" "${before_cli[@]}" "${args[@]}"
    fi
    one "gongkai $verb" "${cli[@]}" "${args[@]}"
  done
done
for verb in parse check; do
  [[ -n "$before" ]] && report "gongkai $verb (before)"
  report "gongkai $verb"
done
if [[ -n "$before" ]]; then
  ratio "gongkai parse (before)" "gongkai parse" parse
  ratio "gongkai check (before)" "gongkai check" check
fi
