#include "conversations/SearchSnippet.h"

#include "conversations/ConversationText.h"

#include <algorithm>

namespace wabadesk::ui {

namespace {

// `text` folded like ConversationText::fold (case and accents removed), with each folded character's index in `text`.
QString foldWithMap(const QString& text, QList<int>* map)
{
    QString out;
    out.reserve(text.size());
    map->reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            out.append(c.toLower());
            map->append(i);
            continue;
        }
        if (c.isSurrogate()) {
            out.append(c);
            map->append(i);
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            out.append(d.toCaseFolded());
            map->append(i);
        }
    }
    return out;
}

bool isWordStart(const QString& s, int i)
{
    return i == 0 || !s.at(i - 1).isLetterOrNumber();
}

} // namespace

QStringList SearchSnippet::queryWords(const QString& query)
{
    QStringList words;
    for (const QString& word : ConversationText::fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // FTS5's tokenizer splits at anything that is not a letter or digit: "invoice-2024" is two words.
        QString current;
        for (const QChar c : word) {
            if (c.isLetterOrNumber() || c.isSurrogate()) {
                current.append(c);
            } else if (!current.isEmpty()) {
                words.append(current);
                current.clear();
            }
        }
        if (!current.isEmpty())
            words.append(current);
    }
    return words;
}

SearchSnippet SearchSnippet::make(const QString& plain, const QString& query, int contextBefore, int maxLength)
{
    SearchSnippet out;
    const QString line = ConversationText::oneLine(plain);
    const QStringList words = queryWords(query);
    if (line.isEmpty() || words.isEmpty())
        return out;
    QList<int> map;
    const QString folded = foldWithMap(line, &map);
    QList<QPair<int, int>> found; // in `line`
    for (const QString& word : words) {
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            if (!isWordStart(folded, at))
                continue;
            const int start = map.at(at);
            const int endFolded = at + int(word.size()) - 1;
            const int end = map.at(endFolded) + 1;
            found.append({start, end - start});
        }
    }
    if (found.isEmpty())
        return out;
    std::sort(found.begin(), found.end());
    QList<QPair<int, int>> merged;
    for (const auto& m : std::as_const(found)) {
        if (!merged.isEmpty() && m.first <= merged.last().first + merged.last().second) {
            const int end = std::max(merged.last().first + merged.last().second, m.first + m.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(m);
        }
    }

    // Some words before the first match (starting at a word), then up to maxLength characters.
    int start = std::max(0, merged.first().first - contextBefore);
    if (start > 0) {
        const int space = int(line.indexOf(QLatin1Char(' '), start));
        if (space >= 0 && space < merged.first().first)
            start = space + 1;
    }
    int end = std::min(int(line.size()), start + maxLength);
    if (end < line.size()) {
        const int space = int(line.lastIndexOf(QLatin1Char(' '), end));
        if (space > merged.first().first + merged.first().second)
            end = space;
    }
    const QString ellipsis = QStringLiteral("…");
    const int shift = start > 0 ? int(ellipsis.size()) - start : -start;
    out.text =
        (start > 0 ? ellipsis : QString()) + line.mid(start, end - start) + (end < line.size() ? ellipsis : QString());
    for (const auto& m : std::as_const(merged)) {
        if (m.first >= end)
            break;
        out.matches.append({m.first + shift, std::min(m.second, end - m.first)});
    }
    return out;
}

QList<QPair<QString, bool>> SearchSnippet::parts() const
{
    QList<QPair<QString, bool>> out;
    int at = 0;
    for (const auto& [start, length] : matches) {
        if (start > at)
            out.append({text.mid(at, start - at), false});
        out.append({text.mid(start, length), true});
        at = start + length;
    }
    if (at < text.size())
        out.append({text.mid(at), false});
    return out;
}

} // namespace wabadesk::ui
