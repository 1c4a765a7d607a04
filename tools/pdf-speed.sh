#!/usr/bin/env bash
# Whole-process PDF throughput, as a user runs it: `gongkai parse DIR --out OUT` over COPIES copies of each PDF
# in the input set, beside poppler's `pdftotext` on the same files (one process per file, as a script would
# run it) and, when given, an earlier build of the CLI (BEFORE_CLI: a directory holding a published CLI, tools/cli-command.sh), in
# the same run, taking turns run by run. Medians of RUNS runs; peak RSS of each process from /usr/bin/time.
# Usage: tools/pdf-speed.sh [COPIES=20] [RUNS=3] [BEFORE_CLI=] [PDF_DIR...]
#   default input: tests/fixtures/raw/*.pdf and the shared corpus's PDFs (../shared/corpus/raw/*.pdf).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-20}"
runs="${2:-3}"
before="${3:-}"
shift $(( $# < 3 ? $# : 3 ))
sources=("$@")
if (( ${#sources[@]} == 0 )); then
  sources=("$root/tests/fixtures/raw" "$root/../shared/corpus/raw")
fi

work="$(mktemp -d /tmp/gongkai-pdf-speed-XXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
distinct=0
for source in "${sources[@]}"; do
  for pdf in "$source"/*.pdf; do
    [[ -f "$pdf" ]] || continue
    distinct=$((distinct + 1))
    for ((i = 1; i <= copies; i++)); do
      cp "$pdf" "$work/in/$(basename "$pdf" .pdf)-$i.pdf"
    done
  done
done
files=$(find "$work/in" -name '*.pdf' | wc -l)
pages=0
for pdf in "$work"/in/*-1.pdf; do
  pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')))
done

"$root/gongkai" --help >/dev/null 2>&1 # build the launcher once, outside the measurement
source "$root/tools/cli-command.sh"
before_cli=()
if [[ -n "$before" ]]; then
  cli_command "$before" || { echo "$before 中没有 gongkai 可执行文件或 gongkai.dll。" >&2; exit 3; }
  before_cli=("${cli[@]}")
fi
cli_command "$root/artifacts/cli"

# run_once NAME COMMAND...: one timed run, its seconds and peak RSS (KiB) appended to NAME's lists.
run_once() {
  local name="$1"
  shift
  rm -rf "$work/out"
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r seconds kib < <(tail -n 1 "$work/time")
  echo "$seconds" >>"$work/$name.times"
  echo "$kib" >>"$work/$name.rss"
}

# report NAME: the median seconds of its runs, files per second and the largest peak RSS (MiB).
report() {
  local name="$1" median peak
  median=$(sort -n "$work/$name.times" | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  peak=$(sort -n "$work/$name.rss" | tail -n 1)
  printf '%-28s %8.2f s %8.1f PDF/s %8.0f MiB\n' "$name" "$median" "$(awk -v f="$files" -v s="$median" 'BEGIN {print f / s}')" "$((peak / 1024))"
  echo "$median" >"$work/$name.median"
}

pdftotext_all() {
  for pdf in "$work"/in/*.pdf; do
    pdftotext -layout "$pdf" /dev/null
  done
}

echo "PDF 吞吐（整个进程）：$distinct 个不同 PDF × $copies 份 = $files 个文件，平均 $((pages / distinct)) 页；三者轮流运行，取 $runs 次的中位数"
# The commands take turns run by run, so that the load of a shared machine falls on each alike.
for ((r = 1; r <= runs; r++)); do
  run_once "pdftotext (poppler)" bash -c "$(declare -f pdftotext_all); work='$work'; pdftotext_all"
  if [[ -n "$before" ]]; then
    run_once "gongkai parse (before)" "${before_cli[@]}" parse "$work/in" --out "$work/out"
  fi
  run_once "gongkai parse" "${cli[@]}" parse "$work/in" --out "$work/out"
done
report "pdftotext (poppler)"
if [[ -n "$before" ]]; then
  report "gongkai parse (before)"
fi
report "gongkai parse"
awk -v p="$(cat "$work/pdftotext (poppler).median")" -v a="$(cat "$work/gongkai parse.median")" \
  'BEGIN {printf "gongkai 与 pdftotext 速度比：%.2f\n", p / a}'
if [[ -n "$before" ]]; then
  awk -v b="$(cat "$work/gongkai parse (before).median")" -v a="$(cat "$work/gongkai parse.median")" \
    'BEGIN {printf "之后/之前 速度比：%.2f\n", b / a}'
fi
