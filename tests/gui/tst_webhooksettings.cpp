// The Webhooks tab against a real sandbox: inline URL rules while typing (REFERENCE.md §5.4), the authentication
// choices, Save through ChannelService::setWebhook, and the value read back with GET.
#include "ChannelTestBase.h"
#include "api/ApiClient.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "channels/WebhookUrlRules.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"
#include "webhook/WebhookAuthEditor.h"
#include "webhook/WebhookSection.h"
#include "webhook/WebhookSettingsPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wabadesk;
using Scope = channels::ChannelService::WebhookScope;

class TestWebhookSettings : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void explainsPublicHttpsAndTunnels();
    void invalidUrlsShowTheirRule_data();
    void invalidUrlsShowTheirRule();
    void secretHeaderIsSavedAndReadBack();
    void basicCredentialsAreSavedForTheWaba();
    void panelStartsFromWhatIsSet();

private:
    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_panel->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    void openPanel();
    WebhookConfig readBack(Scope scope);
    QMap<QString, QString> keptSecrets(Scope scope);

    std::unique_ptr<api::ApiClient> m_client; // the test's own view of the sandbox
    Channel m_channel;
    std::unique_ptr<ui::WebhookSettingsPanel> m_panel;
};

void TestWebhookSettings::init()
{
    QString error;
    QVERIFY2(startChannelStack(&error), qPrintable(error));
    sandbox::Sandbox* sb = m_sandbox.get();
    m_client = std::make_unique<api::ApiClient>(m_network.get(), sb->baseUrl(), [sb] { return sb->apiKey(); });
    const channels::ChannelError added = addSandboxChannel({}, Channel::KeyStorage::Keychain, &m_channel);
    QVERIFY2(!added.isError(), qPrintable(added.message));
    openPanel();
}

void TestWebhookSettings::openPanel()
{
    m_panel.reset();
    api::ApiClient* client = nullptr;
    m_service->withClient(m_channel.id, this, [&](const channels::ChannelError&, api::ApiClient* c) { client = c; });
    QTRY_VERIFY_WITH_TIMEOUT(client, 10000);
    m_panel = std::make_unique<ui::WebhookSettingsPanel>(m_service.get(), m_channel, client);
    m_panel->resize(1000, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // Both sections have read what 360dialog has now.
    QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("webhookPhoneReload")->isEnabled() &&
                                 find<QPushButton>("webhookWabaReload")->isEnabled(),
                             10000);
}

void TestWebhookSettings::cleanup()
{
    m_panel.reset();
    m_client.reset();
    stopChannelStack();
}

WebhookConfig TestWebhookSettings::readBack(Scope scope)
{
    WebhookConfig config;
    bool done = false;
    auto got = [&](const api::Result<WebhookConfig>& r) {
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        config = r.value();
        done = true;
    };
    if (scope == Scope::Waba)
        m_client->wabaWebhook(this, got);
    else
        m_client->phoneNumberWebhook(this, got);
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("GET webhook did not finish");
    return config;
}

QMap<QString, QString> TestWebhookSettings::keptSecrets(Scope scope)
{
    QMap<QString, QString> headers;
    bool done = false;
    m_service->webhookSecrets(m_channel.id, scope, this,
                              [&](const channels::ChannelError&, const QMap<QString, QString>& h) {
                                  headers = h;
                                  done = true;
                              });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("webhookSecrets did not finish");
    return headers;
}

void TestWebhookSettings::explainsPublicHttpsAndTunnels()
{
    auto* explanation = find<QWidget>("webhookExplanation");
    QVERIFY(explanation && explanation->isVisible());
    const QString text = explanation->findChild<QLabel*>(QStringLiteral("noticeBannerText"))->text();
    for (const char* word : {"public", "https://", "443", "_", "reverse proxy", "tunnel", "Webhook Listener"})
        QVERIFY2(text.contains(QString::fromUtf8(word)), word);
    auto* current = find<QLabel>("webhookPhoneCurrent");
    QCOMPARE(current->text(), QStringLiteral("No webhook set."));
}

void TestWebhookSettings::invalidUrlsShowTheirRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("rule"); // a word of the broken rule's message
    QTest::newRow("http") << QStringLiteral("http://hooks.example.com/x") << QStringLiteral("https://");
    QTest::newRow("underscore") << QStringLiteral("https://my_host.example.com") << QStringLiteral("\"_\"");
    QTest::newRow("port") << QStringLiteral("https://host.example.com:8443/x") << QStringLiteral("port");
    QTest::newRow("garbage") << QStringLiteral("not a url") << QStringLiteral("well-formed");
}

void TestWebhookSettings::invalidUrlsShowTheirRule()
{
    QFETCH(QString, url);
    QFETCH(QString, rule);
    auto* edit = find<QLineEdit>("webhookPhoneUrl");
    auto* problems = find<QLabel>("webhookPhoneUrlProblems");
    auto* save = find<QPushButton>("webhookPhoneSave");
    QVERIFY(edit && problems && save);

    edit->clear();
    QTest::keyClicks(edit, url); // checked as it is typed
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(rule), qPrintable(problems->text()));
    // Every broken rule is listed, exactly as the core states it.
    const QStringList expected = channels::checkWebhookUrl(url, m_channel.isLoopback());
    QVERIFY(!expected.isEmpty());
    for (const QString& line : expected)
        QVERIFY2(problems->text().contains(line), qPrintable(line));
    QVERIFY(!save->isEnabled());

    edit->setText(QStringLiteral("https://hooks.example.com/whatsapp"));
    QVERIFY(problems->isHidden());
    QVERIFY(save->isEnabled()); // a secret was generated in advance
}

void TestWebhookSettings::secretHeaderIsSavedAndReadBack()
{
    const QUrl url(QStringLiteral("https://hooks.example.com/wabadesk"));
    auto* section = find<ui::WebhookSection>("webhookPhoneSection");
    auto* mode = find<QComboBox>("webhookPhoneAuthMode");
    auto* state = find<QLabel>("webhookPhoneAuthSecretState");
    QVERIFY(section && mode && state);
    QTest::keyClicks(find<QLineEdit>("webhookPhoneUrl"), url.toString());
    mode->setCurrentIndex(mode->findData(int(ui::WebhookAuthEditor::Mode::Secret)));
    const QString before = state->text();
    find<QPushButton>("webhookPhoneAuthGenerate")->click();
    QVERIFY(state->text().contains(ui::WebhookAuthEditor::secretHeaderName()));

    QSignalSpy saved(section, &ui::WebhookSection::saveFinished);
    QSignalSpy loaded(section, &ui::WebhookSection::loaded);
    find<QPushButton>("webhookPhoneSave")->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.constFirst().constFirst().toBool(), true);
    QVERIFY(loaded.wait(10000)); // read back after saving

    // What the sandbox has is what was chosen, and the secret is the one kept in the keychain for the listener.
    const WebhookConfig atSandbox = readBack(Scope::PhoneNumber);
    QCOMPARE(atSandbox.url, url);
    QCOMPARE(atSandbox.headers.keys(), QStringList{ui::WebhookAuthEditor::secretHeaderName()});
    const QString secret = atSandbox.headers.first();
    QVERIFY(secret.size() >= 40);
    QCOMPARE(keptSecrets(Scope::PhoneNumber).value(ui::WebhookAuthEditor::secretHeaderName()), secret);
    QCOMPARE(m_service->channel(m_channel.id)->phoneWebhookUrl, url);

    // Shown as read back, the value masked everywhere.
    QCOMPARE(find<QLabel>("webhookPhoneCurrent")->text(), url.toString());
    const QString headers = find<QLabel>("webhookPhoneCurrentHeaders")->text();
    QVERIFY(headers.contains(ui::WebhookAuthEditor::secretHeaderName()));
    QVERIFY(!headers.contains(secret));
    QVERIFY(!state->text().contains(secret));
    QVERIFY(!find<QLabel>("webhookPhoneStatus")->text().contains(secret));
    Q_UNUSED(before)
}

void TestWebhookSettings::basicCredentialsAreSavedForTheWaba()
{
    auto* section = find<ui::WebhookSection>("webhookWabaSection");
    auto* mode = find<QComboBox>("webhookWabaAuthMode");
    QTest::keyClicks(find<QLineEdit>("webhookWabaUrl"), QStringLiteral("https://relay.example.com/waba"));
    mode->setCurrentIndex(mode->findData(int(ui::WebhookAuthEditor::Mode::Basic)));
    auto* save = find<QPushButton>("webhookWabaSave");
    QVERIFY(!save->isEnabled()); // user and password missing
    QVERIFY(find<QLabel>("webhookWabaAuthProblems")->isVisible());
    QTest::keyClicks(find<QLineEdit>("webhookWabaAuthUser"), QStringLiteral("hooks"));
    auto* password = find<QLineEdit>("webhookWabaAuthPassword");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("pa55word"));
    QVERIFY(save->isEnabled());

    QSignalSpy saved(section, &ui::WebhookSection::saveFinished);
    save->click();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.constFirst().constFirst().toBool(), true);
    const WebhookConfig atSandbox = readBack(Scope::Waba);
    QCOMPARE(atSandbox.url, QUrl(QStringLiteral("https://relay.example.com/waba")));
    QCOMPARE(atSandbox.headers.value(QStringLiteral("Authorization")),
             QString::fromLatin1(channels::basicAuthorization(QStringLiteral("hooks"), QStringLiteral("pa55word"))));
    // The phone-number webhook was left alone.
    QVERIFY(!readBack(Scope::PhoneNumber).isSet());
}

void TestWebhookSettings::panelStartsFromWhatIsSet()
{
    const QUrl url(QStringLiteral("https://hooks.example.com/again"));
    m_sandbox->setWebhook(url, {{QStringLiteral("X-Custom-Token"), QStringLiteral("abc")},
                                {QStringLiteral("X-Tenant"), QStringLiteral("shop-7")}});
    openPanel();
    QCOMPARE(find<QLabel>("webhookPhoneCurrent")->text(), url.toString());
    QCOMPARE(find<QLineEdit>("webhookPhoneUrl")->text(), url.toString());
    auto* mode = find<QComboBox>("webhookPhoneAuthMode");
    QCOMPARE(mode->currentData().toInt(), int(ui::WebhookAuthEditor::Mode::Custom));
    const QString headers = find<QLabel>("webhookPhoneCurrentHeaders")->text();
    QVERIFY(headers.contains(QStringLiteral("X-Tenant")));
    QVERIFY(!headers.contains(QStringLiteral("shop-7")));
    QVERIFY(find<QPushButton>("webhookPhoneSave")->isEnabled());
}

QTEST_MAIN(TestWebhookSettings)
#include "tst_webhooksettings.moc"
