#include "conversations/SearchWorker.h"

#include "conversations/ConversationText.h"
#include "conversations/MessageSummary.h"
#include "store/Store.h"
#include "text/WhatsAppText.h"

#include <QCoreApplication>
#include <QHash>

namespace wabadesk::ui {

SearchWorker::SearchWorker(store::StoreOpener openStore)
    : m_openStore(std::move(openStore))
{}

SearchWorker::~SearchWorker() = default;

QList<SearchResult> SearchWorker::run(const store::Store& store, const QString& text, int limit)
{
    QList<SearchResult> out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return out;
    QHash<QString, QString> names; // conversation id → name, one lookup per conversation
    const QList<store::SearchHit> hits = store.search(trimmed, limit);
    for (const store::SearchHit& hit : hits) {
        SearchResult r;
        r.conversationId = hit.conversationId;
        r.channelId = hit.channelId;
        r.wamid = hit.wamid;
        auto name = names.constFind(hit.conversationId);
        if (name == names.cend()) {
            const std::optional<Conversation> c = store.conversation(hit.conversationId);
            name = names.insert(hit.conversationId,
                                c ? ConversationText::oneLine(c->contact.displayName()) : hit.conversationId);
        }
        r.name = *name;
        // The message's own text (markers removed), else its file name; the store's snippet when neither has the
        // words (a match in a contact card's details, say).
        QString prefix;
        SearchSnippet snippet;
        if (const std::optional<StoredMessage> m = store.message(hit.wamid, hit.channelId)) {
            r.at = m->timestamp.isValid() ? m->timestamp : m->receivedAt;
            snippet = SearchSnippet::make(MessageSummary::plainText(*m), trimmed);
            if (snippet.text.isEmpty())
                snippet = SearchSnippet::make(m->filename, trimmed);
            const QString label = ConversationText::typeLabel(m->type);
            if (!label.isEmpty())
                prefix = ConversationText::tr("%1: %2").arg(label, QString());
            if (m->direction == StoredMessage::Direction::Outbound)
                prefix = QCoreApplication::translate("wabadesk::ui::SearchResultModel", "You: %1").arg(prefix);
        }
        if (snippet.text.isEmpty()) {
            QString plain = hit.snippet;
            plain.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            snippet = SearchSnippet::make(text::toPlainText(plain), trimmed);
            if (snippet.text.isEmpty())
                snippet.text = ConversationText::oneLine(text::toPlainText(plain));
        }
        for (auto& match : snippet.matches)
            match.first += int(prefix.size());
        snippet.text.prepend(prefix);
        r.snippet = snippet;
        out.append(r);
    }
    return out;
}

void SearchWorker::search(quint64 generation, const QString& text, int limit)
{
    if (!m_store) {
        QString error;
        m_store = m_openStore(&error);
    }
    Q_EMIT finished(generation, m_store ? run(*m_store, text, limit) : QList<SearchResult>());
}

} // namespace wabadesk::ui
