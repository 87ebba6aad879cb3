# The translations: translations/wabadesk_<lang>.ts, the targets that update them from the sources, and their .qm
# files embedded in wabadesk_core as ":/i18n/wabadesk_<lang>.qm" (the app and the CLI link it; installs need no extra
# file). Included from app/CMakeLists.txt, after wabadesk_core exists. How to add or update a language:
# docs/translations.md.
#
# Targets: update_translations (all .ts files; wabadesk_core_lupdate: de, es, pt_BR; wabadesk_plurals_lupdate: en)
# and release_translations. Test: i18n_translations (tests/i18n), which fails when a source string has no entry or
# an entry is not translated.
#
# Not qt_add_translations(): it runs one lupdate over all .ts files, and the English file must be made with
# -pluralonly (English needs only the %n plural forms; everything else is the source text). Below is what it does
# (qt_add_lupdate, qt_add_lrelease, qt_add_resources), with the options per file.

set(WABADESK_TS_DIR "${PROJECT_SOURCE_DIR}/translations")
# Fully translated languages (the check requires every entry finished).
set(WABADESK_TRANSLATED_TS
    "${WABADESK_TS_DIR}/wabadesk_de.ts"
    "${WABADESK_TS_DIR}/wabadesk_es.ts"
    "${WABADESK_TS_DIR}/wabadesk_pt_BR.ts")
# English: the plural forms only.
set(WABADESK_PLURALS_TS "${WABADESK_TS_DIR}/wabadesk_en.ts")
# Kept small and merge-friendly: no line numbers, no entries for strings that are gone.
set(WABADESK_LUPDATE_OPTIONS -no-obsolete -locations none)

# The sources lupdate reads. wabadesk-cli's own strings (app/cli) stay English on every locale, so they are not in the
# translated files; the English plural forms cover them too.
file(GLOB_RECURSE _wabadesk_i18n_all CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")
list(SORT _wabadesk_i18n_all)
set(_wabadesk_i18n_translated ${_wabadesk_i18n_all})
list(FILTER _wabadesk_i18n_translated EXCLUDE REGEX "/app/cli/")
set(WABADESK_I18N_INCLUDES "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui" "${CMAKE_BINARY_DIR}/generated")

qt_add_lupdate(wabadesk_core
    TS_FILES ${WABADESK_TRANSLATED_TS}
    SOURCES ${_wabadesk_i18n_translated}
    INCLUDE_DIRECTORIES ${WABADESK_I18N_INCLUDES}
    OPTIONS ${WABADESK_LUPDATE_OPTIONS})
qt_add_lupdate(wabadesk_plurals
    TS_FILES ${WABADESK_PLURALS_TS}
    SOURCES ${_wabadesk_i18n_all}
    INCLUDE_DIRECTORIES ${WABADESK_I18N_INCLUDES}
    OPTIONS -pluralonly ${WABADESK_LUPDATE_OPTIONS})
qt_add_lrelease(wabadesk_core
    TS_FILES ${WABADESK_TRANSLATED_TS} ${WABADESK_PLURALS_TS}
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE _wabadesk_qm_files)
qt_add_resources(wabadesk_core "wabadesk_translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${_wabadesk_qm_files})

# For the check (tests/i18n): the same inputs as the update targets, as lupdate list files (one path a line).
set(_wabadesk_i18n_dir "${CMAKE_BINARY_DIR}/i18n")
string(REPLACE ";" "\n" _lines "${_wabadesk_i18n_translated}")
file(CONFIGURE OUTPUT "${_wabadesk_i18n_dir}/translated-sources.lst" CONTENT "${_lines}\n")
string(REPLACE ";" "\n" _lines "${_wabadesk_i18n_all}")
file(CONFIGURE OUTPUT "${_wabadesk_i18n_dir}/plural-sources.lst" CONTENT "${_lines}\n")
set_property(GLOBAL PROPERTY WABADESK_TRANSLATED_TS ${WABADESK_TRANSLATED_TS})
set_property(GLOBAL PROPERTY WABADESK_PLURALS_TS ${WABADESK_PLURALS_TS})
set_property(GLOBAL PROPERTY WABADESK_I18N_INCLUDES ${WABADESK_I18N_INCLUDES})
set_property(GLOBAL PROPERTY WABADESK_I18N_LIST_DIR ${_wabadesk_i18n_dir})
unset(_lines)
