#!/usr/bin/env python3
"""What Linux can check of the Windows and macOS packages.

Neither package can be built on Debian (no Qt 6 for MinGW here, no macOS),
but installer/windows/Windows.cmake and installer/macos/MacOS.cmake configure
their templates on every platform, and the icons are built everywhere, so
the files those builds would use are in any build tree. This test reads them
as the other systems would: the bundle's Info.plist with plistlib, the icons
with icoutils and icnsutils, the WiX patch as XML, the resource script's
version numbers. It checks that each carries the identity and version the
build was configured with, and that no template placeholder was left over.

    python3 tst_installer_configs.py BUILD_DIR PROJECT_VERSION APPLICATION_ID

Prints one PASS or FAIL line per check and exits non-zero if any failed. A
missing tool is a failure that names the Debian package to install. Python's
standard library only.
"""

import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

# The executable's file name, the same on every system (the target's name).
EXECUTABLE = "d360-exporter"
# The .ico that installer/Icons.cmake builds: these sizes, no others.
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
# The .icns that Icons.cmake builds with png2icns on Linux. (iconutil, on a
# Mac, makes 64 px instead of 48; this test runs where png2icns does.)
ICNS_SIZES = {16, 32, 48, 128, 256, 512, 1024}
# Qt 6's floor on macOS, as installer/macos/MacOS.cmake states it.
MACOS_MINIMUM = (11, 0)
GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
# What configure_file(@ONLY) replaces, and what CMake's bundle step would.
PLACEHOLDER = re.compile(r"@[A-Za-z_][A-Za-z0-9_]*@|\$\{[A-Za-z_][A-Za-z0-9_]*\}")


class Results:
    def __init__(self):
        self.failures = 0

    def check(self, passed, what, detail=""):
        if passed:
            print(f"PASS: {what}")
        else:
            self.failures += 1
            print(f"FAIL: {what}" + (f" ({detail})" if detail else ""))
        return passed


def run_tool(results, tool, package, arguments):
    """The tool's standard output, or None after a FAIL line naming its package."""
    path = shutil.which(tool)
    if not path:
        results.check(False, f"{tool} is installed", f"apt-get install {package}")
        return None
    completed = subprocess.run([path, *arguments], capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        results.check(False, f"{tool} {' '.join(arguments)} runs",
                      completed.stderr.strip() or f"exit status {completed.returncode}")
        return None
    return completed.stdout


def read_configured(results, path):
    """The text of a configured file, or None after a FAIL line."""
    if not results.check(path.is_file(), f"{path.name} was configured", str(path)):
        return None
    text = path.read_text(encoding="utf-8")
    left = sorted(set(PLACEHOLDER.findall(text)))
    results.check(not left, f"{path.name} has no placeholder left", ", ".join(left))
    return text


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def check_info_plist(results, installer, version, application_id, icns):
    path = installer / "macos" / "Info.plist"
    if read_configured(results, path) is None:
        return
    try:
        with path.open("rb") as file:
            plist = plistlib.load(file)
    except (plistlib.InvalidFileException, ValueError, ElementTree.ParseError) as error:
        results.check(False, "Info.plist parses as a property list", str(error))
        return
    results.check(True, "Info.plist parses as a property list")

    def equal(key, expected):
        results.check(plist.get(key) == expected, f"Info.plist {key} is {expected!r}",
                      f"found {plist.get(key)!r}")

    equal("CFBundleIdentifier", application_id)
    equal("CFBundleShortVersionString", version)
    equal("CFBundleVersion", version)
    equal("CFBundleExecutable", EXECUTABLE)
    equal("CFBundlePackageType", "APPL")
    equal("CFBundleIconFile", icns.name)
    equal("NSHighResolutionCapable", True)

    name = plist.get("CFBundleName", "")
    # Apple: at most 15 characters, or menus and the Dock cut it.
    results.check(isinstance(name, str) and 0 < len(name) <= 15,
                  "Info.plist CFBundleName has 1 to 15 characters", f"found {name!r}")
    minimum = plist.get("LSMinimumSystemVersion", "")
    try:
        minimum_ok = version_tuple(minimum) >= MACOS_MINIMUM
    except (AttributeError, ValueError):
        minimum_ok = False
    results.check(minimum_ok, "Info.plist LSMinimumSystemVersion is macOS "
                  f"{'.'.join(map(str, MACOS_MINIMUM))} or later", f"found {minimum!r}")
    languages = plist.get("CFBundleLocalizations", [])
    results.check(isinstance(languages, list) and "en" in languages
                  and all(isinstance(language, str) and language for language in languages),
                  "Info.plist CFBundleLocalizations lists English and the translations",
                  f"found {languages!r}")
    copyright_line = plist.get("NSHumanReadableCopyright", "")
    results.check(isinstance(copyright_line, str) and copyright_line.startswith("Copyright "),
                  "Info.plist NSHumanReadableCopyright is LICENSE's copyright line",
                  f"found {copyright_line!r}")


def check_ico(results, ico):
    if not results.check(ico.is_file(), f"{ico.name} was built", str(ico)):
        return
    listing = run_tool(results, "icotool", "icoutils", ["--list", str(ico)])
    if listing is None:
        return
    sizes = []
    odd = []
    for line in listing.splitlines():
        width = re.search(r"--width=(\d+)", line)
        height = re.search(r"--height=(\d+)", line)
        depth = re.search(r"--bit-depth=(\d+)", line)
        if not (width and height):
            continue
        sizes.append(int(width.group(1)))
        if width.group(1) != height.group(1) or not depth or depth.group(1) != "32":
            odd.append(line.strip())
    results.check(sizes and not odd, f"{ico.name}: every image is square, 32 bit (with alpha)",
                  "; ".join(odd))
    results.check(sorted(sizes) == sorted(ICO_SIZES),
                  f"{ico.name} holds exactly {', '.join(map(str, sorted(ICO_SIZES)))} px, once each",
                  f"found {', '.join(map(str, sorted(sizes))) or 'none'}")


def check_icns(results, icns):
    if not results.check(icns.is_file(), f"{icns.name} was built", str(icns)):
        return
    listing = run_tool(results, "icns2png", "icnsutils", ["--list", str(icns)])
    if listing is None:
        return
    # "  'ic08' 256x256 32-bit icon (...)"; the 8-bit masks of the small
    # sizes are listed too, as "... 8-bit mask".
    sizes = set()
    for match in re.finditer(r"'(\w{4})' (\d+)x(\d+) (\d+)-bit icon", listing):
        if match.group(2) == match.group(3):
            sizes.add(int(match.group(2)))
    missing = sorted(ICNS_SIZES - sizes)
    results.check(not missing,
                  f"{icns.name} holds {', '.join(map(str, sorted(ICNS_SIZES)))} px",
                  f"missing {', '.join(map(str, missing))}; found {', '.join(map(str, sorted(sizes))) or 'none'}")


def check_wix(results, installer, application_id):
    windows = installer / "windows"
    files = sorted(path for pattern in ("*.xml", "*.wxs", "*.wxi") for path in windows.glob(pattern))
    results.check(bool(files), "the WiX files were configured", str(windows))
    for path in files:
        if read_configured(results, path) is None:
            continue
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError as error:
            results.check(False, f"{path.name} is well-formed XML", str(error))
            continue
        results.check(True, f"{path.name} is well-formed XML")
        if path.name == "wix-patch.xml":
            check_wix_patch(results, root, application_id)


def check_wix_patch(results, root, application_id):
    results.check(root.tag == "CPackWiXPatch", "wix-patch.xml is a CPackWiXPatch", f"root is <{root.tag}>")
    fragments = root.findall("CPackWiXFragment")
    ids = [fragment.get("Id") for fragment in fragments]
    # CPack stops on a fragment whose Id it does not generate; these two it
    # always does, whatever components and paths the package has.
    results.check(bool(ids) and set(ids) <= {"#PRODUCT", "#PRODUCTFEATURE"},
                  "wix-patch.xml patches only #PRODUCT and #PRODUCTFEATURE", f"found {ids}")

    properties = [element for element in root.iter("ShortcutProperty")
                  if element.get("Key") == "System.AppUserModel.ID"]
    results.check(len(properties) == 1 and properties[0].get("Value") == application_id,
                  f"the Start-menu shortcut's AppUserModel.ID is {application_id}",
                  f"found {[element.get('Value') for element in properties]}")

    shortcuts = list(root.iter("Shortcut"))
    if not results.check(len(shortcuts) == 1, "wix-patch.xml makes one shortcut",
                         f"found {len(shortcuts)}"):
        return
    shortcut = shortcuts[0]
    target = shortcut.get("Target", "")
    results.check(target.startswith("[INSTALL_ROOT]") and target.endswith(f"{EXECUTABLE}.exe"),
                  f"the shortcut opens {EXECUTABLE}.exe in the install folder", f"Target={target!r}")
    results.check(bool(shortcut.get("Name")), "the shortcut has a name")

    components = list(root.iter("Component"))
    references = {element.get("Id") for element in root.iter("ComponentRef")}
    for component in components:
        component_id = component.get("Id")
        results.check(bool(GUID.match(component.get("Guid", ""))),
                      f"component {component_id} has a fixed upper-case GUID",
                      f"Guid={component.get('Guid')!r}")
        results.check(component_id in references,
                      f"component {component_id} is in the product's feature")
        key_paths = [element for element in component.iter("RegistryValue")
                     if element.get("KeyPath") == "yes" and element.get("Root") == "HKCU"]
        results.check(len(key_paths) == 1,
                      f"component {component_id}'s key path is one per-user registry value")


def check_resource_script(results, installer, version, ico):
    path = installer / "windows" / f"{EXECUTABLE}.rc"
    text = read_configured(results, path)
    if text is None:
        return
    numbers = (version.split(".") + ["0", "0", "0", "0"])[:4]
    expected = ",".join(numbers)
    for statement in ("FILEVERSION", "PRODUCTVERSION"):
        match = re.search(rf"^\s*{statement}\s+([0-9 ,]+)$", text, re.MULTILINE)
        found = match.group(1).replace(" ", "") if match else None
        results.check(found == expected, f"{path.name} {statement} is {expected}", f"found {found!r}")
    for name, expected_value in (("FileVersion", version), ("ProductVersion", version),
                                 ("OriginalFilename", f"{EXECUTABLE}.exe")):
        match = re.search(rf'VALUE\s+"{name}",\s*"([^"]*)"', text)
        found = match.group(1) if match else None
        results.check(found == expected_value, f'{path.name} "{name}" is "{expected_value}"',
                      f"found {found!r}")
    icon = re.search(r'^\s*\w+\s+ICON\s+"([^"]+)"', text, re.MULTILINE)
    results.check(icon is not None and Path(icon.group(1)) == ico,
                  f"{path.name}'s first icon is the built {ico.name}",
                  f"found {icon.group(1) if icon else None!r}")


def check_license(results, installer):
    path = installer / "windows" / "LICENSE.txt"
    if not results.check(path.is_file() and path.stat().st_size > 0,
                         "LICENSE.txt, the MSI's licence page, is there", str(path)):
        return
    try:
        path.read_bytes().decode("utf-8")
        results.check(True, "LICENSE.txt is UTF-8, as CPack's WiX generator reads it")
    except UnicodeDecodeError as error:
        results.check(False, "LICENSE.txt is UTF-8, as CPack's WiX generator reads it", str(error))


def main(arguments):
    if len(arguments) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    build_dir, version, application_id = Path(arguments[0]), arguments[1], arguments[2]
    installer = build_dir / "installer"
    ico = installer / "icons" / f"{application_id}.ico"
    icns = installer / "icons" / f"{application_id}.icns"

    results = Results()
    check_info_plist(results, installer, version, application_id, icns)
    check_ico(results, ico)
    check_icns(results, icns)
    check_wix(results, installer, application_id)
    check_resource_script(results, installer, version, ico)
    check_license(results, installer)

    if results.failures:
        print(f"{results.failures} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
