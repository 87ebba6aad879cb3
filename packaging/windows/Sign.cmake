# Authenticode signing for the Windows packages, run by CPack: as CPACK_PRE_BUILD_SCRIPTS it signs the staged
# wabadesk.exe and wabadesk-cli.exe (before NSIS and ZIP pack them), as CPACK_POST_BUILD_SCRIPTS the NSIS installer.
#
# The certificate is one in the current user's store, named by its SHA-1 thumbprint in
# $ENV{WABADESK_SIGNTOOL_CERT_SHA1} (the installers workflow imports it from the repository's secrets); without it
# nothing is signed and SmartScreen will warn about the installer. signtool comes from the Windows SDK
# (ilammy/msvc-dev-cmd puts it on PATH).
cmake_minimum_required(VERSION 3.21)
set(thumbprint "$ENV{WABADESK_SIGNTOOL_CERT_SHA1}")
if(thumbprint STREQUAL "")
    message(STATUS "Not signing: WABADESK_SIGNTOOL_CERT_SHA1 is not set")
    return()
endif()
set(timestamp "$ENV{WABADESK_SIGNTOOL_TIMESTAMP_URL}")
if(timestamp STREQUAL "")
    set(timestamp "http://timestamp.digicert.com")
endif()

if(DEFINED CPACK_PACKAGE_FILES) # after packaging: the installers
    set(files)
    foreach(file IN LISTS CPACK_PACKAGE_FILES)
        if(file MATCHES "\\.exe$")
            list(APPEND files "${file}")
        endif()
    endforeach()
else() # before packaging: the staged executables
    file(GLOB files "${CPACK_TEMPORARY_DIRECTORY}/bin/wabadesk.exe" "${CPACK_TEMPORARY_DIRECTORY}/bin/wabadesk-cli.exe")
endif()
if(NOT files)
    return()
endif()
find_program(SIGNTOOL signtool REQUIRED)
execute_process(COMMAND "${SIGNTOOL}" sign /sha1 "${thumbprint}" /fd SHA256 /tr "${timestamp}" /td SHA256 ${files}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "signtool failed for ${files}")
endif()
execute_process(COMMAND "${SIGNTOOL}" verify /pa ${files} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "signtool verify failed for ${files}")
endif()
