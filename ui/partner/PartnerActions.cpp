#include "partner/PartnerActions.h"

#include "partner/PartnerConsole.h"
#include "webhook/ListenerService.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace wabadesk::ui {

PartnerActions::PartnerActions(channels::ChannelService* channels, QWidget* window)
    : QObject(window)
    , m_channels(channels)
    , m_window(window)
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Partner Console…"), this))
{
    setObjectName(QStringLiteral("partnerActions"));
    m_action->setObjectName(QStringLiteral("actionPartnerConsole"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setStatusTip(tr("Your 360dialog clients and their numbers: status, usage, and adding a number to "
                              "WabaDesk with a generated key"));
    m_action->setVisible(false);
    connect(m_action, &QAction::triggered, this, &PartnerActions::openConsole);
}

void PartnerActions::setAccount(partner::PartnerAccount* account)
{
    m_account = account;
    m_action->setVisible(account != nullptr);
}

void PartnerActions::setListener(webhook::ListenerService* listener)
{
    m_listener = listener;
}

PartnerConsole* PartnerActions::console() const
{
    return m_console;
}

PartnerConsole* PartnerActions::openConsole()
{
    if (!m_account)
        return nullptr;
    if (!m_console) {
        m_console = new PartnerConsole(m_account, m_channels, m_listener, m_window);
        connect(m_console, &PartnerConsole::channelAdded, this, &PartnerActions::channelAdded);
        connect(m_console, &PartnerConsole::showChannelRequested, this, &PartnerActions::showChannelRequested);
        m_console->start();
    }
    m_console->show();
    m_console->raise();
    m_console->activateWindow();
    return m_console;
}

} // namespace wabadesk::ui
