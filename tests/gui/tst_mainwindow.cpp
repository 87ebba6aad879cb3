// The main window against a real sandbox: templates and profile, driven by objectName (the conversation desk:
// tst_desk). The channel is
// added through ChannelService (keys in memory), as the app's composition root does.
#include "ChannelTestBase.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "channels/ChannelWorkspace.h"
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

    sandbox::Sandbox* sb = m_sandbox.get();
    m_client = std::make_unique<api::ApiClient>(m_network.get(), sb->baseUrl(), [sb] { return sb->apiKey(); });
    const channels::ChannelError added =
        addSandboxChannel(QStringLiteral("Test channel"), Channel::KeyStorage::SessionOnly);
    QVERIFY2(!added.isError(), qPrintable(added.message));

    m_window = std::make_unique<ui::MainWindow>(m_service.get());
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
    QCOMPARE(tabs->count(), 5); // Conversations, Templates, Business profile, Webhooks, Media
    QVERIFY(find<QWidget>(QStringLiteral("webhookSettingsPanel")));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Media"));
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
    auto* problem = find<QLabel>(QStringLiteral("profileEmailError"));
    QVERIFY(problem);
    // The profile tab is not the current one, so "visible" means "not hidden". Checked while typing: Save stays off.
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(QStringLiteral("not an email address")));
    QVERIFY(!save->isEnabled());
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
