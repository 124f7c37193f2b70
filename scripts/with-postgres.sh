#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a throwaway PostgreSQL server: initdb in a temporary directory, a server on loopback on a
# free port, a superuser role and a database for tests, and STAFFPATH_TEST_POSTGRES set to its URL. The server
# is stopped and the directory removed however the command ends; the command's exit status is returned.
#   scripts/with-postgres.sh ctest --test-dir build
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    bindir="$(pg_config --bindir)"
else
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "error: initdb and pg_ctl not found; install the Debian package postgresql (scripts/install-deps.sh)" >&2
    exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/staffpath-pg.XXXXXX")"
# initdb refuses to run as root, and CI runs as root: then the cluster belongs to the postgres system user,
# which the Debian package creates.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$tmp"
    as_owner=(runuser -u postgres --)
fi

started=0
cleanup() {
    if [ "$started" -eq 1 ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
user=staffpath_test
db=staffpath_test

# Trust authentication is safe here only because the cluster is private to this run: it listens on loopback
# and a socket in our own temporary directory, holds nothing but test data, and is deleted afterwards.
# The C locale keeps text ordering byte-wise, as SQLite's is, so both engines sort alike in tests.
"${as_owner[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres --auth=trust --no-locale -E UTF8 >"$tmp/initdb.log" 2>&1 || {
    cat "$tmp/initdb.log" >&2
    exit 1
}
# A second role that must give a password (SCRAM), for the tests of the password StaffPath asks for and keeps in
# memory only; its lines come before initdb's trust lines, which pg_hba.conf reads first to last. The file is
# rewritten in place so it keeps its owner. The password is random and dies with the cluster.
pw_user=staffpath_pw
pw="$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
hba="$tmp/data/pg_hba.conf"
{
    printf 'local all %s scram-sha-256\n' "$pw_user"
    printf 'host all %s 127.0.0.1/32 scram-sha-256\n' "$pw_user"
    printf 'host all %s ::1/128 scram-sha-256\n' "$pw_user"
    cat "$hba"
} >"$tmp/pg_hba.new"
cat "$tmp/pg_hba.new" >"$hba"
# fsync off: a crash loses only this throwaway cluster, and tests create a database each.
"${as_owner[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
    -o "-k $tmp -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || {
    cat "$tmp/server.log" >&2
    exit 1
}
started=1

psql=("${as_owner[@]}" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
"${psql[@]}" -c "CREATE ROLE $user LOGIN SUPERUSER" -c "CREATE DATABASE $db OWNER $user" \
    -c "CREATE ROLE $pw_user LOGIN SUPERUSER PASSWORD '$pw'"

export STAFFPATH_TEST_POSTGRES="postgresql://$user@127.0.0.1:$port/$db"
# The same server as a user that must give a password, and that password (tests only; see above).
export STAFFPATH_TEST_POSTGRES_PASSWORD_URL="postgresql://$pw_user@127.0.0.1:$port/$db"
export STAFFPATH_TEST_POSTGRES_PASSWORD="$pw"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $STAFFPATH_TEST_POSTGRES"
status=0
"$@" || status=$?
exit "$status"
