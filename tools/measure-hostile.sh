#!/usr/bin/env bash
# Whole-process time and peak memory of `gongkai check` on the hostile shapes (tests/Shared/Fuzzing/HostileInputs.cs),
# written at full size by the fuzzer (docs/fuzzing.md, "Hostile shapes"). Each file runs under a wall-clock kill
# (default 120 s) and a memory guard (default 12 GiB RSS) so that a reader without bounds cannot take the machine.
# Usage: tools/measure-hostile.sh [DIR=/tmp/gongkai-hostile] [KILL_SECONDS=120] [KILL_MIB=12288] [-- extra check options]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp/gongkai-hostile}"
kill_seconds="${2:-120}"
kill_mib="${3:-12288}"
shift $(( $# < 3 ? $# : 3 ))
[[ "${1:-}" == "--" ]] && shift
if [[ ! -d "$dir" ]] || [[ -z "$(ls -A "$dir")" ]]; then
  dotnet run -c Release --project "$root/tools/Gongkai.Fuzz" -- hostile "$dir" >/dev/null
fi
"$root/gongkai" --help >/dev/null 2>&1 # build the launcher once, outside the measurement
printf '%-28s %9s %10s %5s  %s\n' file seconds peak_MiB exit note
for file in "$dir"/*; do
  log="$(mktemp)"
  /usr/bin/time -f '%e %M' -o "$log.time" timeout -s KILL "$kill_seconds" "$root/gongkai" check "$@" "$file" >"$log" 2>&1 &
  job=$!
  guard_note=""
  sampled_kib=0 # a process killed by `timeout` is not reaped by `time`: its peak is sampled here too
  while kill -0 "$job" 2>/dev/null; do
    pid=$(pgrep -n -f "gongkai(\.dll)? check.*$(basename "$file")" || true)
    if [[ -n "$pid" ]]; then
      read -r hwm_kib rss_kib < <(awk '/VmHWM/ {h=$2} /VmRSS/ {r=$2} END {print h+0, r+0}' "/proc/$pid/status" 2>/dev/null || echo "0 0")
      (( hwm_kib > sampled_kib )) && sampled_kib=$hwm_kib
      if (( rss_kib > kill_mib * 1024 )); then
        kill -KILL "$pid"; guard_note="killed over $kill_mib MiB"
      fi
    fi
    sleep 0.2
  done
  wait "$job"
  code=$?
  read -r seconds peak_kib < <(tail -1 "$log.time")
  (( sampled_kib > peak_kib )) && peak_kib=$sampled_kib
  [[ $code -eq 137 && -z "$guard_note" ]] && guard_note="killed after $kill_seconds s (did not finish)"
  [[ -z "$guard_note" ]] && guard_note="$(grep -m1 -E '：' "$log")"
  printf '%-28s %9s %10s %5s  %s\n' "$(basename "$file")" "$seconds" "$((peak_kib / 1024))" "$code" "$guard_note"
  rm -f "$log" "$log.time"
done
