#!/usr/bin/env bash
# Installs the Debian packages Notabene needs (scripts/packages.txt, the one list every target
# uses). As root it runs apt-get; otherwise it prints the exact apt-get line and stops.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(grep -v '^\s*#' "$here/packages.txt" | grep -v '^\s*$')

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

# Makes sure the postfix just installed leaves no MTA running on this machine (or in CI): the
# service is stopped and disabled whether or not systemd is PID 1, and a master process the
# install started anyway is stopped.
stop_postfix() {
  if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null; then
    systemctl disable --now postfix.service >/dev/null 2>&1 || true
  fi
  if command -v update-rc.d >/dev/null; then
    update-rc.d postfix disable >/dev/null 2>&1 || true
  fi
  if [[ -x /etc/init.d/postfix ]]; then
    /etc/init.d/postfix stop >/dev/null 2>&1 || true
  fi
  local pidfile=/var/spool/postfix/pid/master.pid pid
  if [[ -r $pidfile ]]; then
    pid=$(tr -dc '0-9' <"$pidfile")
    if [[ -n $pid && "$(cat "/proc/$pid/comm" 2>/dev/null)" == master ]]; then
      kill "$pid" 2>/dev/null || true
    fi
  fi
}

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Notabene needs these Debian packages. Install them as root, then run make again:" >&2
  if [[ " ${missing[*]} " == *" postfix "* ]]; then
    # postfix asks what mail system to set up: none (only its benchmark tools are used).
    echo "  echo 'postfix postfix/main_mailer_type select No configuration' | sudo debconf-set-selections" >&2
  fi
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
installing_postfix=false
for pkg in "${missing[@]}"; do
  if [[ "$pkg" == postfix ]]; then installing_postfix=true; fi
done
if $installing_postfix; then
  # Only its smtp-sink and smtp-source are used (bench/delivery.sh): no mail system, no main.cf.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
fi
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if $installing_postfix; then
  stop_postfix
fi
