# cpp-httplib, as the target WabaDesk::httplib: the webhook listener, the sandbox and their tests.
#
# Supported: 0.11.4 (Debian 12, the floor CI builds with) to 0.53.1 (the newest release, compiled against once: see
# README.md, "Building installers"). Found as
# - its CMake package where there is one (vcpkg, Homebrew, a source install). Asked for without a version: the
#   package's version file accepts only the same minor version (SameMinorVersion), so `find_package(httplib 0.11)`
#   would refuse every 0.12 and later; the floor is checked below instead.
# - else through pkg-config (Debian's libcpp-httplib-dev ships only a .pc file and a compiled library).
#
# The multipart API changed in 0.23: the parsed parts moved from Request::files to Request::form (form.get_file,
# form.get_field). The version macro CPPHTTPLIB_VERSION_NUM appeared only in 0.26, so a compile check decides, and
# WABADESK_HTTPLIB_FORM_API tells app/sandbox/MediaRoutes.cpp which one to use.
set(WABADESK_HTTPLIB_MIN_VERSION 0.11.4)

find_package(httplib CONFIG QUIET)
if(httplib_FOUND)
    if(httplib_VERSION VERSION_LESS WABADESK_HTTPLIB_MIN_VERSION)
        message(FATAL_ERROR "cpp-httplib ${httplib_VERSION} found in ${httplib_DIR}; WabaDesk needs "
                            "${WABADESK_HTTPLIB_MIN_VERSION} or later")
    endif()
    set(wabadesk_httplib_found httplib::httplib)
    set(wabadesk_httplib_version ${httplib_VERSION})
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=${WABADESK_HTTPLIB_MIN_VERSION})
    set(wabadesk_httplib_found PkgConfig::HTTPLIB)
    set(wabadesk_httplib_version ${HTTPLIB_VERSION})
endif()

include(CheckCXXSourceCompiles)
include(CMakePushCheckState)
cmake_push_check_state(RESET)
set(CMAKE_REQUIRED_LIBRARIES ${wabadesk_httplib_found})
set(CMAKE_REQUIRED_QUIET ON)
check_cxx_source_compiles([[
#include <httplib.h>
int main()
{
    httplib::Request request;
    return request.form.has_file("file") || request.form.has_field("messaging_product") ? 0 : 1;
}
]] WABADESK_HTTPLIB_FORM_API)
cmake_pop_check_state()

add_library(wabadesk_httplib INTERFACE)
target_link_libraries(wabadesk_httplib INTERFACE ${wabadesk_httplib_found})
target_compile_definitions(wabadesk_httplib INTERFACE WABADESK_HTTPLIB_FORM_API=$<BOOL:${WABADESK_HTTPLIB_FORM_API}>)
add_library(WabaDesk::httplib ALIAS wabadesk_httplib)
if(WABADESK_HTTPLIB_FORM_API)
    message(STATUS "cpp-httplib ${wabadesk_httplib_version}: multipart parts in Request::form (0.23 and later)")
else()
    message(STATUS "cpp-httplib ${wabadesk_httplib_version}: multipart parts in Request::files (before 0.23)")
endif()
