// The partner console driven by objectName against the sandbox, keys in memory: clients listed and searched, a
// channel added to WabaDesk through "Add to WabaDesk…" (after the warning) that then shows in the main window's
// channel list, an existing channel given a new key, a wrong key shown as such and fixed through the set-up, a
// channel that is not ready refused before anything is sent, usage by day and month, and the balance limit's
// countdown — without waiting half a minute (the account's rate limiter runs on an injected clock).
#include "ChannelTestBase.h"
#include "MainWindow.h"
#include "common/ErrorBanner.h"
#include "common/NoticeBanner.h"
#include "partner/AddToWabaDeskDialog.h"
#include "partner/PartnerAccount.h"
#include "partner/PartnerActions.h"
#include "partner/PartnerConsole.h"
#include "partner/PartnerModels.h"
#include "partner/PartnerSetupPanel.h"
#include "partner/RateLimiter.h"
#include "partner/UsageChart.h"
#include "partner/UsagePanel.h"
#include "sandbox/SandboxChannel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace wabadesk;
using ui::AddToWabaDeskDialog;
using ui::PartnerConsole;

class TestPartnerConsole : public QObject, protected test::ChannelTestBase {
    Q_OBJECT
    std::unique_ptr<partner::PartnerAccount> m_account;
    std::unique_ptr<ui::MainWindow> m_window;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    PartnerConsole* openConsole()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionPartnerConsole"))->trigger();
        PartnerConsole* console = m_window->partnerActions()->console();
        if (console && !QTest::qWaitForWindowExposed(console))
            return nullptr;
        return console;
    }

    // Waits until the console has listed the clients.
    static bool loaded(PartnerConsole* console, int clients = 5)
    {
        auto* list = child<QListView>(console, "partnerClientList");
        return QTest::qWaitFor([&] { return !console->isLoading() && list->model()->rowCount() == clients; }, 15000);
    }

    // Selects the channel row whose Name cell is `name`.
    static bool selectChannel(PartnerConsole* console, const QString& name)
    {
        auto* table = child<QTableView>(console, "partnerChannelTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, ui::PartnerChannelModel::NameColumn).data().toString() == name) {
                table->selectRow(row);
                return true;
            }
        }
        return false;
    }

    QStringList visibleTexts(QWidget* root)
    {
        QStringList out;
        for (QLabel* label : root->findChildren<QLabel*>())
            out << label->text();
        return out;
    }

    int balanceRequests(const QString& clientId) const
    {
        int n = 0;
        for (const auto& r : m_sandbox->recordedRequests())
            if (r.path.contains(QStringLiteral("/clients/%1/info/balance").arg(clientId)))
                ++n;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_partnerconsole"));
        QSettings().clear();
    }

    void init()
    {
        QString error;
        QVERIFY2(startChannelStack(&error), qPrintable(error));
        m_account = std::make_unique<partner::PartnerAccount>(m_network.get(), m_secrets.get(), m_dataDir->path());
        m_window = std::make_unique<ui::MainWindow>(m_service.get());
        m_window->setPartnerAccount(m_account.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_account.reset();
        stopChannelStack();
    }

    void theMenuEntryIsInTheChannelMenu()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionPartnerConsole"));
        QVERIFY(action);
        QVERIFY(action->isVisible());
        QVERIFY(child<QMenu>(m_window.get(), "menuChannel")->actions().contains(action));
        // Without a partner account the entry is not offered.
        ui::MainWindow plain(m_service.get());
        QVERIFY(!plain.findChild<QAction*>(QStringLiteral("actionPartnerConsole"))->isVisible());
    }

    void listSearchAddAndTheChannelAppears()
    {
        m_account->preset(m_sandbox->partnerId(), m_sandbox->partnerBaseUrl(), m_sandbox->partnerKey());
        PartnerConsole* console = openConsole();
        QVERIFY(console);
        QVERIFY(loaded(console));
        QVERIFY(!console->isShowingSetup());
        QVERIFY(child<QLabel>(console, "partnerAccountLabel")->text().contains(m_sandbox->partnerId()));

        // Search narrows the list; the one left is selected.
        auto* search = child<QLineEdit>(console, "partnerClientSearch");
        QTest::keyClicks(search, QStringLiteral("lindqvist")); // the contact, not the name
        auto* list = child<QListView>(console, "partnerClientList");
        QCOMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(console->currentClientId(), QStringLiteral("nL4rEiCL"));
        QCOMPARE(child<QLabel>(console, "partnerClientName")->text(), QStringLiteral("Nordlicht Reisen AB"));
        auto* table = child<QTableView>(console, "partnerChannelTable");
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(selectChannel(console, QStringLiteral("Nordlicht Reisen")));
        const int row = table->selectionModel()->selectedRows().first().row();
        QCOMPARE(table->model()->index(row, ui::PartnerChannelModel::StatusColumn).data().toString(),
                 QStringLiteral("Running"));
        QCOMPARE(table->model()->index(row, ui::PartnerChannelModel::QualityColumn).data().toString(),
                 QStringLiteral("Medium"));
        QCOMPARE(table->model()->index(row, ui::PartnerChannelModel::LocalColumn).data().toString(),
                 QStringLiteral("—"));

        // "Add to WabaDesk…": the warning first, nothing generated before the explicit button.
        auto* add = child<QPushButton>(console, "partnerAddButton");
        QVERIFY(add->isEnabled());
        m_sandbox->clearRecordedRequests();
        add->click();
        auto* dialog = child<AddToWabaDeskDialog>(console, "addToWabaDeskDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString warning = child<ui::NoticeBanner>(dialog, "addToWabaDeskWarning")->text();
        QVERIFY2(warning.contains(QStringLiteral("revokes the number's current key")), qPrintable(warning));
        for (const auto& r : m_sandbox->recordedRequests())
            QVERIFY(!r.path.contains(QStringLiteral("api_keys")));
        auto* name = child<QLineEdit>(dialog, "addToWabaDeskName");
        QCOMPARE(name->text(), QStringLiteral("Nordlicht Reisen"));
        name->setText(QStringLiteral("Nordlicht"));
        QSignalSpy finished(dialog, &AddToWabaDeskDialog::importFinished);
        child<QPushButton>(dialog, "addToWabaDeskSubmit")->click();
        QVERIFY(dialog->isBusy());
        QVERIFY(finished.wait(15000));
        QVERIFY(dialog->isDone());
        QCOMPARE(dialog->result()->outcome, partner::ChannelImporter::Result::Outcome::Added);

        // The channel is in WabaDesk: the service, the main window's channel list, the console's column.
        QCOMPARE(m_service->channels().size(), 1);
        const Channel added = m_service->channels().first();
        QCOMPARE(added.name, QStringLiteral("Nordlicht"));
        auto* channelList = m_window->findChild<QListWidget*>(QStringLiteral("channelList"));
        QTRY_COMPARE(channelList->count(), 1);
        QCOMPARE(channelList->item(0)->text(), QStringLiteral("Nordlicht"));
        QCOMPARE(table->model()->index(row, ui::PartnerChannelModel::LocalColumn).data().toString(),
                 QStringLiteral("Nordlicht"));
        // The key went to the keychain and nowhere on screen (only its last characters).
        std::optional<QByteArray> key;
        m_secrets->read(secrets::keys::apiKey(added.id), this, [&](const secrets::SecretResult& r) { key = r.secret; });
        QTRY_VERIFY(key.has_value());
        QVERIFY(!key->isEmpty());
        const QString result = child<ui::NoticeBanner>(dialog, "addToWabaDeskResult")->text();
        QVERIFY2(result.contains(added.keyHint), qPrintable(result));
        for (const QString& text : visibleTexts(dialog) + visibleTexts(console))
            QVERIFY(!text.contains(QString::fromLatin1(*key)));
        child<QPushButton>(dialog, "addToWabaDeskClose")->click();
    }

    void existingChannelGetsANewKey()
    {
        Channel demo;
        QVERIFY(!addSandboxChannel(QStringLiteral("Demo"), Channel::KeyStorage::Keychain, &demo).isError());
        m_account->preset(m_sandbox->partnerId(), m_sandbox->partnerBaseUrl(), m_sandbox->partnerKey());
        PartnerConsole* console = openConsole();
        QVERIFY(loaded(console));
        console->selectClient(QStringLiteral("dMo4wDCL"));
        auto* table = child<QTableView>(console, "partnerChannelTable");
        QCOMPARE(table->model()->index(0, ui::PartnerChannelModel::LocalColumn).data().toString(),
                 QStringLiteral("Demo"));
        auto* add = child<QPushButton>(console, "partnerAddButton");
        QVERIFY(add->text().contains(QStringLiteral("New Key")));
        const QByteArray oldKey = m_sandbox->apiKey();
        add->click();
        auto* dialog = child<AddToWabaDeskDialog>(console, "addToWabaDeskDialog");
        QVERIFY(dialog);
        QVERIFY(!child<QLineEdit>(dialog, "addToWabaDeskName")); // it has a name already
        QSignalSpy finished(dialog, &AddToWabaDeskDialog::importFinished);
        child<QPushButton>(dialog, "addToWabaDeskSubmit")->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(dialog->result()->outcome, partner::ChannelImporter::Result::Outcome::KeyReplaced);
        QVERIFY(m_sandbox->apiKey() != oldKey);
        QCOMPARE(m_service->channels().size(), 1);
        QCOMPARE(m_service->channels().first().keyHint,
                 QStringLiteral("****") + QString::fromLatin1(m_sandbox->apiKey().right(4)));
    }

    void wrongKeyIsShownAndTheSetUpFixesIt()
    {
        // Tried: a key the hub does not accept, as if the keychain held a revoked one.
        m_account->preset(m_sandbox->partnerId(), m_sandbox->partnerBaseUrl(), "WrongPartnerKey0000");
        PartnerConsole* console = openConsole();
        QVERIFY(console);
        auto* banner = child<ui::ErrorBanner>(console, "partnerErrorBanner");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->error().httpStatus, 401);
        QCOMPARE(child<QLabel>(banner, "errorBannerTitle")->text(),
                 QStringLiteral("The Partner API key was not accepted"));
        QVERIFY(child<QLabel>(banner, "errorBannerFix")->text().contains(QStringLiteral("Partner Hub")));
        auto* action = child<QPushButton>(banner, "errorBannerAction");
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Change Key…"));
        for (const QString& text : visibleTexts(console))
            QVERIFY(!text.contains(QStringLiteral("WrongPartnerKey")));

        action->click();
        QVERIFY(console->isShowingSetup());
        auto* setup = console->setupPanel();
        QCOMPARE(child<QLineEdit>(setup, "partnerIdEdit")->text(), m_sandbox->partnerId());
        auto* key = child<QLineEdit>(setup, "partnerKeyEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, QString::fromLatin1(m_sandbox->partnerKey()));
        child<QPushButton>(setup, "partnerConnectButton")->click();
        QVERIFY(loaded(console));
        QVERIFY(!console->isShowingSetup());
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_account->keyHint(), QStringLiteral("****") + QString::fromLatin1(m_sandbox->partnerKey().right(4)));
    }

    void setUpRefusesAWrongKeyAndKeepsNothing()
    {
        PartnerConsole* console = openConsole();
        QVERIFY(console);
        QVERIFY(console->isShowingSetup()); // no partner account yet
        auto* setup = console->setupPanel();
        auto* connectButton = child<QPushButton>(setup, "partnerConnectButton");
        QVERIFY(!connectButton->isEnabled());
        QTest::keyClicks(child<QLineEdit>(setup, "partnerIdEdit"), m_sandbox->partnerId());
        auto* url = child<QLineEdit>(setup, "partnerUrlEdit");
        QCOMPARE(url->text(), QStringLiteral("https://hub.360dialog.io/api/v2"));
        url->setText(m_sandbox->partnerBaseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(setup, "partnerKeyEdit"), QStringLiteral("NotThePartnerKey123"));
        QVERIFY(connectButton->isEnabled());
        connectButton->click();
        auto* error = setup->errorBanner();
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(child<QLabel>(error, "errorBannerTitle")->text(),
                 QStringLiteral("The Partner API key was not accepted"));
        QVERIFY(console->isShowingSetup());
        QVERIFY(!m_secrets->contains(secrets::keys::partnerApiKey()));
        QVERIFY(m_account->keyState() != partner::PartnerAccount::KeyState::Present);
        QVERIFY(m_account->partnerId().isEmpty()); // nothing of the attempt was kept
    }

    void aChannelThatIsNotReadyCannotBeAdded()
    {
        m_account->preset(m_sandbox->partnerId(), m_sandbox->partnerBaseUrl(), m_sandbox->partnerKey());
        PartnerConsole* console = openConsole();
        QVERIFY(loaded(console));
        console->selectClient(QStringLiteral("cAf3aUCL"));
        auto* table = child<QTableView>(console, "partnerChannelTable");
        QCOMPARE(table->model()->index(0, ui::PartnerChannelModel::StatusColumn).data().toString(),
                 QStringLiteral("Created"));
        QVERIFY(!child<QPushButton>(console, "partnerAddButton")->isEnabled());
        QVERIFY(child<QLabel>(console, "partnerAddHint")->text().contains(QStringLiteral("being set up")));
        QVERIFY(!console->addToWabaDesk());
    }

    void usageByDayAndMonthAndTheLimitsCountdown()
    {
        qint64 fakeNow = 0;
        m_account->rateLimiter()->setClock([&fakeNow] { return fakeNow; });
        m_account->preset(m_sandbox->partnerId(), m_sandbox->partnerBaseUrl(), m_sandbox->partnerKey());
        PartnerConsole* console = openConsole();
        QVERIFY(loaded(console));
        const QString id = QStringLiteral("bK9sOnCL");
        console->selectClient(id);
        ui::UsagePanel* usage = console->usagePanel();
        QTRY_COMPARE(usage->balanceText(), QStringLiteral("36.10 EUR"));
        QCOMPARE(usage->chart()->usage().size(), 12);
        child<QToolButton>(console, "partnerUsageDay")->click();
        QTRY_COMPARE(usage->chart()->usage().size(), 30);
        // Back to months: kept from before, not asked again.
        const int asked = balanceRequests(id);
        child<QToolButton>(console, "partnerUsageMonth")->click();
        QCOMPARE(usage->chart()->usage().size(), 12);
        QCOMPARE(balanceRequests(id), asked);

        // Refreshing asks again; the sixth request within the window waits, and the panel says so.
        for (int i = asked; i < 5; ++i) {
            console->refresh();
            QTRY_COMPARE(balanceRequests(id), i + 1);
            QTRY_VERIFY(!console->isLoading());
        }
        console->refresh();
        auto* note = child<QLabel>(console, "partnerUsageNote");
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("5 balance requests per client in 30 seconds")),
                 qPrintable(note->text()));
        QCOMPARE(balanceRequests(id), 5);
    }
};

QTEST_MAIN(TestPartnerConsole)
#include "tst_partnerconsole.moc"
