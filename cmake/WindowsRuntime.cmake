# Windows: the DLLs that windeployqt does not copy (it copies Qt only): libphonenumber's protobuf, abseil, ICU and re2,
# zlib, OpenSSL and whatever else the executables load from the prefixes CMake found them in (vcpkg's bin folder, the
# -DCMAKE_PREFIX_PATH entries). Used by cmake/Packaging.cmake; tests/packaging runs the generated install code with the
# paths of a GitHub Windows runner.
#
# wabadesk_install_runtime_dlls(DESTINATION <dir> EXECUTABLES <file>... PREFIXES <prefix>... [DIRECTORIES <dir>...])
# searches <prefix>/bin of every prefix, then the DIRECTORIES.
#
# The values reach the install script as bracket arguments, with forward slashes: a runner's paths are
# `D:\a\wabadesk\…`, and pasted into install(CODE) as they are, `\a` is an invalid escape in cmake_install.cmake.
# string(REPLACE) rather than file(TO_CMAKE_PATH): the same result on Windows, and on Linux (where tests/packaging
# runs this) TO_CMAKE_PATH would split `D:/a` at the colon.

# What not to copy. Dependency names are matched in lower case (file(GET_RUNTIME_DEPENDENCIES) lower-cases DLL names on
# Windows, so "^Qt6" would never match); full paths keep their case, hence the character classes.
set(WABADESK_RUNTIME_PRE_EXCLUDE
    "^api-ms-" "^ext-ms-" # API sets: resolved by the loader, not files
    "^qt6"                # Qt: windeployqt has copied it, with its plugins
)
set(WABADESK_RUNTIME_POST_EXCLUDE
    "^[a-zA-Z]:[/\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\]" # the system's own (System32, SysWOW64, WinSxS)
)

function(wabadesk_install_runtime_dlls)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "DESTINATION" "EXECUTABLES;PREFIXES;DIRECTORIES")
    set(directories)
    foreach(prefix IN LISTS arg_PREFIXES)
        list(APPEND directories "${prefix}/bin")
    endforeach()
    list(APPEND directories ${arg_DIRECTORIES})
    string(REPLACE "\\" "/" directories "${directories}")
    install(CODE "set(WABADESK_RUNTIME_EXECUTABLES [==[${arg_EXECUTABLES}]==])
set(WABADESK_RUNTIME_DIRECTORIES [==[${directories}]==])
set(WABADESK_RUNTIME_DESTINATION [==[${arg_DESTINATION}]==])
set(WABADESK_RUNTIME_PRE_EXCLUDE [==[${WABADESK_RUNTIME_PRE_EXCLUDE}]==])
set(WABADESK_RUNTIME_POST_EXCLUDE [==[${WABADESK_RUNTIME_POST_EXCLUDE}]==])")
    install(SCRIPT ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/InstallRuntimeDlls.cmake)
endfunction()
