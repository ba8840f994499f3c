# bash completion for d360-exporter, installed as
# /usr/share/bash-completion/completions/d360-exporter and loaded on demand by
# bash-completion.
#
# It completes the verbs, the actions of `accounts`, `presets` and
# `schedule`, each verb's options (after `accounts ACTION`, `presets ACTION`
# or `schedule ACTION`, only the options that action uses), and the values that are
# fixed: formats, regions, the sandbox's dialects and digests, days of the
# week, "default" and "all", folders for --out and for verify's run
# folder, and files and folders for compare's two exports. The option lists are
# written out here rather than read from `d360-exporter VERB --help` at <TAB>
# time, so completing never runs the program (no keychain, no D-Bus, no
# delay); tests/package/tst_man_and_completions.sh compares them with the
# real help and fails when an option is missing. No option takes a token
# (tokens come from stdin or D360_API_KEY only), so nothing here can complete
# or suggest one. It uses bash-completion's _init_completion and _filedir
# when they are there and falls back to plain bash when the file is sourced
# on its own.

# COMPREPLY=($(compgen ...)) is bash-completion's own idiom: the words given
# to compgen -W never hold spaces, and the folder list splits on newlines.
# shellcheck disable=SC2207

_d360_exporter_verbs="accounts export presets history projects versions languages schedule sandbox verify compare mirror"
_d360_exporter_accounts_actions="add list test rename remove"
_d360_exporter_schedule_actions="add list remove"
_d360_exporter_presets_actions="save list show remove rename export import"

# Options of every verb but the sandbox.
_d360_exporter_common="--help --verbose"
_d360_exporter_connection="--base-url --region --account"

_d360_exporter_options()
{
    local verb=$1 action=$2
    case $verb in
        accounts)
            case $action in
                add) echo "$_d360_exporter_common --name --region --base-url --sign-in --client-id" \
                    "--authorize-url --token-url" ;;
                list) echo "$_d360_exporter_common --json" ;;
                test | remove) echo "$_d360_exporter_common --name" ;;
                rename) echo "$_d360_exporter_common --name --to" ;;
                *) echo "$_d360_exporter_common --name --to --region --base-url --sign-in --client-id" \
                    "--authorize-url --token-url --json" ;;
            esac
            ;;
        export)
            echo "$_d360_exporter_common $_d360_exporter_connection --project --version --lang --format" \
                "--out --extract --overwrite --parallel --name-template --json --preset --scheduled"
            ;;
        presets)
            case $action in
                save) echo "$_d360_exporter_common $_d360_exporter_connection --project --version" \
                    "--lang --format --out --extract --overwrite --parallel --name-template --keep" \
                    "--replace" ;;
                list | show) echo "$_d360_exporter_common --json" ;;
                remove | rename) echo "$_d360_exporter_common" ;;
                export) echo "$_d360_exporter_common --file" ;;
                import) echo "$_d360_exporter_common --name --account --replace" ;;
                *) echo "$_d360_exporter_common $_d360_exporter_connection --project --version --lang" \
                    "--format --out --extract --overwrite --parallel --name-template --keep --file" \
                    "--name --replace --json" ;;
            esac
            ;;
        history) echo "$_d360_exporter_common --preset --limit --json" ;;
        projects) echo "$_d360_exporter_common $_d360_exporter_connection --json" ;;
        versions) echo "$_d360_exporter_common $_d360_exporter_connection --json --project" ;;
        languages) echo "$_d360_exporter_common $_d360_exporter_connection --json --project --version" ;;
        verify) echo "$_d360_exporter_common --json" ;;
        compare) echo "$_d360_exporter_common --json --diff --html --version --language --format" ;;
        mirror) echo "$_d360_exporter_common --preset --repo --branch --off" ;;
        schedule)
            case $action in
                add) echo "$_d360_exporter_common --preset --daily --weekly --every" ;;
                list) echo "$_d360_exporter_common --json" ;;
                remove) echo "$_d360_exporter_common" ;;
                *) echo "$_d360_exporter_common --preset --daily --weekly --every --json" ;;
            esac
            ;;
        sandbox)
            echo "--help --port --dialect --api-key-stdin --pending-ms --build-ms --rate-limit" \
                "--rate-limit-window --link-lifetime --padding --revision --token-lifetime --client-id" \
                "--no-expires-in" \
                "--redirect-hops --latency-ms --error-share --error-burst --rate-limit-burst" \
                "--retry-after --cut-after --cut-downloads --malformed --truncated --throttle" \
                "--revoke-token --fail-exports --ignore-range --no-content-length --digests" \
                "--echo-credential --hostile-names --pad-answers --unsized-answers" \
                "--insecure-links --token-errors --token-drops"
            ;;
    esac
}

# True when the option reads the next word as its value; needed to tell
# `accounts --name list add` (action "add") from `accounts list`.
_d360_exporter_takes_value()
{
    case $1 in
        --name | --to | --region | --base-url | --account | --client-id | --authorize-url | \
            --token-url | --project | --version | --lang | --format | --out | --parallel | \
            --name-template | --port | --dialect | --pending-ms | --build-ms | --rate-limit | \
            --rate-limit-window | --link-lifetime | --padding | --revision | --token-lifetime | \
            --redirect-hops | \
            --latency-ms | --error-share | --error-burst | --rate-limit-burst | --retry-after | \
            --cut-after | --cut-downloads | --malformed | --truncated | --throttle | \
            --fail-exports | --digests | --pad-answers | --token-errors | --token-drops | \
            --preset | --daily | --weekly | --every | --keep | --file | --limit | --language)
            return 0
            ;;
    esac
    return 1
}

# Without bash-completion: COMP_WORDS splits `--out=dir` at the `=` (it is
# in COMP_WORDBREAKS); join it again, as _init_completion -s does, so the
# rest of the function sees one word per argument.
_d360_exporter_join_words()
{
    local i word joining=0
    words=()
    cword=0
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        if ((${#words[@]} > 0)) && [[ $word == "=" && ${words[-1]} == --* && ${words[-1]} != *=* ]]; then
            words[-1]+="="
            joining=1
        elif ((joining)); then
            words[-1]+=$word
            joining=0
        else
            words+=("$word")
        fi
        ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
    done
    cur=${words[cword]-}
    prev=${words[cword - 1]-}
}

_d360_exporter_folders()
{
    if declare -F _filedir >/dev/null; then
        _filedir -d
    else
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        COMPREPLY=($(compgen -d -- "$cur"))
    fi
}

_d360_exporter()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null; then
        _init_completion -s || return
    else
        _d360_exporter_join_words
        if [[ $cur == --?*=* ]]; then
            prev=${cur%%=*}
            cur=${cur#*=}
            split=true
        fi
    fi

    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--sandbox --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_d360_exporter_verbs help" -- "$cur"))
        fi
        return
    fi
    local verb=${words[1]}
    # After --help, --version or --sandbox (the window's Qt options) there
    # is nothing of ours to complete.
    [[ " $_d360_exporter_verbs " == *" $verb "* ]] || return

    # The value of the option before the cursor.
    case $prev in
        --format)
            if [[ $verb == compare ]]; then
                COMPREPLY=($(compgen -W "markdown html" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "pdf html markdown" -- "$cur"))
            fi
            return
            ;;
        --region)
            COMPREPLY=($(compgen -W "eu us" -- "$cur"))
            return
            ;;
        --version)
            COMPREPLY=($(compgen -W "default" -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "all" -- "$cur"))
            return
            ;;
        --dialect)
            COMPREPLY=($(compgen -W "seed workspaces" -- "$cur"))
            return
            ;;
        --digests)
            COMPREPLY=($(compgen -W "right wrong" -- "$cur"))
            return
            ;;
        --weekly)
            COMPREPLY=($(compgen -W "mon tue wed thu fri sat sun" -- "$cur"))
            return
            ;;
        --out)
            _d360_exporter_folders
            return
            ;;
        --file)
            declare -F _filedir >/dev/null && _filedir
            return
            ;;
    esac
    # Ids, names, numbers, URLs: nothing to offer, and no file names either.
    if _d360_exporter_takes_value "$prev" || $split; then
        return
    fi

    local action="" i
    if [[ $verb == accounts || $verb == schedule || $verb == presets ]]; then
        for ((i = 2; i < cword; i++)); do
            if [[ ${words[i]} == -* ]]; then
                [[ ${words[i]} != *=* ]] && _d360_exporter_takes_value "${words[i]}" && ((i++))
            else
                action=${words[i]}
                break
            fi
        done
        if [[ -z $action && $cur != -* ]]; then
            local actions=$_d360_exporter_accounts_actions
            [[ $verb == schedule ]] && actions=$_d360_exporter_schedule_actions
            [[ $verb == presets ]] && actions=$_d360_exporter_presets_actions
            COMPREPLY=($(compgen -W "$actions" -- "$cur"))
            return
        fi
        # `schedule remove NAME` and the time after `--weekly DAY` are
        # words of the user's own: nothing to offer there.
        if [[ $verb == schedule && $cur != -* ]]; then
            [[ $action == remove || ${words[cword - 2]-} == --weekly ]] && return
        fi
        # A preset's name, and the file `presets import` reads.
        if [[ $verb == presets && $cur != -* ]]; then
            if [[ $action == import ]] && declare -F _filedir >/dev/null; then
                _filedir
            fi
            return
        fi
    fi
    # verify takes the run folder.
    if [[ $verb == verify && $cur != -* ]]; then
        _d360_exporter_folders
        return
    fi
    # compare takes two exports: ZIP files or folders (or two run ids, which
    # `history` lists; they are not offered here, since that reads history).
    if [[ $verb == compare && $cur != -* ]]; then
        if declare -F _filedir >/dev/null; then
            _filedir
        else
            compopt -o filenames 2>/dev/null
            local IFS=$'\n'
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        return
    fi
    # Verbs other than `accounts`, `presets` and `schedule` take no bare
    # words, so options are offered even before a dash is typed.
    COMPREPLY=($(compgen -W "$(_d360_exporter_options "$verb" "$action")" -- "$cur"))
} &&
    complete -F _d360_exporter d360-exporter

# ex: filetype=sh
