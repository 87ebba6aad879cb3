// libFuzzer target: the WhatsApp text renderer (text/WhatsAppText), whose HTML goes into every bubble. Whatever a
// customer types, the output may hold only the renderer's own tags (b, i, s, code, tt, br, and a with an http(s)
// href), balanced, no control character, no quote or angle bracket in an href; the plain text has no NUL; escape()
// leaves no markup character.
#include "text/SafeText.h"
#include "text/WhatsAppText.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace wabadesk;

namespace {

[[noreturn]] void fail(const char* why, const QString& html)
{
    std::fprintf(stderr, "whatsapp text: %s in: %s\n", why, html.toUtf8().constData());
    std::abort();
}

void checkHtml(const QString& html)
{
    static const QList<QLatin1String> tags{QLatin1String("b"), QLatin1String("i"), QLatin1String("s"),
                                           QLatin1String("code"), QLatin1String("tt")};
    int open[5] = {0, 0, 0, 0, 0};
    int links = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c.unicode() < 0x20)
            fail("a control character", html);
        if (c == QLatin1Char('>'))
            fail("a '>' outside a tag", html);
        if (c != QLatin1Char('<'))
            continue;
        const qsizetype end = html.indexOf(QLatin1Char('>'), i);
        if (end < 0)
            fail("an unclosed tag", html);
        const QStringView tag = QStringView(html).mid(i + 1, end - i - 1);
        bool known = false;
        if (tag == QLatin1String("br")) {
            known = true;
        } else if (tag == QLatin1String("/a")) {
            known = --links >= 0;
        } else if (tag.startsWith(QLatin1String("a href=\""))) {
            const QStringView href = tag.mid(8, tag.size() - 9);
            if (!tag.endsWith(QLatin1Char('"')) || href.contains(QLatin1Char('"')) || href.contains(QLatin1Char('<')))
                fail("a malformed link", html);
            if (!href.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
                !href.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
                fail("a link that is not http(s)", html);
            ++links;
            known = true;
        } else {
            for (int t = 0; t < tags.size(); ++t) {
                if (tag == tags.at(t)) {
                    ++open[t];
                    known = true;
                } else if (tag.startsWith(QLatin1Char('/')) && tag.mid(1) == tags.at(t)) {
                    known = --open[t] >= 0;
                }
            }
        }
        if (!known)
            fail("a tag the renderer does not make", html);
        i = end;
    }
    if (links != 0)
        fail("an unbalanced link", html);
    for (const int n : open)
        if (n != 0)
            fail("an unbalanced tag", html);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    checkHtml(text::toHtml(input));
    const QString plain = text::toPlainText(input);
    if (plain.contains(QChar(0)))
        fail("a NUL in the plain text", plain);
    const QString escaped = text::escape(input);
    for (const QChar c : escaped)
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"') || c == QLatin1Char('\''))
            fail("a markup character after escape()", escaped);
    if (text::withoutBidiControls(input).size() > input.size())
        fail("bidi removal added characters", input);
    return 0;
}
