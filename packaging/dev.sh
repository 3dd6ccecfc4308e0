#!/usr/bin/env bash
# Density Dashboard developer entry point (Debian 12, run as root or with sudo).
#
#   packaging/dev.sh demo [ARGS...]  install build deps, build, start the dashboard on the simulator
#   packaging/dev.sh test            install build deps, build, run the whole ctest suite headless
#   packaging/dev.sh build           install build deps, build
#   packaging/dev.sh package         install build deps, build, make the .deb (BUILD_DIR/packages)
#
# `test` also builds the .deb and, as root, installs it, runs it and removes it again
# (packaging/test-deb.sh); set SKIP_DEB_TEST=1 to leave that out.
#
# Environment: BUILD_DIR (default <repo>/build), BUILD_TYPE (default RelWithDebInfo).
# ccache is picked up by the top-level CMakeLists.txt; its cache lives in ccache's default place.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO_ROOT/build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
# Debian's node-ajv / node-js-yaml (contract test) live outside Node's default search path.
export NODE_PATH=/usr/share/nodejs:/usr/lib/nodejs${NODE_PATH:+:$NODE_PATH}
# Fresh Debian images have no locale set; Qt wants UTF-8 and tests should not depend on it.
export LANG=${LANG:-C.UTF-8}

# Everything the build, the test suite and the demo need on a fresh Debian 12.
PACKAGES=(
    qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-httpserver-dev qt6-tools-dev
    qt6-l10n-tools qtkeychain-qt6-dev libgl-dev
    libqt6svg6                       # run time: SVG icons (image-format and icon-engine plugins)
    cmake ninja-build g++ ccache
    xvfb xauth dbus-x11 gnome-keyring # headless GUI runs: xvfb-run, secret service for QtKeychain
    dbus-bin libsecret-1-0           # tests/keychain: dbus-run-session; QtKeychain dlopens libsecret
    nodejs node-ajv node-js-yaml     # tests/contract: OpenAPI validation of the simulator
    clang-format
    dpkg-dev desktop-file-utils appstream # packaging: dpkg-shlibdeps, .desktop/AppStream checks
)
# xvfb-run's default screen is 1280x1024 at 8 bits per pixel: too small and too few colours.
XVFB_ARGS=(-a -s "-screen 0 1920x1080x24")

say() { printf '==> %s\n' "$*"; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

is_installed() {
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

install_deps() {
    command -v dpkg-query >/dev/null || die "this script expects Debian 12 (dpkg/apt-get not found)"
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        # Any Node.js already on PATH will do (e.g. NodeSource's); node-ajv works with it.
        if [[ $pkg == nodejs ]] && command -v node >/dev/null; then
            continue
        fi
        is_installed "$pkg" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        say "build dependencies present"
        return
    fi

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "missing packages (${missing[*]}); run as root to install them"
        sudo=(sudo)
    fi
    local log=${TMPDIR:-/tmp}/density-dev-apt.log
    say "installing ${missing[*]} (apt-get log: $log)"
    export DEBIAN_FRONTEND=noninteractive
    local apt_opts=(-qq -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
    if ! { "${sudo[@]}" apt-get "${apt_opts[@]}" update &&
           "${sudo[@]}" apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"; } \
           >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        die "apt-get failed (full log: $log)"
    fi
}

cache_value() { # cache_value <VAR>: a value from the existing CMakeCache.txt, or nothing
    sed -n "s/^$1:[A-Z]*=//p" "$BUILD_DIR/CMakeCache.txt" 2>/dev/null | head -n 1
}

configure() {
    # Reconfigure only when there is no usable build tree or the build type changed; otherwise
    # `cmake --build` re-runs CMake by itself when a CMakeLists.txt changes.
    if [[ -f $BUILD_DIR/CMakeCache.txt ]]; then
        local generator
        generator=$(cache_value CMAKE_GENERATOR)
        [[ $generator == Ninja ]] ||
            die "$BUILD_DIR was configured with \"$generator\", not Ninja; remove it or set BUILD_DIR"
        if [[ -f $BUILD_DIR/build.ninja && $(cache_value CMAKE_BUILD_TYPE) == "$BUILD_TYPE" ]]; then
            return
        fi
    fi
    say "configuring $BUILD_DIR ($BUILD_TYPE, Ninja)"
    cmake -S "$REPO_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE"
}

build() {
    say "building with $(nproc) jobs"
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

setup() {
    install_deps
    configure
    build
}

run_demo() {
    local app=$BUILD_DIR/app/dashboard/density-dashboard
    [[ -x $app ]] || die "$app was not built"
    if [[ -n ${DISPLAY:-} ]]; then
        say "starting density-dashboard --demo"
        exec "$app" --demo "$@"
    fi
    say "no \$DISPLAY: starting density-dashboard --demo under xvfb-run -a (a virtual screen nobody sees)"
    exec xvfb-run "${XVFB_ARGS[@]}" "$app" --demo "$@"
}

run_tests() {
    say "running the test suite headless (QT_QPA_PLATFORM=offscreen, under xvfb-run -a)"
    local rc=0
    xvfb-run "${XVFB_ARGS[@]}" env QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$BUILD_DIR" -j2 --output-on-failure || rc=$?
    if ((rc == 0)); then say "all tests passed"; else say "ctest failed (exit code $rc)"; fi
    return "$rc"
}

package() {
    say "making the .deb (cpack -G DEB)"
    (cd "$BUILD_DIR" && cpack -G DEB) >"$BUILD_DIR/cpack.log" 2>&1 ||
        { tail -n 30 "$BUILD_DIR/cpack.log" >&2; die "cpack failed (log: $BUILD_DIR/cpack.log)"; }
    DEB=$(ls -t "$BUILD_DIR"/packages/density-dashboard_*.deb | head -n 1)
    say "package: $DEB"
}

test_package() {
    if [[ -n ${SKIP_DEB_TEST:-} ]]; then
        say "SKIP_DEB_TEST is set: not installing the package"
        return
    fi
    if ((EUID != 0)); then
        say "not root: skipping the install test of the .deb (packaging/test-deb.sh needs root)"
        return
    fi
    package
    bash "$REPO_ROOT/packaging/test-deb.sh" "$DEB"
}

command=${1:-}
(($# > 0)) && shift
case $command in
    demo) setup; run_demo "$@" ;;
    test)
        setup
        rc=0
        run_tests || rc=$?
        test_package || rc=$?
        exit "$rc"
        ;;
    build) setup ;;
    package) setup; package ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
