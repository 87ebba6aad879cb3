# Signs WabaDesk.app from the inside out, as Apple asks (no --deep): the dylibs (Qt's plugins), the frameworks, the
# second executable (wabadesk-cli in Contents/MacOS, next to the app's: Qt finds the bundle's qt.conf and plugins
# through the main bundle, which a tool in Contents/Helpers would not have), then the bundle.
#
# Identity: $ENV{WABADESK_CODESIGN_IDENTITY} (a "Developer ID Application" identity in a keychain, or its SHA-1), else
# "-" (ad hoc). Signing is never skipped: macdeployqt rewrites the binaries' load commands, which breaks the linker's
# ad-hoc signature, and an arm64 Mac kills a binary whose signature is broken. With a real identity the hardened
# runtime and a secure timestamp are on (both required for notarization).
#
#   cmake -DBUNDLE=<path>/WabaDesk.app -P SignBundle.cmake      (the installers workflow, after lipo)
#   set(CPACK_PRE_BUILD_SCRIPTS .../SignBundle.cmake)            (cpack -G DragNDrop: the staged bundle)
cmake_minimum_required(VERSION 3.21)
if(NOT DEFINED BUNDLE)
    set(BUNDLE "${CPACK_TEMPORARY_DIRECTORY}/WabaDesk.app")
endif()
if(NOT IS_DIRECTORY "${BUNDLE}/Contents/MacOS")
    message(FATAL_ERROR "${BUNDLE} is not an app bundle")
endif()
set(identity "$ENV{WABADESK_CODESIGN_IDENTITY}")
set(options --force --options runtime)
if(identity STREQUAL "")
    set(identity "-")
    message(STATUS "Signing ${BUNDLE} ad hoc (no WABADESK_CODESIGN_IDENTITY): runs here, Gatekeeper will refuse it")
else()
    list(APPEND options --timestamp)
    message(STATUS "Signing ${BUNDLE} with the Developer ID identity")
endif()

function(sign path)
    execute_process(COMMAND codesign ${options} --sign "${identity}" ${ARGN} "${path}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${path}")
    endif()
endfunction()

file(GLOB_RECURSE dylibs LIST_DIRECTORIES false "${BUNDLE}/Contents/PlugIns/*.dylib" "${BUNDLE}/Contents/Frameworks/*.dylib")
foreach(dylib IN LISTS dylibs)
    if(NOT dylib MATCHES "\\.framework/" AND NOT IS_SYMLINK "${dylib}")
        sign("${dylib}")
    endif()
endforeach()
file(GLOB frameworks LIST_DIRECTORIES true "${BUNDLE}/Contents/Frameworks/*.framework")
foreach(framework IN LISTS frameworks)
    sign("${framework}")
endforeach()

# The bundle's own executable is signed with the bundle; every other one in Contents/MacOS first, on its own.
file(READ "${BUNDLE}/Contents/Info.plist" plist)
string(REGEX MATCH "<key>CFBundleExecutable</key>[ \t\r\n]*<string>([^<]+)</string>" _ "${plist}")
set(main "${CMAKE_MATCH_1}")
string(REGEX MATCH "<key>CFBundleIdentifier</key>[ \t\r\n]*<string>([^<]+)</string>" _ "${plist}")
set(bundle_id "${CMAKE_MATCH_1}")
file(GLOB executables LIST_DIRECTORIES false "${BUNDLE}/Contents/MacOS/*")
foreach(executable IN LISTS executables)
    get_filename_component(name "${executable}" NAME)
    if(NOT name STREQUAL main)
        sign("${executable}" --identifier "${bundle_id}.${name}")
    endif()
endforeach()
sign("${BUNDLE}")

execute_process(COMMAND codesign --verify --strict --deep --verbose=2 "${BUNDLE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "codesign --verify failed for ${BUNDLE}")
endif()
