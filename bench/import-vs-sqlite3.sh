#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 6's import target, measured in one run: `staffpath-cli import cpd` of a 250,000-row MIS-style CSV into a
# 5,000-staff trust, against the sqlite3 shell's `.import` of the same file into an equivalent table (the same
# columns, the same kind of index), the fastest of three runs each. Prints both times and, on its last line, the
# ratio.
# Usage: bench/import-vs-sqlite3.sh [BUILD-DIR] [ROWS]   (a Release or RelWithDebInfo build is the one to measure)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
rows="${2:-250000}"
cli="$build/bin/staffpath-cli"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 2; }
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() { date +%s.%N; }

# The trust, then its CPD written out the way an MIS exports it (UK dates, headings people use), one row per
# natural key (person, title, start date) so every row is new to a trust that has no CPD yet.
"$cli" demo --db "$work/trust.sqlite" --trust --cpd "$rows" --seed 7 >/dev/null
sqlite3 -header -csv "$work/trust.sqlite" "
  SELECT s.payroll_number AS 'Payroll No', r.title AS 'Course Title',
         strftime('%d/%m/%Y', r.start_date) AS 'Date', r.hours AS 'Hours',
         printf('%.2f', r.cost_pence / 100.0) AS 'Cost', r.provider AS 'Provider', r.activity_type AS 'Activity Type'
  FROM cpd_records r JOIN staff s ON s.id = r.staff_id
  GROUP BY r.staff_id, lower(trim(r.title)), r.start_date ORDER BY r.id" >"$work/cpd.csv"
lines=$(($(wc -l <"$work/cpd.csv") - 1))

# The same staff with no CPD at all, for StaffPath to import into.
cp "$work/trust.sqlite" "$work/staffpath.sqlite"
sqlite3 "$work/staffpath.sqlite" "DELETE FROM cpd_records; DELETE FROM cpd_events; VACUUM;"

# sqlite3's baseline is the same file into a table of the same columns with an index like cpd_records_by_staff.
# Each side runs three times on a fresh copy and keeps its fastest time: whatever else the machine is doing
# only ever adds time, and one unlucky run should not decide the ratio.
fastest() { printf '%s\n' "$@" | sort -g | head -n 1; }
baselines=()
ours_runs=()
for run in 1 2 3; do
    rm -f "$work/baseline.sqlite"
    sqlite3 "$work/baseline.sqlite" "CREATE TABLE cpd (payroll TEXT, title TEXT, date TEXT, hours REAL, cost REAL,
      provider TEXT, activity_type TEXT); CREATE INDEX cpd_by_staff ON cpd (payroll, date);"
    start=$(seconds)
    sqlite3 "$work/baseline.sqlite" ".import --csv --skip 1 $work/cpd.csv cpd"
    baselines+=("$(echo "$(seconds) - $start" | bc)")

    cp "$work/staffpath.sqlite" "$work/run.sqlite"
    start=$(seconds)
    "$cli" import cpd "$work/cpd.csv" --db "$work/run.sqlite" >"$work/import.out"
    ours_runs+=("$(echo "$(seconds) - $start" | bc)")
    [ "$run" = 3 ] || rm -f "$work/run.sqlite" "$work/run.sqlite-wal" "$work/run.sqlite-shm"
done
baseline=$(fastest "${baselines[@]}")
ours=$(fastest "${ours_runs[@]}")

imported=$(sqlite3 "$work/run.sqlite" "SELECT COUNT(*) FROM cpd_records")
copied=$(sqlite3 "$work/baseline.sqlite" "SELECT COUNT(*) FROM cpd")
echo "rows in the file: $lines; imported by staffpath-cli: $imported; by sqlite3: $copied"
tail -n 3 "$work/import.out"
echo "sqlite3 .import runs: ${baselines[*]}; staffpath-cli import cpd runs: ${ours_runs[*]}"
printf 'sqlite3 .import: %.2f s\nstaffpath-cli import cpd: %.2f s\n' "$baseline" "$ours"
printf 'ratio (staffpath / sqlite3): %.2f\n' "$(echo "$ours / $baseline" | bc -l)"
