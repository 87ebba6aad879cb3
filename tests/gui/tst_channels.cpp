// Channel set-up in the GUI against a real sandbox, keys in memory: add (and its failures), the no-keychain
// question, rotation and removal, driven by objectName; questions are answered through ui::Confirmation.
#include "ChannelTestBase.h"
#include "FailingSecretStore.h"
#include "MainWindow.h"
#include "channels/AddChannelDialog.h"
#include "channels/ChannelActions.h"
#include "channels/ChannelErrorText.h"
#include "channels/ChannelItemDelegate.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "channels/ChannelSettingsDialog.h"
#include "channels/ChannelWorkspace.h"
#include "channels/RotateKeyDialog.h"
#include "common/Confirmation.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxChannel.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include <memory>

using namespace wabadesk;
using Kind = channels::ChannelError::Kind;
using ui::AddChannelDialog;
using ui::RotateKeyDialog;

namespace {

// A loopback port nobody listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestChannels : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addChannelThroughDialog();
    void wrongKeyShowsItsMessageAndAddsNothing();
    void unreachableBaseUrlShowsItsMessage();
    void duplicateNumberIsRefused();
    void noKeychainOffersSessionOnly();
    void noKeychainDeclinedAddsNothing();
    void failingKeychainOffersSessionOnlyToo();
    void onPremiseChannelIsWarnedAbout();
    void emptyStateOffersAddChannel();
    void rotateKeyReappliesWebhook();
    void rotateWithWrongKeyKeepsOldKey();
    void removeAsksAndDeletesEverything();
    void removeCancelledKeepsChannel();
    void administrationIsInChannelSettings();

private:
    void makeService(secrets::SecretStore* store);
    AddChannelDialog* openAddDialog();
    bool addThroughDialog(const QUrl& baseUrl, const QByteArray& key);
    Channel addDirectly();
    QListWidget* list() const { return m_window->findChild<QListWidget*>(QStringLiteral("channelList")); }
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    std::unique_ptr<ui::MainWindow> m_window;
};

void TestChannels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_channels"));
    QSettings().clear();
}

void TestChannels::init()
{
    QString error;
    QVERIFY2(startChannelStack(&error), qPrintable(error));
    makeService(m_secrets.get());
}

void TestChannels::makeService(secrets::SecretStore* store)
{
    m_window.reset();
    m_service = std::make_unique<channels::ChannelService>(m_network.get(), store, m_repository.get());
    m_window = std::make_unique<ui::MainWindow>(m_service.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChannels::cleanup()
{
    ui::Confirmation::resetForTests();
    m_window.reset();
    stopChannelStack();
}

AddChannelDialog* TestChannels::openAddDialog()
{
    // A dialog closed before is deleted later; wait for that, so that findChild() sees only the new one.
    if (!QTest::qWaitFor([this] { return !m_window->findChild<AddChannelDialog*>(); }, 5000))
        return nullptr;
    m_window->findChild<QAction*>(QStringLiteral("actionAddChannel"))->trigger();
    auto* dialog = m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Fills the dialog as a user would (custom base URL, key typed into the field) and clicks "Check and add".
bool TestChannels::addThroughDialog(const QUrl& baseUrl, const QByteArray& key)
{
    AddChannelDialog* dialog = openAddDialog();
    if (!dialog)
        return false;
    child<QRadioButton>(dialog, "addChannelCustom")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, "addChannelCustomUrl"), baseUrl.toString());
    QTest::keyClicks(child<QLineEdit>(dialog, "addChannelKey"), QString::fromLatin1(key));
    QSignalSpy finished(dialog, &AddChannelDialog::attemptFinished);
    auto* submit = child<QPushButton>(dialog, "addChannelSubmit");
    if (!submit->isEnabled())
        return false;
    submit->click();
    return finished.wait(15000) && finished.constFirst().constFirst().toBool();
}

Channel TestChannels::addDirectly()
{
    Channel added;
    const channels::ChannelError e = addSandboxChannel({}, Channel::KeyStorage::Keychain, &added);
    if (e.isError())
        qWarning("%s", qPrintable(e.message));
    return added;
}

void TestChannels::addChannelThroughDialog()
{
    QCOMPARE(list()->count(), 0);
    AddChannelDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    auto* key = child<QLineEdit>(dialog, "addChannelKey");
    QCOMPARE(key->echoMode(), QLineEdit::Password); // never readable on screen
    QVERIFY(child<QRadioButton>(dialog, "addChannelCloud")->isChecked());
    QCOMPARE(dialog->baseUrl(), QUrl(QStringLiteral("https://waba-v2.360dialog.io")));
    dialog->close();

    QVERIFY(addThroughDialog(m_sandbox->baseUrl(), m_sandbox->apiKey()));
    // Named from the API: the verified name, with the number underneath.
    QTRY_COMPARE(list()->count(), 1);
    QCOMPARE(list()->item(0)->text(), sandbox::SandboxChannel::verifiedName());
    QCOMPARE(list()->item(0)->data(ui::ChannelItemDelegate::NumberRole).toString(),
             sandbox::SandboxChannel::displayPhoneNumber());
    QCOMPARE(m_service->channels().size(), 1);
    const Channel channel = m_service->channels().constFirst();
    QCOMPARE(channel.keyStorage, Channel::KeyStorage::Keychain);
    QCOMPARE(m_secrets->size(), 1);
    QVERIFY(m_secrets->contains(secrets::keys::apiKey(channel.id)));
    // The dialog is gone (it deletes itself) and the key is nowhere in the settings file.
    QTRY_VERIFY(!m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog")));
    QFile ini(m_repository->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_sandbox->apiKey()));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionRotateKey"))->isEnabled());
}

void TestChannels::wrongKeyShowsItsMessageAndAddsNothing()
{
    AddChannelDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    const QByteArray wrongKey = "WrongKeyWrongKeyWrongKey1234";
    child<QRadioButton>(dialog, "addChannelCustom")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, "addChannelCustomUrl"), m_sandbox->baseUrl().toString());
    auto* key = child<QLineEdit>(dialog, "addChannelKey");
    QTest::keyClicks(key, QString::fromLatin1(wrongKey));
    QSignalSpy finished(dialog, &AddChannelDialog::attemptFinished);
    child<QPushButton>(dialog, "addChannelSubmit")->click();
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QWidget>(dialog, "addChannelBusy")->isVisible());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);

    auto* error = child<QWidget>(dialog, "addChannelError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->property("errorKind").toString(), QStringLiteral("WrongKey"));
    const QString text = child<QLabel>(error, "noticeBannerText")->text();
    QVERIFY2(text.contains(ui::ChannelErrorText::title(Kind::WrongKey)), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(wrongKey)));
    QVERIFY(!text.contains(QString::fromLatin1(wrongKey.right(4))));
    QVERIFY(key->text().isEmpty()); // a refused key is not kept
    QVERIFY(dialog->isVisible());
    QCOMPARE(list()->count(), 0);
    QVERIFY(m_service->channels().isEmpty());
    QCOMPARE(m_secrets->size(), 0);
    dialog->close();
}

void TestChannels::unreachableBaseUrlShowsItsMessage()
{
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    QVERIFY(!addThroughDialog(closed, m_sandbox->apiKey()));
    auto* dialog = m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog"));
    QVERIFY(dialog);
    auto* error = child<QWidget>(dialog, "addChannelError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->property("errorKind").toString(), QStringLiteral("Unreachable"));
    QVERIFY(child<QLabel>(error, "noticeBannerText")->text().contains(ui::ChannelErrorText::title(Kind::Unreachable)));
    // The key stays in its field for another try after fixing the URL; it is not shown anywhere.
    QVERIFY(!child<QLineEdit>(dialog, "addChannelKey")->text().isEmpty());
    QVERIFY(!child<QLabel>(error, "noticeBannerText")->text().contains(QString::fromLatin1(m_sandbox->apiKey())));
    QVERIFY(m_service->channels().isEmpty());
    QCOMPARE(m_secrets->size(), 0);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog")));
}

void TestChannels::duplicateNumberIsRefused()
{
    QVERIFY(!addDirectly().id.isEmpty());
    QVERIFY(!addThroughDialog(m_sandbox->baseUrl(), m_sandbox->apiKey()));
    auto* dialog = m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog"));
    QCOMPARE(child<QWidget>(dialog, "addChannelError")->property("errorKind").toString(), QStringLiteral("Duplicate"));
    QCOMPARE(m_service->channels().size(), 1);
    dialog->close();
}

void TestChannels::noKeychainOffersSessionOnly()
{
    test::FailingSecretStore noKeychain(secrets::SecretError::NoBackend);
    makeService(&noKeychain);
    ui::Confirmation::setNextAnswer({true, false});
    QVERIFY(addThroughDialog(m_sandbox->baseUrl(), m_sandbox->apiKey()));
    const auto asked = ui::Confirmation::lastRequest();
    QVERIFY(asked.has_value());
    QCOMPARE(asked->objectName, QStringLiteral("noKeychainQuestion"));
    QVERIFY2(asked->informativeText.contains(QStringLiteral("Secret Service")), qPrintable(asked->informativeText));
    QVERIFY(asked->acceptText.contains(QStringLiteral("This Run Only")));

    QTRY_COMPARE(list()->count(), 1);
    QCOMPARE(m_service->channels().constFirst().keyStorage, Channel::KeyStorage::SessionOnly);
    // Session-only channels are not written to the settings file.
    QCOMPARE(m_repository->load().size(), 0);
    m_window.reset();
    m_service.reset();
}

void TestChannels::noKeychainDeclinedAddsNothing()
{
    test::FailingSecretStore noKeychain(secrets::SecretError::NoBackend);
    makeService(&noKeychain);
    ui::Confirmation::setNextAnswer({false, false});
    QVERIFY(!addThroughDialog(m_sandbox->baseUrl(), m_sandbox->apiKey()));
    auto* dialog = m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog"));
    QVERIFY(dialog);
    QCOMPARE(child<QWidget>(dialog, "addChannelError")->property("errorKind").toString(), QStringLiteral("NoKeychain"));
    QVERIFY(m_service->channels().isEmpty());
    QCOMPARE(list()->count(), 0);
    dialog->close();
    m_window.reset();
    m_service.reset();
}

void TestChannels::failingKeychainOffersSessionOnlyToo()
{
    // E.g. no D-Bus session at all: the keychain fails instead of being reported missing.
    test::FailingSecretStore failing(secrets::SecretError::Other);
    makeService(&failing);
    ui::Confirmation::setNextAnswer({true, false});
    QVERIFY(addThroughDialog(m_sandbox->baseUrl(), m_sandbox->apiKey()));
    QCOMPARE(ui::Confirmation::lastRequest()->objectName, QStringLiteral("noKeychainQuestion"));
    QCOMPARE(m_service->channels().constFirst().keyStorage, Channel::KeyStorage::SessionOnly);
    m_window.reset();
    m_service.reset();
}

void TestChannels::onPremiseChannelIsWarnedAbout()
{
    Channel legacy;
    legacy.id = QStringLiteral("legacy");
    legacy.name = QStringLiteral("Support Hamburg");
    legacy.phoneNumber = QStringLiteral("+49 40 5550100");
    legacy.baseUrl = QUrl(QStringLiteral("https://waba.360dialog.io"));
    legacy.hosting = Channel::hostingFor(legacy.baseUrl);
    legacy.colour = QStringLiteral("#E2762B");
    QCOMPARE(legacy.hosting, Channel::Hosting::OnPremise);
    QVERIFY(m_repository->save(legacy));
    makeService(m_secrets.get());

    auto* warning = m_window->findChild<QWidget*>(QStringLiteral("onPremiseWarning"));
    QVERIFY(warning && warning->isVisible());
    QVERIFY(warning->findChild<QLabel*>(QStringLiteral("noticeBannerText"))
                ->text()
                .contains(QStringLiteral("23 October 2025")));
    // Its key is not in the (empty) secret store: the workspace says so and offers to try again.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QPushButton*>(QStringLiteral("channelOpeningRetry")) &&
                                 m_window->findChild<QPushButton*>(QStringLiteral("channelOpeningRetry"))->isVisible(),
                             10000);
}

void TestChannels::emptyStateOffersAddChannel()
{
    auto* add = m_window->findChild<QPushButton*>(QStringLiteral("noChannelAddButton"));
    QVERIFY(add && add->isVisible());
    add->click();
    auto* dialog = m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // While nothing is typed there is nothing to check.
    QVERIFY(!child<QPushButton>(dialog, "addChannelSubmit")->isEnabled());
    dialog->reject();
}

void TestChannels::rotateKeyReappliesWebhook()
{
    const Channel channel = addDirectly();
    QVERIFY(!channel.id.isEmpty());
    const QUrl hook(QStringLiteral("https://hooks.example.com/wabadesk"));
    bool set = false;
    m_service->setWebhook(channel.id, channels::ChannelService::WebhookScope::PhoneNumber,
                          WebhookConfig{hook, {{QStringLiteral("X-WabaDesk-Secret"), QStringLiteral("s3cr3t")}}}, this,
                          [&](const channels::ChannelError& e) {
                              QVERIFY2(!e.isError(), qPrintable(e.message));
                              set = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(set, 10000);

    // As in the Hub: a new key; the old one stops working and 360dialog resets the webhook.
    const QByteArray newKey = m_sandbox->rotateKey();
    m_sandbox->clearRecordedRequests();
    m_window->findChild<QAction*>(QStringLiteral("actionRotateKey"))->trigger();
    auto* dialog = m_window->findChild<RotateKeyDialog*>(QStringLiteral("rotateKeyDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* key = child<QLineEdit>(dialog, "rotateKeyNew");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(child<QWidget>(dialog, "rotateKeyExplanation")->isVisible()); // only the newest key works, …
    QTest::keyClicks(key, QString::fromLatin1(newKey));
    QSignalSpy finished(dialog, &RotateKeyDialog::attemptFinished);
    child<QPushButton>(dialog, "rotateKeySubmit")->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);

    auto* result = child<QWidget>(dialog, "rotateKeyResult");
    QVERIFY(result->isVisible());
    const QString text = child<QLabel>(result, "noticeBannerText")->text();
    QVERIFY2(text.contains(QStringLiteral("Webhook re-applied")), qPrintable(text));
    QVERIFY(text.contains(hook.toString()));
    QVERIFY(!text.contains(QString::fromLatin1(newKey)));
    QVERIFY(key->text().isEmpty());
    QCOMPARE(m_service->channel(channel.id)->keyHint, QStringLiteral("****") + QString::fromLatin1(newKey.right(4)));

    // The webhook was set again at the sandbox, with the new key.
    bool reapplied = false;
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        reapplied = reapplied || (r.method == QLatin1String("POST") && r.path == QLatin1String("/v1/configs/webhook"));
    QVERIFY(reapplied);
    child<QPushButton>(dialog, "rotateKeyClose")->click();
    QTRY_VERIFY(!m_window->findChild<RotateKeyDialog*>(QStringLiteral("rotateKeyDialog")));
}

void TestChannels::rotateWithWrongKeyKeepsOldKey()
{
    const Channel channel = addDirectly();
    QVERIFY(!channel.id.isEmpty());
    RotateKeyDialog* dialog = m_window->channelActions()->rotateKey();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "rotateKeyNew"), QStringLiteral("NotTheKeyNotTheKey0000"));
    QSignalSpy finished(dialog, &RotateKeyDialog::attemptFinished);
    child<QPushButton>(dialog, "rotateKeySubmit")->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(child<QWidget>(dialog, "rotateKeyResult")->property("errorKind").toString(), QStringLiteral("WrongKey"));
    QCOMPARE(m_service->channel(channel.id)->keyHint, channel.keyHint);
    dialog->close();
}

void TestChannels::removeAsksAndDeletesEverything()
{
    const Channel channel = addDirectly();
    QVERIFY(!channel.id.isEmpty());
    QTRY_COMPARE(list()->count(), 1);
    // Some local history to delete.
    const QString history = m_service->channelDataDir(channel.id);
    QVERIFY(QDir().mkpath(history));
    QVERIFY(m_secrets->size() >= 1);

    ui::Confirmation::setNextAnswer({true, true}); // "Remove", with "Also delete … local history" ticked
    m_window->findChild<QAction*>(QStringLiteral("actionRemoveChannel"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(list()->count(), 0, 10000);
    const auto asked = ui::Confirmation::lastRequest();
    QVERIFY(asked.has_value());
    QVERIFY(asked->text.contains(channel.name));
    QVERIFY(asked->checkBoxText.contains(QStringLiteral("local history")));
    QVERIFY(asked->isDestructive);

    QVERIFY(m_service->channels().isEmpty());
    QCOMPARE(m_secrets->size(), 0);
    QVERIFY(!QDir(history).exists());
    QCOMPARE(m_repository->load().size(), 0);
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("noChannelState"))->isVisible());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionRemoveChannel"))->isEnabled());
}

void TestChannels::removeCancelledKeepsChannel()
{
    const Channel channel = addDirectly();
    QTRY_COMPARE(list()->count(), 1);
    ui::Confirmation::setNextAnswer({false, true});
    QSignalSpy changed(m_service.get(), &channels::ChannelService::channelsChanged);
    m_window->channelActions()->removeChannel();
    QVERIFY(ui::Confirmation::lastRequest().has_value());
    QVERIFY(!changed.wait(300)); // a negative check: the answer "Cancel" must not lead to a removal
    QCOMPARE(list()->count(), 1);
    QCOMPARE(m_secrets->size(), 1);
    QVERIFY(m_service->channel(channel.id).has_value());
}

// Issue #14: the agent's window carries no administration. The tool bar has no channel commands and the header no
// key; Channel → Channel Settings… holds the name, the key (hint, where it is kept, Rotate Key…), the webhooks and
// Remove Channel….
void TestChannels::administrationIsInChannelSettings()
{
    Channel channel;
    QVERIFY(!addSandboxChannel(QStringLiteral("Berlin"), Channel::KeyStorage::SessionOnly, &channel).isError());
    QTRY_COMPARE(list()->count(), 1);
    list()->setCurrentRow(0);
    ui::ChannelWorkspace* workspace = m_window->currentWorkspace();
    QVERIFY(workspace);
    const QString id = workspace->channel().id;

    for (QToolBar* bar : m_window->findChildren<QToolBar*>())
        for (const QAction* action : bar->actions())
            QVERIFY2(!action->objectName().contains(QStringLiteral("Channel")) &&
                         action->objectName() != QStringLiteral("actionRotateKey"),
                     qPrintable(action->objectName()));
    const QString header = child<QLabel>(workspace, "channelDescription")->text();
    QVERIFY2(!header.contains(QStringLiteral("****")) && !header.contains(QStringLiteral("run only")),
             qPrintable(header));
    auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menuChannel"));
    auto* settingsAction = m_window->findChild<QAction*>(QStringLiteral("actionChannelSettings"));
    QVERIFY(menu && settingsAction && menu->actions().contains(settingsAction));
    QVERIFY(!menu->actions().contains(m_window->findChild<QAction*>(QStringLiteral("actionRemoveChannel"))));

    settingsAction->trigger();
    auto* dialog = m_window->findChild<ui::ChannelSettingsDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->channelId(), id);
    QCOMPARE(child<QLabel>(dialog, "channelSettingsKeyHint")->text(), m_service->channel(id)->keyHint);
    QVERIFY(child<QLabel>(dialog, "channelSettingsKeyStorage")->text().contains(QStringLiteral("this run only")));

    // Renaming (tst_channelservice tries the names it refuses): nothing to rename while blank; a new name shows
    // everywhere at once.
    auto* name = child<QLineEdit>(dialog, "channelSettingsName");
    auto* rename = child<QPushButton>(dialog, "channelSettingsRename");
    name->setText(QStringLiteral("   "));
    QVERIFY(!rename->isEnabled());
    QCOMPARE(m_service->renameChannel(id, QStringLiteral(" ")).kind, Kind::InvalidInput);
    name->setText(QStringLiteral("Berlin Support"));
    rename->click();
    QCOMPARE(m_service->channel(id)->name, QStringLiteral("Berlin Support"));
    QTRY_COMPARE(child<QLabel>(workspace, "channelName")->text(), QStringLiteral("Berlin Support"));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Berlin Support")));

    // Rotate Key… opens the rotation for this channel.
    child<QPushButton>(dialog, "channelSettingsRotateKey")->click();
    auto* rotate = m_window->findChild<RotateKeyDialog*>();
    QVERIFY(rotate && rotate->isVisible());
    rotate->reject();

    // Remove Channel… asks first; "Cancel" keeps it.
    ui::Confirmation::setNextAnswer({false, false});
    child<QPushButton>(dialog, "channelSettingsRemove")->click();
    QVERIFY(ui::Confirmation::lastRequest().has_value());
    QCOMPARE(ui::Confirmation::lastRequest()->objectName, QStringLiteral("removeChannelQuestion"));
    QVERIFY(m_service->channel(id).has_value());

    // Edit Webhooks… goes to the channel's Webhooks tab.
    QTRY_VERIFY(workspace->isReady());
    child<QPushButton>(dialog, "channelSettingsEditWebhooks")->click();
    QCOMPARE(workspace->currentArea(), int(ui::ChannelWorkspace::WebhooksTab));
    QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(TestChannels)
#include "tst_channels.moc"
