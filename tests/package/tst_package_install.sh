#!/usr/bin/env bash
# The Debian package on a clean machine: build (once, cached) a minimal
# Debian 12 root with mmdebstrap from the same suites the host uses
# (bookworm, bookworm-updates, bookworm-security), install the .deb into a
# fresh copy of it with `apt-get install ./…deb`, so that what the package
# declares is all that is there, and from the installed files run
# `d360-exporter --version`, the `sandbox` verb, a headless `export` of one PDF
# and one Markdown ZIP against it (checked from the host with pdftotext and
# unzip), and the window on the offscreen platform until it has painted. Then
# `apt-get purge` and `autoremove --purge`, and compare the root with what it
# was before the install: nothing of the package may be left, nor any
# package it brought. Last, piuparts runs its own install/purge test of the
# same .deb on the same cached root (its own leftover check, debsums,
# maintainer-script and process checks, and its long list of ignores), as
# Debian checks its own packages. piuparts alone would not do: between
# install and purge it runs only scripts inside its chroot, where none of
# the host's tools (pdftotext, unzip) are, so the program is run, and the
# stricter file comparison made, in a root of this script's own.
#
# Usage: tst_package_install.sh DEB_FILE CACHE_DIR EXPECTED_VERSION
#   CACHE_DIR keeps bookworm-apt.tar.gz (the root, made once, rebuilt only if
#   it is missing or the host's Debian sources changed) and each run's
#   temporary folder. Needs root, mmdebstrap, piuparts, curl, pdftotext, unzip.
# Exit status: 0 all checks passed, 77 the Debian mirror cannot be reached
# (skipped, never passed), anything else a failure.
#
# How the root is entered, and why: each run extracts the tarball into a
# fresh folder and re-executes this script inside new mount and PID
# namespaces (`unshare --mount --propagation private --pid --kill-child`).
# /proc, /sys, a private /dev (tmpfs with the usual nodes), /dev/pts and
# /dev/shm are mounted in that mount namespace only: the host never sees
# them, so no exit path (failure, Ctrl-C, a killed run) can leave a mount
# behind that a later `rm -rf` would walk into the host's /dev or /proc, and
# nothing has to be unmounted. When the inner script ends, the kernel ends
# every process still running in the root (the sandbox, the window) with it,
# and `setpriv --pdeathsig` ends the inner script if this one is killed.
# The folder is removed only after a check that the host sees no mount
# below it, with `rm --one-file-system`. The chroot shares the host's
# network namespace, so apt reaches the mirror and the host's curl, if
# needed, the sandbox on loopback.
#
# The token never leaves the environment: the sandbox prints it into a file
# of the run's folder, the export gets it as D360_API_KEY in its environment
# (not in any argument), and no output of the programs is shown without it
# being cut out first.
# No fixed sleeps: every wait is a short polling loop with a deadline.
set -uo pipefail

script=$(realpath "${BASH_SOURCE[0]}")
readonly script
readonly suites="bookworm bookworm-updates bookworm-security"
readonly variant=apt
readonly root_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

source "$(dirname "${BASH_SOURCE[0]}")/../support/checks.sh"

one_line() { printf '%s\n' "$1" | paste -sd ' ' -; }
now_us() { echo "${EPOCHREALTIME/./}"; }
# Prints "TIME: WHAT N.N s" since the microsecond stamp given.
timing() { awk -v what="$1" -v from="$2" -v to="$(now_us)" 'BEGIN { printf "TIME: %s %.1f s\n", what, (to - from) / 1e6 }'; }

# The last lines of a log, with the sandbox's secrets cut out.
show_log() { # FILE [LINES]
    [ -f "$1" ] || return 0
    tail -n "${2:-25}" "$1" | redact | sed 's/^/    | /'
}
redact() {
    local secret sed_args=()
    for secret in "${D360_API_KEY:-}" "${D360_SANDBOX_CONTROL_SECRET:-}"; do
        [ -n "$secret" ] && sed_args+=(-e "s/$(printf '%s' "$secret" | sed 's/[][\/.*^$]/\\&/g')/<redacted>/g")
    done
    if [ ${#sed_args[@]} -gt 0 ]; then sed "${sed_args[@]}"; else cat; fi
}

# ---------------------------------------------------------------------------
# The mirror: the host's Debian sources for the three suites, and whether
# they answer.

source_files=() # deb822 files of the host, passed to mmdebstrap as they are
source_lines=() # one-line entries of the host, passed as "deb …" strings

is_wanted_suite() { case " $suites " in *" $1 "*) return 0 ;; esac; return 1; }

# "URI SUITE" for every enabled deb stanza of a deb822 file.
deb822_pairs() {
    awk 'BEGIN { RS = ""; FS = "\n" }
        { uris = ""; suites = ""; types = ""; enabled = 1
          for (i = 1; i <= NF; i++) {
              line = $i
              if (line ~ /^#/) continue
              if (line ~ /^[Uu][Rr][Ii][Ss]:/) { sub(/^[^:]*:[ \t]*/, "", line); uris = line }
              else if (line ~ /^[Ss]uites:/) { sub(/^[^:]*:[ \t]*/, "", line); suites = line }
              else if (line ~ /^[Tt]ypes:/) { sub(/^[^:]*:[ \t]*/, "", line); types = line }
              else if (line ~ /^[Ee]nabled:[ \t]*[Nn]o/) enabled = 0
          }
          if (!enabled || types !~ /(^|[ \t])deb([ \t]|$)/) next
          n = split(uris, u, /[ \t]+/); m = split(suites, s, /[ \t]+/)
          for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) if (u[i] != "" && s[j] != "") print u[i], s[j] }' "$1"
}

collect_sources() {
    local file pairs pair line fields uri suite all_wanted
    probe_pairs=()
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        pairs=$(deb822_pairs "$file")
        [ -n "$pairs" ] || continue
        all_wanted=1
        while read -r uri suite; do is_wanted_suite "$suite" || all_wanted=0; done <<<"$pairs"
        [ "$all_wanted" -eq 1 ] || continue
        source_files+=("$file")
        while read -r pair; do probe_pairs+=("$pair"); done <<<"$pairs"
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$file" ] || continue
        while read -r line; do
            # deb [options] URI SUITE COMPONENT...
            read -r -a fields <<<"$(printf '%s' "$line" | sed 's/\[[^]]*\]//')"
            [ "${fields[0]:-}" = deb ] && [ ${#fields[@]} -ge 3 ] || continue
            is_wanted_suite "${fields[2]}" || continue
            source_lines+=("$line")
            probe_pairs+=("${fields[1]} ${fields[2]}")
        done < <(sed 's/#.*//' "$file")
    done
    local covered="" wanted
    for pair in "${probe_pairs[@]}"; do covered="$covered ${pair#* } "; done
    for wanted in $suites; do
        case "$covered" in *" $wanted "*) ;; *)
            echo "FAIL: the host's apt sources have no $wanted (in /etc/apt/sources.list.d/*.sources" \
                "or sources.list); the root must use the suites the package was built against"
            exit 1 ;;
        esac
    done
}

# Returns non-zero, with the reason in $mirror_problem, if a suite's
# InRelease cannot be fetched.
mirror_problem=
mirror_reachable() {
    local pair uri suite answer
    for pair in "${probe_pairs[@]}"; do
        uri=${pair% *}
        suite=${pair#* }
        if ! answer=$(curl -fsS --max-time 20 --retry 2 -o /dev/null "${uri%/}/dists/$suite/InRelease" 2>&1); then
            mirror_problem="${uri%/}/dists/$suite/InRelease: ${answer:-no answer}"
            return 1
        fi
    done
}

# A failed download inside a run: a skip if the mirror is gone, a failure if not.
fail_or_skip_on_fetch() { # WHAT LOG
    if ! mirror_reachable; then
        echo "SKIP: the Debian mirror cannot be reached any more ($1 failed): $mirror_problem"
        exit 77
    fi
    fail "$1 (the mirror answers, so this is not a network problem)"
    show_log "$2"
}

# ---------------------------------------------------------------------------
# The cached root.

ensure_tarball() {
    local sources_text partial status
    sources_text=$(
        echo "mmdebstrap --variant=$variant bookworm"
        for file in "${source_files[@]}"; do echo "== $file"; cat "$file"; done
        for line in "${source_lines[@]}"; do echo "== $line"; done
    )
    if [ -s "$tarball" ] && [ "$(cat "$tarball_stamp" 2>/dev/null)" = "$sources_text" ]; then
        echo "INFO: using the cached root $tarball"
        return 0
    fi
    echo "INFO: building the root with mmdebstrap into $tarball (once; later runs reuse it)"
    # Written into a folder of this run and renamed into place: a killed run
    # leaves no half tarball under the final name.
    partial="$cache/.partial.$$"
    rm -rf "$partial"
    mkdir -p "$partial"
    # mmdebstrap mounts /proc etc. into its own temporary root (made in the
    # partial folder, which the next run sweeps if this one is killed): in
    # private mount and PID namespaces, so that not even a killed run leaves
    # a mount or a process of it behind.
    TMPDIR=$partial setpriv --pdeathsig KILL -- \
        unshare --mount --propagation private --pid --fork --kill-child --mount-proc -- \
        mmdebstrap --variant="$variant" --mode=root --format=tar --quiet bookworm \
        "$partial/bookworm-apt.tar.gz" "${source_files[@]}" "${source_lines[@]}" \
        >"$partial/mmdebstrap.log" 2>&1
    status=$?
    if [ "$status" -ne 0 ] || [ ! -s "$partial/bookworm-apt.tar.gz" ]; then
        cp "$partial/mmdebstrap.log" "$cache/mmdebstrap-failed.log" 2>/dev/null
        rm -rf "$partial"
        if ! mirror_reachable; then
            skip "the Debian mirror cannot be reached (mmdebstrap failed): $mirror_problem"
        fi
        echo "FAIL: mmdebstrap failed with status $status (log: $cache/mmdebstrap-failed.log)"
        show_log "$cache/mmdebstrap-failed.log"
        exit 1
    fi
    mv -f "$partial/bookworm-apt.tar.gz" "$tarball" && printf '%s' "$sources_text" >"$tarball_stamp"
    rm -rf "$partial"
}

# ---------------------------------------------------------------------------
# Inside the namespaces: the run in the fresh root.

# Replaces the current shell with a command in the root, in a clean
# environment: PROFILE is "apt" (package tools, and the host's proxy settings
# if it has any) or "app" (the program: its own HOME and runtime folder, the
# variables named in app_variables, no proxy). Values reach the program
# through the environment only, never its arguments. In the background
# (`exec_in_root … &`), $! is the program's own process.
exec_in_root() { # PROFILE COMMAND [ARG...]
    local profile=$1 name assignments=()
    shift
    if [ "$profile" = app ]; then
        for name in "${app_variables[@]}"; do assignments+=("$name=${!name-}"); done
    fi
    for name in $(compgen -e); do
        case "$name" in
            http_proxy | https_proxy | no_proxy | HTTP_PROXY | HTTPS_PROXY | NO_PROXY)
                [ "$profile" = apt ] || unset "$name" ;;
            *) unset "$name" ;;
        esac
    done
    export PATH=$root_path LANG=C.UTF-8 TERM=dumb
    if [ "$profile" = apt ]; then
        export HOME=/root DEBIAN_FRONTEND=noninteractive
    else
        export HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/xdg-runtime
        for name in "${assignments[@]}"; do export "${name?}"; done
    fi
    exec chroot "$root" "$@"
}
in_root() { (exec_in_root "$@"); }
app_variables=() # names of variables (with values in this shell) that the program gets

mount_root_filesystems() {
    mount -t proc -o nosuid,nodev,noexec proc "$root/proc" \
        && mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys" \
        && mount -t tmpfs -o nosuid,mode=0755,size=8m tmpfs "$root/dev" \
        && mknod -m 666 "$root/dev/null" c 1 3 && mknod -m 666 "$root/dev/zero" c 1 5 \
        && mknod -m 666 "$root/dev/full" c 1 7 && mknod -m 666 "$root/dev/random" c 1 8 \
        && mknod -m 666 "$root/dev/urandom" c 1 9 && mknod -m 666 "$root/dev/tty" c 5 0 \
        && ln -s /proc/self/fd "$root/dev/fd" && ln -s /proc/self/fd/0 "$root/dev/stdin" \
        && ln -s /proc/self/fd/1 "$root/dev/stdout" && ln -s /proc/self/fd/2 "$root/dev/stderr" \
        && mkdir "$root/dev/pts" "$root/dev/shm" \
        && mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec devpts "$root/dev/pts" \
        && ln -s pts/ptmx "$root/dev/ptmx" \
        && mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$root/dev/shm"
}

# Every path of the root (not /proc, /sys, /dev: other file systems) with
# its type, mode, owner, symlink target and, for files, an MD5 of the content.
snapshot() { # OUTPUT
    (cd "$root" && find . -xdev -printf '%p\t%y %m %U:%G %l\n' | LC_ALL=C sort -t $'\t' -k1,1) >"$1.meta"
    (cd "$root" && find . -xdev -type f -print0 | xargs -0 -r md5sum \
        | sed -E 's/^\\?([0-9a-f]{32})  (.*)$/\2\t\1/' | LC_ALL=C sort -t $'\t' -k1,1) >"$1.sums"
    LC_ALL=C join -t $'\t' -a 1 "$1.meta" "$1.sums" >"$1"
}

# What the leftover check does not count, and why. Patterns are extended
# regular expressions on paths relative to the root ("./var/…"). Everything
# else that was added, removed or changed between the list taken after
# `apt-get update` and the one after purge and autoremove is a failure, and
# any path with d360 or the application id in it is a failure even here.
leftover_ignores=(
    # apt's own bookkeeping: the package lists, its caches (pkgcache.bin is
    # rebuilt; archives/ keeps the downloaded dependencies) and the record of
    # which packages were installed automatically.
    '^\./var/lib/apt/(lists|extended_states|periodic)(/|$)'
    '^\./var/cache/apt(/|$)'
    # dpkg's database: the status file and its backups, the available file,
    # locks and pending triggers. (The maintainer-script and file lists of
    # info/ are checked: purge removes them.)
    '^\./var/lib/dpkg/(status|status-old|available|available-old|lock|lock-frontend|triggers/.*|diversions|diversions-old|statoverride|statoverride-old)$'
    # The logs of apt, dpkg and update-alternatives.
    '^\./var/log(/|$)'
    # Rewritten by the dependencies' maintainer scripts and triggers, even
    # when the same packages are gone again: the dynamic linker's cache
    # (libc-bin's ldconfig trigger) and debconf's databases.
    '^\./etc/ld\.so\.cache$'
    '^\./var/cache/ldconfig/aux-cache$'
    '^\./var/cache/debconf/(config|templates|passwords)\.dat(-old)?$'
)

# Prints "added|removed|changed PATH" for every difference, and
# "ignored added|removed|changed PATH" for those the list above excuses.
compare_snapshots() { # BEFORE AFTER
    local ignore_regex
    ignore_regex=$(IFS='|'; echo "${leftover_ignores[*]}")
    IGNORE=$ignore_regex awk -F '\t' '
        BEGIN { ignore = ENVIRON["IGNORE"] }
        function report(what, p) { print ((p ~ ignore) ? "ignored " : "") what " " p }
        NR == FNR { before[$1] = $0; next }
        { after[$1] = $0 }
        END {
            for (p in before) if (!(p in after)) report("removed", p)
            for (p in after) {
                if (!(p in before)) report("added", p)
                else if (before[p] != after[p]) report("changed", p)
            }
        }' "$1" "$2" | LC_ALL=C sort -k2
}

inside() { # WORK TARBALL DEB EXPECTED_VERSION
    local work=$1 tarball=$2 deb=$3 expected=$4
    root="$work/root"
    trap 'exit 130' INT
    trap 'exit 143' TERM
    local package deb_name started
    package=$(dpkg-deb -f "$deb" Package)
    deb_name=$(basename "$deb")

    # --- the root
    started=$(now_us)
    mkdir "$root" && tar --numeric-owner -xzf "$tarball" -C "$root" \
        || { fail "cannot extract $tarball"; return 1; }
    mount_root_filesystems || { fail "cannot mount /proc, /sys and /dev in the root"; return 1; }
    # The host's resolver now, not the one of the day the root was made.
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    if ! in_root apt apt-get update -q >"$work/apt-update.log" 2>&1 \
        || grep -qE '^(W|E): (Failed to fetch|Some index files failed)' "$work/apt-update.log"; then
        fail_or_skip_on_fetch "apt-get update in the root" "$work/apt-update.log"
        return 1
    fi
    in_root apt dpkg-query -W -f '${Package} ${Version} ${db:Status-Abbrev}\n' | sort >"$work/packages-before"
    snapshot "$work/files-before"
    pass "a fresh Debian 12 root from the cached tarball: $(wc -l <"$work/packages-before") packages," \
        "$(wc -l <"$work/files-before") paths, apt-get update fetched $(sed -n 's/^Fetched \([^ ]* [^ ]*\).*/\1/p' "$work/apt-update.log" | tail -n 1)"
    timing "root (extract, mount, apt-get update, file list)" "$started"

    # --- the install
    started=$(now_us)
    cp "$deb" "$root/tmp/$deb_name"
    # --force-unsafe-io only spares dpkg its fsync calls (the root is thrown
    # away); what is installed is the same.
    if in_root apt sh -c 'cd /tmp && exec apt-get install -y -q --no-install-recommends \
            -o Dpkg::Options::=--force-unsafe-io "./$1"' sh "$deb_name" >"$work/apt-install.log" 2>&1; then
        local newly
        newly=$(grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$work/apt-install.log" | tail -n 1)
        pass "apt-get install ./$deb_name with its dependencies ($newly)"
    else
        if grep -qE '^E: (Failed to fetch|Unable to fetch)' "$work/apt-install.log"; then
            fail_or_skip_on_fetch "apt-get install ./$deb_name" "$work/apt-install.log"
        else
            fail "apt-get install ./$deb_name"
            show_log "$work/apt-install.log" 40
        fi
        return 1
    fi
    rm -f "$root/tmp/$deb_name"
    local status_line
    status_line=$(in_root apt dpkg-query -W -f '${db:Status-Abbrev}${Version}' "$package" 2>&1)
    [[ "$status_line" == "ii "* ]] && pass "dpkg has $package ${status_line#ii } installed and configured" \
        || fail "dpkg status of $package: $status_line"
    local broken
    broken=$(in_root apt apt-get check -q 2>&1) || fail "apt-get check: $broken"
    timing install "$started"

    # --- the program, from the installed files
    started=$(now_us)
    check_program "$expected"
    timing "checks (--version, sandbox, export, window)" "$started"

    # --- purge, and nothing left
    started=$(now_us)
    check_purge "$package"
    timing "purge (purge, autoremove, file list, comparison)" "$started"
    [ "$failures" -eq 0 ]
}

check_program() { # EXPECTED_VERSION
    local expected=$1 exporter=/usr/bin/d360-exporter owner
    owner=$(in_root apt dpkg -S "$exporter" 2>&1)
    [ "${owner%%:*}" = d360-exporter ] && pass "$exporter is installed by the package" \
        || { fail "$exporter is not from the package: $owner"; return; }
    local missing
    missing=$(in_root apt ldd "$exporter" 2>&1 | grep 'not found')
    [ -z "$missing" ] && pass "ldd finds every library of $exporter in the root" \
        || fail "libraries missing from the package's dependencies: $(one_line "$missing")"

    mkdir -m 0700 "$root/tmp/home" "$root/tmp/xdg-runtime"
    tmp_entries >"$work/tmp-before-programs"
    local version
    version=$(in_root app d360-exporter --version 2>"$work/version.err")
    [ "$version" = "d360-exporter $expected" ] && pass "d360-exporter --version prints \"$version\"" \
        || { fail "d360-exporter --version printed \"$version\", expected \"d360-exporter $expected\""; show_log "$work/version.err"; }

    check_sandbox_and_export
    check_window
}

# Entries of the root's /tmp that were not there before the programs ran,
# apart from the test's own /tmp/out and /tmp/first-paint.txt.
tmp_entries() {
    local entry
    for entry in "$root/tmp"/* "$root/tmp"/.[!.]*; do
        [ -e "$entry" ] || [ -L "$entry" ] && echo "${entry##*/}"
    done
}
new_tmp_entries() {
    tmp_entries | grep -vxF -f "$work/tmp-before-programs" | grep -vxE 'out|first-paint\.txt'
}

check_sandbox_and_export() {
    # The sandbox verb, in the background in the root, printing its variables.
    app_variables=()
    exec_in_root app d360-exporter sandbox --port 0 --pending-ms 100 --build-ms 200 \
        >"$work/sandbox.env" 2>"$work/sandbox.log" &
    sandbox_pid=$!
    printed_all() { grep -q '^D360_OAUTH_TOKEN_URL=' "$work/sandbox.env"; }
    if ! wait_until 30 printed_all; then
        fail "d360-exporter sandbox did not print its variables within 30 s"
        show_log "$work/sandbox.log"
        return
    fi
    eval "$(grep -E '^D360_[A-Z_]+=' "$work/sandbox.env")"
    local variable
    for variable in D360_BASE_URL D360_API_KEY D360_SANDBOX_CONTROL_SECRET D360_SANDBOX_STORAGE_URL; do
        [ -n "${!variable:-}" ] || fail "the sandbox did not print $variable"
    done
    pass "d360-exporter sandbox serves at $D360_BASE_URL and printed its key (not shown)"
    app_variables=(D360_API_KEY D360_BASE_URL)

    # The first project, with the installed CLI; its JSON is read on the host.
    local projects project project_name
    projects=$(in_root app d360-exporter projects --json 2>"$work/projects.err")
    project=$(printf '%s' "$projects" | grep -o '"id": *"[^"]*"' | head -n 1 | sed 's/.*: *"//; s/"$//')
    project_name=$(printf '%s' "$projects" | grep -o '"name": *"[^"]*"' | head -n 1 | sed 's/.*: *"//; s/"$//')
    if [ -n "$project" ]; then
        pass "d360-exporter projects lists \"$project_name\" ($project) first"
    else
        fail "d360-exporter projects gave no project"
        show_log "$work/projects.err"
    fi

    # One PDF and one Markdown ZIP into /tmp/out of the root.
    local status out="$root/tmp/out"
    in_root app d360-exporter export --project "$project" --version default --lang en \
        --format pdf --format markdown --out /tmp/out >"$work/export.out" 2>"$work/export.err"
    status=$?
    [ "$status" -eq 0 ] && pass "d360-exporter export exited with 0" \
        || { fail "d360-exporter export exited with $status"; show_log "$work/export.out"; show_log "$work/export.err"; }
    local pdfs=() zips=() others=() entry
    for entry in "$out"/* "$out"/.[!.]*; do
        [ -e "$entry" ] || [ -L "$entry" ] || continue
        case "$entry" in
            *.pdf) [ -f "$entry" ] && pdfs+=("$entry") || others+=("$entry") ;;
            *.zip) [ -f "$entry" ] && zips+=("$entry") || others+=("$entry") ;;
            *) others+=("$entry") ;;
        esac
    done
    if [ ${#pdfs[@]} -eq 1 ] && [ ${#zips[@]} -eq 1 ] && [ ${#others[@]} -eq 0 ]; then
        pass "the output folder holds exactly one PDF and one ZIP: $(basename "${pdfs[0]}"), $(basename "${zips[0]}")"
    else
        fail "the output folder holds ${#pdfs[@]} PDF, ${#zips[@]} ZIP and ${#others[@]} other entries: $(ls -A "$out" 2>&1 | tr '\n' ' ')"
    fi
    if [ ${#pdfs[@]} -eq 1 ]; then
        local text
        text=$(pdftotext -enc UTF-8 "${pdfs[0]}" - 2>"$work/pdftotext.err")
        if [ -n "$project_name" ] && [[ "$text" == *"$project_name"* && "$text" == *"Getting started with"* ]]; then
            pass "pdftotext reads the project's name and the first article's title in the PDF"
        else
            fail "pdftotext did not find \"$project_name\" and \"Getting started with\" in: $(printf '%s' "$text" | head -c 300)"
        fi
    fi
    if [ ${#zips[@]} -eq 1 ]; then
        local listing pages markdown
        if unzip -tq "${zips[0]}" >"$work/unzip.log" 2>&1; then
            listing=$(unzip -Z1 "${zips[0]}")
            pages=$(printf '%s\n' "$listing" | grep -c '\.md$')
            # Read whole, then matched: `unzip -p | grep -q` fails at random
            # under pipefail, when grep is done before unzip.
            markdown=$(unzip -p "${zips[0]}" '*.md')
            if [ "$pages" -ge 1 ] && [[ "$markdown" == *"Getting started with"* ]]; then
                pass "unzip tests the Markdown ZIP: $pages .md pages, the first article among them"
            else
                fail "the Markdown ZIP has $pages .md pages and no \"Getting started with\": $(one_line "$listing")"
            fi
        else
            fail "unzip -t finds errors in the Markdown ZIP"
            show_log "$work/unzip.log"
        fi
    fi
    local leaked=""
    for entry in "$work"/export.out "$work"/export.err "$work"/projects.err "$work"/sandbox.log "$work"/version.err; do
        grep -qF -- "$D360_API_KEY" "$entry" 2>/dev/null && leaked="$leaked $(basename "$entry")"
    done
    [ -z "$leaked" ] && pass "the key appears in no output of the program" || fail "the key appears in:$leaked"

    # SIGINT stops the sandbox cleanly.
    kill -INT "$sandbox_pid"
    stopped() { ! kill -0 "$sandbox_pid" 2>/dev/null; }
    if wait_until 10 stopped; then
        wait "$sandbox_pid"
        status=$?
        [ "$status" -eq 0 ] && pass "SIGINT stops the sandbox with exit status 0" \
            || { fail "after SIGINT the sandbox exited with $status"; show_log "$work/sandbox.log"; }
        local left
        left=$(new_tmp_entries)
        [ -z "$left" ] && pass "the sandbox and the export left nothing in /tmp" \
            || fail "left in /tmp by the sandbox or the export: $(one_line "$left")"
    else
        fail "the sandbox did not stop within 10 s of SIGINT"
    fi
    sandbox_pid=
    app_variables=()
}

check_window() {
    # The window on the offscreen platform, with its own sandbox, until it
    # reports its first paint; then SIGTERM, and it must go.
    local report="$root/tmp/first-paint.txt" window_pid status
    # shellcheck disable=SC2034 # read by exec_in_root through app_variables
    local QT_QPA_PLATFORM=offscreen D360_REPORT_FIRST_PAINT=/tmp/first-paint.txt
    app_variables=(QT_QPA_PLATFORM D360_REPORT_FIRST_PAINT)
    exec_in_root app d360-exporter --sandbox >"$work/window.out" 2>"$work/window.err" &
    window_pid=$!
    painted() { grep -q '^first_paint_ms=' "$report" 2>/dev/null || ! kill -0 "$window_pid" 2>/dev/null; }
    wait_until 60 painted
    if grep -q '^first_paint_ms=' "$report" 2>/dev/null; then
        pass "the window painted on QT_QPA_PLATFORM=offscreen: $(tr '\n' ' ' <"$report")"
    elif ! kill -0 "$window_pid" 2>/dev/null; then
        wait "$window_pid"
        fail "the window exited with $? before it painted"
        show_log "$work/window.err"
        return
    else
        fail "the window did not report a first paint within 60 s"
        show_log "$work/window.err"
    fi
    kill -TERM "$window_pid" 2>/dev/null
    gone() { ! kill -0 "$window_pid" 2>/dev/null; }
    if wait_until 10 gone; then
        wait "$window_pid"
        status=$?
        case "$status" in
            143) pass "SIGTERM ends the window through its event loop (exit status 143)" ;;
            *) fail "after SIGTERM the window exited with $status, not 143"; show_log "$work/window.err" ;;
        esac
    else
        fail "the window did not exit within 10 s of SIGTERM"
        kill -KILL "$window_pid" 2>/dev/null
    fi
    app_variables=()
    # A window ended by SIGTERM (a logout) leaves through its event loop, so
    # its sandbox session's temporary folders go with it.
    local left
    left=$(new_tmp_entries)
    if [ -n "$left" ]; then
        fail "the window, ended by SIGTERM, left in /tmp: $(one_line "$left")"
        (cd "$root/tmp" && printf '%s\n' "$left" | while read -r entry; do rm -rf -- "./$entry"; done)
    else
        pass "the window, ended by SIGTERM, left nothing in /tmp"
    fi
}

# autoremove keeps an automatically installed package that an installed
# package recommends or suggests (APT::AutoRemove::RecommendsImportant and
# SuggestsImportant): a dependency brought in by the package but also
# recommended by the root's own packages stays (apt recommends
# ca-certificates). That is apt's policy, not something the package left:
# such packages are named and purged here, so that the file comparison sees
# only what the package itself may have left. A package kept for any other
# reason (marked manual, still depended on) is a failure.
purge_what_apt_keeps() {
    local extra auto removable name unexplained=""
    extra=$(in_root apt dpkg-query -W -f '${Package}\n' | LC_ALL=C sort \
        | LC_ALL=C comm -13 <(cut -d ' ' -f 1 "$work/packages-before" | LC_ALL=C sort) -)
    [ -n "$extra" ] || return 0
    auto=$(in_root apt apt-mark showauto)
    removable=$(in_root apt apt-get -s autoremove -o APT::AutoRemove::RecommendsImportant=false \
        -o APT::AutoRemove::SuggestsImportant=false | sed -n 's/^Remv \([^ ]*\).*/\1/p')
    for name in $extra; do
        [[ $'\n'"$auto"$'\n' == *$'\n'"$name"$'\n'* && $'\n'"$removable"$'\n' == *$'\n'"$name"$'\n'* ]] \
            || unexplained="$unexplained $name"
    done
    if [ -n "$unexplained" ]; then
        fail "after autoremove these packages the install brought stay installed:$unexplained"
        return
    fi
    echo "INFO: autoremove keeps $(one_line "$extra") (installed automatically; the root's own packages" \
        "recommend or suggest them, which apt honours), so the test purges them"
    # shellcheck disable=SC2086 # one package name per word
    in_root apt apt-get purge -y -q $extra >"$work/apt-purge-kept.log" 2>&1 \
        && in_root apt apt-get autoremove --purge -y -q >>"$work/apt-purge-kept.log" 2>&1 \
        || { fail "apt-get purge -y $(one_line "$extra")"; show_log "$work/apt-purge-kept.log"; }
}

check_purge() { # PACKAGE
    local package=$1
    if in_root apt apt-get purge -y -q "$package" >"$work/apt-purge.log" 2>&1; then
        pass "apt-get purge -y $package"
    else
        fail "apt-get purge -y $package"
        show_log "$work/apt-purge.log"
    fi
    if in_root apt apt-get autoremove --purge -y -q >"$work/apt-autoremove.log" 2>&1; then
        pass "apt-get autoremove --purge -y ($(grep -E '^[0-9]+ upgraded' "$work/apt-autoremove.log" | tail -n 1))"
    else
        fail "apt-get autoremove --purge -y"
        show_log "$work/apt-autoremove.log"
    fi
    purge_what_apt_keeps
    # What the programs wrote into their HOME (the user's, not the
    # package's: purge leaves it, as it should), for the record.
    echo "INFO: the programs wrote into their HOME (removed by the test): $(one_line "$(cd "$root/tmp/home" \
        && find . -mindepth 1 -type f -printf '%P\n' | sed 's#^#~/#' | sed -E 's#[0-9a-f-]{20,}#…#g' | LC_ALL=C sort -u)")"
    # What the test itself made in the root.
    rm -rf "$root/tmp/home" "$root/tmp/xdg-runtime" "$root/tmp/out" "$root/tmp/first-paint.txt"

    local left
    left=$(in_root apt dpkg-query -W -f '${db:Status-Abbrev}' "$package" 2>&1)
    case "$left" in
        *"no packages found matching $package"* | "un ") pass "dpkg no longer knows $package" ;;
        *) fail "dpkg still has $package: $left" ;;
    esac
    in_root apt dpkg-query -W -f '${Package} ${Version} ${db:Status-Abbrev}\n' | sort >"$work/packages-after"
    local package_changes
    package_changes=$(diff "$work/packages-before" "$work/packages-after" | grep '^[<>]')
    [ -z "$package_changes" ] && pass "the installed packages are those of before the install" \
        || fail "the installed packages differ from before the install: $(one_line "$package_changes")"

    snapshot "$work/files-after"
    local named
    named=$(cd "$root" && find . -xdev \( -ipath '*d360*' -o -ipath '*io.github.d360exporter*' \) -print)
    [ -z "$named" ] && pass "no path with d360 or the application id is left anywhere in the root" \
        || fail "left in the root after purge: $(one_line "$named")"
    local differences ignored
    compare_snapshots "$work/files-before" "$work/files-after" >"$work/files-differences"
    differences=$(grep -v '^ignored ' "$work/files-differences")
    ignored=$(grep -c '^ignored ' "$work/files-differences")
    if [ "$ignored" -gt 0 ]; then
        echo "INFO: $ignored differences are apt's, dpkg's and the dependencies' bookkeeping, not counted:"
        grep '^ignored ' "$work/files-differences" | sed 's/^ignored //' | awk '
            $2 ~ /^\.\/var\/cache\/apt\/archives\// { debs++; next }
            { print "    | " $0 }
            END { if (debs) printf "    | added ./var/cache/apt/archives/… (%d downloaded packages)\n", debs }' 
    fi
    if [ -z "$differences" ]; then
        pass "the root's files are those of before the install ($(wc -l <"$work/files-after") paths, with contents)"
    else
        fail "the root differs from before the install in $(printf '%s\n' "$differences" | wc -l) paths:"
        printf '%s\n' "$differences" | head -n 40 | sed 's/^/    | /'
    fi
}

# ---------------------------------------------------------------------------
# The run.

remove_run_folder() { # DIR: only if the host sees no mount below it
    local dir=$1 mounted
    [ -d "$dir" ] || return 0
    mounted=$(findmnt -rn -o TARGET | awk -v d="$dir" 'index($0, d "/") == 1 || $0 == d')
    if [ -n "$mounted" ]; then
        echo "FAIL: not removing $dir: the host sees mounts below it: $mounted"
        return 1
    fi
    rm -rf --one-file-system -- "$dir"
}

# Folders of earlier runs that were killed before they could clean up.
remove_stale_runs() {
    local dir pid
    for dir in "$cache"/run.* "$cache"/.partial.*; do
        [ -d "$dir" ] || continue
        pid=${dir##*/}
        pid=${pid#run.}
        pid=${pid#.partial.}
        pid=${pid%%.*}
        [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && continue
        remove_run_folder "$dir"
    done
}

# The run's logs and file lists, for a look after the run: everything but
# the sandbox's variables, and nothing that holds its key.
keep_logs() {
    local kept="$cache/last-run" secrets file
    rm -rf "$kept" && mkdir -p "$kept" || return
    find "$work" -maxdepth 1 -type f ! -name sandbox.env -exec cp -t "$kept" {} +
    secrets=$(grep -E '^D360_(API_KEY|SANDBOX_CONTROL_SECRET)=' "$work/sandbox.env" 2>/dev/null | sed 's/^[^=]*=//')
    if [ -n "$secrets" ]; then
        for file in "$kept"/*; do
            grep -qF -f <(printf '%s\n' "$secrets") "$file" && rm -f "$file"
        done
    fi
    echo "INFO: the logs of this run are in $kept"
}

inner_pid=
work=
cleanup() {
    if [ -n "$inner_pid" ] && kill -0 "$inner_pid" 2>/dev/null; then
        kill -KILL "$inner_pid" 2>/dev/null
        wait "$inner_pid" 2>/dev/null
    fi
    [ -z "$work" ] || [ ! -d "$work" ] || keep_logs
    [ -z "$work" ] || remove_run_folder "$work"
    [ -z "${cache:-}" ] || rm -rf "$cache/.partial.$$"
}

main() {
    if [ $# -ne 3 ]; then
        echo "usage: $0 DEB_FILE CACHE_DIR EXPECTED_VERSION" >&2
        exit 2
    fi
    local deb expected=$3 total_started
    total_started=$(now_us)
    cache=$2
    [ "$(id -u)" -eq 0 ] || { echo "FAIL: the package test needs root (chroot, mounts, dpkg)"; exit 1; }
    deb=$(realpath -e "$1" 2>/dev/null) && [ -f "$deb" ] || { echo "FAIL: no package file $1"; exit 1; }
    local tool
    for tool in mmdebstrap piuparts unshare setpriv chroot findmnt tar gzip curl pdftotext unzip dpkg-deb; do
        command -v "$tool" >/dev/null || {
            echo "FAIL: $tool is not installed (installer/install-deps.sh: mmdebstrap piuparts curl poppler-utils unzip)"
            exit 1
        }
    done
    local package version
    package=$(dpkg-deb -f "$deb" Package 2>/dev/null)
    version=$(dpkg-deb -f "$deb" Version 2>/dev/null)
    [ -n "$package" ] || { echo "FAIL: $deb is not a Debian package"; exit 1; }
    if [ "$version" = "$expected" ] || [[ "$version" == "$expected"-* ]]; then
        pass "$(basename "$deb") is $package $version"
    else
        fail "$(basename "$deb") has version $version, expected $expected"
    fi

    collect_sources
    mirror_reachable || skip "the Debian mirror of the host's apt sources cannot be reached: $mirror_problem"
    pass "the mirror answers for $(printf '%s, ' "${probe_pairs[@]}" | sed 's/, $//')"

    mkdir -p "$cache" || { echo "FAIL: cannot create $cache"; exit 1; }
    cache=$(realpath "$cache")
    tarball="$cache/bookworm-apt.tar.gz"
    tarball_stamp="$cache/bookworm-apt.sources"
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    remove_stale_runs

    local started status
    started=$(now_us)
    ensure_tarball
    timing "root tarball (mmdebstrap, or the cache)" "$started"

    work=$(mktemp -d "$cache/run.$$.XXXXXX") || { echo "FAIL: no temporary folder in $cache"; exit 1; }
    setpriv --pdeathsig KILL -- unshare --mount --propagation private --pid --fork --kill-child --mount-proc -- \
        "$BASH" "$script" --inside "$work" "$tarball" "$deb" "$expected" &
    inner_pid=$!
    wait "$inner_pid"
    status=$?
    inner_pid=
    case "$status" in
        0) ;;
        77) exit 77 ;;
        [1-9] | [1-6][0-9] | 70) failures=$((failures + status)) ;;
        *) echo "FAIL: the run in the root ended with status $status"; exit 1 ;;
    esac

    # piuparts: Debian's install/purge test of the same file on the same root.
    started=$(now_us)
    setpriv --pdeathsig KILL -- unshare --mount --propagation private --pid --fork --kill-child --mount-proc -- \
        piuparts --basetgz="$tarball" --distribution=bookworm --keep-sources-list --tmpdir="$work" \
        --log-file="$work/piuparts.log" "$deb" >"$work/piuparts.out" 2>&1 &
    inner_pid=$!
    wait "$inner_pid"
    status=$?
    inner_pid=
    if [ "$status" -eq 0 ]; then
        local upgrade=""
        grep -q 'apt-cache does not know about any of the requested packages' "$work/piuparts.log" \
            && upgrade="; no upgrade test, the package is not in the archive"
        pass "piuparts install/purge test on the cached root: $(grep -E 'PASS:' "$work/piuparts.log" \
            | tail -n 1 | sed 's/.*PASS: *//; s/\.$//')$upgrade"
    elif grep -qE 'Failed to fetch|Unable to fetch|Temporary failure resolving' "$work/piuparts.log" \
        && ! mirror_reachable; then
        skip "the Debian mirror cannot be reached any more (piuparts failed): $mirror_problem"
    else
        fail "piuparts (its messages below; the whole log: $cache/last-run/piuparts.log)"
        grep -E '^[0-9m.]+s (ERROR|WARN)|^  /' "$work/piuparts.log" | head -n 40 | sed 's/^/    | /'
        grep -q . "$work/piuparts.log" 2>/dev/null || show_log "$work/piuparts.out"
    fi
    timing piuparts "$started"
    timing total "$total_started"

    [ "$failures" -eq 0 ] && echo "all checks passed" || echo "$failures check(s) failed"
    [ "$failures" -eq 0 ]
}

if [ "${1:-}" = --inside ]; then
    shift
    sandbox_pid=
    inside "$@"
    # The number of failed checks (at most 70) is the exit status.
    [ "$failures" -eq 0 ] && exit 0
    exit $((failures < 70 ? failures : 70))
fi
main "$@"
