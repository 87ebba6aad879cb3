#pragma once

#include "channels/ChannelDescriptor.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace wabadesk::ui {

// The left column: the channels this window works with, each with its colour dot. Selecting one emits
// currentChannelChanged(index into the list given to setChannels).
class ChannelSwitcher : public QWidget {
    Q_OBJECT
public:
    explicit ChannelSwitcher(QWidget* parent = nullptr);

    void setChannels(const QList<ChannelDescriptor>& channels);
    int currentIndex() const;
    void setCurrentIndex(int index);

Q_SIGNALS:
    void currentChannelChanged(int index);

private:
    QListWidget* m_list;
    QLabel* m_empty;
};

} // namespace wabadesk::ui
