# The application icon in every form a desktop asks for, rendered from the
# one SVG the window also uses (resources/icons/d360-exporter.svg) when the
# program is built; no rendering is checked in, so the sizes cannot drift
# from the drawing.
#
#   hicolor PNGs  16 24 32 48 64 128 256 px, rsvg-convert (librsvg)
#   .ico          Windows: the same PNGs in one file, icotool (icoutils) or
#                 ImageMagick
#   .icns         macOS: iconutil on a Mac, png2icns (icnsutils) elsewhere
#
# The platform that installs a file cannot be built without its tool; the
# others build it when the tool is there (Linux does, for its tests).
#
# Sets D360_ICON_SVG, D360_ICON_PNG_DIR (hicolor/<n>x<n>/apps/<id>.png below
# it), D360_ICON_ICO and D360_ICON_ICNS; target d360_icons makes them.

set(D360_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/d360-exporter.svg")
set(D360_ICON_SIZES 16 24 32 48 64 128 256)
set(D360_ICON_PNG_DIR "${D360_INSTALLER_BINARY_DIR}/icons")
set(D360_ICON_ICO "${D360_INSTALLER_BINARY_DIR}/icons/${D360_APPLICATION_ID}.ico")
set(D360_ICON_ICNS "${D360_INSTALLER_BINARY_DIR}/icons/${D360_APPLICATION_ID}.icns")

find_program(D360_RSVG_CONVERT rsvg-convert)
if(NOT D360_RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert (Debian: librsvg2-bin) is needed to render the application icon; "
                        "installer/install-deps.sh installs it")
endif()

# One rendering rule for every size: D360_ICON_PNG_<size> names the file.
function(d360_render_icon size png)
    get_filename_component(folder "${png}" DIRECTORY)
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${folder}"
        COMMAND "${D360_RSVG_CONVERT}" --width ${size} --height ${size} --keep-aspect-ratio
                --output "${png}" "${D360_ICON_SVG}"
        DEPENDS "${D360_ICON_SVG}"
        COMMENT "Rendering the ${size} px application icon"
        VERBATIM)
    set(D360_ICON_PNG_${size} "${png}" PARENT_SCOPE)
endfunction()

set(icon_pngs "")
foreach(size IN LISTS D360_ICON_SIZES)
    d360_render_icon(${size} "${D360_ICON_PNG_DIR}/hicolor/${size}x${size}/apps/${D360_APPLICATION_ID}.png")
    list(APPEND icon_pngs "${D360_ICON_PNG_${size}}")
endforeach()

# Windows: every size up to 256 px in one .ico.
# Each platform needs its own icon file and fails without the tool for it;
# elsewhere the file is built when its tool is there (on Linux, for the
# tests that check the Windows and macOS files), and left out otherwise.
set(icon_files ${icon_pngs})
find_program(D360_ICOTOOL icotool)
find_program(D360_MAGICK NAMES magick convert)
if(D360_ICOTOOL)
    set(ico_command "${D360_ICOTOOL}" --create --output "${D360_ICON_ICO}" ${icon_pngs})
elseif(D360_MAGICK)
    set(ico_command "${D360_MAGICK}" ${icon_pngs} "${D360_ICON_ICO}")
elseif(WIN32)
    message(FATAL_ERROR "icotool (icoutils) or ImageMagick is needed to build the Windows icon")
else()
    message(STATUS "No icotool or ImageMagick: the Windows icon is not built")
endif()
if(ico_command)
    add_custom_command(OUTPUT "${D360_ICON_ICO}"
        COMMAND ${ico_command}
        DEPENDS ${icon_pngs}
        COMMENT "Building the Windows icon"
        VERBATIM)
    list(APPEND icon_files "${D360_ICON_ICO}")
endif()

# macOS: the sizes an .icns holds (16, 32, 128, 256 and 512 with their @2x
# twins); 512 and 1024 are rendered for it alone.
foreach(size 512 1024)
    d360_render_icon(${size} "${D360_INSTALLER_BINARY_DIR}/icons/icns/${size}.png")
endforeach()
find_program(D360_ICONUTIL iconutil)
find_program(D360_PNG2ICNS png2icns)
if(APPLE AND D360_ICONUTIL)
    set(iconset "${D360_INSTALLER_BINARY_DIR}/icons/${D360_APPLICATION_ID}.iconset")
    set(icns_command "${CMAKE_COMMAND}" -E make_directory "${iconset}")
    foreach(entry "16;16x16" "32;16x16@2x" "32;32x32" "64;32x32@2x" "128;128x128" "256;128x128@2x"
                  "256;256x256" "512;256x256@2x" "512;512x512" "1024;512x512@2x")
        list(GET entry 0 size)
        list(GET entry 1 name)
        list(APPEND icns_command COMMAND "${CMAKE_COMMAND}" -E copy "${D360_ICON_PNG_${size}}"
                                         "${iconset}/icon_${name}.png")
    endforeach()
    list(APPEND icns_command COMMAND "${D360_ICONUTIL}" --convert icns --output "${D360_ICON_ICNS}" "${iconset}")
elseif(D360_PNG2ICNS)
    # png2icns knows 16, 32, 48, 128, 256, 512 and 1024 px.
    set(icns_command "${D360_PNG2ICNS}" "${D360_ICON_ICNS}"
        "${D360_ICON_PNG_16}" "${D360_ICON_PNG_32}" "${D360_ICON_PNG_48}" "${D360_ICON_PNG_128}"
        "${D360_ICON_PNG_256}" "${D360_ICON_PNG_512}" "${D360_ICON_PNG_1024}")
elseif(APPLE)
    message(FATAL_ERROR "iconutil is needed to build the macOS icon")
else()
    message(STATUS "No png2icns (icnsutils): the macOS icon is not built")
endif()
if(icns_command)
    add_custom_command(OUTPUT "${D360_ICON_ICNS}"
        COMMAND ${icns_command}
        DEPENDS ${icon_pngs} "${D360_ICON_PNG_512}" "${D360_ICON_PNG_1024}"
        COMMENT "Building the macOS icon"
        VERBATIM)
    list(APPEND icon_files "${D360_ICON_ICNS}")
endif()

add_custom_target(d360_icons ALL DEPENDS ${icon_files})
