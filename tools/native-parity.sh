#!/usr/bin/env bash
# Runs one scenario with two builds of the CLI and compares what each prints, its exit code and the files it writes:
# the native CLI that ./gongkai publishes (Native AOT) against the JIT build the test projects ran. Trimming and ahead-
# of-time compilation change how the code is run, not what it should do, so every difference is a defect (say, a
# serialiser or a library that needed reflection the compiler removed).
#
#   tools/native-parity.sh REFERENCE_DIR CANDIDATE_DIR
#
# Each directory holds a published or built CLI: gongkai.dll (run on dotnet) or a native gongkai executable. With
# GONGKAI_TEST_PG set (a PostgreSQL connection string, as the tests use) and psql on the path or in PostgreSQL's Debian
# folder, the store verbs run on a throwaway database per build as well. Prints "ok   NAME" or "FAIL NAME" (and the
# difference) per command, then "N passed, N failed"; exits 1 on any difference.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -ne 2 ]]; then
  echo "用法：tools/native-parity.sh 参照版本目录 待比较版本目录" >&2
  exit 64
fi

source "$root/tools/cli-command.sh"
cli_command "$(cd "$1" && pwd)" || { echo "$1 中没有 gongkai.dll 或 gongkai 可执行文件。" >&2; exit 64; }
ref_cli=("${cli[@]}")
cli_command "$(cd "$2" && pwd)" || { echo "$2 中没有 gongkai.dll 或 gongkai 可执行文件。" >&2; exit 64; }
cand_cli=("${cli[@]}")

work="$(mktemp -d)"
passed=0
failed=0
pg_databases=()
# The PostgreSQL database of each build (@PG in an argument), when there is a server.
declare -A pg_db=([ref]="" [cand]="")
cleanup() {
  for db in "${pg_databases[@]}"; do "${psql[@]}" -q -c "drop database if exists $db" >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT
[[ -n "${GONGKAI_PARITY_KEEP:-}" ]] && trap - EXIT
mkdir -p "$work/ref" "$work/cand"
# Fixed for both runs: the user recorded on case steps, and no terminal width for the tables.
export USER=parity LOGNAME=parity COLUMNS=120 GONGKAI_DB="$work/unset.db"

# Masks what legitimately differs between two runs of the same build: the workspace path, the database's name, the
# random identifiers of new records and the time a batch took; in the standard error stream every number (progress).
normalise_out() {
  sed -E -e "s|$work/ref|@W|g; s|$work/cand|@W|g; s|parity_(ref\|cand)_|parity_@_|g" \
    -e 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/@ID/g' \
    -e 's/用时 [0-9.]+ 秒（每秒 [0-9]+ 份）/用时 @/g' \
    -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?/@TIME/g'
}
normalise_err() { normalise_out | sed -E 's/[0-9]+([.,][0-9]+)?/N/g'; }

# step NAME ARG...: runs the command in each build's workspace (@W in an argument is replaced by it, @PG by its
# PostgreSQL database) and compares.
step() {
  local name="$1"
  shift
  local side ws
  for side in ref cand; do
    ws="$work/$side"
    local -a cli
    if [[ $side == ref ]]; then cli=("${ref_cli[@]}"); else cli=("${cand_cli[@]}"); fi
    local -a args=("${@//@W/$ws}")
    args=("${args[@]//@PG/${pg_db[$side]}}")
    (cd "$ws" && exec "${cli[@]}" "${args[@]}" >"$work/$side.out" 2>"$work/$side.err" </dev/null)
    echo $? >"$work/$side.code"
    normalise_out <"$work/$side.out" >"$work/$side.out.n"
    normalise_err <"$work/$side.err" >"$work/$side.err.n"
  done
  local problem=""
  cmp -s "$work/ref.code" "$work/cand.code" || problem="退出码 $(cat "$work/ref.code") ≠ $(cat "$work/cand.code")"
  [[ -z "$problem" ]] && ! cmp -s "$work/ref.out.n" "$work/cand.out.n" && problem="标准输出不同：$(diff "$work/ref.out.n" "$work/cand.out.n" | head -8)"
  [[ -z "$problem" ]] && ! cmp -s "$work/ref.err.n" "$work/cand.err.n" && problem="标准错误不同：$(diff "$work/ref.err.n" "$work/cand.err.n" | head -8)"
  if [[ -z "$problem" ]]; then
    passed=$((passed + 1))
    echo "ok   $name (exit $(cat "$work/ref.code"))"
  else
    failed=$((failed + 1))
    echo "FAIL $name: $problem"
  fi
}

# same_files NAME: the files both builds wrote into their workspaces so far are the same (databases aside, which hold
# timestamps; their contents are compared through the verbs that read them). Word and Excel files are compared part by
# part, leaving out the package's creation time and the random names of relationships.
same_files() {
  local name="$1" problem
  problem="$(python3 - "$work/ref" "$work/cand" <<'PY'
import os, re, sys, zipfile
ref, cand = sys.argv[1], sys.argv[2]
def files(top):
    out = {}
    for folder, _, names in os.walk(top):
        for n in names:
            if n.endswith(('.db', '.db-wal', '.db-shm', '.db-journal')):
                continue
            p = os.path.join(folder, n)
            out[os.path.relpath(p, top)] = p
    return out
a, b = files(ref), files(cand)
if a.keys() != b.keys():
    print("文件不同：只在参照版本中 %s；只在待比较版本中 %s" % (sorted(a.keys() - b.keys())[:5], sorted(b.keys() - a.keys())[:5]))
    sys.exit()
def parts(path):
    # System.IO.Packaging names a new part's relationships with random ids ("R" and 16 hex digits).
    with zipfile.ZipFile(path) as z:
        return {i.filename: re.sub(rb'"R[0-9a-f]{16}"', b'"R@"', z.read(i)) for i in z.infolist() if i.filename != 'docProps/core.xml'}
for rel in sorted(a):
    x, y = a[rel], b[rel]
    if rel.endswith(('.docx', '.xlsx')):
        if parts(x) != parts(y):
            print("%s 的内容不同" % rel); sys.exit()
    else:
        # A report's number in the store is the order its transaction took a sequence value, which on PostgreSQL
        # need not follow the files' order; the report itself is compared.
        data_x = re.sub(rb'"reportId":\d+', b'"reportId":@', open(x, 'rb').read().replace(ref.encode(), b'@W'))
        data_y = re.sub(rb'"reportId":\d+', b'"reportId":@', open(y, 'rb').read().replace(cand.encode(), b'@W'))
        if data_x != data_y:
            print("%s 不同" % rel); sys.exit()
print("", end="")
PY
)"
  if [[ -z "$problem" ]]; then
    passed=$((passed + 1))
    echo "ok   $name ($(find "$work/ref" -type f ! -name '*.db*' | wc -l) files)"
  else
    failed=$((failed + 1))
    echo "FAIL $name: $problem"
  fi
}

fixtures="$root/tests/fixtures"
samples="$root/samples"
author="$root/examples/authoring"

# Reading: every format the readers take, the hostile files, and the layouts of real pipelines.
step "--version" --version
step "--help" --help
step "parse fixtures (every format) --out" parse "$fixtures/raw" --out @W/parsed
step "parse fixtures --canonical -j 1" parse "$fixtures/raw" --canonical -j 1 --out @W/canonical
step "parse layouts --out" parse "$root/tests/layouts/raw" --out @W/layouts
step "parse a sample to standard output" parse "$samples/s01-docx-2021-clean.txt"
step "check fixtures" check "$fixtures/raw"
step "check hostile files" check "$fixtures/bad"
step "check samples --severity Error" check "$samples" --severity Error
for file in "$fixtures"/raw/*.pdf "$fixtures"/raw/*.docx "$fixtures"/raw/*.html "$fixtures"/raw/*.xlsx; do
  [[ -e "$file" ]] || continue
  step "dump $(basename "$file")" dump "$file"
  break
done
step "dump of a missing file" dump @W/missing.pdf

# The store on SQLite, then (below) the same verbs on PostgreSQL.
store_verbs() {
  local engine="$1" db="$2"
  step "$engine: import samples with their registry, serially" import "$samples" --registry "$samples/registry.csv" -j 1 --db "$db"
  step "$engine: import fixtures" import "$fixtures/raw" -j 2 --db "$db"
  step "$engine: import samples again (nothing new)" import "$samples" --db "$db"
  step "$engine: units list" units list --db "$db"
  step "$engine: units questions" units questions --db "$db"
  step "$engine: rollup text" rollup --region 青禾市 --year 2022 --db "$db"
  step "$engine: rollup json, years" rollup --year 2020 --to-year 2024 --format json --db "$db"
  step "$engine: rollup csv" rollup --region 青禾市 --year 2022 --format csv --db "$db"
  step "$engine: compare json, two units" compare --agency QH-JT --with QH-YX --year 2022 --format json --db "$db"
  step "$engine: compare text, previous year" compare --agency QH-JT --year 2022 --db "$db"
  step "$engine: audit with files" audit --region 青禾市 --year 2022 --out "@W/audit-$engine" --db "$db"
  step "$engine: versions" versions --agency QH-JT --year 2022 --db "$db"
  step "$engine: export long to standard output" export --format long --out - --db "$db"
  step "$engine: export jsonl" export --format jsonl --out "@W/export-$engine.jsonl" --db "$db"
  step "$engine: export wide" export --format wide --out "@W/wide-$engine" --db "$db"
  step "$engine: export xlsx" export --format xlsx --out "@W/export-$engine.xlsx" --db "$db"
  # Request cases: a unit's letter details, a case through 补正 to its reply, the letters, the ledger and table 3.
  step "$engine: cases profile" cases profile QH-ZR --telephone 0000-1234567 --court 青禾市中级人民法院 --db "$db"
  step "$engine: cases register" cases register --unit QH-ZR --applicant 张三 --arrived 2026-03-02 --content 某地块规划许可 --number 2026-0001 --acknowledge "@W/回执-$engine.docx" --db "$db"
  step "$engine: cases register --json (online)" cases register --unit QH-ZR --applicant 某科技有限公司 --applicant-kind 商业企业 --channel 网络平台 --arrived 2026-03-06 --confirmed 2026-03-09 --content 某项目环评批复 --number 2026-0002 --json --db "$db"
  step "$engine: cases step 补正" cases step 2026-0001 --kind 补正 --date 2026-03-04 --items 请写明地块位置 --supplement-due 2026-03-18 --db "$db"
  step "$engine: cases step 补正收到" cases step 2026-0001 --kind 补正收到 --date 2026-03-10 --db "$db"
  step "$engine: cases step 答复" cases step 2026-0001 --kind 答复 --date 2026-03-20 --outcome 予以公开 --letter "@W/答复-$engine.docx" --db "$db"
  step "$engine: cases letter" cases letter 2026-0002 --kind 受理回执 --date 2026-03-09 --out "@W/letter-$engine.docx" --db "$db"
  step "$engine: cases show" cases show 2026-0001 --db "$db"
  step "$engine: cases list" cases list --year 2026 --db "$db"
  step "$engine: cases remind" cases remind --date 2026-03-30 --db "$db"
  step "$engine: cases tables --json" cases tables --agency QH-ZR --year 2026 --json --db "$db"
  step "$engine: cases export ledger" cases export --unit QH-ZR --out "@W/ledger-$engine.xlsx" --db "$db"
  step "$engine: new --tables-from-cases" new --agency 青禾市自然资源和规划局 --year 2026 --date 2027-01-20 --tables-from-cases QH-ZR -o "@W/new-$engine" --db "$db"
}
store_verbs sqlite @W/store.db

# Authoring and the calendar.
step "new (2019 template)" new --agency 柏舟县示例局 --year 2020 --date 2021-01-20 -o @W/new
step "render the authoring example, every format" render "$author/qinghe-eco-2024.json" --sections "$author/qinghe-eco-2024-正文.md" -f all -o @W/render --db @W/store.db
step "render refused (errors)" render "$samples/s02-docx-2019-errors.txt" -o @W/refused
step "deadline with a pause" deadline --received 2026-09-28 --extension 20 --pause 2026-10-09..2026-10-20 --json
step "deadline text" deadline --received 2026-01-29
step "calendar list" calendar list --db @W/store.db
step "cases template" cases template --out @W/template.xlsx
step "an unknown verb" frobnicate

# PostgreSQL: a database per build on the test server.
if [[ -n "${GONGKAI_TEST_PG:-}" ]]; then
  psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)"
  if [[ -n "$psql_bin" ]]; then
    field() { tr ';' '\n' <<<"$GONGKAI_TEST_PG" | sed -nE "s/^ *$1 *= *//Ip" | head -1; }
    host="$(field Host)" port="$(field Port)" user="$(field 'User(name)?( Id)?')" password="$(field Password)"
    export PGPASSWORD="$password"
    psql=("$psql_bin" -h "${host:-127.0.0.1}" -p "${port:-5432}" -U "${user:-postgres}" -d "$(field Database)" -v ON_ERROR_STOP=1)
    suffix="$$_$RANDOM"
    if "${psql[@]}" -q -c "create database parity_ref_$suffix" -c "create database parity_cand_$suffix" >/dev/null; then
      pg_databases=("parity_ref_$suffix" "parity_cand_$suffix")
      base="$(sed -E 's/(^|;) *Database *=[^;]*//I' <<<"$GONGKAI_TEST_PG")"
      pg_db[ref]="$base;Database=parity_ref_$suffix"
      pg_db[cand]="$base;Database=parity_cand_$suffix"
      store_verbs postgresql @PG
    else
      failed=$((failed + 1))
      echo "FAIL postgresql: could not create the comparison databases"
    fi
  fi
fi

same_files "files written by both builds"
echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
