#!/usr/bin/env bash
# Runs a command inside the real services D360 Exporter's tests talk to, all
# private to this run: a throw-away home, a D-Bus session bus of its own with
# gnome-keyring's Secret Service unlocked on it, and an Xvfb display.
#
# Nothing of the developer's own desktop is reached: the variables that point
# at it are cleared first. Each service is checked before the command starts
# (the keychain by storing, reading and clearing a probe secret), and when one
# cannot start the script says which and exits non-zero within seconds,
# instead of letting the tests hang on it.
#
# Usage: tests/support/test-session.sh COMMAND [ARGUMENT...]
# D360_SERVICE_TIMEOUT: seconds to wait for each service (default 20).
set -euo pipefail

readonly service_timeout=${D360_SERVICE_TIMEOUT:-20}
readonly infrastructure_failure=125

fail() {
    echo "test-session: $*" >&2
    exit "$infrastructure_failure"
}

# shellcheck source=tests/support/wait-until.sh
source "$(dirname "${BASH_SOURCE[0]}")/wait-until.sh"

if [ "${1:-}" != "--inside-bus" ]; then
    [ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGUMENT...]" >&2; exit 2; }
    for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool Xvfb; do
        command -v "$tool" >/dev/null \
            || fail "$tool is not installed; run installer/install-deps.sh first"
    done

    scratch=$(mktemp -d "${TMPDIR:-/tmp}/d360-test-session.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"

    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XAUTHORITY \
        GNOME_KEYRING_CONTROL SSH_AUTH_SOCK SESSION_MANAGER
    # A developer's Qt settings would change what the tests see: logging rules
    # silence or add messages, a scale factor or a style changes every size,
    # a platform plugin or theme other than Xvfb's changes the window. The
    # language and locale are pinned, so texts and number formats are the
    # same on every machine; a test that wants another language sets it.
    unset QT_LOGGING_RULES QT_LOGGING_CONF QT_MESSAGE_PATTERN QT_SCALE_FACTOR \
        QT_SCREEN_SCALE_FACTORS QT_AUTO_SCREEN_SCALE_FACTOR QT_ENABLE_HIGHDPI_SCALING \
        QT_SCALE_FACTOR_ROUNDING_POLICY QT_FONT_DPI QT_STYLE_OVERRIDE QT_QPA_PLATFORM \
        QT_QPA_PLATFORMTHEME QT_QUICK_CONTROLS_STYLE QT_ACCESSIBILITY \
        LANG LC_CTYPE LC_NUMERIC LC_TIME LC_COLLATE LC_MONETARY LC_MESSAGES
    export LC_ALL=C.UTF-8 LANGUAGE=en
    export HOME="$scratch/home"
    export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" \
        XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$scratch/runtime"
    export D360_TEST_SESSION="$HOME" D360_TEST_SCRATCH="$scratch"

    set +e
    dbus-run-session -- bash "$0" --inside-bus "$@"
    status=$?
    set -e
    if [ "$status" -ne 0 ] && [ ! -e "$scratch/bus-started" ]; then
        fail "the private D-Bus session (dbus-run-session) could not start"
    fi
    exit "$status"
fi
shift

readonly scratch=$D360_TEST_SCRATCH
touch "$scratch/bus-started"

keyring_pid=
xvfb_pid=
# The keychain daemon forks away from the command that starts it, so when it
# never shows up on the bus its process id is unknown. It is found by its
# name and by this session's scratch folder in its environment, which no
# other session's daemon carries.
stop_stray_keyring_daemons() {
    local process program
    for process in /proc/[0-9]*; do
        program=$(tr '\0' '\n' <"$process/cmdline" 2>/dev/null | head -n 1) || continue
        [ "${program##*/}" = gnome-keyring-daemon ] || continue
        if tr '\0' '\n' <"$process/environ" 2>/dev/null | grep -qxF "D360_TEST_SCRATCH=$scratch"; then
            kill "${process#/proc/}" 2>/dev/null || true
        fi
    done
}
stop_services() {
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null || true
    else
        stop_stray_keyring_daemons
    fi
}
trap stop_services EXIT

# The keychain. The password only unlocks this run's throw-away keyring; it
# must not be empty, or gnome-keyring asks a graphical prompter that is not there.
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
if ! printf '%s' "$password" \
    | timeout "$service_timeout" gnome-keyring-daemon --unlock --components=secrets \
        >"$scratch/keyring.log" 2>&1; then
    fail "the keychain daemon (gnome-keyring-daemon) could not start: $(tail -n 3 "$scratch/keyring.log")"
fi
unset password

secret_service_on_bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'
}
wait_until "$service_timeout" secret_service_on_bus \
    || fail "the keychain daemon started, but no Secret Service appeared on the session bus"
keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
    | awk '/uint32/ { print $2 }')

probe=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
printf '%s' "$probe" | timeout "$service_timeout" \
    secret-tool store --label="d360 test-session probe" d360-test-session probe >/dev/null 2>&1 \
    || fail "the keychain is locked or refuses to store a secret (secret-tool store failed)"
[ "$(timeout "$service_timeout" secret-tool lookup d360-test-session probe 2>/dev/null)" = "$probe" ] \
    || fail "the keychain stored a secret but did not give it back (secret-tool lookup failed)"
timeout "$service_timeout" secret-tool clear d360-test-session probe >/dev/null 2>&1 || true

# The display. -displayfd picks a free display number and writes it once the
# server accepts connections.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset \
    3>"$scratch/display-number" >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
display_ready() {
    kill -0 "$xvfb_pid" 2>/dev/null || return 0
    [ -s "$scratch/display-number" ]
}
wait_until "$service_timeout" display_ready && [ -s "$scratch/display-number" ] \
    || fail "the display (Xvfb) could not start: $(tail -n 3 "$scratch/xvfb.log")"
export DISPLAY=":$(tr -d '\n' <"$scratch/display-number")"

echo "test-session: keychain and display $DISPLAY ready in a throw-away home" >&2
set +e
"$@"
exit $?
