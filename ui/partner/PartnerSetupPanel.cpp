#include "partner/PartnerSetupPanel.h"

#include "common/BusyIndicator.h"
#include "common/DialogHeading.h"
#include "common/ErrorBanner.h"
#include "common/NoticeBanner.h"
#include "common/SecretLineEdit.h"
#include "partner/PartnerAccount.h"
#include "partner/PartnerClient.h"
#include "partner/PartnerErrors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace wabadesk::ui {

PartnerSetupPanel::PartnerSetupPanel(partner::PartnerAccount* account, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
    , m_partnerId(new QLineEdit(this))
    , m_key(new SecretLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_error(new ErrorBanner(this))
    , m_progress(new BusyIndicator(this))
    , m_connect(new QPushButton(tr("Check and &Connect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("partnerSetup"));
    auto* heading = dialogHeading(tr("Connect your 360dialog partner account"), this);

    auto* explanation = new NoticeBanner(NoticeBanner::Tone::Information, this);
    explanation->setObjectName(QStringLiteral("partnerSetupExplanation"));
    explanation->setText(
        tr("<p>With the Partner API, WabaDesk lists your clients and their numbers, shows their balance and usage, "
           "and adds a number to WabaDesk with a key it generates — no copying keys from the Hub.</p>"
           "<p>Create a Partner API key in the Partner Hub (<i>Partner Integration → API Keys</i>). WabaDesk checks "
           "it, then keeps it in this computer's keychain. The partner id is in the Partner Hub's address and ends "
           "in “PA”.</p>"));

    m_partnerId->setObjectName(QStringLiteral("partnerIdEdit"));
    m_partnerId->setAccessibleName(tr("Partner id"));
    m_partnerId->setPlaceholderText(tr("e.g. aB3dE5PA"));
    m_partnerId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,64}")), m_partnerId));
    m_key->setObjectName(QStringLiteral("partnerKeyEdit"));
    m_key->setAccessibleName(tr("Partner API key"));
    m_key->setPlaceholderText(tr("Paste the Partner API key"));
    m_url->setObjectName(QStringLiteral("partnerUrlEdit"));
    m_url->setAccessibleName(tr("Partner API URL"));
    m_url->setToolTip(tr("Change it only for a test environment such as WabaDesk's sandbox."));
    for (QLineEdit* edit : {m_partnerId, static_cast<QLineEdit*>(m_key), m_url}) {
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
        connect(edit, &QLineEdit::textChanged, this, &PartnerSetupPanel::updateState);
        connect(edit, &QLineEdit::returnPressed, this, &PartnerSetupPanel::submit);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("&Partner id:"), m_partnerId);
    form->addRow(tr("Partner API &key:"), m_key);
    form->addRow(tr("Partner API &URL:"), m_url);
    for (QWidget* field :
         {static_cast<QWidget*>(m_partnerId), static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_url)})
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setBuddy(field);

    m_error->setObjectName(QStringLiteral("partnerSetupError"));
    m_progress->setObjectName(QStringLiteral("partnerSetupBusy"));
    m_progress->setText(tr("Checking the key…"));
    m_connect->setObjectName(QStringLiteral("partnerConnectButton"));
    m_connect->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("partnerSetupCancel"));
    connect(m_connect, &QPushButton::clicked, this, &PartnerSetupPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PartnerSetupPanel::cancelled);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_connect);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(heading);
    column->addWidget(explanation);
    column->addLayout(form);
    column->addWidget(m_error);
    column->addLayout(buttons);
    column->addStretch(1);

    // A readable column, centred, however wide the window is.
    auto* centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(fontMetrics().averageCharWidth() * 96);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(centre, 4);
    layout->addStretch(1);
    updateState();
}

void PartnerSetupPanel::prepare(bool canCancel)
{
    m_partnerId->setText(m_account->partnerId());
    m_url->setText(m_account->baseUrl().toString());
    m_key->wipe();
    m_error->clear();
    m_cancel->setVisible(canCancel);
    (m_partnerId->text().isEmpty() ? static_cast<QWidget*>(m_partnerId) : static_cast<QWidget*>(m_key))->setFocus();
    updateState();
}

void PartnerSetupPanel::submit()
{
    if (m_busy || !m_connect->isEnabled())
        return;
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        const api::ApiError e =
            api::ApiError::validation({tr("The Partner API URL must be an http(s) URL, normally %1.")
                                           .arg(partner::PartnerClient::defaultBaseUrl().toString())});
        m_error->showError(e, tr("Check the Partner API URL"), {}, {});
        return;
    }
    QByteArray key = m_key->secret();
    m_busy = true;
    m_error->clear();
    m_progress->start();
    updateState();
    m_account->signIn(
        m_partnerId->text().trimmed(), url, key, this, [this](const partner::PartnerAccount::SignInResult& r) {
            m_busy = false;
            m_progress->stop();
            if (r.ok()) {
                m_key->wipe();
                updateState();
                Q_EMIT connected(r.clients);
                return;
            }
            if (r.apiError.isError()) {
                const partner::PartnerErrorText t = partner::PartnerErrors::describe(r.apiError);
                m_error->showError(r.apiError, t.title, t.explanation, t.fix);
                if (t.wrongKey)
                    m_key->selectAll();
            } else {
                m_error->showError(api::ApiError::validation({secrets::secretErrorText(r.keychain.error)}),
                                   tr("The key works, but the keychain did not keep it"), {},
                                   tr("Start the system's keychain (on Linux a Secret Service such as "
                                      "GNOME Keyring) and try again."));
            }
            updateState();
        });
    key.fill('\0');
}

void PartnerSetupPanel::updateState()
{
    m_connect->setEnabled(!m_busy && !m_partnerId->text().trimmed().isEmpty() && m_key->hasSecret() &&
                          !m_url->text().trimmed().isEmpty());
    m_partnerId->setEnabled(!m_busy);
    m_key->setEnabled(!m_busy);
    m_url->setEnabled(!m_busy);
    m_cancel->setEnabled(!m_busy);
}

} // namespace wabadesk::ui
