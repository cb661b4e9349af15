#!/bin/sh
# Runs the Linux units under a real systemd: boots a Debian 12 VM (qemu, KVM when /dev/kvm is there) whose root is
# made by debootstrap, with the app-image in /opt/primebatch, and runs inside-vm.sh there at boot. Not part of
# ./run-tests: it downloads Debian (about 250 MB, kept in WORK for the next run) and needs root.
#
#   sudo installer/src/test/vm/systemd-vm-check.sh [WORK]      (default WORK: /var/tmp/primebatch-vm)
#
# Needs qemu-system-x86 and debootstrap (Debian: apt-get install -y qemu-system-x86 debootstrap) and the app-image,
# built when missing with: mvn -Pimage -pl installer -am package -DskipTests. Exits 0 when every check passed.
set -eu
project=$(cd "$(dirname "$0")/../../../.." && pwd)
work=${1:-/var/tmp/primebatch-vm}
image=$project/installer/target/image/primebatch
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" -eq 0 ] || { echo "systemd-vm-check.sh: needs root (debootstrap, a root file system owned by root)" >&2; exit 2; }
for tool in qemu-system-x86_64 debootstrap mke2fs; do
  command -v $tool > /dev/null || { echo "systemd-vm-check.sh: $tool is missing" >&2; exit 2; }
done
if [ ! -x "$image/bin/primebatch" ]; then
  (cd "$project" && mvn -B -ntp -q -Pimage -pl installer -am package -DskipTests)
fi

mkdir -p "$work"
base=$work/debian-12
if [ ! -x "$base/lib/systemd/systemd" ] || [ ! -e "$base/usr/lib/systemd/user/dbus.socket" ]; then
  rm -rf "$base"
  debootstrap --variant=minbase \
    --include=systemd,systemd-sysv,dbus,dbus-user-session,udev,linux-image-amd64,initramfs-tools,procps,passwd,login,util-linux,kmod \
    bookworm "$base" "$mirror"
fi

# a fresh root for every run: the base plus the image, the example and the check
root=$work/root
rm -rf "$root"
cp -a "$base" "$root"
cp -a "$image" "$root/opt/primebatch"
mkdir -p "$root/opt/beam"
cp "$project/examples/beam/beam.mcdx" "$project/examples/beam/cases.csv" "$root/opt/beam/"
install -m 0755 "$project/installer/src/test/vm/inside-vm.sh" "$root/usr/local/sbin/pb-check"
cat > "$root/etc/systemd/system/pb-check.service" <<'UNIT'
[Unit]
Description=Primebatch unit checks
After=multi-user.target systemd-user-sessions.service
[Service]
Type=oneshot
ExecStart=/usr/local/sbin/pb-check
ExecStopPost=/bin/systemctl --no-block poweroff
StandardOutput=journal+console
StandardError=journal+console
TimeoutStartSec=15min
[Install]
WantedBy=multi-user.target
UNIT
ln -sf /etc/systemd/system/pb-check.service "$root/etc/systemd/system/multi-user.target.wants/pb-check.service"
echo primebatch-vm > "$root/etc/hostname"
printf '/dev/vda / ext4 rw 0 1\n' > "$root/etc/fstab"

disk=$work/root.img
rm -f "$disk"
mke2fs -q -t ext4 -d "$root" "$disk" 4G
kernel=$(ls "$root"/boot/vmlinuz-* | tail -n 1)
initrd=$(ls "$root"/boot/initrd.img-* | tail -n 1)
# KVM when it works, else software emulation (slower: the check then takes some minutes); VM_ACCEL=tcg forces the
# latter where /dev/kvm exists but does not run a guest
case "${VM_ACCEL:-}" in
  tcg) accel="-accel tcg" ;;
  *) accel="-accel kvm -accel tcg" ;;
esac

log=$work/console.log
# shellcheck disable=SC2086
timeout 30m qemu-system-x86_64 $accel -m 3072 -smp 2 -nographic -no-reboot -nic none \
  -kernel "$kernel" -initrd "$initrd" -append "console=ttyS0 root=/dev/vda rw quiet" \
  -drive file="$disk",format=raw,if=virtio > "$log" 2>&1 || true
grep -a "pb-check:" "$log" | sed 's/^.*pb-check: /  /' | tr -d '\r'
grep -aq "pb-check: PASS" "$log"
