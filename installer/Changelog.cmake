# Reads installer/changelog, the program's release history in Debian's
# changelog format (one entry per release, newest first), so that one file
# gives the package its changelog and AppStream its <releases>.
#
# The newest entry must be the version in project(): a release cannot be
# packaged without saying what it brings and when. Sets
#   D360_RELEASE_DATE       the newest entry's date, YYYY-MM-DD
#   D360_APPSTREAM_RELEASES the <release> elements for the metainfo file

set(D360_CHANGELOG "${D360_INSTALLER_DIR}/changelog")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${D360_CHANGELOG}")
file(STRINGS "${D360_CHANGELOG}" changelog_lines)

# Items are kept as XML as they are read (a CMake list would split an item at
# its semicolons); an item's wrapped lines are added to it until the next
# item or the entry's date line ends it.
set(D360_APPSTREAM_RELEASES "")
set(newest_version "")
set(release_version "")
set(items_xml "")
set(item "")
macro(d360_end_changelog_item)
    if(NOT item STREQUAL "")
        string(REPLACE "&" "&amp;" item "${item}")
        string(REPLACE "<" "&lt;" item "${item}")
        string(APPEND items_xml "          <li>${item}</li>\n")
        set(item "")
    endif()
endmacro()
foreach(line IN LISTS changelog_lines)
    if(line MATCHES "^d360-exporter \\(([^)]+)\\) ")
        set(release_version "${CMAKE_MATCH_1}")
        set(items_xml "")
        if(newest_version STREQUAL "")
            set(newest_version "${release_version}")
        endif()
    elseif(line MATCHES "^  \\* (.+)$")
        d360_end_changelog_item()
        set(item "${CMAKE_MATCH_1}")
    elseif(line MATCHES "^    (.+)$" AND NOT item STREQUAL "")
        string(APPEND item " ${CMAKE_MATCH_1}")
    elseif(line MATCHES "^ -- .+  [A-Z][a-z][a-z], ([0-9][0-9]?) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
        d360_end_changelog_item()
        set(day "${CMAKE_MATCH_1}")
        set(month_name "${CMAKE_MATCH_2}")
        set(year "${CMAKE_MATCH_3}")
        set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
        list(FIND month_names "${month_name}" month_index)
        if(month_index LESS 0 OR release_version STREQUAL "")
            message(FATAL_ERROR "installer/changelog: cannot read the date in: ${line}")
        endif()
        math(EXPR month "${month_index} + 1")
        string(LENGTH "${day}" day_length)
        if(day_length EQUAL 1)
            set(day "0${day}")
        endif()
        if(month LESS 10)
            set(month "0${month}")
        endif()
        set(date "${year}-${month}-${day}")
        if(release_version STREQUAL newest_version)
            set(D360_RELEASE_DATE "${date}")
        endif()
        string(APPEND D360_APPSTREAM_RELEASES
            "    <release version=\"${release_version}\" date=\"${date}\">\n"
            "      <description>\n        <ul>\n${items_xml}        </ul>\n      </description>\n"
            "    </release>\n")
        set(release_version "")
    endif()
endforeach()

if(NOT newest_version STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "installer/changelog starts with version '${newest_version}', but project() "
                        "says ${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION} at the top.")
endif()
if(NOT D360_RELEASE_DATE)
    message(FATAL_ERROR "installer/changelog: the entry for ${PROJECT_VERSION} has no date line")
endif()
string(STRIP "${D360_APPSTREAM_RELEASES}" D360_APPSTREAM_RELEASES)
