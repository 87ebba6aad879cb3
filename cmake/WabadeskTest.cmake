# wabadesk_add_test(NAME tst_x SOURCES a.cpp [LIBS ...] [LABELS ...])
# One executable per test; each runs headless (offscreen), in C.UTF-8, with a temporary data directory.
function(wabadesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE wabadesk_testsupport ${T_LIBS} Qt6::Test)
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(tmp ${CMAKE_BINARY_DIR}/test-data/${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;WABADESK_DATA_DIR=${tmp};WABADESK_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data;WABADESK_BIN_DIR=${CMAKE_BINARY_DIR}/bin;QT_LOGGING_RULES=wabadesk.*.debug=false;${T_ENVIRONMENT}"
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT})
endfunction()
