#!/usr/bin/env bash
# Checks that the manual page and the bash, zsh and fish completions that the
# Debian package installs cover the real command line, and work.
#
# Nothing here is a hand-kept list: the verbs come from `d360-exporter --help`,
# each verb's long options from `d360-exporter VERB --help`, the actions of
# `accounts` (and the options each action names) from its help, the exit codes
# from app/cli/ExitCode.h and the environment variables from what app/ reads
# (qEnvironmentVariable, qgetenv, getenv). So an option, a verb, an exit code
# or a variable added to the code later makes this test fail until the man
# page and all three completions know it; hand-written files drift otherwise.
#
# The man page: the sections a man page needs, every verb and each of its
# options in that verb's own subsection, the window's options, every exit code
# in EXIT STATUS and every variable in ENVIRONMENT, option dashes written \-,
# and no warnings from lintian's check (man --warnings) nor from groff -ww.
# The completions are run, not only read: bash's function is called with
# COMP_WORDS set, both with bash-completion's helpers loaded and without them;
# zsh's is driven in a real interactive zsh on a pseudo-terminal (zpty), with
# compadd wrapped to print what would be offered; fish's is asked with
# `complete --do-complete`. Each is asked for the verbs, each verb's options,
# each accounts action's options, and the fixed values (formats, actions).
#
# Usage: tst_man_and_completions.sh PATH_TO_d360-exporter SOURCE_DIR
# Needs the Debian packages man-db, groff-base, bash-completion, zsh and fish;
# a missing one is a failure that names the package, never a silent pass.
# No fixed sleeps: every program that could hang runs under timeout(1).
set -uo pipefail

exporter=${1:-}
source_dir=${2:-}
[ -x "$exporter" ] || { echo "FAIL: no d360-exporter executable (first argument)"; exit 1; }
[ -f "$source_dir/app/cli/ExitCode.h" ] || { echo "FAIL: no source tree at '$source_dir' (second argument)"; exit 1; }

man_page=$source_dir/installer/linux/d360-exporter.1
bash_completion=$source_dir/installer/linux/completions/d360-exporter.bash
zsh_completion=$source_dir/installer/linux/completions/_d360-exporter
fish_completion=$source_dir/installer/linux/completions/d360-exporter.fish
bash_completion_helpers=/usr/share/bash-completion/bash_completion

source "$(dirname "${BASH_SOURCE[0]}")/../support/checks.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The shells and the program get a home of their own: no rc file, history,
# settings or installed completion of the machine's user can take part.
mkdir -p "$work/home" "$work/runtime" "$work/fish-completions-none" "$work/fish-completions"
chmod 700 "$work/runtime"
hermetic() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME \
        -u ZDOTDIR -u BASH_ENV -u ENV HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" \
        QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$@"
}

missing_tools=()
need() { # COMMAND-OR-FILE PACKAGE
    if [ "${1:0:1}" = / ] && [ -e "$1" ] || command -v "$1" >/dev/null 2>&1; then
        return 0
    fi
    fail "$1 is missing: install the Debian package $2 (installer/install-deps.sh)"
    missing_tools+=("$1")
    return 1
}
has_tool() { [[ " ${missing_tools[*]-} " != *" $1 "* ]]; }
need timeout coreutils
need man man-db
need groff groff-base
need "$bash_completion_helpers" bash-completion
need zsh zsh
need fish fish
has_tool timeout || { echo "cannot run anything safely without timeout(1)"; exit 1; }

# A missing file is one failure here; the checks below skip it.
for file in "$man_page" "$bash_completion" "$zsh_completion" "$fish_completion"; do
    [ -f "$file" ] || fail "${file#"$source_dir"/} does not exist"
done

# --- What the real command line offers ------------------------------------

run_help() { hermetic timeout 30 "$exporter" "$@" --help 2>"$work/help-stderr"; }

if ! main_help=$(hermetic timeout 30 "$exporter" --help); then
    fail "d360-exporter --help failed"
    exit 1
fi
# The "Commands:" block: two spaces, the verb, its summary.
mapfile -t verbs < <(printf '%s\n' "$main_help" | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
# The window's options are those in the usage lines above it.
mapfile -t window_options < <(printf '%s\n' "$main_help" | awk '/^Commands:/ { exit } { print }' \
    | grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u)
window_options+=(--help)
if [ "${#verbs[@]}" -lt 1 ] || [[ " ${verbs[*]} " != *" export "* ]]; then
    fail "could not read the verbs from d360-exporter --help: $main_help"
    exit 1
fi
pass "d360-exporter --help lists ${#verbs[@]} verbs (${verbs[*]}) and the window options ${window_options[*]}"

# Long options of one verb: its help's option lines are indented by exactly
# two spaces ("  -h, --help  ..."), its wrapped descriptions by more, so an
# option named in a description is not mistaken for one of the verb's own.
declare -A verb_options
for verb in "${verbs[@]}"; do
    if ! help=$(run_help "$verb"); then
        fail "d360-exporter $verb --help failed: $(cat "$work/help-stderr")"
        continue
    fi
    options=$(printf '%s\n' "$help" | grep -E '^  (-[A-Za-z?], )?--[a-z0-9]' \
        | grep -oE -- '--[a-z0-9][a-z0-9-]*' | head -n 100 | awk '!seen[$0]++')
    verb_options[$verb]=$(printf '%s\n' "$options" | tr '\n' ' ')
    [ -n "${verb_options[$verb]// /}" ] || fail "no options found in d360-exporter $verb --help"
    if [ "$verb" = accounts ]; then
        accounts_help=$help
    fi
done
# "Actions:" block of accounts: "  add     --name NAME [--region ...]".
mapfile -t accounts_actions < <(printf '%s\n' "${accounts_help-}" \
    | awk '/^Actions:/ { on = 1; next } on && !/^  [a-z]/ { exit } on { print $1 }')
declare -A action_options
for action in "${accounts_actions[@]}"; do
    action_options[$action]=$(printf '%s\n' "$accounts_help" | grep -E "^  $action " \
        | grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u | tr '\n' ' ')
done
if [[ " ${verbs[*]} " == *" accounts "* ]] && [ "${#accounts_actions[@]}" -lt 1 ]; then
    fail "could not read the actions from d360-exporter accounts --help"
fi
total_options=0
for verb in "${verbs[@]}"; do
    read -ra options <<<"${verb_options[$verb]-}"
    total_options=$((total_options + ${#options[@]}))
done
pass "the verbs' help lists $total_options long options; accounts has the actions ${accounts_actions[*]-}"

mapfile -t exit_codes < <(grep -oE '^ *[A-Za-z]+ = [0-9]+' "$source_dir/app/cli/ExitCode.h" | awk '{ print $3 }')
[ "${#exit_codes[@]}" -ge 1 ] || fail "no exit codes found in app/cli/ExitCode.h"
mapfile -t environment_variables < <(grep -rhoE \
    '(qEnvironmentVariable[A-Za-z]*|qgetenv|getenv)\((QStringLiteral\(|QByteArrayLiteral\()?"[A-Za-z0-9_]+"' \
    "$source_dir/app" | grep -oE '"[A-Za-z0-9_]+"' | tr -d '"' | sort -u)
[ "${#environment_variables[@]}" -ge 1 ] || fail "no environment variables found in app/"

# --- Helpers ---------------------------------------------------------------

# Prints the WANTED words (one argument each) that are not lines of OFFERED.
missing_from() {
    local offered=$1 word
    shift
    for word in "$@"; do
        grep -qxF -- "$word" <<<"$offered" || printf '%s ' "$word"
    done
}
# Checks that OFFERED holds every WANTED word (EXACT=1: and nothing else).
expect_offered() { # LABEL EXACT OFFERED WANTED...
    local label=$1 exact=$2 offered=$3
    shift 3
    local missing extra=""
    missing=$(missing_from "$offered" "$@")
    if [ "$exact" = 1 ]; then
        local line
        while IFS= read -r line; do
            [ -z "$line" ] || [[ " $* " == *" $line "* ]] || extra+="$line "
        done <<<"$offered"
    fi
    if [ -z "$missing" ] && [ -z "$extra" ]; then
        pass "$label -> $(printf '%s' "$offered" | sort -u | tr '\n' ' ')"
    else
        fail "$label: missing [${missing% }] unexpected [${extra% }]; offered: $(printf '%s' "$offered" | tr '\n' ' ')"
    fi
}
# A section of the man page source: from `.SH NAME`/`.SS NAME` to the next
# heading of the same or a higher level.
man_section() { # MACRO TITLE
    awk -v macro="$1" -v title="$2" '
        on && ($1 == ".SH" || ($1 == macro)) { exit }
        on { print; next }
        $1 == macro { t = $0; sub(/^\.S[HS] +/, "", t); gsub(/"/, "", t); if (t == title) on = 1 }
    ' "$man_page"
}
# The roff form of an option: --base-url is written \-\-base\-url.
roff() { printf '%s' "${1//-/\\-}"; }
# True when TEXT holds the option as a whole word (--rate-limit is not found
# in --rate-limit-window, nor \-\-rate\-limit in \-\-rate\-limit\-window).
holds_option() { # TEXT OPTION-AS-WRITTEN-THERE
    grep -qP -- "(?<![a-z0-9-])\\Q$2\\E(?![a-z0-9]|-|\\\\-)" <<<"$1"
}

# --- The man page ----------------------------------------------------------

if [ -f "$man_page" ]; then
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
        grep -qE "^\.SH \"?$section\"?\$" "$man_page" || fail "man page: no section $section"
    done
    if has_tool man; then
        # Exactly lintian's check of manual pages.
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 timeout 30 \
            man --warnings -E UTF-8 -l -Tutf8 -Z "$man_page" 2>&1 >/dev/null)
        status=$?
        [ "$status" -eq 0 ] && [ -z "$warnings" ] && pass "man page: man --warnings (lintian's check) is silent" \
            || fail "man page: man --warnings said (status $status): $warnings"
    fi
    if has_tool groff; then
        warnings=$(timeout 30 groff -man -ww -z "$man_page" 2>&1)
        status=$?
        [ "$status" -eq 0 ] && [ -z "$warnings" ] && pass "man page: groff -man -ww is silent" \
            || fail "man page: groff -man -ww said (status $status): $warnings"
    fi
    # An option written with a plain "-" renders as a hyphen that a shell
    # does not take for the ASCII minus when copied from some terminals.
    bare_dashes=$(grep -vE '^\.\\"' "$man_page" | grep -nE '(^|[^\\])-(-|\\-)[a-z]')
    [ -z "$bare_dashes" ] && pass "man page: every option dash is written \\-" \
        || fail "man page: option dashes not written \\-: $bare_dashes"

    synopsis=$(man_section .SH SYNOPSIS)
    for verb in "${verbs[@]}"; do
        grep -qF "d360\\-exporter $verb" <<<"$synopsis" || fail "man page: $verb is not in SYNOPSIS"
        section=$(man_section .SS "$verb")
        if [ -z "$section" ]; then
            fail "man page: no subsection .SS $verb"
            continue
        fi
        missing=""
        read -ra options <<<"${verb_options[$verb]-}"
        for option in "${options[@]}"; do
            holds_option "$section" "$(roff "$option")" || missing+="$option "
        done
        [ -z "$missing" ] && pass "man page: .SS $verb has all ${#options[@]} options of $verb --help" \
            || fail "man page: .SS $verb lacks ${missing% }"
    done
    if [ "${#accounts_actions[@]}" -gt 0 ]; then
        section=$(man_section .SS accounts)
        missing=""
        for action in "${accounts_actions[@]}"; do
            grep -qE "^(\\\\fB|\\.B )$action( |\\\\)" <<<"$section" || missing+="$action "
        done
        [ -z "$missing" ] && pass "man page: .SS accounts describes the actions ${accounts_actions[*]}" \
            || fail "man page: .SS accounts lacks the actions ${missing% }"
    fi
    section=$(man_section .SH OPTIONS)
    missing=""
    for option in "${window_options[@]}"; do
        holds_option "$section" "$(roff "$option")" || missing+="$option "
    done
    [ -z "$missing" ] && pass "man page: OPTIONS has ${window_options[*]}" \
        || fail "man page: OPTIONS lacks ${missing% }"
    section=$(man_section .SH "EXIT STATUS")
    missing=""
    for code in "${exit_codes[@]}"; do
        grep -qE "^\.BR? \"?$code\"?( |$)" <<<"$section" || missing+="$code "
    done
    [ -z "$missing" ] && pass "man page: EXIT STATUS has every code of ExitCode.h (${exit_codes[*]})" \
        || fail "man page: EXIT STATUS lacks the codes ${missing% }"
    section=$(man_section .SH ENVIRONMENT)
    missing=""
    for variable in "${environment_variables[@]}"; do
        grep -qE "^\.BR? (.* )?\"?$variable\"?( |,|$)" <<<"$section" || missing+="$variable "
    done
    [ -z "$missing" ] && pass "man page: ENVIRONMENT has every variable app/ reads (${environment_variables[*]})" \
        || fail "man page: ENVIRONMENT lacks ${missing% }"
fi

# --- Every name in every completion file ------------------------------------

# Fish names a long option `-l name`, the others write --name.
option_in_file() { # FILE OPTION
    if [[ $1 == *.fish ]]; then
        grep -qE -- "(^| )(-l|--long-option) ['\"]?${2#--}['\"]?( |$)" "$1"
    else
        holds_option "$(cat "$1")" "$2"
    fi
}
for file in "$bash_completion" "$zsh_completion" "$fish_completion"; do
    [ -f "$file" ] || continue
    name=${file##*/}
    missing=""
    for verb in "${verbs[@]}" "${accounts_actions[@]}"; do
        grep -qE "(^|[^a-z0-9_-])$verb([^a-z0-9_-]|$)" "$file" || missing+="$verb "
    done
    for verb in "${verbs[@]}"; do
        read -ra options <<<"${verb_options[$verb]-}"
        for option in "${options[@]}"; do
            option_in_file "$file" "$option" || missing+="$verb:$option "
        done
    done
    for option in "${window_options[@]}"; do
        option_in_file "$file" "$option" || missing+="$option "
    done
    [ -z "$missing" ] && pass "$name names every verb, action and option" \
        || fail "$name does not name ${missing% }"
    head -n 3 "$file" | grep -qi 'completion for d360-exporter' \
        || fail "$name does not open with a comment saying what it is for"
done

# --- bash, run ------------------------------------------------------------

# What the completion function offers at the end of LINE. Readline splits
# words at the characters of COMP_WORDBREAKS, so `--format=pd` reaches the
# function as `--format` `=` `pd`; the driver splits the same way.
cat >"$work/bash-driver.sh" <<'EOF'
helpers=$1 completion=$2 line=$3
if [ -n "$helpers" ]; then
    . "$helpers" || exit 3
fi
. "$completion" || exit 3
declare -F _d360_exporter >/dev/null || { echo "no function _d360_exporter" >&2; exit 3; }
[[ $(complete -p d360-exporter 2>/dev/null) == *"-F _d360_exporter"* ]] \
    || { echo "complete -F _d360_exporter d360-exporter was not registered" >&2; exit 3; }
read -ra typed <<<"$line"
[[ $line == *' ' ]] && typed+=("")
COMP_WORDS=()
for word in "${typed[@]}"; do
    if [[ $word == --*=* ]]; then
        COMP_WORDS+=("${word%%=*}" "=")
        [ -z "${word#*=}" ] || COMP_WORDS+=("${word#*=}")
    else
        COMP_WORDS+=("$word")
    fi
done
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$line
COMP_POINT=${#line}
COMP_TYPE=9
COMP_KEY=9
COMPREPLY=()
_d360_exporter d360-exporter "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
EOF
bash_offers() { # HELPERS-OR-NOTHING LINE
    hermetic timeout 20 bash --norc --noprofile "$work/bash-driver.sh" "$1" "$bash_completion" "$2" \
        2>"$work/bash-stderr" | sed '/^$/d'
    local status=${PIPESTATUS[0]}
    [ "$status" -eq 0 ] || echo "(bash exited with $status: $(head -c 300 "$work/bash-stderr"))"
}
bash_offers_with_helpers() { bash_offers "$bash_completion_helpers" "$1"; }
bash_offers_plain() { bash_offers "" "$1"; }

# The same questions for each shell: the four of the brief, then every verb's
# options, every action's options and the window's options.
ask_everything() { # SHELL-LABEL OFFERS-FUNCTION
    local label=$1
    local ask=("$2")
    expect_offered "$label: d360-exporter ex<TAB>" 1 "$("${ask[@]}" 'd360-exporter ex')" export
    expect_offered "$label: d360-exporter export --for<TAB>" 1 "$("${ask[@]}" 'd360-exporter export --for')" --format
    expect_offered "$label: d360-exporter export --format <TAB>" 1 \
        "$("${ask[@]}" 'd360-exporter export --format ')" pdf html markdown
    expect_offered "$label: d360-exporter export --format=<TAB>" 1 \
        "$("${ask[@]}" 'd360-exporter export --format=')" pdf html markdown
    expect_offered "$label: d360-exporter accounts <TAB>" 1 \
        "$("${ask[@]}" 'd360-exporter accounts ')" "${accounts_actions[@]}"
    expect_offered "$label: d360-exporter sandbox --digests <TAB>" 1 \
        "$("${ask[@]}" 'd360-exporter sandbox --digests ')" right wrong
    expect_offered "$label: d360-exporter sandbox --dialect <TAB>" 1 \
        "$("${ask[@]}" 'd360-exporter sandbox --dialect ')" seed workspaces
    expect_offered "$label: d360-exporter <TAB>" 0 "$("${ask[@]}" 'd360-exporter ')" "${verbs[@]}"
    expect_offered "$label: d360-exporter --<TAB>" 0 "$("${ask[@]}" 'd360-exporter --')" "${window_options[@]}"
    local verb action
    for verb in "${verbs[@]}"; do
        read -ra options <<<"${verb_options[$verb]-}"
        expect_offered "$label: d360-exporter $verb --<TAB> (all of $verb --help)" 0 \
            "$("${ask[@]}" "d360-exporter $verb --")" "${options[@]}"
    done
    for action in "${accounts_actions[@]}"; do
        read -ra options <<<"${action_options[$action]-}"
        expect_offered "$label: d360-exporter accounts $action --<TAB> (the options its help names)" 0 \
            "$("${ask[@]}" "d360-exporter accounts $action --")" --help "${options[@]}"
    done
}

if [ -f "$bash_completion" ]; then
    if hermetic bash -n "$bash_completion" 2>"$work/bash-syntax"; then
        pass "bash -n d360-exporter.bash"
    else
        fail "bash -n d360-exporter.bash: $(cat "$work/bash-syntax")"
    fi
    if has_tool "$bash_completion_helpers"; then
        ask_everything "bash (bash-completion)" bash_offers_with_helpers
        folders=$(bash_offers_with_helpers "d360-exporter export --out $source_dir/installer/li")
        expect_offered "bash (bash-completion): export --out DIR<TAB> completes folders" 1 "$folders" \
            "$source_dir/installer/linux"
    fi
    # Sourced on its own, without bash-completion, it must still work.
    ask_everything "bash (plain)" bash_offers_plain
    folders=$(bash_offers_plain "d360-exporter export --out $source_dir/installer/li")
    expect_offered "bash (plain): export --out DIR<TAB> completes folders" 1 "$folders" "$source_dir/installer/linux"
fi

# --- zsh, run on a pseudo-terminal --------------------------------------------

# compadd is wrapped to print each match it is given between two markers; the
# markers come from compprefuncs and comppostfuncs, which compsys runs around
# every completion, and the second one ends the shell, which ends the read.
cat >"$work/zsh-setup.zsh" <<'EOF'
PROMPT=''
RPROMPT=''
fpath=($D360_COMPLETION_DIR $fpath)
autoload -Uz compinit
compinit -u -D
zstyle ':completion:*' insert-tab false
zstyle ':completion:*' menu no
_capture_begin() { print -r -- $'\n<<<BEGIN>>>' }
_capture_end() { print -r -- '<<<END>>>'; exit }
compprefuncs=(_capture_begin)
comppostfuncs=(_capture_end)
compadd() {
  # Calls that only collect matches into an array add nothing to show.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return $?
  fi
  local -a captured
  builtin compadd -A captured "$@"
  (( $#captured )) && print -rl -- "MATCH:"${^captured}
  builtin compadd "$@"
}
bindkey '^I' complete-word
EOF
cat >"$work/zsh-driver.zsh" <<'EOF'
zmodload zsh/zpty || exit 3
zpty shell D360_COMPLETION_DIR=$1 zsh -f -i
zpty -w shell "source ${(q)2}"
zpty -w -n shell "$3"$'\t'
local output chunk
while zpty -r shell chunk; do output+=$chunk; done
zpty -d shell
print -r -- ${output//$'\r'/}
EOF
zsh_offers() { # LINE
    local raw
    raw=$(hermetic timeout 20 zsh -f "$work/zsh-driver.zsh" "$(dirname "$zsh_completion")" "$work/zsh-setup.zsh" "$1")
    local status=$?
    [ "$status" -eq 0 ] || echo "(zsh exited with $status)"
    grep -q '^<<<END>>>' <<<"$raw" || echo "(zsh never completed: $(tail -c 300 <<<"$raw"))"
    sed -n '/^<<<BEGIN>>>$/,/^<<<END>>>$/p' <<<"$raw" | sed -n 's/^MATCH://p'
}
if [ -f "$zsh_completion" ] && has_tool zsh; then
    if hermetic zsh -n "$zsh_completion" 2>"$work/zsh-syntax"; then
        pass "zsh -n _d360-exporter"
    else
        fail "zsh -n _d360-exporter: $(cat "$work/zsh-syntax")"
    fi
    head -n 1 "$zsh_completion" | grep -qx '#compdef d360-exporter' \
        || fail "_d360-exporter does not start with '#compdef d360-exporter'"
    if hermetic zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
        ask_everything "zsh" zsh_offers
        # zsh shows folders by their last component.
        folders=$(zsh_offers "d360-exporter export --out $source_dir/installer/li")
        expect_offered "zsh: export --out DIR<TAB> completes folders" 0 "$folders" linux
    else
        fail "zsh has no zsh/zpty module (package zsh)"
    fi
fi

# --- fish, run ----------------------------------------------------------------

# fish_complete_path points at an empty folder, so no installed completion
# can add to what the file under test offers.
fish_offers() { # LINE
    hermetic timeout 20 fish --no-config -c \
        'set fish_complete_path $argv[1]; source $argv[2]; or exit 3; complete --do-complete $argv[3]' \
        "$work/fish-completions-none" "$fish_completion" "$1" 2>"$work/fish-stderr" | cut -f1 \
        | sed 's/^--format=//'
    local status=${PIPESTATUS[0]}
    [ "$status" -eq 0 ] || echo "(fish exited with $status: $(head -c 300 "$work/fish-stderr"))"
}
if [ -f "$fish_completion" ] && has_tool fish; then
    if hermetic fish --no-config --no-execute "$fish_completion" 2>"$work/fish-syntax"; then
        pass "fish --no-execute d360-exporter.fish"
    else
        fail "fish --no-execute d360-exporter.fish: $(cat "$work/fish-syntax")"
    fi
    ask_everything "fish" fish_offers
    folders=$(fish_offers "d360-exporter export --out $source_dir/installer/li")
    expect_offered "fish: export --out DIR<TAB> completes folders" 1 "$folders" "$source_dir/installer/linux/"
    # Installed, fish finds the file by its name, without anyone sourcing
    # it; it looks only for commands it can find, so one is put on PATH.
    cp "$fish_completion" "$work/fish-completions/d360-exporter.fish"
    mkdir -p "$work/bin"
    ln -sf "$(realpath "$exporter")" "$work/bin/d360-exporter"
    autoloaded=$(PATH="$work/bin:$PATH" hermetic timeout 20 fish --no-config -c \
        'set fish_complete_path $argv[1]; complete --do-complete "d360-exporter ex"' \
        "$work/fish-completions" 2>&1 | cut -f1)
    expect_offered "fish: autoloaded from a completions folder, d360-exporter ex<TAB>" 1 "$autoloaded" export
fi

[ "$failures" -eq 0 ] && echo "all checks passed" || echo "$failures check(s) failed"
[ "$failures" -eq 0 ]
