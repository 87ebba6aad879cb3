// The GUI against a real Secret Service (CI: gnome-keyring-daemon, unlocked, in a throwaway HOME inside
// dbus-run-session): a channel with a distinctive key goes through add → send → rotate → remove in the real main
// window, composed as app/gui/main.cpp does (KeychainSecretStore, ChannelRepository, ChannelService, MainWindow).
// Then every file under HOME and the data directory (the keyring's own encrypted files aside) and every log line the
// run produced (all wabadesk categories at debug level) is searched for any key used; one hit fails the test. After
// removal the keychain holds nothing of the channel. tests/integration/tst_keychain.cpp does the same for the core
// and the CLI.
#include "LogCapture.h"
#include "MainWindow.h"
#include "SecretSearch.h"
#include "api/ApiClient.h"
#include "api/OutgoingMessage.h"
#include "channels/AddChannelDialog.h"
#include "channels/ChannelActions.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "channels/ChannelSwitcher.h"
#include "channels/ChannelWorkspace.h"
#include "channels/RotateKeyDialog.h"
#include "common/Confirmation.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxChannel.h"
#include "secrets/KeychainSecretStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace wabadesk;
using ui::AddChannelDialog;
using ui::RotateKeyDialog;

namespace {

const auto kCustomer = QStringLiteral("4915112345678"); // inside the 24-hour window (set in initTestCase)

} // namespace

class TestKeychainGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void addChannelThroughDialog();
    void sendTestMessage();
    void keyIsInTheKeychain();
    void rotateKeyThroughDialog();
    void removeThroughAction();
    void noKeyInAnyFileOrLogLine();

private:
    secrets::SecretResult readSecret(const QString& name);
    void sendWithWindowsChannel(const QString& body);
    QListWidget* channelList() const { return m_window->findChild<QListWidget*>(QStringLiteral("channelList")); }
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dataDir;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<channels::ChannelRepository> m_repository;
    std::unique_ptr<channels::ChannelService> m_service;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QByteArray> m_keys; // every key the test used
    std::unique_ptr<test::LogCapture> m_log;
    QString m_channelId;
};

void TestKeychainGui::initTestCase()
{
    m_log = std::make_unique<test::LogCapture>();
    QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "needs a session bus with a Secret Service (see scripts/test.sh)");
    // Window geometry goes to a settings file under HOME (~/.qttest), which the search covers.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keychain_gui"));
    QSettings().clear();
    QVERIFY(m_dataDir.isValid());

    sandbox::SandboxOptions options;
    options.scriptedCustomers = false;
    options.apiKey = "WBDGUIPROBE-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + '-' +
                     QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
    m_keys << options.apiKey;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QCOMPARE(m_sandbox->apiKey(), options.apiKey);
    m_sandbox->setLastInbound(kCustomer, QDateTime::currentDateTimeUtc());

    // As app/gui/main.cpp composes it for a real (non-demo) run.
    m_keychain =
        std::make_unique<secrets::KeychainSecretStore>(secrets::KeychainSecretStore::serviceNameFor(m_dataDir.path()));
    m_repository = std::make_unique<channels::ChannelRepository>(m_dataDir.path());
    m_service = std::make_unique<channels::ChannelService>(&m_network, m_keychain.get(), m_repository.get());
    m_window = std::make_unique<ui::MainWindow>(m_service.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(channelList()->count(), 0);
}

void TestKeychainGui::cleanupTestCase()
{
    ui::Confirmation::resetForTests();
    m_window.reset();
    m_service.reset();
    m_repository.reset();
    m_keychain.reset();
    m_sandbox.reset();
    m_log.reset(); // Qt Test's own handler must not see messages after the run has finished
}

// Through a separate store on the same service name: what the Secret Service itself holds, not a cached copy.
secrets::SecretResult TestKeychainGui::readSecret(const QString& name)
{
    secrets::KeychainSecretStore probe(secrets::KeychainSecretStore::serviceNameFor(m_dataDir.path()));
    std::optional<secrets::SecretResult> result;
    probe.read(name, this, [&](const secrets::SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {secrets::SecretError::Timeout, {}, QStringLiteral("the keychain did not answer")};
    return *result;
}

void TestKeychainGui::addChannelThroughDialog()
{
    m_window->findChild<QAction*>(QStringLiteral("actionAddChannel"))->trigger();
    auto* dialog = m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    child<QRadioButton>(dialog, "addChannelCustom")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, "addChannelCustomUrl"), m_sandbox->baseUrl().toString());
    auto* key = child<QLineEdit>(dialog, "addChannelKey");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::keyClicks(key, QString::fromLatin1(m_sandbox->apiKey()));
    auto* submit = child<QPushButton>(dialog, "addChannelSubmit");
    QVERIFY(submit->isEnabled());
    QSignalSpy finished(dialog, &AddChannelDialog::attemptFinished);
    submit->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QTRY_VERIFY(!m_window->findChild<AddChannelDialog*>(QStringLiteral("addChannelDialog")));

    // In the switcher, named from the API, and current.
    QTRY_COMPARE(channelList()->count(), 1);
    QCOMPARE(channelList()->item(0)->text(), sandbox::SandboxChannel::verifiedName());
    QCOMPARE(m_service->channels().size(), 1);
    const Channel channel = m_service->channels().constFirst();
    QCOMPARE(channel.keyStorage, Channel::KeyStorage::Keychain); // the real keychain, not the session-only fallback
    m_channelId = channel.id;
    auto* switcher = m_window->findChild<ui::ChannelSwitcher*>(QStringLiteral("channelSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher->currentChannelId(), m_channelId);
}

// The window's channel, opened with the key read from the keychain, sends a message to the sandbox.
void TestKeychainGui::sendWithWindowsChannel(const QString& body)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentWorkspace() && m_window->currentWorkspace()->isReady(), 30000);
    std::optional<api::Result<SendResult>> result;
    m_service->withClient(m_channelId, this, [&](const channels::ChannelError& error, api::ApiClient* client) {
        QVERIFY2(!error.isError() && client, qPrintable(error.message));
        client->sendMessage(api::messages::text(kCustomer, body), this,
                            [&](const api::Result<SendResult>& r) { result = r; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->error().summary()));
    QVERIFY(result->value().messageId.startsWith(QStringLiteral("wamid.")));
}

void TestKeychainGui::sendTestMessage()
{
    QVERIFY(!m_channelId.isEmpty());
    sendWithWindowsChannel(QStringLiteral("Hello from the keychain test"));
}

void TestKeychainGui::keyIsInTheKeychain()
{
    QVERIFY(!m_channelId.isEmpty());
    const secrets::SecretResult stored = readSecret(secrets::keys::apiKey(m_channelId));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QVERIFY(stored.secret == m_keys.constFirst()); // not QCOMPARE: it would print the key on failure
}

void TestKeychainGui::rotateKeyThroughDialog()
{
    QVERIFY(!m_channelId.isEmpty());
    // As in the Hub: a new key; the old one stops working at once.
    const QByteArray newKey = m_sandbox->rotateKey();
    QVERIFY(!newKey.isEmpty());
    m_keys << newKey;

    m_window->findChild<QAction*>(QStringLiteral("actionRotateKey"))->trigger();
    auto* dialog = m_window->findChild<RotateKeyDialog*>(QStringLiteral("rotateKeyDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* key = child<QLineEdit>(dialog, "rotateKeyNew");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::keyClicks(key, QString::fromLatin1(newKey));
    QSignalSpy finished(dialog, &RotateKeyDialog::attemptFinished);
    child<QPushButton>(dialog, "rotateKeySubmit")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(key->text().isEmpty());
    QCOMPARE(m_service->channel(m_channelId)->keyHint, QStringLiteral("****") + QString::fromLatin1(newKey.right(4)));
    child<QPushButton>(dialog, "rotateKeyClose")->click();
    QTRY_VERIFY(!m_window->findChild<RotateKeyDialog*>(QStringLiteral("rotateKeyDialog")));

    // The keychain holds the new key, and the window sends with it (the sandbox refuses the old one).
    const secrets::SecretResult stored = readSecret(secrets::keys::apiKey(m_channelId));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QVERIFY(stored.secret == newKey);
    sendWithWindowsChannel(QStringLiteral("Hello again, with the new key"));
}

void TestKeychainGui::removeThroughAction()
{
    QVERIFY(!m_channelId.isEmpty());
    // Some local history to delete.
    const QString history = m_service->channelDataDir(m_channelId);
    QVERIFY(QDir().mkpath(history));
    QFile marker(history + QStringLiteral("/history.marker"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();

    ui::Confirmation::setNextAnswer({true, true}); // "Remove Channel", with "Also delete … local history" ticked
    m_window->findChild<QAction*>(QStringLiteral("actionRemoveChannel"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(channelList()->count(), 0, 30000);
    const auto asked = ui::Confirmation::lastRequest();
    QVERIFY(asked.has_value());
    QCOMPARE(asked->objectName, QStringLiteral("removeChannelQuestion"));
    QVERIFY(asked->checkBoxText.contains(QStringLiteral("local history")));
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("removeChannelError")));

    QVERIFY(m_service->channels().isEmpty());
    QCOMPARE(m_repository->load().size(), 0);
    QVERIFY(!QDir(history).exists());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("noChannelState"))->isVisible());

    // Nothing of the channel is left in the keychain.
    QCOMPARE(readSecret(secrets::keys::apiKey(m_channelId)).error, secrets::SecretError::NotFound);
    QCOMPARE(readSecret(secrets::keys::webhookHeaders(m_channelId, QStringLiteral("phone"))).error,
             secrets::SecretError::NotFound);
    QCOMPARE(readSecret(secrets::keys::webhookHeaders(m_channelId, QStringLiteral("waba"))).error,
             secrets::SecretError::NotFound);
}

void TestKeychainGui::noKeyInAnyFileOrLogLine()
{
    QCOMPARE(m_keys.size(), 2); // the first key and the rotated one: the steps before ran
    // Closing the window writes its settings; then nothing of the app holds a file open any more.
    QVERIFY(m_window->close());
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));

    // Where the app writes: the data directory, HOME (the test's settings, caches, the keyring) and the app's
    // standard locations; a root inside another one is searched once.
    QStringList candidates{m_dataDir.path(), QDir::homePath(), qEnvironmentVariable("WABADESK_DATA_DIR")};
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation})
        candidates << QStandardPaths::writableLocation(location);
    QStringList paths;
    for (const QString& candidate : std::as_const(candidates))
        if (const QString path = QFileInfo(candidate).canonicalFilePath(); !path.isEmpty())
            paths << path;
    paths.sort(); // a root comes before what lies inside it
    QStringList roots;
    for (const QString& path : std::as_const(paths)) {
        const bool inside = std::any_of(roots.cbegin(), roots.cend(), [&path](const QString& root) {
            return path == root || path.startsWith(root + QLatin1Char('/'));
        });
        if (!inside)
            roots << path;
    }

    const test::SecretSearchResult files = test::searchFilesForSecrets(roots, m_keys);
    QVERIFY2(files.hit.isEmpty(), qPrintable(QStringLiteral("a key in ") + files.hit));
    const QStringList& searched = files.searched;
    // The search did cover what the app wrote.
    QVERIFY2(searched.contains(QFileInfo(settingsFile).canonicalFilePath()), qPrintable(settingsFile));
    if (QFile::exists(m_repository->filePath()))
        QVERIFY2(searched.contains(QFileInfo(m_repository->filePath()).canonicalFilePath()),
                 qPrintable(m_repository->filePath()));

    const QStringList log = m_log->lines();
    QVERIFY(!log.isEmpty());
    QVERIFY2(m_log->wabadeskDebugLines() > 0, "no wabadesk debug line was captured: debug logging was not on");
    const QString everything = log.join(QLatin1Char('\n'));
    QVERIFY(everything.contains(QStringLiteral("****"))); // redacted hints do appear
    for (const QByteArray& key : std::as_const(m_keys)) {
        const QString text = QString::fromLatin1(key);
        for (qsizetype i = 0; i < log.size(); ++i)
            QVERIFY2(!log.at(i).contains(text), qPrintable(QStringLiteral("a key in log line %1 of %2 (category %3)")
                                                               .arg(i + 1)
                                                               .arg(log.size())
                                                               .arg(log.at(i).section(QLatin1Char(' '), 1, 1))));
        // Also as base64 or hex (e.g. a dumped header block).
        QVERIFY2(!everything.contains(QString::fromLatin1(key.toBase64())), "a key, base64, in a log line");
        QVERIFY2(!everything.contains(QString::fromLatin1(key.toHex())), "a key, hex, in a log line");
    }
    const int lines = int(log.size());
    const int debugLines = m_log->wabadeskDebugLines();
    qInfo("searched %d files under %s and %d log lines (%d wabadesk debug lines)", int(searched.size()),
          qPrintable(roots.join(QStringLiteral(", "))), lines, debugLines);
}

QTEST_MAIN(TestKeychainGui)
#include "tst_keychain_gui.moc"
