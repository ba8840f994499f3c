# fish completion for d360-exporter, installed as
# /usr/share/fish/vendor_completions.d/d360-exporter.fish and loaded by fish
# the first time d360-exporter is completed.
#
# It completes the verbs, the actions of `accounts`, `presets` and
# `schedule`, each verb's options with their descriptions (after `accounts
# ACTION` or `schedule ACTION`, only the options that action uses; `presets`
# offers all of its options after any action), and the
# values that are fixed: formats, regions, the sandbox's dialects and
# digests, days of the week, "default" and "all", and folders for --out and
# for verify's run folder, and files and folders for compare's two exports. The
# option lists are written out here rather than read from
# `d360-exporter VERB --help` at <TAB> time, so completing never runs the
# program (no keychain, no D-Bus, no delay);
# tests/package/tst_man_and_completions.sh compares them with the real help
# and fails when an option is missing. No option takes a token (tokens come
# from stdin or D360_API_KEY only), so nothing here can complete or suggest
# one. The verb is always the first argument (that is how the program reads
# it), so the conditions look there instead of anywhere on the line, where an
# option's value could look like a verb.

# True when no verb (or window option) has been given yet.
function __d360_exporter_needs_verb
    set -l tokens (commandline -opc)
    test (count $tokens) -eq 1
end

# True when the verb is one of the arguments.
function __d360_exporter_verb_is
    set -l tokens (commandline -opc)
    test (count $tokens) -ge 2; and contains -- $tokens[2] $argv
end

# Prints the `accounts` (or `schedule`) action: the first bare word after
# the verb that is not an option's value, so `accounts --name list add` is
# "add".
function __d360_exporter_accounts_action
    set -l tokens (commandline -opc)
    set -l skip_next 0
    for token in $tokens[3..-1]
        if test $skip_next -eq 1
            set skip_next 0
            continue
        end
        switch $token
            case '--*=*'
            case --name --to --region --base-url --client-id --authorize-url --token-url \
                --preset --daily --weekly --every --account --project --version --lang \
                --format --out --parallel --name-template --keep --file
                set skip_next 1
            case '-*'
            case '*'
                echo $token
                return 0
        end
    end
    return 1
end

# True for `accounts` with one of the given actions, or with none yet when
# called without arguments.
function __d360_exporter_accounts_action_is
    __d360_exporter_verb_is accounts; or return 1
    set -l action (__d360_exporter_accounts_action)
    if test (count $argv) -eq 0
        test -z "$action"
    else
        test -z "$action"; or contains -- $action $argv
    end
end

# The same for `schedule`.
function __d360_exporter_schedule_action_is
    __d360_exporter_verb_is schedule; or return 1
    set -l action (__d360_exporter_accounts_action)
    if test (count $argv) -eq 0
        test -z "$action"
    else
        test -z "$action"; or contains -- $action $argv
    end
end

set -l command d360-exporter

# Nothing of d360-exporter takes a file; folders are offered for --out only.
complete -c $command -f

# The window, help and the version, first on the line.
complete -c $command -n __d360_exporter_needs_verb -l sandbox -d 'Open the window on the built-in Document360 simulator'
complete -c $command -n __d360_exporter_needs_verb -s h -l help -d 'Show the commands'
complete -c $command -n __d360_exporter_needs_verb -s v -l version -d 'Show the version'

complete -c $command -n __d360_exporter_needs_verb -a accounts -d 'Add, list, test, rename or remove stored accounts'
complete -c $command -n __d360_exporter_needs_verb -a export -d 'Export versions, languages and formats into a folder'
complete -c $command -n __d360_exporter_needs_verb -a presets -d 'Save, list, show, share or remove saved exports'
complete -c $command -n __d360_exporter_needs_verb -a history -d 'List the runs of exports, with their files and failures'
complete -c $command -n __d360_exporter_needs_verb -a projects -d 'List the projects the token can see'
complete -c $command -n __d360_exporter_needs_verb -a versions -d 'List the versions of a project'
complete -c $command -n __d360_exporter_needs_verb -a languages -d "List the languages of a project's version"
complete -c $command -n __d360_exporter_needs_verb -a schedule -d 'Back up a preset daily, weekly or every N hours'
complete -c $command -n __d360_exporter_needs_verb -a sandbox -d 'Serve a Document360 API simulator on loopback'
complete -c $command -n __d360_exporter_needs_verb -a verify -d 'Check a backup run folder against its manifest.json'
complete -c $command -n __d360_exporter_needs_verb -a compare -d 'Show what changed between two Markdown or HTML exports'
complete -c $command -n __d360_exporter_needs_verb -a mirror -d "Keep a Git repository in step with a preset's Markdown"
complete -c $command -n __d360_exporter_needs_verb -a help -d 'Show the commands'
# The same for `presets`.
function __d360_exporter_presets_action_is
    __d360_exporter_verb_is presets; or return 1
    set -l action (__d360_exporter_accounts_action)
    if test (count $argv) -eq 0
        test -z "$action"
    else
        test -z "$action"; or contains -- $action $argv
    end
end

# Options of every verb but the sandbox.
set -l servers 'accounts export projects versions languages schedule'
complete -c $command -n "__d360_exporter_verb_is $servers presets history sandbox verify compare mirror" -s h -l help -d 'Show the options of the command'
complete -c $command -n "__d360_exporter_verb_is $servers presets history verify compare mirror" -l verbose -d 'Also print what happens on the way (retries, failures)'

# accounts
set -l accounts_action '__d360_exporter_accounts_action_is'
complete -c $command -n "$accounts_action" -a add -d 'Add an account (token from stdin, or --sign-in)'
complete -c $command -n "$accounts_action" -a list -d 'List the stored accounts'
complete -c $command -n "$accounts_action" -a test -d "Check an account's credential"
complete -c $command -n "$accounts_action" -a rename -d 'Give an account another name'
complete -c $command -n "$accounts_action" -a remove -d 'Remove an account and its token'
complete -c $command -n "$accounts_action add test rename remove" -l name -x -d "The account's name"
complete -c $command -n "$accounts_action rename" -l to -x -d 'The new name (rename)'
complete -c $command -n "$accounts_action add" -l region -x -a 'eu us' -d 'Region: eu (default), us, or a private hosting name'
complete -c $command -n "$accounts_action add" -l base-url -x -d 'A custom API base URL (https, or http on this computer)'
complete -c $command -n "$accounts_action add" -l sign-in -d 'Sign in through the browser (OAuth) instead of reading a token'
complete -c $command -n "$accounts_action add" -l client-id -x -d 'The OAuth client ID Document360 registered for this program (or D360_OAUTH_CLIENT_ID)'
complete -c $command -n "$accounts_action add" -l authorize-url -x -d "OAuth authorization URL (default: the region's)"
complete -c $command -n "$accounts_action add" -l token-url -x -d "OAuth token URL (default: the region's)"
complete -c $command -n "$accounts_action list" -l json -d 'List as JSON'

# schedule
set -l schedule_action '__d360_exporter_schedule_action_is'
complete -c $command -n "$schedule_action" -a add -d "Schedule a preset's backup"
complete -c $command -n "$schedule_action" -a list -d 'List the scheduled backups'
complete -c $command -n "$schedule_action" -a remove -d "Remove a preset's schedule"
complete -c $command -n "$schedule_action add" -l preset -x -d 'The preset to back up'
complete -c $command -n "$schedule_action add" -l daily -x -d 'Every day at this time (HH:MM, 24-hour, local time)'
complete -c $command -n "$schedule_action add" -l weekly -x -a 'mon tue wed thu fri sat sun' -d 'Every week on this day, at the time that follows'
complete -c $command -n "$schedule_action add" -l every -x -d 'Every N hours (6h) or days (2d)'
complete -c $command -n "$schedule_action list" -l json -d 'List as JSON'

# presets
set -l presets_action '__d360_exporter_presets_action_is'
complete -c $command -n "$presets_action" -a save -d 'Save the flags of an export under a name'
complete -c $command -n "$presets_action" -a list -d 'List the presets'
complete -c $command -n "$presets_action" -a show -d 'Show one preset'
complete -c $command -n "$presets_action" -a remove -d 'Remove a preset'
complete -c $command -n "$presets_action" -a rename -d 'Give a preset another name'
complete -c $command -n "$presets_action" -a export -d 'Write a preset into a file, without a credential'
complete -c $command -n "$presets_action" -a import -d 'Read a preset from a file'
complete -c $command -n '__d360_exporter_verb_is presets' -l keep -x -d 'A backup: keep the last N runs, each in a dated folder (save)'
complete -c $command -n '__d360_exporter_verb_is presets' -l file -r -F -d 'The file to write the preset into (export)'
complete -c $command -n '__d360_exporter_verb_is presets' -l name -x -d 'Save the imported preset under this name (import)'
complete -c $command -n '__d360_exporter_verb_is presets' -l replace -d 'Replace a preset of the same name (save, import)'

# history
complete -c $command -n '__d360_exporter_verb_is history' -l preset -x -d 'Only the runs of the preset NAME'
complete -c $command -n '__d360_exporter_verb_is history' -l limit -x -d 'At most N runs (default 20; 0 for all)'
complete -c $command -n '__d360_exporter_verb_is history' -l json -d 'Print the runs, with every file and failure, as JSON'

# The verbs that talk to a server, and presets, which save their options.
set -l connected 'export presets projects versions languages'
complete -c $command -n "__d360_exporter_verb_is $connected" -l base-url -x -d 'API base URL (default: $D360_BASE_URL, else the EU region)'
complete -c $command -n "__d360_exporter_verb_is $connected" -l region -x -a 'eu us' -d 'Region: eu, us, or a private hosting name'
complete -c $command -n "__d360_exporter_verb_is $connected" -l account -x -d 'Use the stored account NAME'
complete -c $command -n "__d360_exporter_verb_is $connected" -l json -d 'Print JSON instead of a table (export: one object per finished export)'
complete -c $command -n '__d360_exporter_verb_is export presets versions languages' -l project -x -d "The project's id (default: \$D360_PROJECT_ID)"
complete -c $command -n '__d360_exporter_verb_is export presets languages' -l version -x -a default -d 'A version\'s id, or "default"'

# export (and presets, which save its options)
complete -c $command -n '__d360_exporter_verb_is export' -l preset -x -d "Run the saved preset NAME; flags given beside it replace its values"
complete -c $command -n '__d360_exporter_verb_is export' -l scheduled -d 'The run was started by a schedule (history, desktop notification)'
complete -c $command -n '__d360_exporter_verb_is export presets' -l lang -x -a all -d 'A language code, or "all"; repeat for several'
complete -c $command -n '__d360_exporter_verb_is export presets' -l format -x -a 'pdf html markdown' -d 'pdf, html or markdown; repeat for several'
complete -c $command -n '__d360_exporter_verb_is export presets' -l out -x -a '(__fish_complete_directories (commandline -ct))' -d 'The folder to write the files into'
complete -c $command -n '__d360_exporter_verb_is export presets' -l extract -d 'Also extract HTML and Markdown archives beside each'
complete -c $command -n '__d360_exporter_verb_is export presets' -l overwrite -d 'Replace existing files instead of choosing a numbered name'
complete -c $command -n '__d360_exporter_verb_is export presets' -l parallel -x -d 'Exports to run at once (1 to 64)'
complete -c $command -n '__d360_exporter_verb_is export presets' -l name-template -x -d 'File names from {project} {version} {lang} {format} {date} {ext} ...'

# sandbox
set -l sandbox '__d360_exporter_verb_is sandbox'
complete -c $command -n $sandbox -l port -x -d 'API port on 127.0.0.1; 0 picks a free one (default)'
complete -c $command -n $sandbox -l dialect -x -a 'seed workspaces' -d 'seed (project-versions, Bearer; default) or workspaces (X-API-Key)'
complete -c $command -n $sandbox -l api-key-stdin -d 'Read the API key to accept from the first line of stdin'
complete -c $command -n $sandbox -l pending-ms -x -d 'How long an export stays Pending (default 300)'
complete -c $command -n $sandbox -l build-ms -x -d 'How long it then stays InProgress (default 1200)'
complete -c $command -n $sandbox -l rate-limit -x -d 'Requests per token and window; 0 = unlimited (default 60)'
complete -c $command -n $sandbox -l rate-limit-window -x -d 'The window, in seconds (default 60)'
complete -c $command -n $sandbox -l link-lifetime -x -d 'Download links expire after this many seconds (default 1800)'
complete -c $command -n $sandbox -l padding -x -d 'Make every export file this much bigger, e.g. 200M'
complete -c $command -n $sandbox -l revision -x -d 'Serve revision N of the demo content (default 1)'
complete -c $command -n $sandbox -l token-lifetime -x -d 'OAuth access tokens expire after this many seconds (default 3600)'
complete -c $command -n $sandbox -l client-id -x -d 'An OAuth client id the identity server knows (repeatable)'
complete -c $command -n $sandbox -l no-expires-in -d 'OAuth token answers leave out expires_in'
complete -c $command -n $sandbox -l redirect-hops -x -d 'Download links redirect this many times (default 0)'
complete -c $command -n $sandbox -l latency-ms -x -d 'Fault: delay every API answer'
complete -c $command -n $sandbox -l error-share -x -d 'Fault: share (0..1) of API answers replaced by 5xx'
complete -c $command -n $sandbox -l error-burst -x -d 'Fault: the next N API requests answer 503'
complete -c $command -n $sandbox -l rate-limit-burst -x -d 'Fault: the next N API requests answer 429'
complete -c $command -n $sandbox -l retry-after -x -d 'Fault: Retry-After seconds on injected 429s and 503s'
complete -c $command -n $sandbox -l cut-after -x -d 'Fault: storage closes the connection after this many body bytes'
complete -c $command -n $sandbox -l cut-downloads -x -d 'Fault: ... for this many downloads (default 1)'
complete -c $command -n $sandbox -l malformed -x -d 'Fault: the next N API answers are not JSON'
complete -c $command -n $sandbox -l truncated -x -d 'Fault: the next N API answers are cut mid-body'
complete -c $command -n $sandbox -l throttle -x -d 'Fault: storage sends at most this many bytes per second'
complete -c $command -n $sandbox -l revoke-token -d 'Fault: every API request answers 401'
complete -c $command -n $sandbox -l fail-exports -x -d 'Fault: the next N exports end Failed'
complete -c $command -n $sandbox -l ignore-range -d 'Fault: storage ignores Range and sends the whole file'
complete -c $command -n $sandbox -l no-content-length -d 'Fault: storage sends files without Content-Length'
complete -c $command -n $sandbox -l digests -x -a 'right wrong' -d "Storage announces each file's digests, right or wrong"
complete -c $command -n $sandbox -l echo-credential -d 'Fault: error details quote the credential presented'
complete -c $command -n $sandbox -l hostile-names -d 'Fault: names carry terminal escapes, C1 controls, bidi overrides'
complete -c $command -n $sandbox -l pad-answers -x -d 'Fault: API answers grow to at least this size, e.g. 64M'
complete -c $command -n $sandbox -l unsized-answers -d 'Fault: API answers go without Content-Length'
complete -c $command -n $sandbox -l insecure-links -d 'Fault: download links are plain http to a host not on loopback'
complete -c $command -n $sandbox -l token-errors -x -d 'Fault: the next N OAuth token requests answer 503'
complete -c $command -n $sandbox -l token-drops -x -d 'Fault: ... then the next N are closed unanswered'

# verify
complete -c $command -n '__d360_exporter_verb_is verify' -l json -d 'Print the report as one JSON object'
complete -c $command -n '__d360_exporter_verb_is verify; and not string match -q -- "-*" (commandline -ct)' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Run folder'

# compare
complete -c $command -n '__d360_exporter_verb_is compare' -l json -d 'Print the comparison as one JSON object'
complete -c $command -n '__d360_exporter_verb_is compare' -l diff -d 'Also print the unified diff of each edited article'
complete -c $command -n '__d360_exporter_verb_is compare' -l html -r -F -d 'Also write the comparison as one self-contained HTML page'
complete -c $command -n '__d360_exporter_verb_is compare' -l version -x -d 'With two runs: only their exports of this version'
complete -c $command -n '__d360_exporter_verb_is compare' -l language -x -d 'With two runs: only their exports in this language'
complete -c $command -n '__d360_exporter_verb_is compare' -l format -x -a 'markdown html' -d 'With two runs: only their exports in this format'
complete -c $command -n '__d360_exporter_verb_is compare; and not string match -q -- "-*" (commandline -ct)' -F -d 'Export (ZIP or folder)'

# mirror
complete -c $command -n '__d360_exporter_verb_is mirror' -l preset -x -d 'The preset to mirror'
complete -c $command -n '__d360_exporter_verb_is mirror' -l repo -x -a '(__fish_complete_directories (commandline -ct))' -d "The repository's folder (a Git repository, or a missing or empty folder)"
complete -c $command -n '__d360_exporter_verb_is mirror' -l branch -x -d 'The branch to commit to (default: the current one, or main)'
complete -c $command -n '__d360_exporter_verb_is mirror' -l off -d 'Stop mirroring; the repository is left as it is'
