# cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P MacSignOrderTest.cmake
#
# packaging/macos/SignBundle.cmake against a made-up bundle, with a stand-in `codesign` that only records its
# arguments: every plugin before every framework, the frameworks before wabadesk-cli, wabadesk-cli (with an
# identifier of its own) before the bundle, the bundle last and then verified; ad hoc without an identity, hardened
# runtime and timestamp with one. What only a Mac can show: that codesign accepts the real bundle, and Gatekeeper too.
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
set(app "${WORK_DIR}/stage/WabaDesk.app")
file(MAKE_DIRECTORY "${app}/Contents/MacOS" "${app}/Contents/PlugIns/platforms" "${app}/Contents/PlugIns/sqldrivers"
     "${app}/Contents/Frameworks/QtCore.framework/Versions/A" "${app}/Contents/Frameworks/QtGui.framework/Versions/A")
foreach(file MacOS/WabaDesk MacOS/wabadesk-cli PlugIns/platforms/libqcocoa.dylib PlugIns/sqldrivers/libqsqlite.dylib
             Frameworks/QtCore.framework/Versions/A/QtCore Frameworks/QtGui.framework/Versions/A/QtGui)
    file(WRITE "${app}/Contents/${file}" "")
endforeach()
file(CREATE_LINK Versions/A/QtCore "${app}/Contents/Frameworks/QtCore.framework/QtCore" SYMBOLIC)
file(WRITE "${app}/Contents/Info.plist" "<plist version=\"1.0\"><dict>
    <key>CFBundleExecutable</key>
    <string>WabaDesk</string>
    <key>CFBundleIdentifier</key>
    <string>io.wabadesk.WabaDesk</string>
</dict></plist>
")
file(WRITE "${WORK_DIR}/bin/codesign" "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"${WORK_DIR}/codesign.log\"\n")
file(CHMOD "${WORK_DIR}/bin/codesign" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

function(sign_with identity out)
    file(REMOVE "${WORK_DIR}/codesign.log")
    set(ENV{PATH} "${WORK_DIR}/bin:$ENV{PATH}")
    set(ENV{WABADESK_CODESIGN_IDENTITY} "${identity}")
    execute_process(COMMAND "${CMAKE_COMMAND}" -DBUNDLE=${app} -P "${SOURCE_DIR}/packaging/macos/SignBundle.cmake"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "SignBundle.cmake failed: ${output}")
    endif()
    file(STRINGS "${WORK_DIR}/codesign.log" lines)
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

# The position of the first line that matches regex; -1 if none.
function(position out lines regex)
    set(index 0)
    foreach(line IN LISTS lines)
        if(line MATCHES "${regex}")
            set(${out} ${index} PARENT_SCOPE)
            return()
        endif()
        math(EXPR index "${index} + 1")
    endforeach()
    set(${out} -1 PARENT_SCOPE)
endfunction()

sign_with("" calls)
list(LENGTH calls count)
if(NOT count EQUAL 7) # 2 plugins, 2 frameworks, the CLI, the bundle, the verification
    message(FATAL_ERROR "expected 7 codesign calls, got ${count}:\n${calls}")
endif()
position(cocoa "${calls}" "libqcocoa\\.dylib$")
position(sqlite "${calls}" "libqsqlite\\.dylib$")
position(core "${calls}" "QtCore\\.framework$")
position(gui "${calls}" "QtGui\\.framework$")
position(cli "${calls}" "--identifier io\\.wabadesk\\.WabaDesk\\.wabadesk-cli .*MacOS/wabadesk-cli$")
position(bundle "${calls}" "--sign - .*WabaDesk\\.app$")
position(verify "${calls}" "^--verify .*WabaDesk\\.app$")
foreach(pair "cocoa;core" "sqlite;core" "cocoa;gui" "sqlite;gui" "core;cli" "gui;cli" "cli;bundle" "bundle;verify")
    list(GET pair 0 first)
    list(GET pair 1 second)
    if(${first} LESS 0 OR ${second} LESS 0 OR NOT ${first} LESS ${second})
        message(FATAL_ERROR "${first} (${${first}}) must be signed before ${second} (${${second}}):\n${calls}")
    endif()
endforeach()
foreach(line IN LISTS calls)
    if(line MATCHES "--timestamp" OR (NOT line MATCHES "^--verify" AND NOT line MATCHES "--sign - "))
        message(FATAL_ERROR "without an identity every signature is ad hoc, with no timestamp: ${line}")
    endif()
endforeach()

sign_with("Developer ID Application: Example (TEAM123456)" calls)
foreach(line IN LISTS calls)
    if(NOT line MATCHES "^--verify" AND NOT line MATCHES "--options runtime --timestamp --sign Developer ID Application")
        message(FATAL_ERROR "with an identity: hardened runtime, timestamp and that identity: ${line}")
    endif()
endforeach()
message(STATUS "SignBundle.cmake: inside-out order, ad hoc and Developer ID options as expected")
