#!/bin/sh
# Runs inside the VM that systemd-vm-check.sh boots, as the unit pb-check.service once the system is up: installs
# the system and the user service with install-linux.sh and checks what systemd does with them. Every line it prints
# starts with "pb-check:"; the last one is "pb-check: PASS" or "pb-check: FAIL (n)". Its unit then powers the VM off.
set -u
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
pb=/opt/primebatch/bin/primebatch
home=/var/lib/primebatch
failures=0

say() { echo "pb-check: $*"; }
ok() { say "ok   $*"; }
fail() { say "FAIL $*"; failures=$((failures + 1)); }
# expect WHAT EXPECTED ACTUAL
expect() { if [ "$2" = "$3" ]; then ok "$1: $3"; else fail "$1: expected '$2', got '$3'"; fi; }
# wait_for SECONDS COMMAND...: until the command succeeds
wait_for() {
  limit=$1; shift
  i=0
  while [ "$i" -lt "$limit" ]; do
    if "$@" > /dev/null 2>&1; then return 0; fi
    sleep 1; i=$((i + 1))
  done
  return 1
}
prop() { systemctl show -p "$2" --value "$1"; }

say "systemd $(systemctl --version | head -n 1 | cut -d' ' -f2), kernel $(uname -r)"

# ---- the system service ----
/opt/primebatch/lib/linux/install-linux.sh > /tmp/install.log 2>&1 || { fail "install-linux.sh: $(cat /tmp/install.log)"; }
expect "system service enabled" enabled "$(systemctl is-enabled primebatch.service)"
wait_for 90 test -S $home/run/daemon.sock || fail "no socket in $home/run after 90 s: $(journalctl -u primebatch --no-pager | tail -n 20)"
expect "system service active" active "$(systemctl is-active primebatch.service)"
expect "daemon runs as" primebatch "$(ps -o user= -p "$(prop primebatch MainPID)")"
expect "home" "750 primebatch primebatch" "$(stat -c '%a %U %G' $home)"
expect "run folder" "750 primebatch primebatch" "$(stat -c '%a %U %G' $home/run)"
expect "socket" "660 primebatch primebatch" "$(stat -c '%a %U %G' $home/run/daemon.sock)"
expect "service.properties" "primebatch" "$(sed -n 's/^name=//p' $home/service.properties)"

useradd --create-home --groups primebatch alice
useradd --create-home bob
# a daemon that has just started can be slow to greet its first client under software emulation: ask again
alice_status() { runuser -u alice -- $pb --home $home status > /tmp/status.log 2>&1; }
if wait_for 120 alice_status; then
  ok "a member of group primebatch reaches the daemon: $(head -n 1 /tmp/status.log)"
else
  fail "alice (group primebatch) cannot reach the daemon: $(cat /tmp/status.log)"
fi
if runuser -u bob -- $pb --home $home status > /tmp/bob.log 2>&1; then
  fail "bob (not in the group) reached the daemon"
elif grep -q "Error opening" /tmp/bob.log || ! runuser -u bob -- $pb --version > /dev/null 2>&1; then
  fail "bob cannot run the command line at all: $(tail -n 1 /tmp/bob.log)"
else
  ok "a user outside group primebatch runs the command line but is refused: $(tail -n 1 /tmp/bob.log)"
fi

out=$home/out/beam
if runuser -u alice -- $pb --home $home run /opt/beam/beam.mcdx --cases /opt/beam/cases.csv --export pdf \
    --out $out > /tmp/run.log 2>&1; then
  ok "alice ran the beam batch through the service"
else
  fail "the beam batch: $(tail -n 5 /tmp/run.log)"
fi
expect "PDFs written by the service" 64 "$(ls $out/*.pdf 2>/dev/null | wc -l)"
expect "results.csv owner" primebatch "$(stat -c %U $out/results.csv 2>/dev/null)"

pid=$(prop primebatch MainPID)
if [ "$pid" -gt 0 ]; then
  restarts=$(prop primebatch NRestarts)
  kill -9 "$pid"
  wait_for 30 sh -c "pid=\$(systemctl show -p MainPID --value primebatch); [ \"\$pid\" != 0 ] && [ \"\$pid\" != $pid ]" \
    || fail "no new daemon within 30 s after SIGKILL"
  expect "restarts after SIGKILL" $((restarts + 1)) "$(prop primebatch NRestarts)"
else
  fail "no daemon to kill"
fi
wait_for 120 alice_status && ok "the restarted daemon answers" \
  || fail "the restarted daemon does not answer: $(cat /tmp/status.log)"
expect "the batch is still in the queue after the restart" 1 \
  "$(runuser -u alice -- $pb --home $home list 2>/dev/null | grep -c succeeded)"

systemctl stop primebatch.service
expect "stop result (SIGTERM, exit 143 counted as success)" success "$(prop primebatch Result)"
expect "stopped" inactive "$(systemctl is-active primebatch.service)"
say "systemd-analyze security: $(systemd-analyze security primebatch.service --no-pager 2>/dev/null | tail -n 1)"

# ---- the user service, for alice, with her own user manager ----
loginctl enable-linger alice
uid=$(id -u alice)
wait_for 60 test -S /run/user/$uid/bus || fail "alice's user manager did not start"
as_alice() { runuser -u alice -- env XDG_RUNTIME_DIR=/run/user/$uid DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$uid/bus "$@"; }
as_alice /opt/primebatch/lib/linux/install-linux.sh --user > /tmp/user.log 2>&1 || fail "install-linux.sh --user: $(cat /tmp/user.log)"
expect "user service enabled" enabled "$(as_alice systemctl --user is-enabled primebatch-user.service)"
userhome=/home/alice/.local/share/primebatch
wait_for 90 test -S $userhome/run/daemon.sock || fail "no socket in $userhome/run after 90 s"
expect "user service active" active "$(as_alice systemctl --user is-active primebatch-user.service)"
expect "user run folder" "700 alice" "$(stat -c '%a %U' $userhome/run)"
expect "user socket" "600 alice" "$(stat -c '%a %U' $userhome/run/daemon.sock)"
if wait_for 120 as_alice sh -c "$pb status > /tmp/ustatus.log 2>&1"; then
  ok "the command line finds the user daemon in its default home"
else
  fail "status against the user daemon: $(cat /tmp/ustatus.log)"
fi
as_alice systemctl --user stop primebatch-user.service
expect "user service stop result" success "$(as_alice systemctl --user show -p Result --value primebatch-user.service)"

if [ "$failures" -eq 0 ]; then say "PASS"; else say "FAIL ($failures)"; fi
