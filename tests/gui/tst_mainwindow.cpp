// The main window against a real sandbox: templates, profile and quick send, driven by objectName. The channel is
// added through ChannelService (keys in memory), as the app's composition root does.
#include "ChannelTestBase.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "channels/ChannelWorkspace.h"
#include "conversations/QuickSendPanel.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wabadesk;

namespace {
const auto kOpenWindowCustomer = QStringLiteral("4915112345678");  // Anna Schmidt
const auto kClosedWindowCustomer = QStringLiteral("447700900123"); // Oliver Bennett
} // namespace

class TestMainWindow : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsDemoChannel();
    void templatesTableFillsAndFilters();
    void templatesLoadFailureShowsBannerAndRecovers();
    void profileShowsSandboxAbout();
    void profileSavesOnlyChangedFields();
    void profileShowsValidationProblems();
    void quickSendToOpenWindowLogsSent();
    void quickSendToClosedWindowExplains131047();
    void quickSendRefusesTooLongText();
    void noChannelShowsEmptyState();
    void settingsHoldNoKey();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    int messageRequestCount() const;
    QString lastLogLine() const;

    std::unique_ptr<api::ApiClient> m_client; // the test's own view of the sandbox
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Window geometry goes to a throwaway settings location, never the developer's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    QString error;
    QVERIFY2(startChannelStack(&error), qPrintable(error));
    // The 24-hour window (REFERENCE.md §8.4): open for one customer, closed for the other.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_sandbox->setLastInbound(kOpenWindowCustomer, now.addSecs(-3600));
    m_sandbox->setLastInbound(kClosedWindowCustomer, now.addSecs(-30 * 3600));

    sandbox::Sandbox* sb = m_sandbox.get();
    m_client = std::make_unique<api::ApiClient>(m_network.get(), sb->baseUrl(), [sb] { return sb->apiKey(); });
    const channels::ChannelError added =
        addSandboxChannel(QStringLiteral("Test channel"), Channel::KeyStorage::SessionOnly);
    QVERIFY2(!added.isError(), qPrintable(added.message));

    const auto recipients = [](const Channel&) {
        return QList<ui::KnownRecipient>{{kOpenWindowCustomer, QStringLiteral("Anna Schmidt")},
                                         {kClosedWindowCustomer, QStringLiteral("Oliver Bennett")}};
    };
    m_window = std::make_unique<ui::MainWindow>(m_service.get(), recipients);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The areas exist once the channel's client is ready (its key read from the secret store).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentWorkspace() && m_window->currentWorkspace()->isReady(), 10000);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_client.reset();
    stopChannelStack();
}

int TestMainWindow::messageRequestCount() const
{
    int n = 0;
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        n += r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/messages"));
    return n;
}

QString TestMainWindow::lastLogLine() const
{
    auto* log = m_window->findChild<QListWidget*>(QStringLiteral("quickSendLog"));
    return log && log->count() > 0 ? log->item(log->count() - 1)->text() : QString();
}

void TestMainWindow::showsDemoChannel()
{
    auto* list = find<QListWidget>(QStringLiteral("channelList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Test channel"));
    auto* status = find<QLabel>(QStringLiteral("connectionStatus"));
    QVERIFY(status);
    QVERIFY(status->text().contains(m_sandbox->baseUrl().toString()));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionQuit")));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionAbout")));
    for (const char* name : {"actionAddChannel", "actionRotateKey", "actionRemoveChannel", "actionShowWebhooks"}) {
        auto* action = m_window->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action && action->isEnabled(), name);
    }
    auto* tabs = find<QTabWidget>(QStringLiteral("channelTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
    QVERIFY(find<QWidget>(QStringLiteral("webhookSettingsPanel")));
    // A local sandbox is a Cloud channel: no On-Premise warning.
    QVERIFY(find<QWidget>(QStringLiteral("onPremiseWarning"))->isHidden());
}

void TestMainWindow::templatesTableFillsAndFilters()
{
    auto* table = find<QTableView>(QStringLiteral("templatesTable"));
    auto* filter = find<QLineEdit>(QStringLiteral("templatesFilter"));
    QVERIFY(table && filter);
    QAbstractItemModel* model = table->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    const int total = model->rowCount();
    QVERIFY2(total >= 2, "the sandbox seeds several templates");

    // Column 0 is the name; every row has one.
    const QString first = model->index(0, 0).data().toString();
    QVERIFY(!first.isEmpty());

    filter->setText(QStringLiteral("no-template-is-called-this"));
    QCOMPARE(model->rowCount(), 0);

    filter->setText(first);
    QVERIFY(model->rowCount() >= 1);
    QVERIFY(model->rowCount() < total);
    for (int r = 0; r < model->rowCount(); ++r) {
        bool matches = false;
        for (int c = 0; c < model->columnCount(); ++c)
            matches = matches || model->index(r, c).data().toString().contains(first, Qt::CaseInsensitive);
        QVERIFY(matches);
    }

    filter->clear();
    QCOMPARE(model->rowCount(), total);
}

void TestMainWindow::templatesLoadFailureShowsBannerAndRecovers()
{
    auto* table = find<QTableView>(QStringLiteral("templatesTable"));
    auto* refresh = find<QPushButton>(QStringLiteral("templatesRefresh"));
    auto* banner = find<QWidget>(QStringLiteral("templatesErrorBanner"));
    QVERIFY(table && refresh && banner);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0 && refresh->isEnabled(), 10000);
    const int rows = table->model()->rowCount();

    sandbox::FaultPlan faults;
    faults.serverErrors = 1;
    m_sandbox->setFaults(faults);
    refresh->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 10000);
    auto* title = banner->findChild<QLabel*>(QStringLiteral("errorBannerTitle"));
    auto* details = banner->findChild<QLabel*>(QStringLiteral("errorBannerDetails"));
    QVERIFY(title && details);
    QVERIFY(!title->text().isEmpty());
    QVERIFY2(details->text().contains(QStringLiteral("HTTP status: 500")), qPrintable(details->text()));
    QCOMPARE(table->model()->rowCount(), rows); // the rows loaded before stay

    auto* tryAgain = banner->findChild<QPushButton*>(QStringLiteral("errorBannerAction"));
    QVERIFY(tryAgain);
    tryAgain->click();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 10000);
    QCOMPARE(table->model()->rowCount(), rows);
}

void TestMainWindow::profileShowsSandboxAbout()
{
    // What the sandbox serves, fetched independently of the panel.
    QString expected;
    bool done = false;
    m_client->businessProfile(this, [&](const api::Result<BusinessProfile>& result) {
        QVERIFY2(result.ok(), qPrintable(result.error().summary()));
        expected = result.value().about;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!expected.isEmpty());

    auto* about = find<QLineEdit>(QStringLiteral("profileAbout"));
    QVERIFY(about);
    QTRY_COMPARE_WITH_TIMEOUT(about->text(), expected, 10000);
}

void TestMainWindow::profileSavesOnlyChangedFields()
{
    auto* about = find<QLineEdit>(QStringLiteral("profileAbout"));
    auto* save = find<QPushButton>(QStringLiteral("profileSave"));
    QVERIFY(about && save);
    QTRY_VERIFY_WITH_TIMEOUT(!about->text().isEmpty() && about->isEnabled(), 10000);
    QVERIFY(!save->isEnabled()); // nothing changed yet

    about->setText(QStringLiteral("Open 9–17, replies within the hour"));
    QVERIFY(save->isEnabled());
    m_sandbox->clearRecordedRequests();
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(!save->isEnabled() && about->isEnabled(), 10000);
    auto* status = find<QLabel>(QStringLiteral("profileStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")), 10000);

    QByteArray body;
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        if (r.method == QLatin1String("POST") && r.path.contains(QLatin1String("whatsapp_business_profile")))
            body = r.body;
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    QCOMPARE(sent.value(QStringLiteral("about")).toString(), QStringLiteral("Open 9–17, replies within the hour"));
    QVERIFY(!sent.contains(QStringLiteral("address")));
    QVERIFY(!sent.contains(QStringLiteral("websites")));
}

void TestMainWindow::profileShowsValidationProblems()
{
    auto* email = find<QLineEdit>(QStringLiteral("profileEmail"));
    auto* save = find<QPushButton>(QStringLiteral("profileSave"));
    QVERIFY(email && save);
    QTRY_VERIFY_WITH_TIMEOUT(email->isEnabled(), 10000);
    email->setText(QStringLiteral("not an email"));
    save->click();
    auto* problem = find<QLabel>(QStringLiteral("profileEmailError"));
    QVERIFY(problem);
    // The profile tab is not the current one, so "visible" means "not hidden".
    QTRY_VERIFY_WITH_TIMEOUT(!problem->isHidden(), 10000);
    QVERIFY(problem->text().contains(QStringLiteral("not an email address")));
    auto* banner = find<QWidget>(QStringLiteral("profileErrorBanner"));
    QVERIFY(banner && !banner->isHidden());
}

void TestMainWindow::quickSendToOpenWindowLogsSent()
{
    auto* recipient = find<QComboBox>(QStringLiteral("quickSendRecipient"));
    auto* message = find<QPlainTextEdit>(QStringLiteral("quickSendMessage"));
    auto* send = find<QPushButton>(QStringLiteral("quickSendButton"));
    auto* panel = find<ui::QuickSendPanel>(QStringLiteral("quickSendPanel"));
    QVERIFY(recipient && message && send && panel);

    recipient->setEditText(QStringLiteral("+49 151 12345678"));
    QCOMPARE(panel->recipientWaId(), kOpenWindowCustomer);
    message->setPlainText(QStringLiteral("Hello Anna, your order has shipped."));
    QVERIFY(send->isEnabled());

    // A slow server must not block the UI thread: click() returns while the request is still under way.
    sandbox::FaultPlan slow;
    slow.latencyMs = 300;
    m_sandbox->setFaults(slow);
    QSignalSpy finished(panel, &ui::QuickSendPanel::sendFinished);
    send->click();
    QCOMPARE(finished.count(), 0);
    QVERIFY(!send->isEnabled());
    QVERIFY(find<QWidget>(QStringLiteral("quickSendBusy"))->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!find<QWidget>(QStringLiteral("quickSendBusy"))->isVisible());
    QVERIFY2(lastLogLine().contains(QStringLiteral("Sent wamid.")), qPrintable(lastLogLine()));
    QVERIFY(lastLogLine().contains(kOpenWindowCustomer));
    QVERIFY(message->toPlainText().isEmpty());
}

void TestMainWindow::quickSendToClosedWindowExplains131047()
{
    auto* recipient = find<QComboBox>(QStringLiteral("quickSendRecipient"));
    auto* message = find<QPlainTextEdit>(QStringLiteral("quickSendMessage"));
    auto* send = find<QPushButton>(QStringLiteral("quickSendButton"));
    auto* panel = find<ui::QuickSendPanel>(QStringLiteral("quickSendPanel"));
    QVERIFY(recipient && message && send && panel);

    recipient->setCurrentIndex(recipient->findData(kClosedWindowCustomer));
    QCOMPARE(panel->recipientWaId(), kClosedWindowCustomer);
    message->setPlainText(QStringLiteral("Hello Oliver"));
    QSignalSpy finished(panel, &ui::QuickSendPanel::sendFinished);
    send->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    const api::ErrorExplanation* e = api::findErrorExplanation(131047);
    QVERIFY(e);
    const QString explanation = QString::fromUtf8(e->explanation);
    QVERIFY2(lastLogLine().contains(explanation), qPrintable(lastLogLine()));
    QVERIFY(lastLogLine().contains(QString::fromUtf8(e->fix)));

    auto* bannerExplanation = m_window->findChild<QWidget*>(QStringLiteral("quickSendErrorBanner"))
                                  ->findChild<QLabel*>(QStringLiteral("errorBannerExplanation"));
    QVERIFY(bannerExplanation);
    QCOMPARE(bannerExplanation->text(), explanation);
    auto* details = m_window->findChild<QWidget*>(QStringLiteral("quickSendErrorBanner"))
                        ->findChild<QLabel*>(QStringLiteral("errorBannerDetails"));
    QVERIFY(details->text().contains(QStringLiteral("131047")));
    // The draft is kept for another try.
    QCOMPARE(message->toPlainText(), QStringLiteral("Hello Oliver"));
}

void TestMainWindow::quickSendRefusesTooLongText()
{
    auto* recipient = find<QComboBox>(QStringLiteral("quickSendRecipient"));
    auto* message = find<QPlainTextEdit>(QStringLiteral("quickSendMessage"));
    auto* send = find<QPushButton>(QStringLiteral("quickSendButton"));
    auto* counter = find<QLabel>(QStringLiteral("quickSendCounter"));
    auto* panel = find<ui::QuickSendPanel>(QStringLiteral("quickSendPanel"));
    QVERIFY(recipient && message && send && counter && panel);

    recipient->setCurrentIndex(recipient->findData(kOpenWindowCustomer));
    message->setPlainText(QString(ui::QuickSendPanel::kMaxTextLength, QLatin1Char('a')));
    QVERIFY(send->isEnabled());
    QCOMPARE(counter->property("overLimit").toBool(), false);

    message->setPlainText(QString(ui::QuickSendPanel::kMaxTextLength + 1, QLatin1Char('a')));
    QCOMPARE(counter->property("overLimit").toBool(), true);
    QVERIFY2(counter->text().contains(QLocale().toString(ui::QuickSendPanel::kMaxTextLength + 1)),
             qPrintable(counter->text()));
    QVERIFY(!send->isEnabled());

    const int before = messageRequestCount();
    panel->send(); // as Ctrl+Return would
    QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QCOMPARE(messageRequestCount(), before);
    auto* log = find<QListWidget>(QStringLiteral("quickSendLog"));
    QCOMPARE(log->count(), 0);
}

void TestMainWindow::noChannelShowsEmptyState()
{
    QTemporaryDir dir;
    secrets::MemorySecretStore store;
    channels::ChannelRepository repository(dir.path());
    channels::ChannelService service(m_network.get(), &store, &repository);
    ui::MainWindow window(&service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* empty = window.findChild<QWidget*>(QStringLiteral("noChannelState"));
    QVERIFY(empty && empty->isVisible());
    auto* text = empty->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(text->text().contains(QStringLiteral("--demo")));
    auto* add = empty->findChild<QPushButton*>(QStringLiteral("noChannelAddButton"));
    QVERIFY(add && add->isVisible());
    auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    QCOMPARE(status->text(), QStringLiteral("No channel configured"));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionRotateKey"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionRemoveChannel"))->isEnabled());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionAddChannel"))->isEnabled());
}

void TestMainWindow::settingsHoldNoKey()
{
    m_window->close(); // saves geometry and splitter state
    QSettings settings;
    settings.sync();
    QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY(!m_sandbox->apiKey().isEmpty());
    QVERIFY(!content.contains(m_sandbox->apiKey()));
    QVERIFY(!content.contains(m_sandbox->apiKey().toBase64()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
