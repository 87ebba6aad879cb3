# Installation and installers (CPack). Included from the top CMakeLists after the targets exist.
#
# Linux: the binaries, the .desktop file, the AppStream metainfo and the icons go to the usual FHS places; the .deb
# depends on the distribution's Qt packages (dpkg-shlibdeps finds the libraries, Depends names the plugins Qt loads
# at run time), nothing is bundled. Windows and macOS: Qt's deployment API (windeployqt / macdeployqt) copies Qt into
# the installed tree, and CPack makes an NSIS installer or a DMG. See README.md, "Building installers".
include(GNUInstallDirs)

set(WABADESK_APP_ID "io.wabadesk.WabaDesk" CACHE STRING "Reverse-DNS application id (desktop file, metainfo, icon)")
set(WABADESK_HOMEPAGE_URL "https://github.com/wabadesk/wabadesk" CACHE STRING "Project homepage (packages, metainfo)")
set(WABADESK_SCREENSHOT_URL "https://raw.githubusercontent.com/wabadesk/wabadesk/main/docs/screenshots"
    CACHE STRING "Where the metainfo's screenshots (docs/screenshots) are published")
# The repository has no licence file yet: until it has one, the packages say so instead of inventing one.
set(WABADESK_LICENSE "LicenseRef-proprietary" CACHE STRING "SPDX licence expression of WabaDesk")
set(WABADESK_MAINTAINER "WabaDesk maintainers <maintainers@wabadesk.invalid>" CACHE STRING "Package maintainer")

set(WABADESK_ICON_PNG_DIR ${CMAKE_SOURCE_DIR}/packaging/icons/png)

if(UNIX AND NOT APPLE AND WABADESK_BUILD_GUI)
    configure_file(${CMAKE_SOURCE_DIR}/packaging/linux/${WABADESK_APP_ID}.metainfo.xml.in
                   ${CMAKE_BINARY_DIR}/packaging/${WABADESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/${WABADESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${WABADESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${WABADESK_ICON_PNG_DIR}/wabadesk-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${WABADESK_APP_ID}.png)
    endforeach()
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/wabadesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${WABADESK_APP_ID}.svg)

    find_program(WABADESK_APPSTREAMCLI appstreamcli)
    if(WABADESK_APPSTREAMCLI AND BUILD_TESTING)
        add_test(NAME appstream_validate
                 COMMAND ${WABADESK_APPSTREAMCLI} validate --no-net
                         ${CMAKE_BINARY_DIR}/packaging/${WABADESK_APP_ID}.metainfo.xml)
        set_tests_properties(appstream_validate PROPERTIES LABELS unit)
    endif()
    find_program(WABADESK_DESKTOP_FILE_VALIDATE desktop-file-validate)
    if(WABADESK_DESKTOP_FILE_VALIDATE AND BUILD_TESTING)
        add_test(NAME desktop_file_validate
                 COMMAND ${WABADESK_DESKTOP_FILE_VALIDATE}
                         ${CMAKE_SOURCE_DIR}/packaging/linux/${WABADESK_APP_ID}.desktop)
        set_tests_properties(desktop_file_validate PROPERTIES LABELS unit)
    endif()
endif()

if(WIN32 AND WABADESK_BUILD_GUI)
    target_sources(wabadesk PRIVATE ${CMAKE_SOURCE_DIR}/packaging/windows/wabadesk.rc)
    # windeployqt puts Qt's DLLs and plugins next to wabadesk.exe (the CLI in the same folder shares them). Not the
    # compiler runtime: windeployqt would drop vc_redist.x64.exe there, which nothing runs; the runtime DLLs are
    # installed app-local below instead.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET wabadesk OUTPUT_SCRIPT wabadesk_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR
                                      NO_COMPILER_RUNTIME)
    else()
        qt_generate_deploy_app_script(TARGET wabadesk FILENAME_VARIABLE wabadesk_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${wabadesk_deploy_script})
    # windeployqt copies only Qt; the other DLLs come from the prefixes CMake found them in (vcpkg's bin folder and
    # the -DCMAKE_PREFIX_PATH entries, see .github/workflows/installers.yml), the MSVC runtime from the compiler
    # (app-local: no separate Visual C++ redistributable to install).
    set(wabadesk_dll_dirs)
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND wabadesk_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    include(${CMAKE_CURRENT_LIST_DIR}/WindowsRuntime.cmake)
    wabadesk_install_runtime_dlls(DESTINATION ${CMAKE_INSTALL_BINDIR}
                                  EXECUTABLES $<TARGET_FILE:wabadesk> $<TARGET_FILE:wabadesk-cli>
                                  PREFIXES ${CMAKE_PREFIX_PATH} DIRECTORIES ${wabadesk_dll_dirs})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

if(APPLE AND WABADESK_BUILD_GUI)
    set(wabadesk_icns ${CMAKE_SOURCE_DIR}/packaging/macos/wabadesk.icns)
    set_source_files_properties(${wabadesk_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(wabadesk PRIVATE ${wabadesk_icns})
    set_target_properties(wabadesk PROPERTIES
        OUTPUT_NAME WabaDesk
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME WabaDesk
        MACOSX_BUNDLE_EXECUTABLE_NAME WabaDesk
        MACOSX_BUNDLE_GUI_IDENTIFIER ${WABADESK_APP_ID}
        MACOSX_BUNDLE_ICON_FILE wabadesk.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "The WabaDesk maintainers")
    # macdeployqt copies Qt's frameworks and plugins into the bundle and points both executables at them; the other
    # libraries are linked statically (vcpkg's osx triplets, QtKeychain built with BUILD_SHARED_LIBS=OFF: see
    # .github/workflows/installers.yml). wabadesk-cli lives in Contents/MacOS (app/cli/CMakeLists.txt) and is fixed up
    # with the app. Qt 6.4's qt_generate_deploy_app_script takes no extra executables, hence this script with the same
    # call plus one. Signing follows in CPack's pre-build step (packaging/macos/SignBundle.cmake).
    set(wabadesk_deploy_script ${CMAKE_BINARY_DIR}/deploy_wabadesk_macos.cmake)
    file(GENERATE OUTPUT ${wabadesk_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:wabadesk>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:wabadesk>.app/Contents/MacOS/$<TARGET_FILE_NAME:wabadesk-cli>\"
    NO_APP_STORE_COMPLIANCE)
")
    install(SCRIPT ${wabadesk_deploy_script})
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_SOURCE_DIR}/packaging/macos/SignBundle.cmake)
endif()

# CPack: common metadata, then one block per platform.
set(CPACK_PACKAGE_NAME wabadesk)
set(CPACK_PACKAGE_VENDOR "WabaDesk")
set(CPACK_PACKAGE_CONTACT "${WABADESK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "WabaDesk is a desktop client for teams that run WhatsApp Business channels through 360dialog's Cloud API: every \
conversation of every channel in one place, live through an embedded webhook listener, with the 24-hour window, \
delivery ticks, templates, media and desktop notifications; API keys in the system keychain. It comes with \
wabadesk-cli for scripts and servers, and a demo mode against a local sandbox.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${WABADESK_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY WabaDesk)
set(CPACK_PACKAGE_EXECUTABLES wabadesk WabaDesk) # NSIS: the Start menu shortcut
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB TGZ) # DEB and RPM install under /usr (their default prefix), the archive at its root
    find_program(WABADESK_RPMBUILD rpmbuild)
    if(WABADESK_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # wabadesk_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps (dpkg-dev) adds the shared libraries' packages
    # Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver (the store) and the SVG
    # icon engine (the icons). The xcb platform plugin is part of libqt6gui6.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    # A Secret Service for the keychain; Wayland without XWayland; colour emoji in conversations; Qt's PostgreSQL
    # driver for a team's shared store (solo desks do without).
    # GStreamer: what Qt Multimedia needs to play voice notes (OGG Opus) and videos (MP4: H.264, AAC).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | libkf5wallet-bin, qt6-wayland, libqt6sql6-psql, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-color-emoji")

    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "${WABADESK_LICENSE}")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${WABADESK_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor)
elseif(WIN32)
    set(CPACK_GENERATOR ZIP)
    find_program(WABADESK_MAKENSIS makensis PATHS "$ENV{ProgramFiles\(x86\)}/NSIS" "$ENV{ProgramFiles}/NSIS")
    if(WABADESK_MAKENSIS)
        list(PREPEND CPACK_GENERATOR NSIS)
    endif()
    set(CPACK_NSIS_PACKAGE_NAME WabaDesk)
    set(CPACK_NSIS_DISPLAY_NAME WabaDesk)
    set(CPACK_NSIS_MUI_ICON ${CMAKE_SOURCE_DIR}/packaging/windows/wabadesk.ico)
    set(CPACK_NSIS_MUI_UNIICON ${CMAKE_SOURCE_DIR}/packaging/windows/wabadesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\wabadesk.exe")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
    set(CPACK_NSIS_URL_INFO_ABOUT "${WABADESK_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN wabadesk.exe)
    # Authenticode: the staged executables before packing, the installer after (when a certificate is configured).
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_SOURCE_DIR}/packaging/windows/Sign.cmake)
    set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_SOURCE_DIR}/packaging/windows/Sign.cmake)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME WabaDesk)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${CMAKE_SOURCE_DIR}/packaging/macos/wabadesk.icns)
endif()

include(CPack)
