#include "conversations/ConversationFilterModel.h"

#include "conversations/ConversationListModel.h"
#include "conversations/ConversationText.h"

namespace wabadesk::ui {

using Roles = ConversationListModel::Role;

ConversationFilterModel::ConversationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // The source keeps its own order (most recent first); the proxy only filters, but re-filters changed rows.
    setDynamicSortFilter(true);
}

void ConversationFilterModel::setFilters(Filters filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    refilter();
}

void ConversationFilterModel::setFilter(Filter filter, bool on)
{
    setFilters(on ? m_filters | filter : m_filters & ~Filters(filter));
}

void ConversationFilterModel::setChannelId(const QString& channelId)
{
    if (channelId == m_channelId)
        return;
    m_channelId = channelId;
    refilter();
}

void ConversationFilterModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = ConversationText::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_words.clear();
    for (QString word : words) {
        // "+49" and "(151)" match the digits of the number.
        if (word.size() > 1 && (word.startsWith(QLatin1Char('+')) || word.startsWith(QLatin1Char('('))))
            word.remove(0, 1);
        if (word.size() > 1 && word.endsWith(QLatin1Char(')')))
            word.chop(1);
        m_words.append(word);
    }
    refilter();
}

void ConversationFilterModel::setPinnedId(const QString& conversationId)
{
    if (conversationId == m_pinnedId)
        return;
    m_pinnedId = conversationId;
    refilter();
}

void ConversationFilterModel::refilter()
{
    invalidateFilter();
}

bool ConversationFilterModel::hasProperty(const QModelIndex& source, Filter filter) const
{
    switch (filter) {
    case Unread:
        return source.data(Roles::UnreadCountRole).toInt() > 0;
    case WindowOpen:
        return source.data(Roles::WindowOpenRole).toBool();
    case Failed:
        return source.data(Roles::FailedCountRole).toInt() > 0;
    case NoFilter:
        break;
    }
    return true;
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_channelId.isEmpty() && source.data(Roles::ChannelIdRole).toString() != m_channelId)
        return false;
    // The pinned conversation passes the property filters (not the channel or the typed text).
    const bool pinned = !m_pinnedId.isEmpty() && source.data(Roles::IdRole).toString() == m_pinnedId;
    for (const Filter f : {Unread, WindowOpen, Failed}) {
        if (!pinned && m_filters.testFlag(f) && !hasProperty(source, f))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString key = source.data(Roles::SearchKeyRole).toString();
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

int ConversationFilterModel::sourceCount(Filter filter) const
{
    const QAbstractItemModel* source = sourceModel();
    if (!source)
        return 0;
    int count = 0;
    const int rows = source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, 0);
        if (!m_channelId.isEmpty() && index.data(Roles::ChannelIdRole).toString() != m_channelId)
            continue;
        count += hasProperty(index, filter) ? 1 : 0;
    }
    return count;
}

} // namespace wabadesk::ui
