#include "DeskWindowFixture.h"

#include "MainWindow.h"
#include "channels/ChannelWorkspace.h"
#include "conversations/OutboxSendTarget.h"
#include "media/MediaCache.h"
#include "notify/DesktopNotifier.h"
#include "outbox/MessageSender.h"
#include "outbox/OutboxSender.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

namespace wabadesk::test {

void DeskWindowFixture::isolateSettings(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
    QCoreApplication::setApplicationName(applicationName);
}

bool DeskWindowFixture::startDesk(QString* error, const std::function<void()>& beforeWindow)
{
    QSettings().clear();
    if (!startChannelStack(error))
        return false;
    if (addSandboxChannel(QStringLiteral("Berlin"), Channel::KeyStorage::SessionOnly, &m_channel).kind !=
        channels::ChannelError::Kind::None) {
        *error = QStringLiteral("the sandbox channel was not added");
        return false;
    }
    m_hub = std::make_unique<store::ChangeHub>();
    m_media = std::make_unique<media::MediaCache>(m_dataDir->path());
    if (!openStoreAndSender(error))
        return false;
    if (beforeWindow)
        beforeWindow();
    return showWindow(error);
}

bool DeskWindowFixture::openStoreAndSender(QString* error)
{
    m_store = store::Store::open(store::StoreLocation::inDataDir(m_dataDir->path()), error);
    if (!m_store)
        return false;
    m_store->setChangeHub(m_hub.get());
    m_store->setChannelRoutes({{m_channel.phoneNumberId, m_channel.id}});
    m_outbox = std::make_unique<outbox::OutboxSender>(m_store.get(), m_service->clientProvider());
    m_outbox->setChangeHub(m_hub.get());
    m_outbox->setMediaCache(m_media.get()); // as app/gui/main.cpp: attachments go into the media library
    m_outbox->start();
    m_sender = std::make_unique<outbox::MessageSender>(m_store.get(), m_outbox.get());
    m_sender->setReadReceiptsEnabled(false);
    m_target = std::make_unique<ui::OutboxSendTarget>(m_sender.get());
    return true;
}

bool DeskWindowFixture::showWindow(QString* error)
{
    ui::DeskServices services;
    services.store = m_store.get();
    services.openStore = store::Store::openerFor(m_store->location());
    services.hub = m_hub.get();
    services.sender = m_sender.get();
    services.sendTarget = m_target.get();
    services.channels = m_service.get();
    services.media = m_media.get();
    m_window = std::make_unique<ui::MainWindow>(m_service.get(), services);
    m_window->setOutbox(m_outbox.get());
    m_window->notifier()->setPresenter([](const ui::DesktopNotifier::Notice&) {});
    m_window->show();
    if (!QTest::qWaitFor([this] { return m_window->currentWorkspace() && m_window->currentWorkspace()->isReady(); })) {
        *error = QStringLiteral("the channel's workspace did not become ready");
        return false;
    }
    return desk() != nullptr;
}

bool DeskWindowFixture::restartDesk(QString* error)
{
    m_window.reset(); // saves what the composer holds, as quitting does
    m_target.reset();
    m_sender.reset();
    m_outbox.reset();
    m_store.reset();
    return openStoreAndSender(error) && showWindow(error);
}

void DeskWindowFixture::stopDesk()
{
    m_window.reset();
    m_media.reset();
    m_target.reset();
    m_sender.reset();
    m_outbox.reset();
    m_store.reset();
    m_hub.reset();
    stopChannelStack();
}

QString DeskWindowFixture::addCustomer(const QString& waId, const QString& name, const QString& text, int secondsAgo)
{
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() - secondsAgo;
    const QJsonObject message{{QStringLiteral("from"), waId},
                              {QStringLiteral("id"), QStringLiteral("wamid.k%1.%2").arg(waId).arg(++m_seq)},
                              {QStringLiteral("timestamp"), QString::number(timestamp)},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QJsonObject contact{{QStringLiteral("wa_id"), waId},
                              {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), m_channel.phoneNumber},
                                                 {QStringLiteral("phone_number_id"), m_channel.phoneNumberId}}},
        {QStringLiteral("contacts"), QJsonArray{contact}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                  {QStringLiteral("entry"), QJsonArray{entry}}})
            .toJson(QJsonDocument::Compact);
    m_store->ingest({{m_store->lastJournalSeq() + 1, QDateTime::currentDateTimeUtc(), body, {}}});
    return m_channel.id + QLatin1Char('/') + waId;
}

ui::ConversationsArea* DeskWindowFixture::desk() const
{
    ui::ChannelWorkspace* workspace = m_window ? m_window->currentWorkspace() : nullptr;
    return workspace ? workspace->conversations() : nullptr;
}

} // namespace wabadesk::test
