#!/usr/bin/env bash
# Runs a command with the services the tests need, all throw-away, all on loopback:
#   - a PostgreSQL cluster in a temporary folder (NOTABENE_TEST_PG_URL)
#   - a D-Bus session with an unlocked gnome-keyring (the real Secret Service)
# and stops them afterwards. Exits with the command's exit code.
set -euo pipefail
work=$(mktemp -d /tmp/notabene-test.XXXXXX)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata="$work/pg"
pg_user=notabene
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb refuses to run as root: the cluster belongs to the postgres system user.
  as_pg=(runuser -u postgres --)
  mkdir -p "$pgdata" && chown postgres: "$pgdata"
fi

cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -U "$pg_user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata -c fsync=off -c full_page_writes=off" start >/dev/null \
  || { cat "$pgdata/server.log" >&2; exit 1; }
export NOTABENE_TEST_PG_URL="postgresql://$pg_user@127.0.0.1:$port/postgres"
export NOTABENE_REQUIRE_PG=1
echo "PostgreSQL test cluster on 127.0.0.1:$port"

# Secret Service: a private D-Bus session with gnome-keyring unlocked (tests of the keychain).
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
set +e
dbus-run-session -- sh -c 'echo -n notabene | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
rc=$?
set -e
exit $rc
