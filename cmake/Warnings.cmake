# Warnings for every target of the project; -Werror when WABADESK_WERROR is on (CI).
add_compile_definitions(QT_NO_KEYWORDS QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
                        QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_MESSAGELOGCONTEXT)
if(MSVC)
    add_compile_options(/W4 /permissive- /utf-8)
    if(WABADESK_WERROR)
        add_compile_options(/WX)
    endif()
else()
    add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
                        -Wimplicit-fallthrough)
    if(WABADESK_WERROR)
        add_compile_options(-Werror)
    endif()
endif()
