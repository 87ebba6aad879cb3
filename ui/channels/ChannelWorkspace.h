#pragma once

#include "channels/ChannelDescriptor.h"

#include <QWidget>

class QTabWidget;

namespace wabadesk::ui {

class ProfilePanel;
class QuickSendPanel;
class TemplatesPanel;

// Everything the window shows for one channel: a header with its name, and one tab per area.
class ChannelWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit ChannelWorkspace(const ChannelDescriptor& channel, QWidget* parent = nullptr);

    const ChannelDescriptor& channel() const { return m_channel; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    ChannelDescriptor m_channel;
    QTabWidget* m_tabs;
    QuickSendPanel* m_quickSend;
    TemplatesPanel* m_templates;
    ProfilePanel* m_profile;
};

} // namespace wabadesk::ui
