#include "channels/AddChannelDialog.h"

#include "api/ApiClient.h"
#include "channels/ChannelErrorText.h"
#include "common/BusyIndicator.h"
#include "common/Confirmation.h"
#include "common/GrowToFit.h"
#include "common/NoticeBanner.h"
#include "common/SecretLineEdit.h"
#include "theme/Theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

// What is wrong with a custom base URL, or empty. An http:// URL off loopback is allowed (a test server on the
// LAN) but warned about, because the key would travel unencrypted.
QString customUrlProblem(const QString& text, bool* isWarning)
{
    *isWarning = false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return AddChannelDialog::tr("Enter the base URL, e.g. https://waba-v2.360dialog.io.");
    const QUrl url(trimmed, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return AddChannelDialog::tr("This is not an http(s) URL, e.g. https://waba-v2.360dialog.io.");
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    *isWarning = true;
    if (url.scheme() == QLatin1String("http") && !loopback)
        return AddChannelDialog::tr("Over http:// the API key travels unencrypted. Use https:// unless this is a "
                                    "test server on your own network.");
    if (Channel::hostingFor(url) == Channel::Hosting::OnPremise)
        return AddChannelDialog::tr("This is the legacy On-Premise API, which Meta ended on 23 October 2025.");
    return {};
}

QLabel* quietLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

AddChannelDialog::AddChannelDialog(channels::ChannelService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_baseChoice(new QButtonGroup(this))
    , m_cloud(new QRadioButton(tr("360dialog &Cloud API"), this))
    , m_sandbox(new QRadioButton(tr("360dialog &sandbox"), this))
    , m_custom(new QRadioButton(tr("C&ustom base URL:"), this))
    , m_customUrl(new QLineEdit(this))
    , m_customProblem(new QLabel(this))
    , m_keyEdit(new SecretLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_error(new NoticeBanner(NoticeBanner::Tone::Error, this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("addChannelDialog"));
    setWindowTitle(tr("Add Channel"));

    auto* heading = new QLabel(tr("Add a WhatsApp number"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = quietLabel(tr("Paste the number's API key from the 360dialog Hub. WabaDesk checks it at once, names "
                                "the channel from what 360dialog reports, and keeps the key in this computer's "
                                "keychain, never in a file."),
                             this);

    m_cloud->setObjectName(QStringLiteral("addChannelCloud"));
    m_cloud->setToolTip(api::ApiClient::defaultBaseUrl().toString());
    m_sandbox->setObjectName(QStringLiteral("addChannelSandbox"));
    m_sandbox->setToolTip(api::ApiClient::sandboxBaseUrl().toString());
    m_custom->setObjectName(QStringLiteral("addChannelCustom"));
    m_baseChoice->addButton(m_cloud);
    m_baseChoice->addButton(m_sandbox);
    m_baseChoice->addButton(m_custom);
    m_cloud->setChecked(true);
    m_customUrl->setObjectName(QStringLiteral("addChannelCustomUrl"));
    m_customUrl->setAccessibleName(tr("Custom base URL"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://"));
    m_customProblem->setObjectName(QStringLiteral("addChannelCustomUrlProblem"));
    m_customProblem->setWordWrap(true);
    m_customProblem->setVisible(false);

    auto* baseBox = new QVBoxLayout;
    baseBox->setSpacing(4);
    const auto option = [&](QRadioButton* button, const QString& detail) {
        baseBox->addWidget(button);
        auto* label = quietLabel(detail, this);
        label->setContentsMargins(24, 0, 0, 4);
        baseBox->addWidget(label);
    };
    option(m_cloud, tr("%1 — live numbers (the usual choice)").arg(api::ApiClient::defaultBaseUrl().host()));
    option(m_sandbox, tr("%1 — 360dialog's test number").arg(api::ApiClient::sandboxBaseUrl().host()));
    auto* customRow = new QHBoxLayout;
    customRow->addWidget(m_custom);
    customRow->addWidget(m_customUrl, 1);
    baseBox->addLayout(customRow);
    baseBox->addWidget(m_customProblem);

    m_keyEdit->setObjectName(QStringLiteral("addChannelKey"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setPlaceholderText(tr("Paste the D360-API-KEY"));
    m_keyEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    auto* keyHint = quietLabel(tr("Shown as dots. WabaDesk never writes it to a file, a log or the clipboard."), this);

    m_name->setObjectName(QStringLiteral("addChannelName"));
    m_name->setAccessibleName(tr("Channel name"));
    m_name->setPlaceholderText(tr("Optional: named from the API otherwise"));
    m_name->setMaxLength(80);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    form->addRow(tr("Service:"), baseBox);
    auto* keyBox = new QVBoxLayout;
    keyBox->setSpacing(2);
    keyBox->addWidget(m_keyEdit);
    keyBox->addWidget(keyHint);
    form->addRow(tr("API &key:"), keyBox);
    form->addRow(tr("&Name:"), m_name);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(keyBox)))
        label->setBuddy(m_keyEdit);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_name)))
        label->setBuddy(m_name);

    m_error->setObjectName(QStringLiteral("addChannelError"));
    m_error->setVisible(false);
    m_busy->setObjectName(QStringLiteral("addChannelBusy"));
    m_busy->setText(tr("Checking the key with 360dialog…"));

    m_submit = m_buttons->addButton(tr("Check and &Add"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("addChannelSubmit"));
    m_submit->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("addChannelCancel"));
    connect(m_submit, &QPushButton::clicked, this, &AddChannelDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &AddChannelDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1); // spare height goes here, not between the heading and the text
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);

    connect(m_baseChoice, &QButtonGroup::buttonToggled, this, &AddChannelDialog::updateState);
    connect(m_customUrl, &QLineEdit::textChanged, this, &AddChannelDialog::updateState);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &AddChannelDialog::updateState);
    connect(m_custom, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_customUrl->setFocus();
    });
    connect(m_customUrl, &QLineEdit::textEdited, this, [this] { m_custom->setChecked(true); });

    m_keyEdit->setFocus();
    updateState();
}

AddChannelDialog::~AddChannelDialog()
{
    wipeKey();
}

QUrl AddChannelDialog::baseUrl() const
{
    if (m_cloud->isChecked())
        return api::ApiClient::defaultBaseUrl();
    if (m_sandbox->isChecked())
        return api::ApiClient::sandboxBaseUrl();
    bool warning = false;
    if (!customUrlProblem(m_customUrl->text(), &warning).isEmpty() && !warning)
        return {};
    QUrl url(m_customUrl->text().trimmed(), QUrl::StrictMode);
    // "https://host/" and "https://host" are the same base.
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

void AddChannelDialog::submit()
{
    if (isBusy())
        return;
    clearError();
    if (baseUrl().isEmpty()) {
        m_custom->setChecked(true);
        m_customUrl->setFocus();
        updateState();
        return;
    }
    wipeKey();
    m_key = m_keyEdit->secret();
    if (m_key.isEmpty()) {
        m_keyEdit->setFocus();
        return;
    }
    startAdd(Channel::KeyStorage::Keychain);
}

void AddChannelDialog::startAdd(Channel::KeyStorage storage)
{
    m_busyState = Checking;
    m_busy->start();
    updateState();
    m_service->addChannel(baseUrl(), m_key, m_name->text().trimmed(), storage, this,
                          [this, storage](const channels::ChannelError& error, const Channel& channel) {
                              onFinished(error, channel, storage);
                          });
}

void AddChannelDialog::onFinished(const channels::ChannelError& error, const Channel& channel,
                                  Channel::KeyStorage storage)
{
    m_busy->stop();
    m_busyState = Idle;
    m_lastError = error;
    if (!error.isError()) {
        wipeKey();
        m_keyEdit->wipe();
        m_added = channel;
        updateState();
        Q_EMIT channelAdded(channel);
        Q_EMIT attemptFinished(true);
        accept();
        return;
    }
    // A keychain that is missing, or one that fails (e.g. no D-Bus session), leaves the same choice.
    const bool keychainProblem = error.kind == channels::ChannelError::Kind::NoKeychain ||
                                 error.kind == channels::ChannelError::Kind::KeychainFailed;
    if (keychainProblem && storage == Channel::KeyStorage::Keychain) {
        askSessionOnly(error); // the key is still needed for the second attempt
        return;
    }
    wipeKey();
    // A key that was refused is of no further use; after a network problem the user may retry with the same one.
    if (error.kind == channels::ChannelError::Kind::WrongKey)
        m_keyEdit->wipe();
    showError(error);
    updateState();
    (error.kind == channels::ChannelError::Kind::WrongKey ? static_cast<QWidget*>(m_keyEdit) : m_submit)->setFocus();
    Q_EMIT attemptFinished(false);
}

void AddChannelDialog::askSessionOnly(const channels::ChannelError& error)
{
    m_busyState = Asking;
    updateState();
    Confirmation::Request request;
    request.objectName = QStringLiteral("noKeychainQuestion");
    const bool missing = error.kind == channels::ChannelError::Kind::NoKeychain;
    request.title = missing ? tr("No Keychain") : tr("Keychain Failed");
    request.text = missing ? tr("The key is correct, but this computer has no keychain to keep it in.")
                           : tr("The key is correct, but the keychain could not store it.");
    request.informativeText =
        (missing ? tr("WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME "
                      "Keyring or KWallet), and none is available.")
                 : tr("WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME "
                      "Keyring or KWallet). It answered: %1")
                       .arg(error.message)) +
        QLatin1Char(' ') +
        tr("WabaDesk never writes a key to a file instead.\n\n"
           "You can keep the key in memory for this run only: the channel works until you quit WabaDesk, and you "
           "add it again next time. To keep it, install or unlock a keychain and add the channel again.");
    request.acceptText = tr("Keep the Key for This Run Only");
    request.rejectText = tr("Cancel");
    Confirmation::ask(this, request, this, [this, error](const Confirmation::Answer& answer) {
        m_busyState = Idle;
        if (answer.accepted) {
            startAdd(Channel::KeyStorage::SessionOnly);
            return;
        }
        wipeKey();
        m_lastError = error;
        showError(error);
        updateState();
        Q_EMIT attemptFinished(false);
    });
}

void AddChannelDialog::showError(const channels::ChannelError& error)
{
    m_error->setText(ChannelErrorText::richText(error));
    m_error->setProperty("errorKind", ChannelErrorText::kindName(error.kind));
    m_error->setVisible(true);
    growToFit(this);
}

void AddChannelDialog::clearError()
{
    m_error->setVisible(false);
    m_error->setProperty("errorKind", QVariant());
}

void AddChannelDialog::updateState()
{
    const bool idle = !isBusy();
    for (QWidget* w : std::initializer_list<QWidget*>{m_cloud, m_sandbox, m_custom, m_customUrl, m_keyEdit, m_name})
        w->setEnabled(idle);
    m_cancel->setEnabled(idle);

    bool warning = false;
    const QString problem = m_custom->isChecked() ? customUrlProblem(m_customUrl->text(), &warning) : QString();
    // An empty custom field is not an error until the user tries to go on.
    const bool show = !problem.isEmpty() && (!m_customUrl->text().trimmed().isEmpty() || warning);
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText,
                            warning ? theme::warningText(palette()) : theme::negativeText(palette()));
    m_customProblem->setPalette(problemPalette);
    m_customProblem->setText(problem);
    m_customProblem->setVisible(show);

    m_submit->setEnabled(idle && m_keyEdit->hasSecret() && !baseUrl().isEmpty());
}

void AddChannelDialog::reject()
{
    // A running check cannot be called back; it ends within the client's timeout.
    if (isBusy())
        return;
    wipeKey();
    m_keyEdit->wipe();
    QDialog::reject();
}

void AddChannelDialog::wipeKey()
{
    m_key.fill('\0');
    m_key.clear();
}

} // namespace wabadesk::ui
