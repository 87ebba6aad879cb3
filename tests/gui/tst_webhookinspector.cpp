// The webhook inspector against the real ListenerService on a free loopback port, a sandbox channel and secrets in
// memory: a test event round-trips and shows as stored, a wrong secret as rejected, a malformed body as quarantined
// (its text shown literally, never as HTML), and a replay as duplicate. Also the main window's listener parts.
#include "ChannelTestBase.h"
#include "MainWindow.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "common/NoticeBanner.h"
#include "conversations/DeskServices.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "webhook/ListenerActions.h"
#include "webhook/ListenerService.h"
#include "webhook/ListenerSettingsDialog.h"
#include "webhook/WebhookEventModel.h"
#include "webhook/WebhookInspector.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <optional>
#ifndef Q_OS_WIN
#include <sys/resource.h>
#endif

using namespace wabadesk;
using ui::WebhookEventModel;

namespace {
const QByteArray kSecret = "inspector-secret-5e7a";
const auto kHeader = QStringLiteral("X-WabaDesk-Secret");
} // namespace

class TestWebhookInspector : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testEventRoundTripsAsStored();
    void wrongSecretShowsAsRejected();
    void malformedBodyIsQuarantinedAndShownLiterally();
    void filtersByResultAndText();
    void replayShowsDuplicate();
    void mainWindowShowsListenerAndOpensInspector();
    void statusBarSaysWhenDeliveriesCannotBeStored();
    void settingsDialogRestartsListener();

private:
    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_inspector->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }
    int post(const QByteArray& body, const QByteArray& secret);
    // The journal's store, read on the inspector's own connection as in the app.
    store::StoreOpener openStore() const
    {
        return store::Store::openerFor(store::StoreLocation::inDataDir(m_dataDir->path()));
    }
    // A window without the conversation desk, with what the inspector needs of it.
    ui::DeskServices inspectorOnly() const
    {
        ui::DeskServices desk;
        desk.openStore = openStore();
        return desk;
    }
    // The row whose result is `result` and (when given) whose body contains `needle`; -1 when none (yet).
    int rowWith(const QString& result, const QByteArray& needle = {}) const;
    QString feedback() const;

    std::unique_ptr<webhook::ListenerService> m_listener;
    std::unique_ptr<ui::WebhookInspector> m_inspector;
    Channel m_channel;
};

void TestWebhookInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_webhookinspector"));
    QSettings().clear();
}

void TestWebhookInspector::init()
{
    QString error;
    QVERIFY2(startChannelStack(&error), qPrintable(error));
    const channels::ChannelError added =
        addSandboxChannel(QStringLiteral("Sandbox"), Channel::KeyStorage::Keychain, &m_channel);
    QVERIFY2(!added.isError(), qPrintable(added.message));

    m_listener =
        std::make_unique<webhook::ListenerService>(m_service.get(), store::StoreLocation::inDataDir(m_dataDir->path()));
    m_listener->setPersistSettings(false);
    webhook::ListenerOptions listen;
    listen.port = 0;
    QVERIFY2(m_listener->start(listen, &error), qPrintable(error));

    // The channel's webhook goes to the listener with a secret header, as the demo sets it up.
    QSignalSpy credentials(m_listener.get(), &webhook::ListenerService::credentialsChanged);
    WebhookConfig config;
    config.url = m_listener->url();
    config.headers.insert(kHeader, QString::fromLatin1(kSecret));
    std::optional<channels::ChannelError> set;
    m_service->setWebhook(m_channel.id, channels::ChannelService::WebhookScope::PhoneNumber, config, this,
                          [&](const channels::ChannelError& e) { set = e; });
    QTRY_VERIFY_WITH_TIMEOUT(set.has_value(), 10000);
    QVERIFY2(!set->isError(), qPrintable(set->message));
    QTRY_VERIFY(m_listener->credentialFor(m_channel.id).has_value());

    m_inspector =
        std::make_unique<ui::WebhookInspector>(m_listener.get(), m_service.get(), m_network.get(), openStore());
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestWebhookInspector::cleanup()
{
    m_inspector.reset();
    m_listener.reset();
    stopChannelStack();
}

int TestWebhookInspector::post(const QByteArray& body, const QByteArray& secret)
{
    QNetworkRequest request(m_listener->url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(kHeader.toLatin1(), secret);
    // cpp-httplib's stop() waits out an idle kept-alive connection (5 s): every test would pay it in cleanup.
    request.setRawHeader("Connection", "close");
    QNetworkReply* reply = m_network->post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int TestWebhookInspector::rowWith(const QString& result, const QByteArray& needle) const
{
    const WebhookEventModel* model = m_inspector->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        const ui::WebhookEventRow* row = model->row(i);
        if (row->result == result && (needle.isEmpty() || row->body.contains(needle)))
            return i;
    }
    return -1;
}

QString TestWebhookInspector::feedback() const
{
    auto* banner = m_inspector->findChild<ui::NoticeBanner*>(QStringLiteral("inspectorFeedback"));
    return banner && banner->isVisible() ? banner->text() : QString();
}

void TestWebhookInspector::testEventRoundTripsAsStored()
{
    auto* channel = find<QComboBox>("inspectorTestChannel");
    auto* send = find<QPushButton>("inspectorTestEventButton");
    QVERIFY(channel && send);
    QCOMPARE(channel->currentText(), QStringLiteral("Sandbox"));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    // The outcome shows once the event went through listener, journal and store, and its row is selected.
    QTRY_VERIFY_WITH_TIMEOUT(feedback().contains(QStringLiteral("stored")), 10000);
    auto* table = find<QTableView>("inspectorTable");
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(WebhookEventModel::ResultRole).toString(), QStringLiteral("stored"));
    QCOMPARE(m_inspector->model()->index(current.row(), WebhookEventModel::ChannelColumn).data().toString(),
             QStringLiteral("Sandbox")); // routed by the channel's phone_number_id
    const QString body = find<QPlainTextEdit>("inspectorBody")->toPlainText();
    QVERIFY(body.contains(QStringLiteral("wamid.wabadesk-test-")));
    QVERIFY(body.contains(m_channel.phoneNumberId));
    QVERIFY2(body.contains(QStringLiteral("\n    \"entry\"")), qPrintable(body)); // indented JSON
    QVERIFY(find<QLabel>("inspectorListenerState")->text().contains(m_listener->url().toString()));
}

void TestWebhookInspector::wrongSecretShowsAsRejected()
{
    QCOMPARE(post(QByteArrayLiteral("{\"object\":\"whatsapp_business_account\",\"entry\":[]}"), "not-the-secret"), 401);
    QTRY_VERIFY(rowWith(QStringLiteral("rejected")) >= 0);
    const int row = rowWith(QStringLiteral("rejected"));
    QVERIFY(m_inspector->model()
                ->index(row, WebhookEventModel::ReasonColumn)
                .data()
                .toString()
                .contains(QStringLiteral("401")));
    QVERIFY(m_inspector->selectRow(row));
    QVERIFY(find<QPlainTextEdit>("inspectorBody")->toPlainText().isEmpty()); // never read, never kept
    QVERIFY(find<QLabel>("inspectorDetails")->text().contains(QStringLiteral("not read")));
    QVERIFY(!find<QPushButton>("inspectorReplayButton")->isEnabled());
}

void TestWebhookInspector::malformedBodyIsQuarantinedAndShownLiterally()
{
    const QByteArray body = "this is <b>html</b>, not JSON {";
    QCOMPARE(post(body, kSecret), 200); // answered 200 so that it is not redelivered for days
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("quarantined"), "<b>html</b>") >= 0, 10000);
    const int row = rowWith(QStringLiteral("quarantined"), "<b>html</b>");
    QVERIFY(m_inspector->selectRow(row));
    auto* view = find<QPlainTextEdit>("inspectorBody");
    QCOMPARE(view->toPlainText(), QString::fromUtf8(body)); // the tags are text, not formatting
    QVERIFY(!m_inspector->model()->index(row, WebhookEventModel::ReasonColumn).data().toString().isEmpty());
    QCOMPARE(m_inspector->model()->index(row, WebhookEventModel::ResultColumn).data().toString(),
             QStringLiteral("quarantined"));
}

void TestWebhookInspector::filtersByResultAndText()
{
    // One of each: a stored test event, a quarantined non-JSON body, a request refused for a wrong secret.
    QTest::mouseClick(find<QPushButton>("inspectorTestEventButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(feedback().contains(QStringLiteral("stored")), 10000);
    QCOMPARE(post(QByteArrayLiteral("not json at all: needle-4711"), kSecret), 200);
    QCOMPARE(post(QByteArrayLiteral("{}"), "wrong"), 401);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(QStringLiteral("quarantined")) >= 0 && rowWith(QStringLiteral("rejected")) >= 0,
                             10000);
    auto* table = find<QTableView>("inspectorTable");
    QCOMPARE(table->model()->rowCount(), 3);

    m_inspector->setResultFilter(QStringLiteral("quarantined"));
    QCOMPARE(find<QComboBox>("inspectorResultFilter")->currentData().toString(), QStringLiteral("quarantined"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(WebhookEventModel::ResultRole).toString(), QStringLiteral("quarantined"));
    // Selecting through the filter shows the right body.
    QVERIFY(m_inspector->selectRow(rowWith(QStringLiteral("quarantined"))));
    QVERIFY(find<QPlainTextEdit>("inspectorBody")->toPlainText().contains(QStringLiteral("needle-4711")));
    QVERIFY(!m_inspector->selectRow(rowWith(QStringLiteral("stored")))); // filtered out: nothing selected
    QVERIFY(find<QPlainTextEdit>("inspectorBody")->toPlainText().isEmpty());

    m_inspector->setResultFilter(QString());
    QCOMPARE(table->model()->rowCount(), 3);
    // Text matches bodies too (case-insensitively) and other columns.
    m_inspector->setTextFilter(QStringLiteral("NEEDLE-4711"));
    QCOMPARE(table->model()->rowCount(), 1);
    m_inspector->setTextFilter(m_channel.phoneNumberId); // only in the test event's body
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(WebhookEventModel::ResultRole).toString(), QStringLiteral("stored"));
    m_inspector->setTextFilter(QStringLiteral("no such thing anywhere"));
    QCOMPARE(table->model()->rowCount(), 0);
    m_inspector->setTextFilter(QString());
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestWebhookInspector::replayShowsDuplicate()
{
    QTest::mouseClick(find<QPushButton>("inspectorTestEventButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(feedback().contains(QStringLiteral("stored")), 10000);
    const QModelIndex stored = find<QTableView>("inspectorTable")->currentIndex();
    const qint64 storedSeq = stored.data(WebhookEventModel::SeqRole).toLongLong();
    auto* replay = find<QPushButton>("inspectorReplayButton");
    QVERIFY(replay->isEnabled());
    QTest::mouseClick(replay, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(feedback().contains(QStringLiteral("duplicate")), 10000);
    const QModelIndex current = find<QTableView>("inspectorTable")->currentIndex();
    QCOMPARE(current.data(WebhookEventModel::ResultRole).toString(), QStringLiteral("duplicate"));
    QVERIFY(current.data(WebhookEventModel::SeqRole).toLongLong() > storedSeq);
    QCOMPARE(m_inspector->model()->rowCount(), 2);
    QVERIFY(find<QLabel>("inspectorDetails")->text().contains(QStringLiteral("a replay")));
}

void TestWebhookInspector::mainWindowShowsListenerAndOpensInspector()
{
    ui::MainWindow window(m_service.get(), inspectorOnly());
    auto* label = window.findChild<QLabel*>(QStringLiteral("listenerStatus"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Listener: not running"));
    auto* inspectorAction = window.findChild<QAction*>(QStringLiteral("actionWebhookInspector"));
    QVERIFY(inspectorAction && !inspectorAction->isEnabled());

    window.setListener(m_listener.get(), m_network.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(label->text().startsWith(QStringLiteral("Listener: ") + m_listener->url().toString()));
    QVERIFY(label->text().contains(QStringLiteral("0 received")));
    QCOMPARE(post("{}", kSecret), 200);
    QTRY_VERIFY(label->text().contains(QStringLiteral("1 received")));

    QVERIFY(inspectorAction->isEnabled());
    inspectorAction->trigger();
    ui::WebhookInspector* inspector = window.listenerActions()->inspector();
    QVERIFY(inspector);
    QVERIFY(QTest::qWaitForWindowExposed(inspector));
    QVERIFY(inspector->isWindow());
    QTRY_COMPARE(inspector->model()->rowCount(), 1);

    // Esc closes the inspector's window, from the table as from the filter field (issue #14); it opens again.
    for (const char* focus : {"inspectorTable", "inspectorSearch"}) {
        auto* widget = inspector->findChild<QWidget*>(QString::fromLatin1(focus));
        QVERIFY2(widget, focus);
        inspector->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(inspector));
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_Escape);
        QTRY_VERIFY2(!inspector->isVisible(), focus);
        inspectorAction->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(inspector));
    }
}

// Issue #15 item 4: the disk is full (no file may grow: RLIMIT_FSIZE), then space comes back. The status bar says
// that deliveries cannot be stored while it lasts, and goes back by itself.
void TestWebhookInspector::statusBarSaysWhenDeliveriesCannotBeStored()
{
#ifdef Q_OS_WIN
    QSKIP("RLIMIT_FSIZE is a Unix limit");
#else
    ui::MainWindow window(m_service.get());
    window.setListener(m_listener.get(), m_network.get());
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* label = window.findChild<QLabel*>(QStringLiteral("listenerStatus"));
    QCOMPARE(post("{}", kSecret), 200);
    {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        ::getrlimit(RLIMIT_FSIZE, &saved);
        rlimit full = saved;
        full.rlim_cur = 1;
        ::setrlimit(RLIMIT_FSIZE, &full);
        const int status = post("{\"full\":1}", kSecret);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        QCOMPARE(status, 503);
    }
    QTRY_VERIFY(label->text().contains(QStringLiteral("cannot store deliveries")));
    QVERIFY(label->toolTip().contains(QStringLiteral("503")));
    if (const QString shots = qEnvironmentVariable("WABADESK_SHOTS_DIR"); !shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("statusbar-disk-full.png")));
    // Space again: the journal's own retry (about a second) puts the usual status back.
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Listener: ") + m_listener->url().toString()),
                             5000);
    QCOMPARE(post("{}", kSecret), 200);
#endif
}

void TestWebhookInspector::settingsDialogRestartsListener()
{
    ui::MainWindow window(m_service.get(), inspectorOnly());
    window.setListener(m_listener.get(), m_network.get());
    window.show();
    window.findChild<QAction*>(QStringLiteral("actionListenerSettings"))->trigger();
    auto* dialog = window.findChild<ui::ListenerSettingsDialog*>(QStringLiteral("listenerSettingsDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("listenerAddress"))->text(), QStringLiteral("127.0.0.1"));
    const QString explanation = dialog->findChild<ui::NoticeBanner*>(QStringLiteral("listenerExplanation"))->text();
    QVERIFY(explanation.contains(QStringLiteral("https://")) && explanation.contains(QStringLiteral("tunnel")));

    // A free port, typed in and saved: the listener moves there at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    dialog->findChild<QSpinBox*>(QStringLiteral("listenerPort"))->setValue(port);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("listenerSaveButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_listener->isRunning());
    QCOMPARE(m_listener->url().port(), int(port));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("listenerStatus"))->text().contains(QString::number(port)));

    // Not an address: the dialog stays open and says why; the listener keeps running.
    window.findChild<QAction*>(QStringLiteral("actionListenerSettings"))->trigger();
    QTRY_VERIFY((dialog = window.findChild<ui::ListenerSettingsDialog*>(QStringLiteral("listenerSettingsDialog"))) &&
                dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("listenerAddress"))->setText(QStringLiteral("not an address"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("listenerSaveButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<ui::NoticeBanner*>(QStringLiteral("listenerDialogError"))->isVisible());
    QVERIFY(m_listener->isRunning());

    // Switched off: not running, and the status bar says so.
    dialog->findChild<QCheckBox*>(QStringLiteral("listenerEnabled"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("listenerSaveButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!m_listener->isRunning());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("listenerStatus"))->text(),
             QStringLiteral("Listener: not running"));
}

QTEST_MAIN(TestWebhookInspector)
#include "tst_webhookinspector.moc"
