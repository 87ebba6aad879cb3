// wabadesk-cli quickreply list|add|remove: the desk's quick replies (issue #14), in the data directory's store.
#include "cli/Cli.h"
#include "quickreplies/QuickReplyLibrary.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wabadesk::cli {

namespace {

QJsonObject replyJson(const QuickReply& r)
{
    return QJsonObject{{QStringLiteral("shortcut"), r.shortcut},
                       {QStringLiteral("text"), r.text},
                       {QStringLiteral("position"), r.position}};
}

} // namespace

int Cli::quickReplies()
{
    QString error;
    auto store = store::Store::open(m_storeLocation, &error);
    if (!store)
        return m_out.usageError(tr("The store in %1 cannot be opened: %2").arg(m_dataDir, error));
    quickreplies::QuickReplyLibrary library(store.get());
    const QString command = m_cmd.command();

    if (command == QLatin1String("quickreply list")) {
        const QList<QuickReply> replies = library.replies();
        if (m_out.json()) {
            QJsonArray array;
            for (const QuickReply& r : replies)
                array.append(replyJson(r));
            m_out.jsonObject({{QStringLiteral("quick_replies"), array}});
            return ExitOk;
        }
        if (replies.isEmpty())
            m_out.line(tr("No quick replies. Add one with `wabadesk-cli quickreply add --shortcut NAME --body TEXT`."));
        for (const QuickReply& r : replies)
            m_out.line(QStringLiteral("/%1\t%2").arg(r.shortcut, r.text.simplified()));
        return ExitOk;
    }

    if (command == QLatin1String("quickreply add")) {
        int exitCode = ExitOk;
        if (!require({"shortcut", "body"}, &exitCode))
            return exitCode;
        QuickReply reply;
        reply.shortcut = m_cmd.value(QStringLiteral("shortcut"));
        reply.text = m_cmd.value(QStringLiteral("body"));
        // An existing shortcut is replaced only when asked: a typo should not overwrite someone's reply.
        if (const std::optional<QuickReply> existing = library.find(reply.shortcut)) {
            if (!m_cmd.isSet(QStringLiteral("replace")))
                return m_out.usageError(tr("/%1 exists already.").arg(existing->shortcut),
                                        tr("Add --replace to change its text."));
            reply.id = existing->id;
            reply.position = existing->position;
        }
        if (!library.save(&reply))
            return m_out.usageError(library.lastError());
        if (m_out.json())
            m_out.jsonObject(replyJson(reply));
        else
            m_out.line(tr("Saved /%1.").arg(reply.shortcut));
        return ExitOk;
    }

    // quickreply remove SHORTCUT
    const QString shortcut = m_cmd.arguments().value(0);
    const std::optional<QuickReply> existing = library.find(shortcut);
    if (!existing)
        return m_out.usageError(
            tr("There is no quick reply /%1.").arg(quickreplies::QuickReplyLibrary::normalizedShortcut(shortcut)),
            tr("`wabadesk-cli quickreply list` shows them."));
    if (!library.remove(existing->id))
        return m_out.usageError(library.lastError());
    if (m_out.json())
        m_out.jsonObject({{QStringLiteral("removed"), existing->shortcut}});
    else
        m_out.line(tr("Removed /%1.").arg(existing->shortcut));
    return ExitOk;
}

} // namespace wabadesk::cli
