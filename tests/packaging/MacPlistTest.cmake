# cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -DDEPLOYMENT_TARGET=<x.y> -P MacPlistTest.cmake
#
# packaging/macos/Info.plist.in filled the way CMake fills a bundle's Info.plist (configure_file semantics, the
# MACOSX_BUNDLE_* target properties as variables, the directory's other variables too): nothing left unexpanded, and
# LSMinimumSystemVersion is the deployment target the binaries are built for (CMAKE_OSX_DEPLOYMENT_TARGET), not a
# number of its own. The installers workflow then checks every Mach-O file of the bundle against it.
cmake_minimum_required(VERSION 3.21)
set(MACOSX_BUNDLE_EXECUTABLE_NAME WabaDesk)
set(MACOSX_BUNDLE_ICON_FILE wabadesk.icns)
set(MACOSX_BUNDLE_GUI_IDENTIFIER io.wabadesk.WabaDesk)
set(MACOSX_BUNDLE_BUNDLE_NAME WabaDesk)
set(MACOSX_BUNDLE_SHORT_VERSION_STRING 0.1.0)
set(MACOSX_BUNDLE_BUNDLE_VERSION 0.1.0)
set(MACOSX_BUNDLE_COPYRIGHT "The WabaDesk maintainers")
set(CMAKE_OSX_DEPLOYMENT_TARGET "${DEPLOYMENT_TARGET}")
configure_file("${SOURCE_DIR}/packaging/macos/Info.plist.in" "${WORK_DIR}/Info.plist")
file(READ "${WORK_DIR}/Info.plist" plist)
if(plist MATCHES "\\$\\{|@[A-Z_]+@")
    message(FATAL_ERROR "unexpanded variables in Info.plist:\n${plist}")
endif()
string(REGEX MATCH "<key>LSMinimumSystemVersion</key>[ \t\r\n]*<string>([^<]*)</string>" _ "${plist}")
if(NOT CMAKE_MATCH_1 STREQUAL DEPLOYMENT_TARGET)
    message(FATAL_ERROR "LSMinimumSystemVersion is '${CMAKE_MATCH_1}', the binaries are built for ${DEPLOYMENT_TARGET}")
endif()
message(STATUS "Info.plist: LSMinimumSystemVersion ${CMAKE_MATCH_1}")
