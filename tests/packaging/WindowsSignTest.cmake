# cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P WindowsSignTest.cmake
#
# packaging/windows/Sign.cmake as CPack runs it (pre- and post-build script), in a small project packed as a TGZ, with
# a stand-in signtool that records its calls: without a thumbprint nothing is signed; with one, the staged wabadesk.exe
# and wabadesk-cli.exe are signed and verified before packing, and after packing only .exe packages (the installer),
# so not this archive. What only Windows can show: that signtool accepts the certificate and the files.
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
file(WRITE "${WORK_DIR}/src/CMakeLists.txt" "cmake_minimum_required(VERSION 3.21)
project(sign_check VERSION 1.0 LANGUAGES NONE)
install(FILES CMakeLists.txt DESTINATION bin RENAME wabadesk.exe)
install(FILES CMakeLists.txt DESTINATION bin RENAME wabadesk-cli.exe)
install(FILES CMakeLists.txt DESTINATION bin RENAME Qt6Core.dll)
set(CPACK_GENERATOR TGZ)
set(CPACK_PRE_BUILD_SCRIPTS [==[${SOURCE_DIR}/packaging/windows/Sign.cmake]==])
set(CPACK_POST_BUILD_SCRIPTS [==[${SOURCE_DIR}/packaging/windows/Sign.cmake]==])
include(CPack)
")
file(WRITE "${WORK_DIR}/bin/signtool" "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"${WORK_DIR}/signtool.log\"\n")
file(CHMOD "${WORK_DIR}/bin/signtool" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${WORK_DIR}/src" -B "${WORK_DIR}/build" RESULT_VARIABLE rc
                OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configure failed")
endif()

get_filename_component(cmake_bin "${CMAKE_COMMAND}" DIRECTORY)
set(cpack "${cmake_bin}/cpack")
set(ENV{PATH} "${WORK_DIR}/bin:$ENV{PATH}")
unset(ENV{WABADESK_SIGNTOOL_CERT_SHA1})
execute_process(COMMAND "${cpack}" WORKING_DIRECTORY "${WORK_DIR}/build" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR EXISTS "${WORK_DIR}/signtool.log" OR NOT out MATCHES "Not signing")
    message(FATAL_ERROR "without a thumbprint nothing may be signed, and the log must say so: ${out}")
endif()

set(ENV{WABADESK_SIGNTOOL_CERT_SHA1} 0123456789ABCDEF0123456789ABCDEF01234567)
execute_process(COMMAND "${cpack}" WORKING_DIRECTORY "${WORK_DIR}/build" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed: ${out}")
endif()
file(STRINGS "${WORK_DIR}/signtool.log" calls)
list(LENGTH calls count)
list(GET calls 0 sign)
if(NOT count EQUAL 2
   OR NOT sign MATCHES "^sign /sha1 0123456789ABCDEF0123456789ABCDEF01234567 /fd SHA256 /tr [^ ]+ /td SHA256 "
   OR NOT sign MATCHES "/bin/wabadesk-cli\\.exe" OR NOT sign MATCHES "/bin/wabadesk\\.exe"
   OR sign MATCHES "Qt6Core")
    message(FATAL_ERROR "expected one signtool sign of the two executables and one verify, got:\n${calls}")
endif()
list(GET calls 1 verify)
if(NOT verify MATCHES "^verify /pa ")
    message(FATAL_ERROR "expected signtool verify after signing, got: ${verify}")
endif()
message(STATUS "Sign.cmake: nothing signed without a certificate; the executables signed and verified with one")
