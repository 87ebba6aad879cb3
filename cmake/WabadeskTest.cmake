# The store's tests run on PostgreSQL too (issue #18) when its server programs are here (Debian: `postgresql`):
# each test in tests/support/TestPostgres.h starts a throwaway cluster of its own. AUTO: when initdb is found.
set(WABADESK_POSTGRES_TESTS AUTO CACHE STRING "Run the store tests on PostgreSQL too: ON, OFF or AUTO")
if(NOT WABADESK_POSTGRES_TESTS STREQUAL OFF)
    file(GLOB _wabadesk_pg_bins LIST_DIRECTORIES true /usr/lib/postgresql/*/bin)
    list(SORT _wabadesk_pg_bins COMPARE NATURAL ORDER DESCENDING)
    find_program(WABADESK_INITDB initdb HINTS ${_wabadesk_pg_bins})
    if(WABADESK_INITDB)
        get_filename_component(WABADESK_PG_BINDIR ${WABADESK_INITDB} DIRECTORY)
        message(STATUS "Store tests on PostgreSQL too, with ${WABADESK_PG_BINDIR}")
    elseif(WABADESK_POSTGRES_TESTS STREQUAL ON)
        message(FATAL_ERROR "WABADESK_POSTGRES_TESTS=ON but initdb was not found (Debian: apt-get install postgresql)")
    else()
        message(STATUS "PostgreSQL's initdb not found: the store tests run on SQLite only")
    endif()
endif()

# wabadesk_add_test(NAME tst_x SOURCES a.cpp [LIBS ...] [LABELS ...] [POSTGRES])
# One executable per test; each runs headless (offscreen), in C.UTF-8, with a temporary data directory. POSTGRES: the
# same executable also runs as tst_x_pg (label postgres) with WABADESK_TEST_ENGINE=postgresql.
function(wabadesk_add_test)
    cmake_parse_arguments(T "POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE wabadesk_testsupport ${T_LIBS} Qt6::Test)
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    set(common "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;WABADESK_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data;WABADESK_BIN_DIR=${CMAKE_BINARY_DIR}/bin;QT_LOGGING_RULES=wabadesk.*.debug=false;${T_ENVIRONMENT}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "WABADESK_DATA_DIR=${CMAKE_BINARY_DIR}/test-data/${T_NAME};${common}"
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT})
    if(T_POSTGRES AND WABADESK_PG_BINDIR)
        add_test(NAME ${T_NAME}_pg COMMAND ${T_NAME})
        set_tests_properties(${T_NAME}_pg PROPERTIES
            ENVIRONMENT "WABADESK_DATA_DIR=${CMAKE_BINARY_DIR}/test-data/${T_NAME}_pg;WABADESK_TEST_ENGINE=postgresql;WABADESK_PG_BINDIR=${WABADESK_PG_BINDIR};${common}"
            LABELS "${T_LABELS};postgres"
            TIMEOUT ${T_TIMEOUT})
    endif()
endfunction()
