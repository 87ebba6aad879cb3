#pragma once

#include "model/Channel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace wabadesk::ui {

// The left column: the channels this window works with, each with its colour dot, name and number, and an
// "Add channel" button underneath. Selecting one emits currentChannelChanged(channel id). With two channels or more,
// an "All channels" entry on top (id kAllChannels) shows every channel's conversations together.
class ChannelSwitcher : public QWidget {
    Q_OBJECT
public:
    static inline const QString kAllChannels = QStringLiteral("*");

    explicit ChannelSwitcher(QWidget* parent = nullptr);

    // Keeps the current channel selected while it is still in the list; otherwise selects the first.
    void setChannels(const QList<Channel>& channels);
    QString currentChannelId() const;
    void setCurrentChannel(const QString& id);
    int count() const;

Q_SIGNALS:
    void currentChannelChanged(const QString& id);
    void addRequested();

private:
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_add;
};

} // namespace wabadesk::ui
