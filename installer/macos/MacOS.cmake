# macOS packaging: the program as an application bundle, made
# self-contained by macdeployqt (through Qt's qt_generate_deploy_app_script),
# signed, and packed by CPack's DragNDrop generator into a .dmg that shows
# the bundle beside a link to /Applications:
#
#   d360-exporter.app/Contents/MacOS/d360-exporter  the program
#   .../Contents/Info.plist                         installer/macos/Info.plist.in
#   .../Contents/Resources/<id>.icns, LICENSE       icon, the MIT notice
#   .../Contents/Frameworks, PlugIns                Qt, QtKeychain, QuaZip (macdeployqt)
#
# Info.plist is configured here, on every platform, into
# ${D360_INSTALLER_BINARY_DIR}/macos/Info.plist, and the bundle is pointed at
# that configured file rather than at the template: CMake would configure a
# template in app/'s scope, where only the MACOSX_BUNDLE_* target properties
# reach it, and this way tests/package reads on Linux exactly the bytes a
# Mac build puts in the bundle. Everything that needs a Mac is below
# `if(NOT APPLE) return()`. Written on Linux from the CMake, CPack and Qt
# documentation, not yet built on a Mac: installer/macos/README.md says
# what to check there, and how to sign and notarize.

set(macos_in "${CMAKE_CURRENT_LIST_DIR}")
set(macos_out "${D360_INSTALLER_BINARY_DIR}/macos")

# The oldest macOS the program supports: the floor of the Qt 6 builds it
# is packaged with. A higher deployment target wins, since the binary then
# needs that one; CMAKE_OSX_DEPLOYMENT_TARGET itself must be given when
# configuring (it takes effect at project()), see README.md.
set(D360_MACOS_MINIMUM_VERSION "11.0")
if(CMAKE_OSX_DEPLOYMENT_TARGET AND CMAKE_OSX_DEPLOYMENT_TARGET VERSION_GREATER D360_MACOS_MINIMUM_VERSION)
    set(D360_MACOS_MINIMUM_VERSION "${CMAKE_OSX_DEPLOYMENT_TARGET}")
endif()

get_target_property(MACOSX_BUNDLE_EXECUTABLE_NAME d360-exporter OUTPUT_NAME)
if(NOT MACOSX_BUNDLE_EXECUTABLE_NAME)
    set(MACOSX_BUNDLE_EXECUTABLE_NAME d360-exporter)
endif()
set(MACOSX_BUNDLE_GUI_IDENTIFIER "${D360_APPLICATION_ID}")
set(MACOSX_BUNDLE_BUNDLE_NAME "${D360_APPLICATION_NAME}")
set(MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
set(MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")
get_filename_component(MACOSX_BUNDLE_ICON_FILE "${D360_ICON_ICNS}" NAME)

set(MACOSX_BUNDLE_COPYRIGHT "${D360_COPYRIGHT}")

# The translations the program carries (resources/translations/
# d360-exporter_<language>.ts, the same files app/CMakeLists.txt compiles)
# and English, the language of its source.
file(GLOB d360_translation_files CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/resources/translations/d360-exporter_*.ts")
set(d360_languages en)
foreach(ts IN LISTS d360_translation_files)
    get_filename_component(ts_name "${ts}" NAME)
    if(ts_name MATCHES "^d360-exporter_(.+)\\.ts$")
        string(REPLACE "_" "-" language "${CMAKE_MATCH_1}")
        list(APPEND d360_languages "${language}")
    endif()
endforeach()
list(REMOVE_DUPLICATES d360_languages)

# Property-list strings are XML text.
foreach(name MACOSX_BUNDLE_EXECUTABLE_NAME MACOSX_BUNDLE_GUI_IDENTIFIER MACOSX_BUNDLE_BUNDLE_NAME
             MACOSX_BUNDLE_ICON_FILE MACOSX_BUNDLE_COPYRIGHT d360_languages)
    string(REPLACE "&" "&amp;" ${name} "${${name}}")
    string(REPLACE "<" "&lt;" ${name} "${${name}}")
    string(REPLACE ">" "&gt;" ${name} "${${name}}")
endforeach()
list(TRANSFORM d360_languages PREPEND "        <string>")
list(TRANSFORM d360_languages APPEND "</string>")
list(JOIN d360_languages "\n" D360_MACOS_LOCALIZATIONS)

set(D360_MACOS_INFO_PLIST "${macos_out}/Info.plist")
configure_file("${macos_in}/Info.plist.in" "${D360_MACOS_INFO_PLIST}" @ONLY)

if(NOT APPLE)
    return()
endif()

# --- The bundle --------------------------------------------------------------

if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
    message(WARNING "CMAKE_OSX_DEPLOYMENT_TARGET is not set: the program will need the macOS it is "
                    "built on, while its Info.plist promises ${D360_MACOS_MINIMUM_VERSION}. Configure "
                    "with -DCMAKE_OSX_DEPLOYMENT_TARGET=${D360_MACOS_MINIMUM_VERSION} for a release.")
endif()

# The target has to be a bundle from the start, in app/CMakeLists.txt:
# install(TARGETS) picks the bundle rule (BUNDLE DESTINATION) only for a
# target that is one when it is called, and Qt's finalizer, at the end of
# app/, adds the bundle's run path (@executable_path/../Frameworks) only
# then. Setting MACOSX_BUNDLE here would come too late for both.
get_target_property(d360_is_bundle d360-exporter MACOSX_BUNDLE)
if(NOT d360_is_bundle)
    message(FATAL_ERROR "d360-exporter is not an application bundle: app/CMakeLists.txt needs "
                        "qt_add_executable(d360-exporter MACOSX_BUNDLE ...) and "
                        "install(TARGETS d360-exporter ... BUNDLE DESTINATION .)")
endif()
set_target_properties(d360-exporter PROPERTIES MACOSX_BUNDLE_INFO_PLIST "${D360_MACOS_INFO_PLIST}")

# The icon and the licence go into Contents/Resources when the bundle is
# built, so a bundle run from the build tree looks like the installed one.
target_sources(d360-exporter PRIVATE "${D360_ICON_ICNS}" "${PROJECT_SOURCE_DIR}/LICENSE")
set_source_files_properties("${D360_ICON_ICNS}" "${PROJECT_SOURCE_DIR}/LICENSE"
    TARGET_DIRECTORY d360-exporter
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_source_files_properties("${D360_ICON_ICNS}" TARGET_DIRECTORY d360-exporter
    PROPERTIES GENERATED TRUE)
add_dependencies(d360-exporter d360_icons)

# macdeployqt works on <prefix>/d360-exporter.app; install(TARGETS) puts the
# bundle there only when it is given BUNDLE DESTINATION . (app/CMakeLists.txt).
# Without it the bundle lands in bin/ and macdeployqt fails obscurely.
install(CODE [[
    set(d360_bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/$<TARGET_BUNDLE_DIR_NAME:d360-exporter>")
    if(NOT IS_DIRECTORY "${d360_bundle}")
        message(FATAL_ERROR "${d360_bundle} was not installed: install(TARGETS d360-exporter) in "
                            "app/CMakeLists.txt needs BUNDLE DESTINATION .")
    endif()
]])

# Qt's frameworks and plugins, and every other library the program links
# that is not the system's (QtKeychain, QuaZip), copied into the bundle
# with their install names rewritten. libcrypto is not among them: the
# program loads it at run time by the bare name libcrypto.3.dylib
# (app/core/jobs/Sha256Stream.cpp), which dyld looks for in its default
# folders (/usr/local/lib, /usr/lib), never in the bundle, so a copy there
# would go unused. The program then hashes with Qt's SHA-256, unless an
# Intel Mac has Homebrew's OpenSSL in /usr/local/lib, which a release
# signed with the hardened runtime refuses to load anyway.
d360_install_qt_deployment()

# Then the whole bundle is signed: macdeployqt's rewriting of install names
# breaks the linker's signatures, and Apple silicon runs no unsigned code.
# "-" (the default) signs ad hoc, enough to run the build on this Mac; a
# release names its Developer ID and gets the hardened runtime and a
# secure time stamp, as notarization requires (README.md).
set(D360_MACOS_SIGNING_IDENTITY "-" CACHE STRING
    "codesign identity for the bundle: \"Developer ID Application: NAME (TEAM)\" for a release, - for ad hoc")
find_program(D360_CODESIGN codesign REQUIRED)
set(d360_sign_code [[
    set(d360_bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/$<TARGET_BUNDLE_DIR_NAME:d360-exporter>")
    set(d360_identity [=[@D360_MACOS_SIGNING_IDENTITY@]=])
    if(d360_identity STREQUAL "-")
        set(d360_sign_options --sign -)
    else()
        set(d360_sign_options --options runtime --timestamp --sign "${d360_identity}")
    endif()
    message(STATUS "Signing ${d360_bundle} (${d360_identity})")
    execute_process(COMMAND "@D360_CODESIGN@" --force --deep ${d360_sign_options} "${d360_bundle}"
                    RESULT_VARIABLE d360_result)
    if(NOT d360_result EQUAL 0)
        message(FATAL_ERROR "codesign could not sign ${d360_bundle}")
    endif()
    execute_process(COMMAND "@D360_CODESIGN@" --verify --deep --strict "${d360_bundle}"
                    RESULT_VARIABLE d360_result)
    if(NOT d360_result EQUAL 0)
        message(FATAL_ERROR "codesign --verify rejects ${d360_bundle}")
    endif()
]])
string(CONFIGURE "${d360_sign_code}" d360_sign_code @ONLY)
install(CODE "${d360_sign_code}")

# --- The package -------------------------------------------------------------

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "${D360_APPLICATION_NAME}")
# DragNDrop makes it the mounted volume's icon.
set(CPACK_PACKAGE_ICON "${D360_ICON_ICNS}")
# No licence to agree to when the image is opened (CMP0133's default; the
# SLA resources are deprecated since macOS 12): the MIT notice is in the
# bundle's Resources instead.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
