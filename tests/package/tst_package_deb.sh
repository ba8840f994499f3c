#!/usr/bin/env bash
# The Debian package, judged by Debian's own tools and by what a writer gets
# from it: lintian (errors and warnings fail), desktop-file-validate and
# appstreamcli on the files as packaged, the hardening lintian can only hint
# at (PIE, full RELRO with BIND_NOW, stack protector, fortified calls, read
# from the ELF itself), a stripped binary, every icon size at its real pixel
# size, a man page that renders without warnings, reproducible gzip files,
# and one version everywhere: the package's, the AppStream release's, the
# changelog's and the installed binary's `--version` all equal project()'s.
#
# Usage: tst_package_deb.sh DEB_FILE EXPECTED_VERSION APPLICATION_ID BUILD_DIR
# The package itself is made by the package_build fixture (cpack -G DEB).
set -uo pipefail

deb=${1:?DEB_FILE}
expected_version=${2:?EXPECTED_VERSION}
application_id=${3:?APPLICATION_ID}
build_dir=${4:?BUILD_DIR}

source "$(dirname "${BASH_SOURCE[0]}")/../support/checks.sh"

for tool in dpkg-deb lintian desktop-file-validate appstreamcli readelf man python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (installer/install-deps.sh)"; exit 1; }
done
[ -f "$deb" ] || { echo "FAIL: no package at $deb (did package_build run?)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root" || { echo "FAIL: dpkg-deb cannot unpack $deb"; exit 1; }
share="$work/root/usr/share"
binary="$work/root/usr/bin/d360-exporter"

# --- Debian's judges --------------------------------------------------------
# lintian refuses nothing for running as root, but says so on stderr.
if lintian --fail-on error,warning --display-level ">=warning" "$deb" >"$work/lintian" 2>&1; then
    pass "lintian finds no error or warning"
else
    fail "lintian:"; grep -v 'root privileges' "$work/lintian"
fi
desktop_file="$share/applications/$application_id.desktop"
if [ -f "$desktop_file" ] && desktop-file-validate "$desktop_file" >"$work/desktop" 2>&1 \
    && [ ! -s "$work/desktop" ]; then
    pass "desktop-file-validate accepts $application_id.desktop"
else
    fail "desktop-file-validate on $desktop_file:"; cat "$work/desktop" 2>/dev/null
fi
metainfo="$share/metainfo/$application_id.metainfo.xml"
if [ -f "$metainfo" ] && appstreamcli validate --no-net "$metainfo" >"$work/appstream" 2>&1; then
    pass "appstreamcli validate --no-net accepts the metainfo"
else
    fail "appstreamcli validate on $metainfo:"; cat "$work/appstream" 2>/dev/null
fi

# --- the desktop entry opens the window, under the program's icon ----------
grep -qx 'Exec=d360-exporter' "$desktop_file" && pass "the desktop entry runs d360-exporter, no sandbox flag" \
    || fail "the main Exec= line is not 'Exec=d360-exporter': $(grep -m1 '^Exec=' "$desktop_file")"
grep -qx "Icon=$application_id" "$desktop_file" && pass "the desktop entry's icon is $application_id" \
    || fail "the desktop entry's Icon= is not $application_id"
grep -q '^Keywords=.' "$desktop_file" && grep -q '^Categories=.*Office' "$desktop_file" \
    && pass "the desktop entry has Keywords and Categories" || fail "Keywords= or Categories= is missing"

# --- one version everywhere --------------------------------------------------
package_version=$(dpkg-deb -f "$deb" Version)
[ "$package_version" = "$expected_version" ] && pass "the package's version is $expected_version" \
    || fail "the package says version '$package_version', project() says $expected_version"
[ "$(dpkg-deb -f "$deb" Package)" = d360-exporter ] && pass "the package is named d360-exporter" \
    || fail "the package is named '$(dpkg-deb -f "$deb" Package)'"
case "$(basename "$deb")" in
    "d360-exporter_${expected_version}_"*.deb) pass "the file name carries the version" ;;
    *) fail "the file name $(basename "$deb") does not carry version $expected_version" ;;
esac
release=$(python3 - "$metainfo" <<'EOF'
import sys, xml.etree.ElementTree as ElementTree
releases = ElementTree.parse(sys.argv[1]).getroot().find("releases")
newest = releases[0] if releases is not None and len(releases) else None
print("" if newest is None else newest.get("version", "") + " " + newest.get("date", ""))
EOF
)
[ "${release%% *}" = "$expected_version" ] && pass "the newest AppStream release is $expected_version (${release#* })" \
    || fail "the newest AppStream release is '${release%% *}', not $expected_version"
changelog_version=$(gzip -dc "$share/doc/d360-exporter/changelog.gz" | head -n 1 | sed -n 's/^d360-exporter (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$expected_version" ] && pass "the changelog's newest entry is $expected_version" \
    || fail "the changelog's newest entry is '$changelog_version'"
# The unpacked binary runs against the host's libraries, which are the ones
# it was built with; the fresh-root test runs it against the declared ones.
version_line=$(env -u DISPLAY "$binary" --version 2>&1)
[ "$version_line" = "d360-exporter $expected_version" ] && pass "--version prints '$version_line'" \
    || fail "--version prints '$version_line', expected 'd360-exporter $expected_version'"

# --- hardening, from the ELF ------------------------------------------------
# Read once into variables: `readelf | grep -q` under pipefail fails when
# grep stops reading early.
elf_header=$(readelf -h "$binary")
elf_dynamic=$(readelf -d "$binary")
elf_segments=$(readelf -l "$binary")
elf_symbols=$(readelf -W --dyn-syms "$binary")
elf_sections=$(readelf -S "$binary")
grep -q 'Type:.*DYN' <<<"$elf_header" && grep -q 'FLAGS_1.*PIE' <<<"$elf_dynamic" \
    && pass "the binary is a position-independent executable" || fail "the binary is not PIE"
grep -q GNU_RELRO <<<"$elf_segments" && grep -q 'BIND_NOW' <<<"$elf_dynamic" \
    && pass "full RELRO with immediate binding" || fail "no GNU_RELRO segment or no BIND_NOW"
grep -q ' __stack_chk_fail@' <<<"$elf_symbols" && pass "stack protector in use" \
    || fail "no __stack_chk_fail: built without -fstack-protector-strong"
# _FORTIFY_SOURCE leaves a *_chk call only where the compiler knows a
# buffer's size, and our code has none such (lintian says as much, as
# information only), so the binary cannot show it: the build's own record
# of every compile of the program's sources must.
unhardened=$(python3 - "$build_dir/compile_commands.json" <<'EOF'
import json, sys
commands = json.load(open(sys.argv[1]))
ours = [c for c in commands if "/app/" in c["file"] and "/tests/" not in c["file"]]
missing = [c["file"] for c in ours
           if "-D_FORTIFY_SOURCE=2" not in c["command"] or "-fstack-protector-strong" not in c["command"]]
print(len(ours) if not missing else "missing: " + " ".join(missing[:5]))
EOF
)
case "$unhardened" in
    ''|0|missing*) fail "sources compiled without _FORTIFY_SOURCE=2 or the stack protector: ${unhardened:-none found}" ;;
    *) pass "all $unhardened sources of the program compiled with -D_FORTIFY_SOURCE=2 -fstack-protector-strong" ;;
esac
grep -q '\.debug_info' <<<"$elf_sections" && fail "the binary is not stripped" || pass "the binary is stripped"

# --- icons: every size, each really that size ------------------------------
for size in 16 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$application_id.png"
    dimensions=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not-a-png")' "$png" 2>/dev/null)
    [ "$dimensions" = "${size}x${size}" ] && pass "hicolor ${size}x${size} icon" \
        || fail "hicolor ${size}x${size}: ${dimensions:-missing}"
done
[ -f "$share/icons/hicolor/scalable/apps/$application_id.svg" ] && pass "scalable SVG icon" || fail "no scalable icon"

# --- documentation -------------------------------------------------------------
manual="$share/man/man1/d360-exporter.1.gz"
if [ -f "$manual" ]; then
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$manual" 2>&1 >/dev/null)
    [ -z "$warnings" ] && pass "the man page renders without warnings" || fail "man page warnings: $warnings"
else
    fail "no man page at usr/share/man/man1/d360-exporter.1.gz"
fi
for completion in bash-completion/completions/d360-exporter zsh/vendor-completions/_d360-exporter \
                  fish/vendor_completions.d/d360-exporter.fish; do
    [ -s "$share/$completion" ] && pass "completion $completion" || fail "no completion at $completion"
done
head -n 1 "$share/doc/d360-exporter/copyright" 2>/dev/null \
    | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    && pass "DEP-5 copyright file" || fail "no DEP-5 copyright file"
# gzip -n: no name and no time stamp in the header (bytes 4-7 are the time).
for compressed in "$manual" "$share/doc/d360-exporter/changelog.gz"; do
    stamp=$(od -An -tu4 -j4 -N4 "$compressed" 2>/dev/null | tr -d ' ')
    [ "$stamp" = 0 ] && pass "$(basename "$compressed") has no time stamp" \
        || fail "$(basename "$compressed") carries a time stamp ($stamp)"
done

[ "$failures" -eq 0 ] && echo "All package checks passed" || echo "$failures package check(s) failed"
[ "$failures" -eq 0 ]
