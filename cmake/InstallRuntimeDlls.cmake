# Install-time script (cmake/WindowsRuntime.cmake sets its inputs): copies the DLLs the executables load, except the
# system's and Qt's, next to them. An unresolved DLL stops the installation: an installer without it would not start.
message(STATUS "Runtime DLLs of ${WABADESK_RUNTIME_EXECUTABLES}")
message(STATUS "  searched in ${WABADESK_RUNTIME_DIRECTORIES}")
file(GET_RUNTIME_DEPENDENCIES
     EXECUTABLES ${WABADESK_RUNTIME_EXECUTABLES}
     RESOLVED_DEPENDENCIES_VAR wabadesk_resolved
     UNRESOLVED_DEPENDENCIES_VAR wabadesk_unresolved
     CONFLICTING_DEPENDENCIES_PREFIX wabadesk_conflicting
     DIRECTORIES ${WABADESK_RUNTIME_DIRECTORIES}
     PRE_EXCLUDE_REGEXES ${WABADESK_RUNTIME_PRE_EXCLUDE}
     POST_EXCLUDE_REGEXES ${WABADESK_RUNTIME_POST_EXCLUDE})
foreach(name IN LISTS wabadesk_conflicting_FILENAMES)
    message(WARNING "${name} exists more than once: ${wabadesk_conflicting_${name}}; the first is installed")
endforeach()
if(wabadesk_unresolved)
    message(FATAL_ERROR "Runtime DLLs not found: ${wabadesk_unresolved}")
endif()
file(INSTALL ${wabadesk_resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/${WABADESK_RUNTIME_DESTINATION}"
     FOLLOW_SYMLINK_CHAIN)
