#include "conversations/SearchResultModel.h"

#include "conversations/ConversationText.h"
#include "store/Store.h"

namespace wabadesk::ui {

SearchResultModel::SearchResultModel(store::Store* store, store::StoreOpener openStore, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<QList<SearchResult>>();
    if (m_store && openStore) {
        m_worker = new SearchWorker(std::move(openStore));
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &SearchWorker::finished, this, [this](quint64 generation, const QList<SearchResult>& r) {
            if (generation == m_generation)
                show(m_query, r);
        });
        m_thread.setObjectName(QStringLiteral("wabadesk-search"));
    }
}

SearchResultModel::~SearchResultModel()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchResultModel::search(const QString& text, int limit)
{
    ++m_generation; // an answer still on its way is outdated
    m_query = text;
    show(text, m_store ? SearchWorker::run(*m_store, text, limit) : QList<SearchResult>());
}

void SearchResultModel::searchAsync(const QString& text, int limit)
{
    const quint64 generation = ++m_generation;
    m_query = text;
    if (!m_worker || text.trimmed().isEmpty()) {
        show(text, {});
        return;
    }
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, text, limit] { worker->search(generation, text, limit); },
        Qt::QueuedConnection);
}

void SearchResultModel::show(const QString& query, const QList<SearchResult>& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
    Q_EMIT searchFinished(query, int(m_results.size()));
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const SearchResult& r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case Qt::ToolTipRole:
        return r.snippet.text;
    case ConversationIdRole:
        return r.conversationId;
    case ChannelIdRole:
        return r.channelId;
    case WamidRole:
        return r.wamid;
    case SnippetRole:
        return r.snippet.text;
    case SnippetPartsRole:
        return QVariant::fromValue(r.snippet.parts());
    case TimeTextRole:
        return ConversationText::activityTime(r.at, m_clock());
    case AtRole:
        return r.at;
    default:
        return {};
    }
}

} // namespace wabadesk::ui
