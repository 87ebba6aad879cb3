#include "quickreplies/QuickReplyLibrary.h"

#include "store/Store.h"

#include <QLocale>

#include <algorithm>

namespace wabadesk::quickreplies {

namespace {

bool hasSpace(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

QString QuickReplyLibrary::Problems::joined() const
{
    QStringList parts{shortcut, text};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QuickReplyLibrary::QuickReplyLibrary(store::Store* store)
    : m_store(store)
{}

QList<QuickReply> QuickReplyLibrary::replies() const
{
    return m_store ? m_store->quickReplies() : QList<QuickReply>();
}

std::optional<QuickReply> QuickReplyLibrary::find(const QString& shortcut) const
{
    const QString wanted = normalizedShortcut(shortcut);
    for (const QuickReply& reply : replies()) {
        if (reply.shortcut.compare(wanted, Qt::CaseInsensitive) == 0)
            return reply;
    }
    return std::nullopt;
}

QString QuickReplyLibrary::normalizedShortcut(const QString& typed)
{
    QString shortcut = typed.trimmed();
    while (shortcut.startsWith(QLatin1Char('/')))
        shortcut.remove(0, 1);
    return shortcut;
}

QuickReplyLibrary::Problems QuickReplyLibrary::check(const QuickReply& reply, const QList<QuickReply>& library)
{
    Problems problems;
    const QString shortcut = normalizedShortcut(reply.shortcut);
    const QLocale locale;
    if (shortcut.isEmpty()) {
        problems.shortcut = tr("Give the reply a shortcut, e.g. /thanks.");
    } else if (hasSpace(shortcut) || shortcut.contains(QLatin1Char('/'))) {
        problems.shortcut = tr("A shortcut is one word: no spaces and no \"/\" inside.");
    } else if (shortcut.size() > kMaxShortcutLength) {
        problems.shortcut = tr("A shortcut can have at most %1 characters.").arg(locale.toString(kMaxShortcutLength));
    } else {
        const auto taken = std::find_if(library.cbegin(), library.cend(), [&](const QuickReply& other) {
            return other.id != reply.id && other.shortcut.compare(shortcut, Qt::CaseInsensitive) == 0;
        });
        if (taken != library.cend())
            problems.shortcut = tr("/%1 is already the shortcut of another reply.").arg(taken->shortcut);
    }
    if (reply.text.trimmed().isEmpty())
        problems.text = tr("Write the text the shortcut puts in the message.");
    else if (reply.text.size() > kMaxTextLength)
        problems.text = tr("The text has %1 characters; WhatsApp takes at most %2.")
                            .arg(locale.toString(reply.text.size()), locale.toString(kMaxTextLength));
    return problems;
}

QList<QuickReply> QuickReplyLibrary::matching(const QList<QuickReply>& library, const QString& typed)
{
    const QString needle = normalizedShortcut(typed);
    if (needle.isEmpty())
        return library;
    QList<QuickReply> starts;
    QList<QuickReply> contains;
    QList<QuickReply> inText;
    for (const QuickReply& reply : library) {
        if (reply.shortcut.startsWith(needle, Qt::CaseInsensitive))
            starts.append(reply);
        else if (reply.shortcut.contains(needle, Qt::CaseInsensitive))
            contains.append(reply);
        else if (reply.text.contains(needle, Qt::CaseInsensitive))
            inText.append(reply);
    }
    return starts + contains + inText;
}

bool QuickReplyLibrary::fail(const QString& error)
{
    m_lastError = error;
    return false;
}

bool QuickReplyLibrary::save(QuickReply* reply)
{
    m_lastError.clear();
    if (!m_store)
        return fail(tr("No message store is open."));
    QuickReply candidate = *reply;
    candidate.shortcut = normalizedShortcut(candidate.shortcut);
    const Problems problems = check(candidate, replies());
    if (!problems.isEmpty())
        return fail(problems.joined());
    if (!m_store->saveQuickReply(&candidate))
        return fail(tr("The quick reply could not be saved: %1").arg(m_store->lastError()));
    *reply = candidate;
    return true;
}

bool QuickReplyLibrary::remove(qint64 id)
{
    m_lastError.clear();
    if (!m_store)
        return fail(tr("No message store is open."));
    if (!m_store->removeQuickReply(id))
        return fail(tr("The quick reply could not be removed: %1").arg(m_store->lastError()));
    return true;
}

bool QuickReplyLibrary::move(qint64 id, int steps)
{
    m_lastError.clear();
    QList<QuickReply> library = replies();
    const auto it = std::find_if(library.cbegin(), library.cend(), [id](const QuickReply& r) { return r.id == id; });
    if (it == library.cend())
        return fail(tr("This quick reply no longer exists."));
    const qsizetype from = it - library.cbegin();
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, library.size() - 1);
    if (from == to)
        return true;
    library.move(from, to);
    QList<qint64> ids;
    for (const QuickReply& r : std::as_const(library))
        ids.append(r.id);
    if (!m_store->reorderQuickReplies(ids))
        return fail(tr("The quick replies could not be reordered: %1").arg(m_store->lastError()));
    return true;
}

bool QuickReplyLibrary::sortByShortcut()
{
    m_lastError.clear();
    QList<QuickReply> library = replies();
    std::stable_sort(library.begin(), library.end(), [](const QuickReply& a, const QuickReply& b) {
        return QString::localeAwareCompare(a.shortcut, b.shortcut) < 0;
    });
    QList<qint64> ids;
    for (const QuickReply& r : std::as_const(library))
        ids.append(r.id);
    if (!m_store || !m_store->reorderQuickReplies(ids))
        return fail(tr("The quick replies could not be reordered: %1").arg(m_store ? m_store->lastError() : QString()));
    return true;
}

int QuickReplyLibrary::addExamples()
{
    // Demo content in the demo shop's voice (English and, for its German customers, German); not interface text.
    const QList<std::pair<const char*, const char*>> examples{
        {"hello", "Hi {first_name}, this is {agent} from the WabaDesk demo shop. How can I help you today?"},
        {"thanks", "Thank you, {first_name}! Is there anything else I can do for you?"},
        {"tracking", "You can follow your parcel here: https://shop.example.com/track \xE2\x80\x94 it usually "
                     "arrives within 2\xE2\x80\x93"
                     "3 working days."},
        {"returns", "Sorry to hear that! Reply with your order number and we will send you a free *return label* "
                    "within one working day."},
        {"hours", "We answer Monday to Friday, 9:00\xE2\x80\x93"
                  "18:00 (CET). Outside these hours we get back to you the next working day."},
        {"danke", "Vielen Dank, {first_name}! Kann ich sonst noch etwas f\xC3\xBCr Sie tun? Viele Gr\xC3\xBC\xC3\x9F"
                  "e, {agent}"},
    };
    int added = 0;
    for (const auto& [shortcut, text] : examples) {
        if (find(QString::fromLatin1(shortcut)))
            continue;
        QuickReply reply;
        reply.shortcut = QString::fromLatin1(shortcut);
        reply.text = QString::fromUtf8(text);
        if (save(&reply))
            ++added;
    }
    return added;
}

} // namespace wabadesk::quickreplies
