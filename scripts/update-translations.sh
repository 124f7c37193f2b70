#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings the en_GB translation source up to date with every tr() in the app. Without line numbers, so the file
# changes only when the words do. With --check, changes nothing and fails if the committed file is out of date
# (CI runs it that way).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
ts="$root/resources/translations/staffpath_en_GB.ts"
target="$ts"
if [ "${1:-}" = "--check" ]; then
    target="$(mktemp --suffix=.ts)"
    cp "$ts" "$target"
fi
"$lupdate" -silent -locations none -no-obsolete -source-language en_GB -target-language en_GB \
    -I "$root/include" "$root/src/app" "$root/src/reports" "$root/include/staffpath/reports" -ts "$target"
python3 "$root/scripts/fill-plurals.py" "$target"
if [ "$target" != "$ts" ]; then
    if ! diff -q "$ts" "$target" >/dev/null; then
        diff -u "$ts" "$target" | head -40 >&2
        rm -f "$target"
        echo "resources/translations/staffpath_en_GB.ts is out of date: run scripts/update-translations.sh" >&2
        exit 1
    fi
    rm -f "$target"
fi
