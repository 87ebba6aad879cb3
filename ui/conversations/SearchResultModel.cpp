#include "conversations/SearchResultModel.h"

#include "conversations/ConversationText.h"
#include "store/Store.h"

#include <QHash>

namespace wabadesk::ui {

SearchResultModel::SearchResultModel(store::Store* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void SearchResultModel::search(const QString& text, int limit)
{
    beginResetModel();
    m_query = text;
    m_results.clear();
    const QString trimmed = text.trimmed();
    if (m_store && !trimmed.isEmpty()) {
        QHash<QString, QString> names; // conversation id → name, one lookup per conversation
        const QList<store::SearchHit> hits = m_store->search(trimmed, limit);
        for (const store::SearchHit& hit : hits) {
            Result r;
            r.conversationId = hit.conversationId;
            r.channelId = hit.channelId;
            r.wamid = hit.wamid;
            auto name = names.constFind(hit.conversationId);
            if (name == names.cend()) {
                const std::optional<Conversation> c = m_store->conversation(hit.conversationId);
                name = names.insert(hit.conversationId,
                                    c ? ConversationText::oneLine(c->contact.displayName()) : hit.conversationId);
            }
            r.name = *name;
            QString snippet = ConversationText::oneLine(hit.snippet);
            if (const std::optional<StoredMessage> m = m_store->message(hit.wamid, hit.channelId)) {
                r.at = m->timestamp.isValid() ? m->timestamp : m->receivedAt;
                const QString label = ConversationText::typeLabel(m->type);
                if (!label.isEmpty())
                    snippet = ConversationText::tr("%1: %2").arg(label, snippet);
                if (m->direction == StoredMessage::Direction::Outbound)
                    snippet = tr("You: %1").arg(snippet);
            }
            r.snippet = snippet;
            m_results.append(r);
        }
    }
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Result& r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case Qt::ToolTipRole: {
        QString plain = r.snippet;
        plain.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        return plain;
    }
    case ConversationIdRole:
        return r.conversationId;
    case ChannelIdRole:
        return r.channelId;
    case WamidRole:
        return r.wamid;
    case SnippetRole:
        return r.snippet;
    case TimeTextRole:
        return ConversationText::activityTime(r.at, m_clock());
    case AtRole:
        return r.at;
    default:
        return {};
    }
}

QList<QPair<QString, bool>> SearchResultModel::snippetParts(const QString& snippet)
{
    QList<QPair<QString, bool>> parts;
    QString current;
    bool matched = false;
    for (const QChar c : snippet) {
        if ((c == QLatin1Char('[') && !matched) || (c == QLatin1Char(']') && matched)) {
            if (!current.isEmpty())
                parts.append({current, matched});
            current.clear();
            matched = !matched;
            continue;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        parts.append({current, matched});
    return parts;
}

} // namespace wabadesk::ui
