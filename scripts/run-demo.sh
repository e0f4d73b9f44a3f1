#!/usr/bin/env bash
# `make run`: the demo world in a per-user SQLite database, notabene-server on 127.0.0.1 delivering
# mail to a local SMTP sink (the mails land as .eml files in $DATA_DIR/smtp-sink), and the desktop
# client signed in as the demo company's admin (or as AS=staff@notabene.example, the vendor's
# staff: compose, approve with approver@notabene.example, send). Without a display the server
# runs in the foreground and the logins are printed.
set -euo pipefail
build=$1
port=${PORT:-8080}
data=${DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/notabene}
db="sqlite:$data/server.sqlite"
server="$build/server/notabene-server"
client="$build/app/notabene"
url="http://127.0.0.1:$port"
as=${AS:-admin@muster-handel.example}

keys="$data/keys"
mkdir -p "$data"
# The demo vendor's keys: created once, kept with the demo database. The client is built with
# the demo root key (NOTABENE_TRUSTED_ROOTS) so it verifies the demo notices; a real vendor builds
# its client with its own roots file (see docs/notices.md).
if [[ ! -e "$keys/root.key" ]]; then
  "$server" keys init --dir "$keys" >/dev/null
fi
"$server" keys export-roots --dir "$keys" >"$data/roots.json.new"
if ! cmp -s "$data/roots.json.new" "$data/roots.json"; then
  mv "$data/roots.json.new" "$data/roots.json"
else
  rm -f "$data/roots.json.new"
fi
cmake -S . -B "$build" -DNOTABENE_TRUSTED_ROOTS="$data/roots.json" >/dev/null
cmake --build "$build" --target notabene
"$server" demo-data --db "$db" --keys "$keys"
# Two mails to try "E-Mail prüfen" (or notabene-cli verify) on: the security notice as the server
# signs it, and a copy whose text part was changed on the way.
mails="$data/demo-mails"
mkdir -p "$mails"
"$server" notice render-mail --db "$db" --keys "$keys" --id demo-0006 \
  --to admin@muster-handel.example >"$mails/sicherheitsupdate-echt.eml"
sed '0,/Kundencenter/s//Kundenportal/' "$mails/sicherheitsupdate-echt.eml" \
  >"$mails/sicherheitsupdate-veraendert.eml"
echo "Demo mails to check (drop them on the window, or: notabene-cli verify FILE): $mails"

# A local SMTP server that keeps every mail the server delivers (staff mailings, test sends).
sink_dir="$data/smtp-sink"
mkdir -p "$sink_dir"
sink_port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/bin/python3 tests/support/smtpsink.py --port "$sink_port" --dir "$sink_dir" >"$data/smtp-sink.log" 2>&1 &
sink_pid=$!
smtp=(--smtp "smtp://127.0.0.1:$sink_port")
echo "Delivered mail lands in $sink_dir (an SMTP sink on 127.0.0.1:$sink_port)."

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display: starting only notabene-server on $url (Ctrl+C stops it)."
  echo "Open the client elsewhere with: $client --server $url --email $as"
  trap 'kill $sink_pid 2>/dev/null || true' EXIT
  "$server" serve --listen "127.0.0.1:$port" --db "$db" --keys "$keys" "${smtp[@]}"
  exit $?
fi

log="$data/server.log"
"$server" serve --listen "127.0.0.1:$port" --db "$db" --keys "$keys" "${smtp[@]}" >>"$log" 2>&1 &
server_pid=$!
trap 'kill $server_pid $sink_pid 2>/dev/null || true; wait $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "notabene-server did not start; see $log" >&2; exit 2; }
  sleep 0.1
done
echo "notabene-server runs on $url (log: $log). Opening the client as $as;"
echo "quitting the client stops the server."
echo demo | "$client" --server "$url" --email "$as" --password-stdin
