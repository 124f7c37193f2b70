#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer into ./build-fuzz and
# runs them one after another, one process each, then minimises each corpus into tests/fuzz/corpus/<target>
# (libFuzzer -set_cover_merge=1, a -merge=1 that keeps fewer files; tests/fuzz/corpus/<target>/regressions/,
# inputs that once crashed, is kept as it is).
#   scripts/fuzz.sh                          # every target, 60 s each
#   scripts/fuzz.sh csv_reader 600           # one target for ten minutes
#   FUZZ_NO_MERGE=1 scripts/fuzz.sh ...      # leave tests/fuzz/corpus alone (new inputs stay in build-fuzz/corpus)
# Targets: csv_reader, profile_reader, framework_loader (tests/fuzz/fuzz_<target>.cpp). A finding stops the run
# with the input in build-fuzz/artifacts/<target>/; replay it with build-fuzz/bin/fuzz_<target> FILE. Logs with
# the run's figures (execs/s, cov:, ft:, corpus) are in build-fuzz/logs/<target>.log.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STAFFPATH_FUZZ_BUILD_DIR:-$root/build-fuzz}"
all=(csv_reader profile_reader framework_loader)
target="${1:-all}"
seconds="${2:-60}"
if [ "$target" = "all" ]; then
    targets=("${all[@]}")
elif [[ " ${all[*]} " == *" $target "* ]]; then
    targets=("$target")
else
    echo "usage: $0 [all|${all[*]// /|}] [seconds]" >&2
    exit 2
fi
"$root/scripts/install-deps.sh"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "error: clang++ not found; install the Debian packages clang and libclang-rt-14-dev" >&2
    exit 1
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTAFFPATH_FUZZ=ON -DSTAFFPATH_BUILD_GUI=OFF -DSTAFFPATH_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "${FUZZ_BUILD_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
for t in "${targets[@]}"; do
    seeds="$root/tests/fuzz/corpus/$t"
    work="$build/corpus/$t"
    artifacts="$build/artifacts/$t"
    mkdir -p "$work" "$artifacts" "$build/logs"
    echo "== fuzz_$t for $seconds s (log: $build/logs/$t.log)"
    # New inputs go to the first folder; the kept corpus is read only.
    "$build/bin/fuzz_$t" "$work" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$build/logs/$t.log" 2>&1 || {
        echo "fuzz_$t found a problem: see $build/logs/$t.log and $artifacts/" >&2
        tail -n 40 "$build/logs/$t.log" >&2
        exit 1
    }
    grep -E '^#[0-9]+[[:space:]]+DONE' "$build/logs/$t.log" | tail -n 1
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$build/logs/$t.log"
    if [ -z "${FUZZ_NO_MERGE:-}" ]; then
        merged="$build/merged/$t"
        rm -rf "$merged"
        mkdir -p "$merged"
        # Everything but the regressions folder, minimised to a small set of inputs covering the same edges
        # (greedy set cover). Counting every new hit count of an edge as coverage kept thousands of files.
        find "$seeds" -maxdepth 1 -type f -exec cp -t "$work" {} +
        "$build/bin/fuzz_$t" -set_cover_merge=1 -use_counters=0 -rss_limit_mb=2048 -timeout=20 "$merged" "$work" \
            >"$build/logs/$t-merge.log" 2>&1
        find "$seeds" -maxdepth 1 -type f -delete
        cp "$merged"/* "$seeds"/
        echo "corpus: $(find "$seeds" -maxdepth 1 -type f | wc -l) files," \
            "$(find "$seeds" -maxdepth 1 -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }') bytes"
    fi
done
