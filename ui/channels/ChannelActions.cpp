#include "channels/ChannelActions.h"

#include "channels/AddChannelDialog.h"
#include "channels/ChannelErrorText.h"
#include "channels/ChannelService.h"
#include "channels/ChannelSettingsDialog.h"
#include "channels/ChannelText.h"
#include "channels/RotateKeyDialog.h"
#include "common/Confirmation.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>
#include <QWidget>

namespace wabadesk::ui {

ChannelActions::ChannelActions(channels::ChannelService* service, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Channel…"), this))
    , m_rotate(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Rotate Key…"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move Channel…"), this))
    , m_settings(new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("Channel &Settings…"), this))
{
    m_add->setObjectName(QStringLiteral("actionAddChannel"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N: a new conversation
    m_add->setToolTip(tr("Add a WhatsApp number with its 360dialog API key (%1)")
                          .arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_rotate->setObjectName(QStringLiteral("actionRotateKey"));
    m_rotate->setToolTip(tr("Replace the current channel's API key with a new one"));
    m_remove->setObjectName(QStringLiteral("actionRemoveChannel"));
    m_remove->setToolTip(tr("Remove the current channel and its key from this computer"));
    connect(m_add, &QAction::triggered, this, &ChannelActions::addChannel);
    connect(m_rotate, &QAction::triggered, this, &ChannelActions::rotateKey);
    connect(m_remove, &QAction::triggered, this, &ChannelActions::removeChannel);
    m_settings->setObjectName(QStringLiteral("actionChannelSettings"));
    m_settings->setToolTip(tr("Name, API key, webhooks and removal of the current channel"));
    connect(m_settings, &QAction::triggered, this, &ChannelActions::openSettings);
    setCurrentChannel({});
}

void ChannelActions::setCurrentChannel(const QString& channelId)
{
    m_current = channelId;
    m_rotate->setEnabled(!channelId.isEmpty());
    m_remove->setEnabled(!channelId.isEmpty());
    m_settings->setEnabled(!channelId.isEmpty());
}

ChannelSettingsDialog* ChannelActions::openSettings()
{
    if (m_current.isEmpty() || !m_service->channel(m_current))
        return nullptr;
    if (m_settingsDialog && m_settingsDialog->isVisible() && m_settingsDialog->channelId() == m_current) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    if (m_settingsDialog)
        m_settingsDialog->close();
    auto* dialog = new ChannelSettingsDialog(m_service, this, m_current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelSettingsDialog::webhooksRequested, this, &ChannelActions::webhooksRequested);
    m_settingsDialog = dialog;
    dialog->open();
    return dialog;
}

AddChannelDialog* ChannelActions::addChannel()
{
    // A closed dialog lingers until its deferred delete; it does not count.
    if (m_addDialog && m_addDialog->isVisible()) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return m_addDialog;
    }
    auto* dialog = new AddChannelDialog(m_service, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddChannelDialog::channelAdded, this, [this](const Channel& channel) {
        Q_EMIT message(channel.keyStorage == Channel::KeyStorage::SessionOnly
                           ? tr("Added “%1”; its key is kept for this run only.").arg(channel.name)
                           : tr("Added “%1”.").arg(channel.name));
        Q_EMIT channelAdded(channel.id);
    });
    m_addDialog = dialog;
    dialog->open();
    return dialog;
}

RotateKeyDialog* ChannelActions::rotateKey()
{
    if (m_current.isEmpty() || !m_service->channel(m_current))
        return nullptr;
    if (m_rotateDialog && m_rotateDialog->isVisible()) {
        m_rotateDialog->raise();
        return m_rotateDialog;
    }
    auto* dialog = new RotateKeyDialog(m_service, m_current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_current;
    connect(dialog, &RotateKeyDialog::attemptFinished, this, [this, id](bool rotated) {
        if (rotated)
            Q_EMIT message(tr("Key of “%1” replaced.").arg(m_service->channel(id).value_or(Channel{}).name));
    });
    m_rotateDialog = dialog;
    dialog->open();
    return dialog;
}

void ChannelActions::removeChannel()
{
    const auto channel = m_service->channel(m_current);
    if (!channel)
        return;
    Confirmation::Request request;
    request.objectName = QStringLiteral("removeChannelQuestion");
    request.title = tr("Remove Channel");
    request.text = tr("Remove “%1” (%2) from WabaDesk?").arg(channel->name, ChannelText::number(*channel));
    request.informativeText =
        tr("WabaDesk deletes the channel's API key and webhook secrets from the keychain and forgets its settings. "
           "Nothing changes at 360dialog: the number, its key and its webhook stay as they are there.");
    request.checkBoxText = tr("Also delete this channel's local history");
    request.acceptText = tr("Remove Channel");
    request.isDestructive = true;
    const QString id = channel->id;
    const QString name = channel->name;
    Confirmation::ask(m_window, request, this, [this, id, name](const Confirmation::Answer& answer) {
        if (!answer.accepted)
            return;
        m_service->removeChannel(id, answer.checkBoxChecked, this, [this, id, name](const channels::ChannelError& e) {
            if (!e.isError()) {
                Q_EMIT message(tr("Removed “%1”.").arg(name));
                Q_EMIT channelRemoved(id);
                return;
            }
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove Channel"),
                                        tr("“%1” was not removed.").arg(name), QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("removeChannelError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(ChannelErrorText::title(e.kind) + QLatin1Char('\n') + e.message);
            box->open();
        });
    });
}

} // namespace wabadesk::ui
