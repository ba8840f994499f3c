# CPack: the packages a writer installs.
#
#   Linux    DEB    cmake --build build/app --target package (or the package
#                   preset); checked by lintian, desktop-file-validate,
#                   appstreamcli and an install into a fresh Debian root
#                   (tests/package)
#   Windows  WIX, ZIP   configured in windows/Windows.cmake
#   macOS    DragNDrop  configured in macos/MacOS.cmake
#
# The Windows and macOS files set their own CPACK_GENERATOR; what is common
# (name, version, vendor, licence) is here, and include(CPack) comes last.

set(CPACK_PACKAGE_NAME "d360-exporter")
set(CPACK_PACKAGE_VENDOR "D360 Exporter developers")
set(CPACK_PACKAGE_CONTACT "D360 Exporter developers <d360exporter@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${D360_APPLICATION_NAME}")
set(CPACK_STRIP_FILES TRUE)
# Packages land in one folder of the build tree, not among its objects.
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB")
endif()

# Debian: what dpkg-shlibdeps computes from the linked libraries, plus what
# it cannot see because it is opened at run time:
#   libssl3         libcrypto.so.3 (Sha256Stream) and Qt's TLS back end
#   libsecret-1-0   QtKeychain's Secret Service back end
#   libqt6svg6      the SVG icon engine and image plug-ins the icons need
#   libqt6sql6-sqlite  Qt SQL's SQLite driver, for the state database
#   ca-certificates the trust store for https to the Document360 API
# libgit2 and libxml2 (comparing exports) are linked: shlibdeps names them.
# The xcb and offscreen platform plug-ins ship in libqt6gui6, which the
# linked libraries already bring. Recommended: xdg-utils opens exported
# files, folders and the sign-in page in the desktop's programs; Wayland
# sessions want Qt's Wayland plug-in; Qt's own strings in the writer's
# language come from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libssl3, libsecret-1-0, libqt6svg6, libqt6sql6-sqlite, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "D360 Exporter gets a Document360 knowledge base out, for one language or
forty, today and every release. Pick a project, its versions, languages and
formats, press Export and watch the job queue: each file is exported through
the Document360 V3 API, downloaded, checked and renamed into the chosen folder.

API tokens are kept only in the system keychain (Secret Service); signing in
with a Document360 login in the browser (OAuth2 with PKCE) works too. Jobs
resume after a crash, a restart or a lost connection. The same engine runs
headless for scripts, and a built-in simulator of the API lets anyone try the
program without an account.")

include(CPack)
