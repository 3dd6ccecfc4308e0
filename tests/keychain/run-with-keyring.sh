#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service,
# and with HOME and the XDG folders in a fresh temporary directory, so the test sees only its own
# keyring and files. Usage: run-with-keyring.sh COMMAND [ARGS...]
#
# Any failure to start the keyring is a test failure (exit 1), never a skip: CI installs dbus and
# gnome-keyring (packaging/dev.sh), so a missing keyring there is a broken setup to notice.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "run-with-keyring.sh: $tool not found (Debian: dbus-bin / dbus-daemon, gnome-keyring)" >&2
        exit 1
    }
done

root=$(mktemp -d "${TMPDIR:-/tmp}/density-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/home" "$root/config" "$root/cache" "$root/data" "$root/runtime"
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache" \
    XDG_DATA_HOME="$root/data" XDG_RUNTIME_DIR="$root/runtime"
# Nothing from the outer session: no X11 autolaunch of another bus, no desktop detection of KDE.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export XDG_CURRENT_DESKTOP=GNOME
# Tells the test it runs in here and not against the developer's own keychain.
export DENSITY_TEST_KEYRING="$root"

# Inside the session: --unlock reads the password from stdin, creates the "login" collection
# (the default one) unlocked and registers org.freedesktop.secrets before it returns.
status=0
# shellcheck disable=SC2016 # $@ is expanded by the inner shell
dbus-run-session -- sh -eu -c '
    printf %s density-test-keyring |
        gnome-keyring-daemon --unlock --components=secrets >"$XDG_RUNTIME_DIR/keyring.env" || {
        echo "run-with-keyring.sh: gnome-keyring-daemon --unlock failed" >&2
        exit 1
    }
    # The daemon exits with the session bus when dbus-run-session ends.
    exec "$@"
' run-with-keyring "$@" || status=$?
exit "$status"
