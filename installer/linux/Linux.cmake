# Desktop integration and documentation for Linux and other freedesktop
# systems, installed below CMAKE_INSTALL_PREFIX (/usr in the package):
#
#   share/applications/<id>.desktop         opens the window
#   share/metainfo/<id>.metainfo.xml        AppStream, for software centres
#   share/icons/hicolor/*/apps/<id>.{png,svg}
#   share/man/man1/d360-exporter.1.gz       every verb and exit code
#   share/bash-completion, zsh, fish        completions
#   share/doc/d360-exporter/copyright       DEP-5, made from LICENSE
#   share/doc/d360-exporter/changelog.gz    installer/changelog
#
# Compressed files are made with `gzip -9n` (no name, no time stamp), so the
# same sources always give the same package, as lintian asks.

if(WIN32 OR APPLE)
    return()
endif()

set(linux_in "${CMAKE_CURRENT_LIST_DIR}")
set(linux_out "${D360_INSTALLER_BINARY_DIR}/linux")
set(D360_SCREENSHOT_URL
    "https://raw.githubusercontent.com/d360exporter/d360-exporter/main/resources/screenshots/main-window.png")

set(D360_DESKTOP_FILE "${linux_out}/${D360_APPLICATION_ID}.desktop")
set(D360_METAINFO_FILE "${linux_out}/${D360_APPLICATION_ID}.metainfo.xml")
configure_file("${linux_in}/application.desktop.in" "${D360_DESKTOP_FILE}" @ONLY)
configure_file("${linux_in}/application.metainfo.xml.in" "${D360_METAINFO_FILE}" @ONLY)

# DEP-5 wants the licence text indented by one space, with "." for an empty
# line; LICENSE's own first line is its title, which DEP-5 says in its field.
file(STRINGS "${PROJECT_SOURCE_DIR}/LICENSE" license_lines)
list(REMOVE_AT license_lines 0)
set(D360_LICENSE_TEXT_DEP5 "")
foreach(line IN LISTS license_lines)
    if(line STREQUAL "")
        string(APPEND D360_LICENSE_TEXT_DEP5 " .\n")
    else()
        string(APPEND D360_LICENSE_TEXT_DEP5 " ${line}\n")
    endif()
endforeach()
string(REGEX REPLACE "^ \\.\n" "" D360_LICENSE_TEXT_DEP5 "${D360_LICENSE_TEXT_DEP5}")
string(STRIP "${D360_LICENSE_TEXT_DEP5}" D360_LICENSE_TEXT_DEP5)
set(D360_LICENSE_TEXT_DEP5 " ${D360_LICENSE_TEXT_DEP5}")
configure_file("${linux_in}/copyright.in" "${linux_out}/copyright" @ONLY)

find_program(D360_GZIP gzip REQUIRED)
function(d360_gzip source output)
    add_custom_command(OUTPUT "${output}"
        COMMAND "${D360_GZIP}" -9 -n -c "${source}" > "${output}"
        DEPENDS "${source}"
        VERBATIM)
endfunction()
d360_gzip("${linux_in}/d360-exporter.1" "${linux_out}/d360-exporter.1.gz")
d360_gzip("${D360_CHANGELOG}" "${linux_out}/changelog.gz")
add_custom_target(d360_linux_docs ALL DEPENDS "${linux_out}/d360-exporter.1.gz" "${linux_out}/changelog.gz")

install(FILES "${D360_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${D360_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
foreach(size IN LISTS D360_ICON_SIZES)
    install(FILES "${D360_ICON_PNG_${size}}"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${D360_ICON_SVG}" RENAME "${D360_APPLICATION_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${linux_out}/d360-exporter.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${linux_in}/completions/d360-exporter.bash" RENAME d360-exporter
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES "${linux_in}/completions/_d360-exporter"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
install(FILES "${linux_in}/completions/d360-exporter.fish"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")
install(FILES "${linux_out}/copyright" "${linux_out}/changelog.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/d360-exporter")
