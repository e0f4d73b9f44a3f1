#!/usr/bin/env bash
# Benchmarks GET /api/v1/contacts of notabene-server against nginx serving the same bytes
# as a static file, and writes the result into a Markdown page.
#
#   bench/run.sh SERVER_BINARY OUTPUT_MD
#
# Everything runs on loopback in a temporary directory that is removed on exit. The
# generated part of OUTPUT_MD sits between <!-- bench:begin --> and <!-- bench:end -->;
# anything else in the file is kept. The script fails (non-zero) when a step fails; a
# ratio below the target is only reported, not an error.
#
# Knobs (environment): BENCH_THREADS (1), BENCH_CONNECTIONS (50), BENCH_DURATION (10s),
# BENCH_WARMUP (3s), BENCH_ROUNDS (3: server and nginx alternate, the median round counts),
# BENCH_TARGET (0.5), NGINX (/usr/sbin/nginx), WRK (/usr/bin/wrk).
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 SERVER_BINARY OUTPUT_MD" >&2
    exit 2
fi
SERVER=$(realpath "$1")
OUTPUT=$2
[[ -x $SERVER ]] || { echo "bench: $SERVER is not an executable" >&2; exit 2; }

THREADS=${BENCH_THREADS:-1}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
ROUNDS=${BENCH_ROUNDS:-3}
TARGET=${BENCH_TARGET:-0.5}
NGINX=${NGINX:-/usr/sbin/nginx}
WRK=${WRK:-/usr/bin/wrk}
EMAIL=admin@muster-handel.example
PASSWORD=demo
ENDPOINT=/api/v1/contacts

for tool in "$NGINX" "$WRK" curl python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 2; }
done

log() { echo "bench: $*" >&2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/notabene-bench.XXXXXX")
SERVER_PID=
NGINX_PID=
cleanup() {
    local status=$?
    # Only the processes this script started, by their id.
    for pid in $SERVER_PID $NGINX_PID; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
    if [[ $status -ne 0 ]]; then
        for f in "$WORK"/demo-data.log "$WORK"/server.err "$WORK"/nginx/error.log "$WORK"/nginx/stderr.log; do
            [[ -s $f ]] && { log "--- $f (tail)"; tail -n 20 "$f" >&2; }
        done
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'log "failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Waits until something answers HTTP on the port (any status), as long as PID lives.
wait_http() {
    local port=$1 pid=$2 name=$3
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || { log "$name exited while starting"; return 1; }
        if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then return 0; fi
        sleep 0.1
    done
    log "$name did not answer on port $port"
    return 1
}

# --- notabene-server --------------------------------------------------------------------
DB="$WORK/bench.db"
log "demo data into $DB"
"$SERVER" demo-data --db "sqlite:$DB" >"$WORK/demo-data.log"

# The server logs one line per request to stdout: send it to /dev/null (nginx's access log
# is off too), so that neither side pays for writing a log file.
for attempt in 1 2 3; do
    SERVER_PORT=$(free_port)
    "$SERVER" serve --listen "127.0.0.1:$SERVER_PORT" --db "sqlite:$DB" \
        >/dev/null 2>"$WORK/server.err" &
    SERVER_PID=$!
    if wait_http "$SERVER_PORT" "$SERVER_PID" notabene-server; then break; fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
    [[ $attempt -lt 3 ]] || { log "notabene-server would not start"; exit 1; }
done
log "notabene-server pid $SERVER_PID on 127.0.0.1:$SERVER_PORT"

curl -sS --fail-with-body --max-time 10 -X POST \
    -H 'Content-Type: application/json' \
    --data "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
    -o "$WORK/session.json" "http://127.0.0.1:$SERVER_PORT/api/v1/session"
TOKEN=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/session.json")
[[ -n $TOKEN ]] || { log "no token in the login answer"; exit 1; }

DOCROOT="$WORK/www"
mkdir -p "$DOCROOT$(dirname "$ENDPOINT")"
BODY="$DOCROOT$ENDPOINT"
curl -sS --fail-with-body --max-time 10 -H "Authorization: Bearer $TOKEN" \
    -D "$WORK/server.headers" -o "$BODY" "http://127.0.0.1:$SERVER_PORT$ENDPOINT"
CONTACTS=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["contacts"]))' "$BODY")
BODY_BYTES=$(stat -c %s "$BODY")
log "$ENDPOINT: $CONTACTS contacts, $BODY_BYTES bytes"

# --- nginx ------------------------------------------------------------------------------
NGINX_DIR="$WORK/nginx"
mkdir -p "$NGINX_DIR"
USER_LINE=
if [[ $(id -u) -eq 0 ]]; then
    # Workers drop to nobody when started as root: they must be able to read the docroot.
    USER_LINE="user nobody nogroup;"
    chmod 755 "$WORK"
    chmod -R a+rX "$DOCROOT"
fi
OPTIONAL_TEMP=
"$NGINX" -V 2>&1 | grep -q -- --without-http_uwsgi_module ||
    OPTIONAL_TEMP+="    uwsgi_temp_path $NGINX_DIR/uwsgi;"$'\n'
"$NGINX" -V 2>&1 | grep -q -- --without-http_scgi_module ||
    OPTIONAL_TEMP+="    scgi_temp_path $NGINX_DIR/scgi;"$'\n'

start_nginx() {
    NGINX_PORT=$(free_port)
    cat >"$NGINX_DIR/nginx.conf" <<EOF
# Generated by bench/run.sh: one worker, like the single-threaded notabene-server.
$USER_LINE
worker_processes 1;
daemon off;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    client_body_temp_path $NGINX_DIR/body;
    proxy_temp_path $NGINX_DIR/proxy;
    fastcgi_temp_path $NGINX_DIR/fastcgi;
$OPTIONAL_TEMP    types { }
    default_type application/json;
    charset utf-8;
    charset_types application/json;
    sendfile on;
    keepalive_timeout 65s;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $DOCROOT;
        location / { try_files \$uri =404; }
    }
}
EOF
    "$NGINX" -p "$NGINX_DIR/" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" -t \
        >"$NGINX_DIR/configtest.log" 2>&1 || { cat "$NGINX_DIR/configtest.log" >&2; return 1; }
    "$NGINX" -p "$NGINX_DIR/" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" \
        >/dev/null 2>"$NGINX_DIR/stderr.log" &
    NGINX_PID=$!
    wait_http "$NGINX_PORT" "$NGINX_PID" nginx
}
for attempt in 1 2 3; do
    if start_nginx; then break; fi
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
    [[ $attempt -lt 3 ]] || { log "nginx would not start"; exit 1; }
done
log "nginx pid $NGINX_PID on 127.0.0.1:$NGINX_PORT"

curl -sS --fail-with-body --max-time 10 -D "$WORK/nginx.headers" -o "$WORK/nginx.body" \
    "http://127.0.0.1:$NGINX_PORT$ENDPOINT"
cmp -s "$BODY" "$WORK/nginx.body" || { log "nginx does not serve the same bytes"; exit 1; }

# --- wrk --------------------------------------------------------------------------------
# The Lua script only adds a done() hook that prints exact figures (microseconds); the
# requests themselves stay wrk's static, pre-built ones, so the script costs nothing per
# request. Both targets get the same header: nginx ignores it.
cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d bytes=%d mean_us=%.1f p50_us=%d p99_us=%d "
            .. "max_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
        summary.requests, summary.duration, summary.bytes, latency.mean,
        latency:percentile(50), latency:percentile(99), latency.max,
        e.connect, e.read, e.write, e.status, e.timeout))
end
EOF

WRK_ARGS=(-t"$THREADS" -c"$CONNECTIONS" --latency -s "$WORK/report.lua"
          -H "Authorization: Bearer $TOKEN")

# CPU time (user + system, in clock ticks) that the given processes have used so far.
# Background load changes req/s a lot on a shared machine but CPU per request far less.
cpu_ticks() {
    local total=0 pid stat fields
    for pid in "$@"; do
        stat=$(<"/proc/$pid/stat")
        read -r -a fields <<<"${stat##*) }" # fields[11] = utime, fields[12] = stime
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}
# The processes that answer for a target: the server, or nginx's master and its workers.
target_pids() {
    if [[ $1 == server ]]; then
        echo "$SERVER_PID"
    else
        echo "$NGINX_PID $(cat "/proc/$NGINX_PID/task/$NGINX_PID/children" 2>/dev/null || true)"
    fi
}
run_wrk() { # name port duration outfile
    local pids before after
    read -r -a pids <<<"$(target_pids "$1")"
    before=$(cpu_ticks "${pids[@]}")
    "$WRK" "${WRK_ARGS[@]}" -d"$3" "http://127.0.0.1:$2$ENDPOINT" >"$4" 2>&1 ||
        { log "wrk against $1 failed:"; cat "$4" >&2; return 1; }
    after=$(cpu_ticks "${pids[@]}")
    grep -q '^BENCH ' "$4" || { log "wrk against $1 printed no figures:"; cat "$4" >&2; return 1; }
    echo "CPU ticks=$((after - before)) hz=$(getconf CLK_TCK)" >>"$4"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for target in server nginx; do
    port=$SERVER_PORT; [[ $target == nginx ]] && port=$NGINX_PORT
    log "warm-up $target ($WARMUP)"
    run_wrk "$target" "$port" "$WARMUP" "$WORK/warmup-$target.txt"
done
for round in $(seq "$ROUNDS"); do
    for target in server nginx; do
        port=$SERVER_PORT; [[ $target == nginx ]] && port=$NGINX_PORT
        log "round $round/$ROUNDS: $target ($DURATION)"
        run_wrk "$target" "$port" "$DURATION" "$WORK/wrk-$target-$round.txt"
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill -0 "$SERVER_PID" 2>/dev/null || { log "notabene-server died during the run"; exit 1; }
kill -0 "$NGINX_PID" 2>/dev/null || { log "nginx died during the run"; exit 1; }

# --- the page ---------------------------------------------------------------------------
CPU_MODEL=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
QT_VERSION=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
QT_HTTP_VERSION=$(dpkg-query -W -f='${Version}' libqt6httpserver6 2>/dev/null || echo unknown)
SQLITE_VERSION=$(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null || echo unknown)
NGINX_VERSION=$("$NGINX" -v 2>&1 | sed 's/^nginx version: //')
WRK_VERSION=$("$WRK" -v 2>&1 | head -n1 | sed 's/ *Copyright.*//' || true)
SERVER_VERSION=$("$SERVER" --version 2>/dev/null || echo unknown)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $COMMIT != unknown ]] && [[ -n $(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    COMMIT+=" (with uncommitted changes)"
fi
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$(dirname "$SERVER")/../CMakeCache.txt" 2>/dev/null || true)

BENCH_DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
BENCH_NPROC=$(nproc)
export BENCH_DATE BENCH_NPROC
export BENCH_WORK=$WORK BENCH_OUTPUT=$OUTPUT BENCH_ROUNDS=$ROUNDS BENCH_TARGET=$TARGET \
    BENCH_CPU="$CPU_MODEL" \
    BENCH_QT="$QT_VERSION" BENCH_QT_HTTP="$QT_HTTP_VERSION" BENCH_SQLITE="$SQLITE_VERSION" \
    BENCH_NGINX="$NGINX_VERSION" BENCH_WRK="$WRK_VERSION" BENCH_SERVER="$SERVER_VERSION" \
    BENCH_COMMIT="$COMMIT" BENCH_BUILD_TYPE="${BUILD_TYPE:-unknown}" \
    BENCH_CONTACTS=$CONTACTS BENCH_BODY_BYTES=$BODY_BYTES BENCH_ENDPOINT=$ENDPOINT \
    BENCH_LOAD_BEFORE="$LOAD_BEFORE" BENCH_LOAD_AFTER="$LOAD_AFTER" \
    BENCH_WRK_CMD="$WRK -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s report.lua -H 'Authorization: Bearer \$TOKEN'" \
    BENCH_WARMUP=$WARMUP BENCH_THREADS=$THREADS
python3 - <<'PYEOF'
import os, re, statistics, sys

env = os.environ
work = env["BENCH_WORK"]
rounds = int(env["BENCH_ROUNDS"])
target = float(env["BENCH_TARGET"])


def parse(path):
    text = open(path).read()
    m = re.search(r"^BENCH (.*)$", text, re.M)
    f = {k: int(float(v)) if k != "mean_us" else float(v)
         for k, v in (kv.split("=") for kv in m.group(1).split())}
    f["rps"] = f["requests"] / (f["duration_us"] / 1e6)
    c = re.search(r"^CPU ticks=(\d+) hz=(\d+)$", text, re.M)
    f["cpu_us"] = int(c.group(1)) / int(c.group(2)) * 1e6 / f["requests"]
    f["raw"] = "\n".join(l for l in text.splitlines() if not l.startswith(("BENCH ", "CPU ")))
    return f


runs = {t: [parse(f"{work}/wrk-{t}-{r}.txt") for r in range(1, rounds + 1)]
        for t in ("server", "nginx")}
for t, rs in runs.items():
    for i, r in enumerate(rs, 1):
        bad = {k: r[k] for k in ("connect", "read", "write", "status", "timeout") if r[k]}
        if bad.get("status") or r["requests"] == 0:
            sys.exit(f"bench: {t} round {i}: {r['status']} non-2xx/3xx answers, "
                     f"{r['requests']} requests - not a valid measurement")
        if bad:
            print(f"bench: warning: {t} round {i} socket errors {bad}", file=sys.stderr)


def median_run(rs):
    ordered = sorted(rs, key=lambda r: r["rps"])
    return ordered[len(ordered) // 2]


med = {t: median_run(rs) for t, rs in runs.items()}
ratio = med["server"]["rps"] / med["nginx"]["rps"]
cpu = {t: statistics.median(r["cpu_us"] for r in rs) for t, rs in runs.items()}
cpu_ratio = cpu["nginx"] / cpu["server"]
verdict = "PASS" if ratio >= target else "FAIL"


def ms(us):
    return f"{us / 1000:.2f} ms"


def spread(rs):
    values = [r["rps"] for r in rs]
    return f"{min(values):,.0f}–{max(values):,.0f}" if len(values) > 1 else "–"


names = {"server": "notabene-server `GET " + env["BENCH_ENDPOINT"] + "`",
         "nginx": "nginx, same bytes as a static file"}
L = []
w = L.append
w("<!-- bench:begin -->")
w("<!-- Generated by bench/run.sh; everything up to bench:end is replaced on the next run. -->")
w("")
w(f"## Latest run: {env['BENCH_DATE']}")
w("")
w(f"**Target:** notabene-server answers `GET {env['BENCH_ENDPOINT']}` at least "
  f"{target:g} × as many requests per second as nginx serving the same response as a "
  f"static file. **Result: {ratio:.2f} × nginx — {verdict}.**")
w("")
w(f"| target | req/s (median of {rounds}) | range of rounds | avg latency | p50 | p99 | max "
  "| CPU per request |")
w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for t in ("server", "nginx"):
    r = med[t]
    w(f"| {names[t]} | {r['rps']:,.0f} | {spread(runs[t])} | {ms(r['mean_us'])} | "
      f"{ms(r['p50_us'])} | {ms(r['p99_us'])} | {ms(r['max_us'])} | {cpu[t]:.0f} µs |")
w("")
w(f"Ratio server / nginx (req/s): **{ratio:.2f}** (target ≥ {target:g}: **{verdict}**).")
w("")
w(f"Cross-check that background load disturbs less: nginx's CPU time per request divided by "
  f"the server's is {cpu_ratio:.2f} (user + system time of the answering processes during "
  "the runs, from `/proc/PID/stat`, median of the rounds; the kernel's loopback TCP work is "
  "partly counted there too). Latencies are wrk's, from the median round by req/s.")
w("")
w("### Machine and versions")
w("")
w(f"- CPU: {env['BENCH_CPU']}, `nproc` = {env['BENCH_NPROC']}; load average "
  f"{env['BENCH_LOAD_BEFORE']} before the runs, {env['BENCH_LOAD_AFTER']} after")
w(f"- {env['BENCH_SERVER']}, commit {env['BENCH_COMMIT']}, CMake build type "
  f"{env['BENCH_BUILD_TYPE']}")
w(f"- Qt {env['BENCH_QT']} (libqt6core6), Qt HTTP Server {env['BENCH_QT_HTTP']}, "
  f"SQLite {env['BENCH_SQLITE']} (Debian packages)")
w(f"- {env['BENCH_NGINX']}; {env['BENCH_WRK']}")
w("")
w("### What was measured")
w("")
w(f"- The demo world (`notabene-server demo-data`) in a fresh SQLite file; signed in as "
  f"`admin@muster-handel.example`. The answer is {env['BENCH_CONTACTS']} contacts, "
  f"{env['BENCH_BODY_BYTES']} bytes of JSON; nginx serves exactly these bytes.")
w("- Both on 127.0.0.1, HTTP/1.1 keep-alive, no TLS. The server's per-request log line "
  "goes to `/dev/null`; nginx's access log is off.")
w("- Fairness: notabene-server handles requests on one thread, so nginx runs with "
  "`worker_processes 1` (plus its idle master). nginx has `keepalive_requests 1000000` so "
  "that it never closes wrk's connections mid-run, `sendfile on` and no `open_file_cache` "
  "(a stock configuration, not tuned), `charset utf-8` so that its Content-Type matches "
  "the server's. Both get the same wrk command, including the Authorization header.")
w(f"- wrk ({env['BENCH_THREADS']} thread(s)) and the target each keep about one core busy; "
  f"with `nproc` = {env['BENCH_NPROC']} there is little room left, so at nginx's rate wrk "
  "itself may be part of the limit, which flatters the ratio rather than hurting it.")
w(f"- Each target gets a {env['BENCH_WARMUP']} warm-up, then {rounds} round(s) alternate "
  "server and nginx, so that background load hits both alike; the table shows each "
  "target's median round.")
w("")
w("Commands (`bench/run.sh` runs them all; `$TOKEN` from `POST /api/v1/session`):")
w("")
w("```sh")
w("notabene-server demo-data --db sqlite:$TMP/bench.db")
w("notabene-server serve --listen 127.0.0.1:$PORT --db sqlite:$TMP/bench.db >/dev/null")
w("nginx -p $TMP/nginx/ -e $TMP/nginx/error.log -c $TMP/nginx/nginx.conf   # generated")
w(env["BENCH_WRK_CMD"] + " http://127.0.0.1:$PORT" + env["BENCH_ENDPOINT"])
w("```")
w("")
w("Caveat: the machine is shared; other builds running at the same time take CPU from "
  "both sides and make single figures noisy. Compare the ratio, not absolute req/s, and "
  "look at the range of rounds; re-run on an idle machine for reference numbers.")
w("")
w("<details><summary>wrk output of the median rounds</summary>")
w("")
for t in ("server", "nginx"):
    w(f"{t}:")
    w("")
    w("```")
    w(med[t]["raw"].rstrip())
    w("```")
    w("")
w("</details>")
w("<!-- bench:end -->")
block = "\n".join(L)

path = env["BENCH_OUTPUT"]
begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
if os.path.exists(path):
    text = open(path, encoding="utf-8").read()
    if begin in text and end in text and text.index(begin) < text.index(end):
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
else:
    text = ("# Performance\n\n"
            "How fast notabene-server answers, measured against nginx serving the same bytes. "
            "`bench/run.sh SERVER_BINARY docs/performance.md` regenerates the block below; "
            "text outside it is kept.\n\n" + block + "\n")
os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
print(f"server {med['server']['rps']:.0f} req/s ({cpu['server']:.0f} µs CPU/request), "
      f"nginx {med['nginx']['rps']:.0f} req/s ({cpu['nginx']:.0f} µs CPU/request), "
      f"ratio {ratio:.2f} ({verdict}, target {target:g}), CPU ratio {cpu_ratio:.2f}; "
      f"written to {path}")
PYEOF
