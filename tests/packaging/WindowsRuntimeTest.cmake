# cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P WindowsRuntimeTest.cmake
#
# What of cmake/WindowsRuntime.cmake (the Windows installer's DLL copy) can be checked on Linux:
# 1. a path of a GitHub Windows runner pasted into install code as it is stops cmake_install.cmake ("Invalid character
#    escape '\a'"): the failure the function guards against, shown first so that the check below means something;
# 2. the install code the function generates, configured with such paths as CMAKE_PREFIX_PATH, runs to the end and
#    searches the converted directories (file(GET_RUNTIME_DEPENDENCIES) runs too, on an ELF file of this machine);
# 3. the exclusion regexes, applied the way file(GET_RUNTIME_DEPENDENCIES) applies them on Windows (names lower-cased,
#    full paths as they are), drop Qt's, the API sets' and the system's DLLs and keep the libraries'.
# What only Windows can show: which DLLs the real executables load and where they are found.
cmake_minimum_required(VERSION 3.21)
foreach(var SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(workspace "D:\\a\\wabadesk\\wabadesk\\deps") # what ${{ github.workspace }}\deps expands to on windows-2022
set(qt_root "C:\\Qt\\6.8.3\\msvc2022_64")        # install-qt-action's QT_ROOT_DIR lives under the same kind of path

# 1. The failure: the old Packaging.cmake pasted the prefixes unquoted into install(CODE). Under policy CMP0010's NEW
#    behaviour (any cmake_minimum_required of the last 15 years) that is an error; with it unset, CMake 3.25 warns and
#    keeps the text, where \t, \n or \r in a path would still become a control character.
file(WRITE "${WORK_DIR}/pasted.cmake" "cmake_minimum_required(VERSION 3.21)\nset(dirs ${workspace}/bin)\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -P "${WORK_DIR}/pasted.cmake" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "Invalid character escape '\\\\a'")
    message(FATAL_ERROR "expected the pasted Windows path to fail with an invalid escape; got ${rc}: ${err}")
endif()

# 2. The generated install code, configured with the runner's paths. Its executable here is the shell (an ELF with few
#    libraries, which are then copied to the staging directory like the DLLs would be).
find_program(shell sh REQUIRED)
file(WRITE "${WORK_DIR}/src/CMakeLists.txt" "cmake_minimum_required(VERSION 3.21)
project(windows_runtime_paths LANGUAGES NONE)
include([==[${SOURCE_DIR}/cmake/WindowsRuntime.cmake]==])
wabadesk_install_runtime_dlls(DESTINATION bin EXECUTABLES [==[${shell}]==] PREFIXES \${CMAKE_PREFIX_PATH})
")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${WORK_DIR}/src" -B "${WORK_DIR}/build"
                        "-DCMAKE_PREFIX_PATH=${workspace};${qt_root}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configure failed: ${out}${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${WORK_DIR}/build" --prefix "${WORK_DIR}/stage"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the generated install code failed: ${out}${err}")
endif()
set(expected "searched in D:/a/wabadesk/wabadesk/deps/bin;C:/Qt/6.8.3/msvc2022_64/bin")
string(FIND "${out}" "${expected}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the install code did not search the converted directories (${expected}): ${out}")
endif()
file(GLOB installed "${WORK_DIR}/stage/bin/*")
if(NOT installed)
    message(FATAL_ERROR "the install code copied nothing: ${out}")
endif()

# 3. The exclusions, as file(GET_RUNTIME_DEPENDENCIES) applies them on Windows.
include("${SOURCE_DIR}/cmake/WindowsRuntime.cmake")
function(excluded out name path)
    string(TOLOWER "${name}" name)
    set(result FALSE)
    foreach(regex IN LISTS WABADESK_RUNTIME_PRE_EXCLUDE)
        if(name MATCHES "${regex}")
            set(result TRUE)
        endif()
    endforeach()
    foreach(regex IN LISTS WABADESK_RUNTIME_POST_EXCLUDE)
        if(path MATCHES "${regex}")
            set(result TRUE)
        endif()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
set(vcpkg_bin "D:/a/wabadesk/wabadesk/build/vcpkg_installed/x64-windows/bin")
foreach(case IN ITEMS
        "Qt6Core.dll|C:/Qt/6.8.3/msvc2022_64/bin/Qt6Core.dll|TRUE"
        "QT6NETWORK.DLL|C:/Qt/6.8.3/msvc2022_64/bin/Qt6Network.dll|TRUE"
        "API-MS-WIN-CRT-RUNTIME-L1-1-0.DLL||TRUE"
        "ext-ms-win-ntuser-window-l1-1-0.dll||TRUE"
        "KERNEL32.dll|C:/Windows/system32/kernel32.dll|TRUE"
        "ws2_32.dll|C:\\WINDOWS\\System32\\ws2_32.dll|TRUE"
        "crypt32.dll|c:/windows/SysWOW64/crypt32.dll|TRUE"
        "libprotobuf.dll|${vcpkg_bin}/libprotobuf.dll|FALSE"
        "abseil_dll.dll|${vcpkg_bin}/abseil_dll.dll|FALSE"
        "icuuc78.dll|${vcpkg_bin}/icuuc78.dll|FALSE"
        "libcrypto-3-x64.dll|${vcpkg_bin}/libcrypto-3-x64.dll|FALSE"
        "zlib1.dll|D:/Windows-tools/zlib1.dll|FALSE")
    string(REPLACE "|" ";" fields "${case}")
    list(GET fields 0 name)
    list(GET fields 1 path)
    list(GET fields 2 expected)
    excluded(result "${name}" "${path}")
    if(NOT result STREQUAL expected)
        message(FATAL_ERROR "${name} (${path}): excluded is ${result}, expected ${expected}")
    endif()
endforeach()
# The old pattern, for the record: it never matched a lower-cased name.
if("qt6core.dll" MATCHES "^Qt6")
    message(FATAL_ERROR "CMake's regex matching became case-insensitive: revisit this test")
endif()
message(STATUS "Windows runtime DLL copy: paths and exclusions as expected")
