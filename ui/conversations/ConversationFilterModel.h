#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace wabadesk::ui {

// Filters ConversationListModel's rows (which are already in order): unread, window open, failed, a channel, and
// text typed by the agent (every word must appear in the name, number or last message; case and accents ignored).
// Re-filters rows as they change (dynamicSortFilter), so a conversation that gets an unread message appears under
// "Unread" at once. One conversation can be pinned: the open one passes the unread/window/failed filters even when it
// stops matching them (read under "Unread"), as users expect from chat apps; the channel and the text still apply.
class ConversationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum Filter { NoFilter = 0x0, Unread = 0x1, WindowOpen = 0x2, Failed = 0x4 };
    Q_DECLARE_FLAGS(Filters, Filter)
    Q_FLAG(Filters)

    explicit ConversationFilterModel(QObject* parent = nullptr);

    void setFilters(Filters filters);
    void setFilter(Filter filter, bool on);
    Filters filters() const { return m_filters; }
    // "" = every channel.
    void setChannelId(const QString& channelId);
    QString channelId() const { return m_channelId; }
    void setText(const QString& text);
    QString text() const { return m_text; }
    void setPinnedId(const QString& conversationId);
    QString pinnedId() const { return m_pinnedId; }
    // Any filter or text in effect (an empty result then means "no match", not "no conversations").
    bool isFiltering() const { return m_filters != NoFilter || !m_channelId.isEmpty() || !m_words.isEmpty(); }

    // Rows of the source that pass the filters other than `filter` and have `filter`'s property: for chip counts.
    int sourceCount(Filter filter) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool hasProperty(const QModelIndex& source, Filter filter) const;
    void refilter();

    Filters m_filters = NoFilter;
    QString m_channelId;
    QString m_text;
    QStringList m_words;
    QString m_pinnedId;
};

} // namespace wabadesk::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(wabadesk::ui::ConversationFilterModel::Filters)
