#include "text/SafeText.h"

namespace wabadesk::text {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString withVisibleControls(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F)
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QString withoutBidiControls(QString name)
{
    name.removeIf([](QChar c) { return isBidiControl(c.unicode()); });
    return name;
}

} // namespace wabadesk::text
