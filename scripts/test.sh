#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs every test (GUI tests run offscreen). With CI=true, warnings are errors.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STAFFPATH_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
extra=()
if [ "${CI:-}" = "true" ]; then
    extra+=(-DSTAFFPATH_WERROR=ON)
fi
"$root/scripts/build.sh" "${extra[@]}"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" --timeout 300
