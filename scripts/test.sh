#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs every test (GUI tests run offscreen; the store tests on SQLite and on PostgreSQL).
# With CI=true, warnings are errors, debug information is line tables only (-g1: CI keeps no binaries to debug, and
# backtraces still name file and line), and the core libraries are built without precompiled headers: exactly as
# CI's build without the GUI built them just before, so ccache hands those objects over (cmake/StaffPathPch.cmake).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STAFFPATH_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
extra=()
if [ "${CI:-}" = "true" ]; then
    extra+=(-DSTAFFPATH_WERROR=ON -DSTAFFPATH_PCH_CORE=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
fi
"$root/scripts/build.sh" "${extra[@]}"
export QT_QPA_PLATFORM=offscreen
# The store suite runs twice, the second time (store-pg.*) against a throwaway PostgreSQL server on loopback.
"$root/scripts/with-postgres.sh" \
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" --timeout 300
