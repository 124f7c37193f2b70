#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and opens StaffPath on the demo school (created in the user's data folder on first run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${STAFFPATH_BUILD_DIR:-$root/build}/bin/staffpath" --demo "$@"
