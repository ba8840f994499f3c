# Windows packaging: the program as a GUI executable with its icon and
# version resource, deployed with everything it loads beside it, packed by
# CPack into an .msi (WiX 3) and a ZIP of the same files (no installer; the
# settings and the queue still live in %APPDATA%). The layout is Qt's own
# deploy layout (qt_generate_deploy_app_script, windeployqt underneath):
#
#   bin/d360-exporter.exe, bin/qt.conf, bin/*.dll  the program, Qt, QtKeychain,
#                                                  QuaZip, zlib, libcrypto, CRT
#   plugins/<type>/*.dll                           Qt's plugins (qwindows, ...)
#   translations/qtbase_*.qm                       Qt's own translations
#   LICENSE.txt                                    the MIT notice, in every copy
#
# The templates (.rc, WiX patch) are configured on every platform, into
# ${D360_INSTALLER_BINARY_DIR}/windows, so tests/package checks on Linux the
# very files a Windows build uses; everything that needs Windows is below
# `if(NOT WIN32) return()`. Written on Linux from the CMake, CPack and Qt
# documentation, not yet built on Windows: installer/windows/README.md says
# what to check there.

set(windows_in "${CMAKE_CURRENT_LIST_DIR}")
set(windows_out "${D360_INSTALLER_BINARY_DIR}/windows")

# The MSI's UpgradeCode: Windows Installer recognises "an older D360 Exporter"
# by it, and the MajorUpgrade in CPack's template removes that one before
# installing the new version. Never change it: a new GUID makes the next
# release a different product, installed beside the old one instead of over
# it, with two entries in "Installed apps".
set(D360_WIX_UPGRADE_GUID "A029DDC3-C328-494D-B8CC-E255F969ABC3")
# The Start-menu shortcut's component (wix-patch.xml.in). Windows Installer
# counts installs of a component by its GUID across products, so it must
# stay the same while the component holds the same shortcut and registry
# value; a release that changes what the component holds needs a new one.
set(D360_WIX_SHORTCUT_COMPONENT_GUID "9ECCD261-DBE9-47AA-A0D6-68C43C5C78EA")

# The installed executable, relative to the install root, as the shortcut
# names it (backslashes: it is a Windows Installer formatted path).
get_target_property(d360_executable_name d360-exporter OUTPUT_NAME)
if(NOT d360_executable_name)
    set(d360_executable_name d360-exporter)
endif()
set(D360_WINDOWS_EXECUTABLE "${d360_executable_name}.exe")
if(CMAKE_INSTALL_BINDIR STREQUAL "." OR CMAKE_INSTALL_BINDIR STREQUAL "")
    set(D360_WIX_EXECUTABLE_PATH "${D360_WINDOWS_EXECUTABLE}")
else()
    string(REPLACE "/" "\\" D360_WIX_EXECUTABLE_PATH "${CMAKE_INSTALL_BINDIR}/${D360_WINDOWS_EXECUTABLE}")
endif()

# The version resource wants four numbers; project() gives three.
foreach(part MAJOR MINOR PATCH TWEAK)
    set(D360_VERSION_${part} "${PROJECT_VERSION_${part}}")
    if(D360_VERSION_${part} STREQUAL "")
        set(D360_VERSION_${part} 0)
    endif()
endforeach()

# The copyright line is LICENSE's, so the file properties, the licence and
# the package cannot name different holders.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/LICENSE")
file(STRINGS "${PROJECT_SOURCE_DIR}/LICENSE" d360_copyright REGEX "^Copyright " LIMIT_COUNT 1)
if(NOT d360_copyright)
    message(FATAL_ERROR "LICENSE has no line starting with \"Copyright \"; the Windows version "
                        "resource and the macOS Info.plist take the copyright from it")
endif()

# Resource-script strings: a double quote is written twice, and a backslash
# starts an escape. Nothing of ours needs either today; this keeps it so.
foreach(name D360_APPLICATION_NAME PROJECT_DESCRIPTION d360_copyright)
    string(REPLACE "\\" "\\\\" rc_value "${${name}}")
    string(REPLACE "\"" "\"\"" rc_value "${rc_value}")
    set(D360_RC_${name} "${rc_value}")
endforeach()
set(D360_RC_ICON "${D360_ICON_ICO}")
configure_file("${windows_in}/d360-exporter.rc.in" "${windows_out}/d360-exporter.rc" @ONLY)

# XML attribute values for the WiX patch.
foreach(name D360_APPLICATION_NAME D360_APPLICATION_ID PROJECT_DESCRIPTION)
    string(REPLACE "&" "&amp;" xml_value "${${name}}")
    string(REPLACE "<" "&lt;" xml_value "${xml_value}")
    string(REPLACE ">" "&gt;" xml_value "${xml_value}")
    string(REPLACE "\"" "&quot;" xml_value "${xml_value}")
    set(D360_WIX_${name} "${xml_value}")
endforeach()
configure_file("${windows_in}/wix-patch.xml.in" "${windows_out}/wix-patch.xml" @ONLY)

# CPack's WIX generator takes the licence as .rtf, or as UTF-8 .txt that it
# converts; LICENSE has no extension, which it refuses. The same file is
# installed beside the program: the MIT licence asks for its notice in every
# copy, the ZIP included.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${windows_out}/LICENSE.txt" COPYONLY)

# Read by cpack once per generator: the MSI alone shows the program's name
# rather than the package name (d360-exporter, which the DEB needs) in
# "Installed apps" and in the installer's pages, and gets the .txt licence.
file(CONFIGURE OUTPUT "${windows_out}/CPackWindowsConfig.cmake" @ONLY CONTENT [[
# Generated by installer/windows/Windows.cmake: per-generator CPack settings.
if(CPACK_GENERATOR STREQUAL "WIX")
    set(CPACK_PACKAGE_NAME "@D360_APPLICATION_NAME@")
    set(CPACK_RESOURCE_FILE_LICENSE "@windows_out@/LICENSE.txt")
endif()
]])

if(NOT WIN32)
    return()
endif()

# --- The executable ----------------------------------------------------------

# A GUI program (qt_add_executable(... WIN32 ...) in app/CMakeLists.txt):
# started from the Start menu it opens no console window. The price: typed
# at a console prompt, the headless verbs print nothing and their exit code
# is lost (README.md here); a console twin for scripts is the known fix.

# The icon Explorer, the task bar and the shortcut show, and the file
# properties (version, product, copyright). CMake enables the RC language
# itself with MSVC and MinGW.
if(NOT CMAKE_RC_COMPILER)
    message(FATAL_ERROR "No resource compiler (rc.exe or windres) was found; the program's icon "
                        "and version resource need one")
endif()
target_sources(d360-exporter PRIVATE "${windows_out}/d360-exporter.rc")
set_source_files_properties("${windows_out}/d360-exporter.rc" TARGET_DIRECTORY d360-exporter
    PROPERTIES OBJECT_DEPENDS "${D360_ICON_ICO}")
add_dependencies(d360-exporter d360_icons)

install(FILES "${windows_out}/LICENSE.txt" DESTINATION .)

# --- What it loads -----------------------------------------------------------

# The C++ runtime beside the program (app-local, as Microsoft allows), so
# no Visual C++ Redistributable has to be installed first. MinGW's runtime
# DLLs come with windeployqt below instead.
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()

# QtKeychain and QuaZip are not Qt modules, so windeployqt does not copy
# them. What they import in turn (zlib, bzip2, Qt6Core5Compat, which the
# program does not import itself) is added by the last step below.
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain QuaZip::QuaZip
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# OpenSSL 3's libcrypto, for the SHA-256 of every download
# (app/core/jobs/Sha256Stream.cpp), which loads it at run time and falls
# back to Qt's slower SHA-256 without it. Note: it asks QLibrary for
# "crypto" with version "3", and on Windows Qt ignores the version and adds
# no "lib" prefix, so LoadLibrary looks for crypto.dll; OpenSSL 3 names its
# DLL libcrypto-3-x64.dll (libcrypto-3.dll on 32-bit), which that lookup
# does not find. Until Sha256Stream.cpp also tries that name on Windows, the
# packaged program hashes with Qt; the DLL is shipped under its own name so
# that the fix needs no change here. Qt's online installer puts OpenSSL 3 in
# <Qt>/Tools/OpenSSLv3, hence the last hint.
find_package(OpenSSL 3 QUIET COMPONENTS Crypto)
set(d360_openssl_hints "${OPENSSL_ROOT_DIR}" "$ENV{OPENSSL_ROOT_DIR}")
if(OPENSSL_INCLUDE_DIR)
    list(APPEND d360_openssl_hints "${OPENSSL_INCLUDE_DIR}/..")
endif()
if(QT6_INSTALL_PREFIX)
    list(APPEND d360_openssl_hints "${QT6_INSTALL_PREFIX}/../../Tools/OpenSSLv3/Win_x64")
endif()
find_file(D360_LIBCRYPTO_DLL NAMES libcrypto-3-x64.dll libcrypto-3.dll
    HINTS ${d360_openssl_hints} PATH_SUFFIXES bin
    DOC "OpenSSL 3's libcrypto DLL, shipped beside the program")
if(D360_LIBCRYPTO_DLL)
    install(FILES "${D360_LIBCRYPTO_DLL}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
else()
    message(WARNING "libcrypto-3-x64.dll not found (set D360_LIBCRYPTO_DLL or OPENSSL_ROOT_DIR): "
                    "the package will hash downloads with Qt's SHA-256 only")
endif()

# Qt's libraries, plugins (platform, styles, image formats, SVG icons, TLS)
# and translations, by windeployqt, with bin\qt.conf pointing Qt at them.
# It runs on the installed program, after everything above is in place.
d360_install_qt_deployment()

# The last step, on the installed files. In a Visual Studio prompt
# windeployqt also copies vc_redist.x64.exe, which an MSI never runs (the
# CRT DLLs are installed above): it is left out. Then every DLL that the
# program, the DLLs beside it and Qt's plugins import is looked for: in
# bin\, in Windows' own folders (those stay out of the package), then in
# the folders the libraries came from: Qt's, QtKeychain's, QuaZip's,
# zlib's and bzip2's (their .lib is in lib\, their DLL in bin\), MinGW's,
# and D360_WINDOWS_DLL_DIRS. What is found outside bin\ is copied into it;
# what is found nowhere stops the install with its name, because the
# program would start on the build machine only.
set(D360_WINDOWS_DLL_DIRS "" CACHE STRING
    "More folders with DLLs that the packaged program imports (;-list)")
set(d360_dll_dirs
    "$<TARGET_FILE_DIR:Qt6::Core>"
    "$<TARGET_FILE_DIR:qt6keychain>"
    "$<TARGET_FILE_DIR:QuaZip::QuaZip>")
foreach(import_library ZLIB::ZLIB BZip2::BZip2)
    if(TARGET ${import_library})
        get_target_property(import_type ${import_library} TYPE)
        if(import_type MATCHES "^(UNKNOWN|SHARED|STATIC)_LIBRARY$")
            list(APPEND d360_dll_dirs "$<TARGET_FILE_DIR:${import_library}>/../bin")
        endif()
    endif()
endforeach()
if(MINGW)
    get_filename_component(d360_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
    list(APPEND d360_dll_dirs "${d360_compiler_dir}")
endif()
list(APPEND d360_dll_dirs ${D360_WINDOWS_DLL_DIRS})
list(JOIN d360_dll_dirs "\" \"" d360_dll_dirs)
# C:\Windows\... (System32, SysWOW64, WinSxS), whichever slash the path has.
set(d360_windows_system_dlls "^[A-Za-z]:.[Ww][Ii][Nn][Dd][Oo][Ww][Ss].")
set(d360_complete_code [[
    # file(INSTALL) adds DESTDIR itself; reading the files needs it spelled out.
    set(d360_bin_destination "${CMAKE_INSTALL_PREFIX}/@CMAKE_INSTALL_BINDIR@")
    set(d360_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
    set(d360_bin "$ENV{DESTDIR}${d360_bin_destination}")
    file(GLOB d360_redistributables "${d360_root}/vc_redist*.exe" "${d360_bin}/vc_redist*.exe")
    if(d360_redistributables)
        file(REMOVE ${d360_redistributables})
    endif()

    file(GLOB d360_libraries "${d360_bin}/*.dll")
    file(GLOB_RECURSE d360_plugins "${d360_root}/plugins/*.dll")
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "${d360_bin}/@D360_WINDOWS_EXECUTABLE@"
        LIBRARIES ${d360_libraries}
        MODULES ${d360_plugins}
        DIRECTORIES "${d360_bin}" "@d360_dll_dirs@"
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "@d360_windows_system_dlls@"
        RESOLVED_DEPENDENCIES_VAR d360_resolved
        UNRESOLVED_DEPENDENCIES_VAR d360_unresolved
        CONFLICTING_DEPENDENCIES_PREFIX d360_conflicting)
    if(d360_unresolved)
        list(JOIN d360_unresolved ", " d360_unresolved)
        message(FATAL_ERROR "The packaged program imports DLLs that are neither beside it nor "
                            "Windows' own, and were not found in the libraries' folders: "
                            "${d360_unresolved}. Add their folder to D360_WINDOWS_DLL_DIRS.")
    endif()
    # A name found in two folders (one DLL beside the program, its twin
    # where a library came from) needs no copy if one of them is bin\.
    foreach(d360_name IN LISTS d360_conflicting_FILENAMES)
        set(d360_copy "")
        foreach(d360_path IN LISTS d360_conflicting_${d360_name})
            get_filename_component(d360_dir "${d360_path}" DIRECTORY)
            if(d360_dir STREQUAL d360_bin)
                set(d360_copy "")
                break()
            elseif(NOT d360_copy)
                set(d360_copy "${d360_path}")
            endif()
        endforeach()
        list(APPEND d360_resolved ${d360_copy})
    endforeach()
    foreach(d360_path IN LISTS d360_resolved)
        get_filename_component(d360_dir "${d360_path}" DIRECTORY)
        if(NOT d360_dir STREQUAL d360_bin)
            file(INSTALL DESTINATION "${d360_bin_destination}" TYPE SHARED_LIBRARY FILES "${d360_path}")
        endif()
    endforeach()
]])
string(CONFIGURE "${d360_complete_code}" d360_complete_code @ONLY)
install(CODE "${d360_complete_code}")

# --- The packages ------------------------------------------------------------

set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_PROJECT_CONFIG_FILE "${windows_out}/CPackWindowsConfig.cmake")
set(CPACK_WIX_UPGRADE_GUID "${D360_WIX_UPGRADE_GUID}")
set(CPACK_WIX_PRODUCT_ICON "${D360_ICON_ICO}")
set(CPACK_WIX_PATCH_FILE "${windows_out}/wix-patch.xml")
# No ALLUSERS: CPack's default, a per-user install (into Program Files, so
# Windows asks for an administrator). With ALLUSERS=1 the Start-menu entry
# would show for every user, but the shortcut's per-user key path (see
# wix-patch.xml.in) would then mix per-user and per-machine data (ICE57);
# that change wants a Windows machine to validate it on.
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
# The Start-menu shortcut is made by wix-patch.xml, not from
# CPACK_PACKAGE_EXECUTABLES: the <Shortcut> CPack writes has no place for
# the AppUserModel.ID that ties the task bar button and notifications to
# it. Setting CPACK_PACKAGE_EXECUTABLES as well would add a second entry.
