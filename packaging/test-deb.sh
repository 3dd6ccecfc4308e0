#!/usr/bin/env bash
# Installs a built density-dashboard .deb on this machine (root, Debian 12), checks that what it
# installed runs, and removes it again, leaving nothing behind. Called by `dev.sh test` (CI).
#
#   packaging/test-deb.sh path/to/density-dashboard_<version>_<arch>.deb
set -euo pipefail

deb=$(realpath "${1:?usage: test-deb.sh PACKAGE.deb}")
say() { printf '==> deb: %s\n' "$*"; }
fail() { printf 'test-deb.sh: %s\n' "$*" >&2; exit 1; }
((EUID == 0)) || fail "run as root (it installs the package)"

package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
if dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -q installed; then
    fail "$package is already installed here; remove it first (this test must not replace it)"
fi
mapfile -t files < <(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {sub(/^\./, "", $6); print $6}')

say "installing $deb (apt-get resolves the dependencies dpkg-shlibdeps listed)"
export DEBIAN_FRONTEND=noninteractive
apt-get -qq -o Dpkg::Use-Pty=0 install -y --no-install-recommends "$deb" >/tmp/test-deb-apt.log 2>&1 ||
    { tail -n 20 /tmp/test-deb-apt.log >&2; fail "apt-get install failed"; }
trap 'apt-get -qq remove -y "$package" >/dev/null 2>&1 || true' EXIT

say "running the installed programs"
[[ $(/usr/bin/density-dashboard --version) == "density-dashboard $version" ]] ||
    fail "density-dashboard --version does not print $version"
cli_help=$(/usr/bin/density-cli --help) || fail "density-cli --help failed"
[[ $cli_help == *"Usage: density-cli"* ]] || fail "density-cli --help printed no usage"
/usr/bin/density-sim --help >/dev/null || fail "density-sim --help failed"
desktop-file-validate /usr/share/applications/*.DensityDashboard.desktop
appstreamcli validate --no-net --pedantic /usr/share/metainfo/*.DensityDashboard.metainfo.xml >/dev/null ||
    appstreamcli validate --no-net /usr/share/metainfo/*.DensityDashboard.metainfo.xml
[[ -f /usr/share/icons/hicolor/256x256/apps/density-dashboard.png ]] || fail "no 256 px icon"

say "starting density-dashboard --demo under Xvfb for a few seconds"
home=$(mktemp -d)
shot=$home/demo.png
HOME=$home timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
    /usr/bin/density-dashboard --demo --screenshot "$shot" ||
    fail "the installed density-dashboard --demo did not run"
[[ -s $shot ]] || fail "the installed dashboard drew no window"
rm -rf "$home"

say "removing $package"
trap - EXIT
apt-get -qq -o Dpkg::Use-Pty=0 purge -y "$package" >/dev/null
left=()
for file in "${files[@]}"; do
    [[ -e $file ]] && left+=("$file")
done
((${#left[@]} == 0)) || fail "left behind after removal: ${left[*]}"
say "installed, ran and removed cleanly ($package $version, ${#files[@]} files)"
