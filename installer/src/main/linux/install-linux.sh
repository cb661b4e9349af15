#!/bin/sh
# Installs the Primebatch daemon as a systemd service, from the image's lib/linux folder (/opt/primebatch/lib/linux).
#
#   sudo install-linux.sh      system service "primebatch": user and group primebatch, home /var/lib/primebatch
#   install-linux.sh --user    your own service "primebatch-user" (systemctl --user), home ~/.local/share/primebatch
#
# Both write service.properties into the daemon's home, so the desktop client shows how to start the service
# instead of starting a daemon of its own; then they enable and start the service.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

usage() {
  echo "usage: install-linux.sh [--user]" >&2
  exit 2
}

# service_properties FILE NAME START: the service's name and start command, for the desktop client
service_properties() {
  printf '# written by install-linux.sh\nname=%s\nstart=%s\n' "$2" "$3" > "$1"
}

install_user() {
  units="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
  home="$HOME/.local/share/primebatch"
  if [ -n "${XDG_DATA_HOME:-}" ] && [ "$XDG_DATA_HOME/primebatch" != "$home" ]; then
    echo "install-linux.sh: XDG_DATA_HOME is set, so the client looks in $XDG_DATA_HOME/primebatch;" >&2
    echo "  the service uses $home (change it with: systemctl --user edit primebatch-user)" >&2
  fi
  mkdir -p "$units" "$home"
  cp "$here/primebatch-user.service" "$units/primebatch-user.service"
  chmod 0644 "$units/primebatch-user.service"
  service_properties "$home/service.properties" primebatch-user "systemctl --user start primebatch-user"
  systemctl --user daemon-reload
  systemctl --user enable --now primebatch-user.service
  echo "primebatch-user.service runs for $(id -un); its home is $home"
}

install_system() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-linux.sh: the system service needs root (sudo); --user installs a service for you alone" >&2
    exit 1
  fi
  getent group primebatch > /dev/null || groupadd --system primebatch
  getent passwd primebatch > /dev/null || useradd --system --gid primebatch --home-dir /var/lib/primebatch \
      --no-create-home --shell /usr/sbin/nologin --comment "Primebatch daemon" primebatch
  install -d -o primebatch -g primebatch -m 0750 /var/lib/primebatch
  props=$(mktemp)
  service_properties "$props" primebatch "sudo systemctl start primebatch"
  install -o primebatch -g primebatch -m 0640 "$props" /var/lib/primebatch/service.properties
  rm -f "$props"
  install -m 0644 "$here/primebatch.service" /etc/systemd/system/primebatch.service
  systemctl daemon-reload
  systemctl enable --now primebatch.service
  echo "primebatch.service runs as user primebatch; its home is /var/lib/primebatch"
}

case "${1:-}" in
  "") [ $# -le 1 ] || usage; install_system ;;
  --user) [ $# -eq 1 ] || usage; install_user ;;
  *) usage ;;
esac
