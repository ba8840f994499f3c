#!/usr/bin/env bash
# Holds test-session.sh to its promise: when the keychain daemon or the display
# cannot start, it says which and exits non-zero within seconds, never hangs;
# when both start, it runs the command and passes its exit status on.
#
# The broken services are small executables put first on PATH: the point is
# to see the script's own reaction to a daemon that dies or never answers.
set -uo pipefail
session_script=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checks=0

broken_tool() { # NAME BODY: a stand-in that fails the way a broken install does
    mkdir -p "$work/$1-bin"
    printf '#!/bin/sh\n%s\n' "$2" >"$work/$1-bin/$1"
    chmod +x "$work/$1-bin/$1"
    echo "$work/$1-bin"
}

expect() { # DESCRIPTION EXPECTED_STATUS EXPECTED_TEXT PATH_PREFIX COMMAND...
    local description=$1 expected_status=$2 expected_text=$3 path_prefix=$4
    shift 4
    checks=$((checks + 1))
    local started=$SECONDS status
    PATH="$path_prefix${path_prefix:+:}$PATH" D360_SERVICE_TIMEOUT=3 \
        timeout 60 bash "$session_script" "$@" >"$work/out" 2>&1
    status=$?
    local took=$((SECONDS - started))
    if [ "$status" -eq 124 ]; then
        echo "FAIL: $description: the session script hung (killed after 60 s)"
        failures=$((failures + 1))
    elif [ "$status" -ne "$expected_status" ]; then
        echo "FAIL: $description: exit status $status, expected $expected_status"
        sed 's/^/    /' "$work/out"
        failures=$((failures + 1))
    elif ! grep -q -- "$expected_text" "$work/out"; then
        echo "FAIL: $description: output does not mention \"$expected_text\""
        sed 's/^/    /' "$work/out"
        failures=$((failures + 1))
    else
        echo "PASS: $description ($took s)"
    fi
}

expect "a keychain daemon that dies is named" 125 "keychain daemon" \
    "$(broken_tool gnome-keyring-daemon 'echo "cannot open control socket" >&2; exit 1')" true
expect "a keychain daemon that never answers is named, within seconds" 125 "keychain daemon" \
    "$(broken_tool gnome-keyring-daemon 'exec sleep 600')" true
# A daemon that forks away and never registers on the bus: the session must
# name it and stop the process it left behind.
stray_marker="d360-stray-$$-$RANDOM"
mkdir -p "$work/stray-bin"
printf '#!/bin/bash\n(exec -a gnome-keyring-daemon sleep 600 %s >/dev/null 2>&1 &)\nexit 0\n' "$stray_marker" \
    >"$work/stray-bin/gnome-keyring-daemon"
chmod +x "$work/stray-bin/gnome-keyring-daemon"
expect "a keychain daemon that never appears on the bus is named" 125 "no Secret Service appeared" \
    "$work/stray-bin" true
checks=$((checks + 1))
if pgrep -f "$stray_marker" >/dev/null; then
    echo "FAIL: the keychain daemon that never appeared was left running"
    pkill -f "$stray_marker"
    failures=$((failures + 1))
else
    echo "PASS: the keychain daemon that never appeared was stopped"
fi

expect "a display server that dies is named" 125 "display (Xvfb)" \
    "$(broken_tool Xvfb 'echo "Fatal server error" >&2; exit 1')" true
expect "a display server that never answers is named, within seconds" 125 "display (Xvfb)" \
    "$(broken_tool Xvfb 'exec sleep 600')" true
expect "with both services up, the command's success passes through" 0 "ready" "" \
    sh -c 'test -n "$DISPLAY" && test -n "$DBUS_SESSION_BUS_ADDRESS" && test "$HOME" = "$D360_TEST_SESSION"'
expect "with both services up, the command's failure passes through" 7 "ready" "" sh -c 'exit 7'
QT_LOGGING_RULES='*=false' QT_LOGGING_CONF=/dev/null QT_SCALE_FACTOR=2 QT_STYLE_OVERRIDE=windows \
    LANG=C LC_ALL=POSIX LANGUAGE=de \
    expect "a developer's Qt and locale settings do not reach the tests" 0 "ready" "" sh -c 'test -z "${QT_LOGGING_RULES-}${QT_LOGGING_CONF-}${QT_SCALE_FACTOR-}${QT_STYLE_OVERRIDE-}${LANG-}" && test "$LC_ALL" = C.UTF-8 && test "$LANGUAGE" = en'

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
