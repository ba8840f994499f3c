#!/usr/bin/env bash
# The whole flow with curl alone, against the real executable: start
# `d360-exporter sandbox`, eval what it prints, list projects, versions and
# languages, start an export in each format, poll it, download it without the
# API key, and check the files with the tools a user has (pdftotext reads the
# PDF, unzip lists the ZIPs); then stop the server with SIGINT and expect a
# clean exit (status 0). JSON is picked apart with grep and sed, so nothing
# beyond curl and coreutils is needed to drive the API.
#
# Usage: tst_sandbox_curl.sh [PATH_TO_d360-exporter]   (default: $D360_EXECUTABLE)
# No fixed sleeps: every wait is a short polling loop with a deadline.
set -uo pipefail

exporter=${1:-${D360_EXECUTABLE:-}}
[ -x "$exporter" ] || { echo "FAIL: no d360-exporter executable (argument or D360_EXECUTABLE)"; exit 1; }
for tool in curl pdftotext unzip; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (installer/install-deps.sh)"; exit 1; }
done

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

source "$(dirname "${BASH_SOURCE[0]}")/../../support/checks.sh"

# The sandbox must not need a display: the verb picks the offscreen platform.
env -u QT_QPA_PLATFORM -u DISPLAY "$exporter" sandbox --port 0 --pending-ms 200 --build-ms 300 \
    >"$work/env" 2>"$work/log" &
server_pid=$!
printed_all() { grep -q '^D360_OAUTH_TOKEN_URL=' "$work/env"; }
if ! wait_until 20 printed_all; then
    echo "FAIL: the sandbox did not print its variables"; cat "$work/log"; exit 1
fi
eval "$(cat "$work/env")"
for variable in D360_BASE_URL D360_API_KEY D360_SANDBOX_CONTROL_SECRET D360_SANDBOX_STORAGE_URL; do
    [ -n "${!variable:-}" ] || fail "$variable was not printed"
done
pass "the sandbox printed D360_BASE_URL=$D360_BASE_URL and its key"

api() { # PATH [CURL OPTION...]: GET or POST with the key; the body on stdout
    local path=$1
    shift
    curl -sS --noproxy '*' --max-time 10 -H "Authorization: Bearer $D360_API_KEY" "$@" \
        "$D360_BASE_URL$path"
}
# The value of a string field of the first object that has it: "key":"value".
field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | sed 's/^"[^"]*":"//; s/"$//'; }

projects=$(api /v3/projects)
project=$(printf '%s' "$projects" | field id)
[ -n "$project" ] && pass "listed projects (first: $project)" || fail "no project in: $projects"

versions=$(api "/v3/projects/$project/project-versions")
# Objects are flat: split at braces and take the default version's id.
version=$(printf '%s' "$versions" | tr '{}' '\n\n' | grep '"is_default":true' | field id)
[ -n "$version" ] && pass "found the default version $version" || fail "no default version in: $versions"

languages=$(api "/v3/projects/$project/languages?project_version_id=$version")
printf '%s' "$languages" | grep -q '"code":"en"' && pass "English is among the languages" \
    || fail "no English in: $languages"

status_code=$(curl -sS --noproxy '*' -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer wrong' \
    "$D360_BASE_URL/v3/projects")
[ "$status_code" = 401 ] && pass "a wrong token gets 401" || fail "a wrong token got $status_code"

export_once() { # FORMAT LANGUAGE OUTPUT: start, poll, download; returns non-zero on failure
    local format=$1 language=$2 output=$3
    local started export_id link seen=""
    started=$(api "/v3/projects/$project/exports" -X POST -H 'Content-Type: application/json' \
        -d "{\"project_version_id\":\"$version\",\"lang_code\":\"$language\",\"format\":\"$format\"}" \
        -D "$work/headers")
    export_id=$(printf '%s' "$started" | field id)
    grep -qi '^Operation-Location: http' "$work/headers" || { fail "$format: no Operation-Location"; return 1; }
    [ -n "$export_id" ] || { fail "$format: no export id in: $started"; return 1; }
    poll() {
        local answer status
        answer=$(api "/v3/projects/$project/exports/$export_id")
        status=$(printf '%s' "$answer" | field status)
        case " $seen " in *" $status "*) ;; *) seen="$seen $status" ;; esac
        link=$(printf '%s' "$answer" | field download_url)
        [ "$status" = Completed ] && [ -n "$link" ]
    }
    wait_until 20 poll || { fail "$format: never Completed (seen:$seen)"; return 1; }
    [ "$seen" = " Pending InProgress Completed" ] || [ "$seen" = " Pending Completed" ] \
        || [ "$seen" = " InProgress Completed" ] || { fail "$format: statuses$seen"; return 1; }
    # The link is signed; it is fetched without any credential.
    curl -sS --noproxy '*' --max-time 30 -f -o "$output" "$link" \
        || { fail "$format: download of $link failed"; return 1; }
    pass "$format ($language): statuses$seen, downloaded $(wc -c <"$output") bytes from ${link%%\?*}"
}

if export_once pdf de "$work/export.pdf"; then
    head -c 5 "$work/export.pdf" | grep -q '%PDF-' || fail "the PDF does not start with %PDF-"
    text=$(pdftotext -enc UTF-8 "$work/export.pdf" - 2>"$work/pdftotext.log")
    if printf '%s' "$text" | grep -q 'Erste Schritte mit' && printf '%s' "$text" | grep -q 'Anmeldeprobleme beheben'; then
        pass "pdftotext reads the German articles"
    else
        fail "pdftotext did not find the German titles in: $(printf '%s' "$text" | head -c 300)"
    fi
fi
for format in html markdown; do
    if export_once "$format" fr "$work/export-$format.zip"; then
        extension=$([ "$format" = html ] && echo html || echo md)
        listing=$(unzip -l "$work/export-$format.zip") || fail "unzip cannot list the $format export"
        pages=$(printf '%s\n' "$listing" | grep -c "\.$extension\$")
        [ "$pages" -eq 3 ] && pass "unzip lists 3 .$extension pages" \
            || fail "unzip lists $pages .$extension pages: $listing"
        unzip -p "$work/export-$format.zip" "01-getting-started.$extension" | grep -q 'Premiers pas avec' \
            && pass "the $format pages hold the French text intact" \
            || fail "no French title in the $format export"
    fi
done

# Revision 2 through the control endpoint: the next export has the documented
# changes, the ids in the front matter and the images.
revised=$(curl -sS --noproxy '*' --max-time 10 -X PUT -H "X-Sandbox-Control: $D360_SANDBOX_CONTROL_SECRET" \
    -H 'Content-Type: application/json' -d '{"revision": 2}' "$D360_BASE_URL/_sandbox/control")
printf '%s' "$revised" | grep -q '"revision":2' && pass "the control endpoint set revision 2" \
    || fail "the control endpoint answered: $revised"
if export_once markdown fr "$work/revision-2.zip"; then
    listing=$(unzip -Z1 "$work/revision-2.zip" | sort | tr '\n' ' ')
    expected="02-backup-and-export.md 03-troubleshooting-sign-in-r2.md 04-whats-new-in-revision-2.md images/access-denied.png images/dashboard.png images/export-settings.png "
    [ "$listing" = "$expected" ] && pass "revision 2 lists the documented entries" \
        || fail "revision 2 lists: $listing"
    unzip -p "$work/revision-2.zip" 03-troubleshooting-sign-in-r2.md | head -n 2 | grep -Eq '^id: [0-9a-f-]{36}$' \
        && pass "the renamed article opens with its id" || fail "no id in the renamed article's front matter"
fi
"$exporter" sandbox --revision 0 >/dev/null 2>"$work/usage" && fail "--revision 0 was accepted" \
    || { grep -q -- '--revision' "$work/usage" && pass "--revision 0 is refused, naming the option" \
        || fail "--revision 0: $(cat "$work/usage")"; }

# The key never goes to storage: a download with it is refused.
refused=$(curl -sS --noproxy '*' -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $D360_API_KEY" \
    "$D360_SANDBOX_STORAGE_URL/exports/x/y?se=1&sig=0")
[ "$refused" = 403 ] && pass "storage refuses a request carrying the API key" || fail "storage answered $refused"

kill -INT "$server_pid"
stopped() { ! kill -0 "$server_pid" 2>/dev/null; }
if wait_until 10 stopped; then
    wait "$server_pid"
    status=$?
    server_pid=
    [ "$status" -eq 0 ] && pass "SIGINT stops the sandbox with exit status 0" \
        || fail "after SIGINT the sandbox exited with $status"
else
    fail "the sandbox did not stop within 10 s of SIGINT"
fi

# The hostile-server faults can be set from the command line too, for demos
# and for testing other clients against them; the control endpoint shows
# what is in force.
env -u QT_QPA_PLATFORM -u DISPLAY "$exporter" sandbox --port 0 --hostile-names --echo-credential \
    --pad-answers 1M --unsized-answers --insecure-links --token-errors 2 --token-drops 1 \
    >"$work/env2" 2>"$work/log2" &
server_pid=$!
printed_again() { grep -q '^D360_OAUTH_TOKEN_URL=' "$work/env2"; }
if wait_until 20 printed_again; then
    eval "$(cat "$work/env2")"
    faults=$(curl -sS --noproxy '*' --max-time 10 -H "X-Sandbox-Control: $D360_SANDBOX_CONTROL_SECRET" \
        "$D360_BASE_URL/_sandbox/control" | tr -d ' \n')
    missing=
    for field in '"hostile_names":true' '"echo_credential":true' '"pad_answers_to_bytes":1048576' \
        '"unsized_answers":true' '"insecure_download_links":true' '"token_server_errors":2' '"token_drops":1'; do
        printf '%s' "$faults" | grep -qF "$field" || missing="$missing $field"
    done
    [ -z "$missing" ] && pass "the hostile-server options are in force" || fail "not in force:$missing in $faults"
    kill -INT "$server_pid"
    wait "$server_pid"
    server_pid=
else
    fail "the sandbox with hostile-server options did not start: $(cat "$work/log2")"
fi

[ "$failures" -eq 0 ] && echo "all checks passed" || echo "$failures check(s) failed"
[ "$failures" -eq 0 ]
