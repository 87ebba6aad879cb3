#include "text/WhatsAppText.h"

#include "text/SafeText.h"

namespace wabadesk::text {

namespace {

enum class Mode { Html, Plain };

bool isBoundary(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

// The entity for a character HTML would read as markup; empty for any other.
QLatin1String entityFor(QChar c)
{
    switch (c.unicode()) {
    case '&':
        return QLatin1String("&amp;");
    case '<':
        return QLatin1String("&lt;");
    case '>':
        return QLatin1String("&gt;");
    case '"':
        return QLatin1String("&quot;");
    case '\'':
        return QLatin1String("&#39;");
    default:
        return {};
    }
}

// Appends literal text: escaped, newlines as <br>, a run of spaces kept (every second one non-breaking).
void appendLiteral(QStringView s, Mode mode, QString& out)
{
    if (mode == Mode::Plain) {
        out.append(s);
        return;
    }
    QChar previous;
    for (const QChar c : s) {
        if (const QLatin1String entity = entityFor(c); !entity.isEmpty()) {
            out.append(entity);
            previous = c;
            continue;
        }
        switch (c.unicode()) {
        case '\n':
            out.append(QLatin1String("<br>"));
            break;
        case '\r':
            break;
        case ' ':
            out.append(previous == QLatin1Char(' ') ? QLatin1String("&nbsp;") : QLatin1String(" "));
            break;
        case '\t':
            out.append(QLatin1String("&nbsp;&nbsp;&nbsp;&nbsp;"));
            break;
        default:
            out.append(c);
        }
        previous = (c == QLatin1Char(' ') && previous == QLatin1Char(' ')) ? QChar() : c;
    }
}

// The length of a link starting at i (0 when none): http://, https:// or www., at a word boundary, up to the
// next space or character that cannot be in a URL as typed; trailing punctuation and an unbalanced ")" are not
// part of it ("see https://example.com/a)." links https://example.com/a).
qsizetype linkLengthAt(QStringView s, qsizetype i)
{
    if (i > 0 && !isBoundary(s[i - 1]))
        return 0;
    const QStringView rest = s.mid(i);
    qsizetype prefix = 0;
    for (const auto* scheme : {"https://", "http://", "www."}) {
        const QLatin1String p(scheme);
        if (rest.startsWith(p, Qt::CaseInsensitive)) {
            prefix = p.size();
            break;
        }
    }
    if (prefix == 0)
        return 0;
    qsizetype end = i + prefix;
    while (end < s.size()) {
        const QChar c = s[end];
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"') ||
            c == QLatin1Char('`'))
            break;
        ++end;
    }
    auto trailing = [&](QChar c) {
        return QStringView(u".,;:!?'*_~").contains(c);
    };
    while (end > i + prefix) {
        const QChar last = s[end - 1];
        if (trailing(last)) {
            --end;
            continue;
        }
        if (last == QLatin1Char(')')) {
            const QStringView link = s.mid(i, end - i);
            if (link.count(QLatin1Char('(')) < link.count(QLatin1Char(')'))) {
                --end;
                continue;
            }
        }
        break;
    }
    return end > i + prefix ? end - i : 0;
}

bool isOpener(QStringView s, qsizetype i)
{
    return (i == 0 || (isBoundary(s[i - 1]) && s[i - 1] != s[i])) && i + 1 < s.size() && !s[i + 1].isSpace() &&
           s[i + 1] != s[i];
}

// The closing marker for the opener at i on the same line, or -1.
qsizetype closerFor(QStringView s, qsizetype i)
{
    const QChar marker = s[i];
    for (qsizetype j = i + 2; j < s.size(); ++j) {
        if (s[j] == QLatin1Char('\n'))
            return -1;
        if (s[j] != marker || s[j - 1].isSpace() || s[j - 1] == marker)
            continue;
        if (j + 1 == s.size() || (isBoundary(s[j + 1]) && s[j + 1] != marker))
            return j;
    }
    return -1;
}

void appendLink(QStringView link, Mode mode, QString& out)
{
    if (mode == Mode::Plain) {
        out.append(link);
        return;
    }
    QString href = link.toString();
    if (!href.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        href.prepend(QLatin1String("https://"));
    out.append(QLatin1String("<a href=\""));
    appendLiteral(href, Mode::Html, out);
    out.append(QLatin1String("\">"));
    appendLiteral(link, Mode::Html, out);
    out.append(QLatin1String("</a>"));
}

void appendInline(QStringView s, Mode mode, QString& out)
{
    qsizetype literal = 0;
    auto flush = [&](qsizetype upTo) {
        appendLiteral(s.mid(literal, upTo - literal), mode, out);
    };
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (const qsizetype link = linkLengthAt(s, i); link > 0) {
            flush(i);
            appendLink(s.mid(i, link), mode, out);
            i += link;
            literal = i;
            continue;
        }
        if (c == QLatin1Char('`') && isOpener(s, i)) {
            const qsizetype j = closerFor(s, i);
            if (j > 0) {
                flush(i);
                if (mode == Mode::Html)
                    out.append(QLatin1String("<code>"));
                appendLiteral(s.mid(i + 1, j - i - 1), mode, out);
                if (mode == Mode::Html)
                    out.append(QLatin1String("</code>"));
                i = j + 1;
                literal = i;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) && isOpener(s, i)) {
            const qsizetype j = closerFor(s, i);
            if (j > 0) {
                flush(i);
                const char* tag = c == QLatin1Char('*') ? "b" : c == QLatin1Char('_') ? "i" : "s";
                if (mode == Mode::Html)
                    out.append(QLatin1String("<%1>").arg(QLatin1String(tag)));
                appendInline(s.mid(i + 1, j - i - 1), mode, out);
                if (mode == Mode::Html)
                    out.append(QLatin1String("</%1>").arg(QLatin1String(tag)));
                i = j + 1;
                literal = i;
                continue;
            }
        }
        ++i;
    }
    flush(s.size());
}

QString convert(const QString& text, Mode mode)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    const QStringView s(text);
    const QLatin1String fence("```");
    qsizetype pos = 0;
    while (pos < s.size()) {
        const qsizetype open = s.indexOf(fence, pos);
        const qsizetype close = open < 0 ? -1 : s.indexOf(fence, open + 3);
        if (open < 0 || close < 0 || close == open + 3) {
            appendInline(s.mid(pos), mode, out);
            break;
        }
        appendInline(s.mid(pos, open - pos), mode, out);
        if (mode == Mode::Html)
            out.append(QLatin1String("<tt>"));
        appendLiteral(s.mid(open + 3, close - open - 3), mode, out);
        if (mode == Mode::Html)
            out.append(QLatin1String("</tt>"));
        pos = close + 3;
    }
    return out;
}

} // namespace

QString toHtml(const QString& text)
{
    return convert(withVisibleControls(text), Mode::Html);
}

QString toPlainText(const QString& text)
{
    return convert(withVisibleControls(text), Mode::Plain);
}

QString escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (const QLatin1String entity = entityFor(c); !entity.isEmpty())
            out.append(entity);
        else
            out.append(c);
    }
    return out;
}

} // namespace wabadesk::text
