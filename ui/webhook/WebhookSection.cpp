#include "webhook/WebhookSection.h"

#include "api/ApiClient.h"
#include "channels/ChannelErrorText.h"
#include "channels/WebhookUrlRules.h"
#include "common/BusyIndicator.h"
#include "common/ErrorText.h"
#include "common/NoticeBanner.h"
#include "theme/Theme.h"
#include "webhook/WebhookAuthEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString bullets(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines)
        out << QStringLiteral("• ") + line;
    return out.join(QLatin1Char('\n'));
}

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, theme::negativeText(p));
    label->setPalette(p);
    return label;
}

} // namespace

WebhookSection::WebhookSection(channels::ChannelService* service, const QString& channelId, Scope scope,
                               api::ApiClient* client, bool allowLoopback, QWidget* parent)
    : QGroupBox(parent)
    , m_service(service)
    , m_channelId(channelId)
    , m_scope(scope)
    , m_client(client)
    , m_allowLoopback(allowLoopback)
    , m_currentUrl(new QLabel(this))
    , m_currentHeaders(new QLabel(this))
    , m_currentNote(new QLabel(this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_url(new QLineEdit(this))
    , m_urlProblems(nullptr)
    , m_auth(nullptr)
    , m_authProblems(nullptr)
    , m_error(new NoticeBanner(NoticeBanner::Tone::Error, this))
    , m_busy(new BusyIndicator(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Webhook"), this))
{
    const bool waba = scope == Scope::Waba;
    const QString prefix = waba ? QStringLiteral("webhookWaba") : QStringLiteral("webhookPhone");
    setObjectName(prefix + QStringLiteral("Section"));
    setTitle(waba ? tr("WABA webhook") : tr("Phone-number webhook"));
    m_urlProblems = problemLabel(prefix + QStringLiteral("UrlProblems"), this);
    m_auth = new WebhookAuthEditor(prefix, this);
    {
        // Secure by default: a fresh secret is ready, so that only the URL is left to enter.
        const QSignalBlocker blocker(m_auth);
        m_auth->generateSecret();
    }
    m_authProblems = problemLabel(prefix + QStringLiteral("AuthProblems"), this);

    auto* about = new QLabel(waba ? tr("One URL for every number of the WhatsApp Business Account. 360dialog uses "
                                       "it for numbers without a phone-number webhook; each event names its number.")
                                  : tr("Where 360dialog delivers this number's incoming messages and delivery "
                                       "statuses. It takes precedence over the WABA webhook."),
                             this);
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);

    m_currentUrl->setObjectName(prefix + QStringLiteral("Current"));
    m_currentUrl->setTextFormat(Qt::PlainText);
    m_currentUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentUrl->setWordWrap(true);
    m_currentHeaders->setObjectName(prefix + QStringLiteral("CurrentHeaders"));
    m_currentHeaders->setTextFormat(Qt::PlainText);
    m_currentHeaders->setWordWrap(true);
    m_currentNote->setObjectName(prefix + QStringLiteral("CurrentNote"));
    m_currentNote->setTextFormat(Qt::PlainText);
    m_currentNote->setWordWrap(true);
    m_currentNote->setVisible(false);
    m_reload->setObjectName(prefix + QStringLiteral("Reload"));
    m_reload->setToolTip(tr("Read the webhook from 360dialog again"));
    connect(m_reload, &QPushButton::clicked, this, &WebhookSection::reload);

    m_url->setObjectName(prefix + QStringLiteral("Url"));
    m_url->setAccessibleName(tr("Webhook URL"));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.example.com/whatsapp"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_url, &QLineEdit::textChanged, this, &WebhookSection::updateState);
    connect(m_url, &QLineEdit::returnPressed, this, &WebhookSection::save);
    connect(m_auth, &WebhookAuthEditor::changed, this, [this] {
        m_edited = true;
        updateState();
    });

    m_error->setObjectName(prefix + QStringLiteral("Error"));
    m_error->setVisible(false);
    m_busy->setObjectName(prefix + QStringLiteral("Busy"));
    m_status->setObjectName(prefix + QStringLiteral("Status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_save->setObjectName(prefix + QStringLiteral("Save"));
    m_save->setToolTip(tr("Set this webhook at 360dialog and keep its header values in the keychain"));
    connect(m_save, &QPushButton::clicked, this, &WebhookSection::save);

    auto* currentBox = new QHBoxLayout;
    auto* currentText = new QVBoxLayout;
    currentText->setSpacing(2);
    currentText->addWidget(m_currentUrl);
    currentText->addWidget(m_currentHeaders);
    currentText->addWidget(m_currentNote);
    currentBox->addLayout(currentText, 1);
    currentBox->addWidget(m_reload, 0, Qt::AlignTop);

    auto* urlBox = new QVBoxLayout;
    urlBox->setSpacing(2);
    urlBox->addWidget(m_url);
    urlBox->addWidget(m_urlProblems);
    auto* authBox = new QVBoxLayout;
    authBox->setSpacing(2);
    authBox->addWidget(m_auth);
    authBox->addWidget(m_authProblems);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    form->addRow(tr("At 360dialog now:"), currentBox);
    form->addRow(tr("New &URL:"), urlBox);
    form->addRow(tr("&Authentication:"), authBox);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(urlBox)))
        label->setBuddy(m_url);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(authBox)))
        label->setBuddy(m_auth);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    // Set elsewhere (the demo sets its sandbox's webhook while this tab loads; the CLI; a rotation re-applying it):
    // read it again.
    m_remembered = rememberedUrl();
    connect(m_service, &channels::ChannelService::channelsChanged, this, [this] {
        const QUrl remembered = rememberedUrl();
        if (remembered == m_remembered)
            return;
        m_remembered = remembered;
        reload();
    });

    updateState();
    reload();
}

QUrl WebhookSection::rememberedUrl() const
{
    const std::optional<Channel> channel = m_service->channel(m_channelId);
    if (!channel)
        return {};
    return m_scope == Scope::Waba ? channel->wabaWebhookUrl : channel->phoneWebhookUrl;
}

void WebhookSection::setSibling(WebhookSection* sibling)
{
    m_sibling = sibling;
    connect(sibling, &WebhookSection::loaded, this, &WebhookSection::updateCurrentText);
}

void WebhookSection::setListenerUrl(const QUrl& url)
{
    m_listenerUrl = url;
    updateCurrentText();
}

// The listener as 360dialog (or the sandbox) reaches it: the same port, on this computer, under its URL.
bool WebhookSection::isListener(const QUrl& url) const
{
    if (!m_listenerUrl.isValid() || !url.isValid() || url.port() != m_listenerUrl.port())
        return false;
    const QHostAddress host(url.host());
    const bool local = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host.isLoopback() ||
                       url.host() == m_listenerUrl.host();
    return local && url.scheme() == m_listenerUrl.scheme();
}

void WebhookSection::reload()
{
    if (m_call || m_saving || !m_client)
        return;
    m_busy->start();
    m_currentUrl->setText(tr("Reading from 360dialog…"));
    m_currentHeaders->clear();
    updateState();
    auto done = [this](const api::Result<WebhookConfig>& result) {
        m_call = nullptr;
        m_busy->stop();
        if (result.ok())
            showCurrent(result.value());
        else
            showLoadError(result.error());
        updateState();
        Q_EMIT loaded();
    };
    m_call = m_scope == Scope::Waba ? m_client->wabaWebhook(this, done) : m_client->phoneNumberWebhook(this, done);
    updateState();
}

void WebhookSection::showCurrent(const WebhookConfig& config)
{
    m_current = config;
    m_loaded = true;
    m_error->setVisible(false);
    updateCurrentText();
    // The editor starts from what is set, unless the user has begun to change it.
    if (!m_edited) {
        const QSignalBlocker blockUrl(m_url);
        const QSignalBlocker blockAuth(m_auth);
        m_url->setText(config.url.toString());
        if (config.isSet())
            m_auth->setHeaders(config.headers);
    }
}

// What is set at 360dialog and what it means for this number's messages.
void WebhookSection::updateCurrentText()
{
    if (!m_loaded)
        return;
    const bool waba = m_scope == Scope::Waba;
    const bool otherSet = m_sibling && m_sibling->isLoaded() && m_sibling->current().isSet();
    QString note;
    bool good = false;
    if (!m_current.isSet()) {
        m_currentUrl->setText(tr("No webhook set."));
        if (otherSet)
            m_currentHeaders->setText(waba ? tr("This number's messages and statuses go to its phone-number webhook "
                                                "above.")
                                           : tr("360dialog delivers this number's messages and statuses to the WABA "
                                                "webhook below."));
        else
            m_currentHeaders->setText(waba ? tr("Numbers without a phone-number webhook get nothing delivered.")
                                           : tr("360dialog has nowhere to deliver this number's messages and "
                                                "statuses."));
    } else {
        m_currentUrl->setText(m_current.url.toString());
        QStringList names;
        for (auto it = m_current.headers.cbegin(); it != m_current.headers.cend(); ++it)
            names << tr("%1: %2").arg(it.key(), QString(8, QChar(0x2022)));
        m_currentHeaders->setText(names.isEmpty() ? tr("No authentication header.")
                                                  : tr("Headers: %1").arg(QLocale().createSeparatedList(names)));
        if (isListener(m_current.url)) {
            good = true;
            note = m_allowLoopback ? tr("\u2714 WabaDesk's embedded listener on this computer: the local sandbox "
                                        "delivers here, and what arrives shows in this window.")
                                   : tr("\u2714 WabaDesk's embedded listener: what arrives shows in this window.");
        } else if (!waba && m_sibling && m_sibling->current().isSet()) {
            note = tr("Takes precedence over the WABA webhook for this number.");
        }
    }
    m_currentNote->setText(note);
    m_currentNote->setVisible(!note.isEmpty());
    QPalette p = palette();
    if (good)
        p.setColor(QPalette::WindowText, theme::positiveText(p));
    m_currentNote->setPalette(p);
}

void WebhookSection::showLoadError(const api::ApiError& error)
{
    m_loaded = false;
    m_currentNote->setVisible(false);
    m_currentUrl->setText(tr("Could not read the webhook: %1").arg(ErrorText::title(error)));
    m_currentHeaders->setText(ErrorText::oneParagraph(error));
}

bool WebhookSection::canSave() const
{
    return !m_call && !m_saving && checkWebhookUrlProblems().isEmpty() && m_auth->problems().isEmpty();
}

void WebhookSection::save()
{
    if (!canSave())
        return;
    WebhookConfig config;
    config.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    config.headers = m_auth->headers();
    m_saving = true;
    m_error->setVisible(false);
    m_busy->start();
    m_status->setText(tr("Setting the webhook at 360dialog…"));
    updateState();
    m_service->setWebhook(m_channelId, m_scope, config, this, [this, config](const channels::ChannelError& error) {
        m_saving = false;
        m_busy->stop();
        if (error.isError()) {
            m_error->setText(ChannelErrorText::richText(error));
            m_error->setProperty("errorKind", ChannelErrorText::kindName(error.kind));
            m_error->setVisible(true);
            m_status->setText(tr("Not saved."));
            updateState();
            Q_EMIT saveFinished(false);
            return;
        }
        m_edited = false;
        m_status->setText(
            tr("Saved at %1: 360dialog delivers to %2.")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), config.url.toString()));
        updateState();
        Q_EMIT saveFinished(true);
        reload(); // read it back
    });
}

QStringList WebhookSection::checkWebhookUrlProblems() const
{
    return channels::checkWebhookUrl(m_url->text(), m_allowLoopback);
}

void WebhookSection::updateState()
{
    const bool busy = m_call || m_saving;
    const QStringList urlProblems = checkWebhookUrlProblems();
    // An empty field is not worth a red line until something was typed.
    const bool showUrlProblems = !urlProblems.isEmpty() && !m_url->text().trimmed().isEmpty();
    m_urlProblems->setText(bullets(urlProblems));
    m_urlProblems->setVisible(showUrlProblems);
    const QStringList authProblems = m_auth->problems();
    m_authProblems->setText(bullets(authProblems));
    m_authProblems->setVisible(!authProblems.isEmpty());
    m_url->setEnabled(!m_saving);
    m_auth->setEnabled(!m_saving);
    m_reload->setEnabled(!busy);
    m_save->setEnabled(!busy && urlProblems.isEmpty() && authProblems.isEmpty());
}

} // namespace wabadesk::ui
