#include "channels/RotateKeyDialog.h"

#include "channels/ChannelErrorText.h"
#include "channels/ChannelText.h"
#include "common/BusyIndicator.h"
#include "common/GrowToFit.h"
#include "common/NoticeBanner.h"
#include "common/SecretLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

RotateKeyDialog::RotateKeyDialog(channels::ChannelService* service, const QString& channelId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_channelId(channelId)
    , m_current(new QLabel(this))
    , m_keyEdit(new SecretLineEdit(this))
    , m_result(new NoticeBanner(NoticeBanner::Tone::Success, this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("rotateKeyDialog"));
    const Channel channel = m_service->channel(channelId).value_or(Channel{});
    setWindowTitle(tr("Rotate API Key — %1").arg(channel.name));

    auto* heading = new QLabel(tr("Replace the API key of “%1”").arg(channel.name), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* explanation = new NoticeBanner(NoticeBanner::Tone::Information, this);
    explanation->setObjectName(QStringLiteral("rotateKeyExplanation"));
    explanation->setText(
        tr("<p>Generate a new key for this number in the 360dialog Hub, then paste it here.</p>"
           "<p><b>Only the newest key of a number works:</b> the moment a new key is generated, the old one stops "
           "working, and 360dialog resets the number's webhook.</p>"
           "<p>WabaDesk checks the new key first, then replaces the old one in the keychain and sets the webhooks "
           "it knows again.</p>"));

    m_current->setObjectName(QStringLiteral("rotateKeyCurrent"));
    m_current->setText(channel.keyHint.isEmpty() ? tr("unknown") : channel.keyHint);
    m_keyEdit->setObjectName(QStringLiteral("rotateKeyNew"));
    m_keyEdit->setAccessibleName(tr("New API key"));
    m_keyEdit->setPlaceholderText(tr("Paste the new D360-API-KEY"));
    m_keyEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &RotateKeyDialog::updateState);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Number:"), new QLabel(ChannelText::number(channel), this));
    form->addRow(tr("Current key:"), m_current);
    form->addRow(tr("&New key:"), m_keyEdit);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_keyEdit)))
        label->setBuddy(m_keyEdit);

    m_result->setObjectName(QStringLiteral("rotateKeyResult"));
    m_result->setVisible(false);
    m_busy->setObjectName(QStringLiteral("rotateKeyBusy"));
    m_busy->setText(tr("Checking the new key…"));

    m_submit = m_buttons->addButton(tr("Check and &Replace"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("rotateKeySubmit"));
    m_submit->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("rotateKeyClose"));
    connect(m_submit, &QPushButton::clicked, this, &RotateKeyDialog::submit);
    connect(m_close, &QPushButton::clicked, this, [this] { m_done ? accept() : reject(); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1); // spare height goes here, not around the heading
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    m_keyEdit->setFocus();
    updateState();
}

RotateKeyDialog::~RotateKeyDialog()
{
    wipeKey();
}

void RotateKeyDialog::submit()
{
    if (m_busyState || m_done || !m_keyEdit->hasSecret())
        return;
    wipeKey();
    m_key = m_keyEdit->secret();
    m_rotatedBefore = m_service->channel(m_channelId).value_or(Channel{}).keyRotatedAt;
    m_result->setVisible(false);
    m_busyState = true;
    m_busy->start();
    updateState();
    m_service->rotateKey(m_channelId, m_key, this, [this](const channels::ChannelError& error) { onFinished(error); });
}

void RotateKeyDialog::onFinished(const channels::ChannelError& error)
{
    wipeKey();
    m_busy->stop();
    m_busyState = false;
    m_lastError = error;
    const Channel channel = m_service->channel(m_channelId).value_or(Channel{});
    // The key is replaced before the webhooks are set again, so a webhook failure still means a new key.
    const bool keyReplaced = !error.isError() || channel.keyRotatedAt != m_rotatedBefore;
    if (!error.isError()) {
        m_done = true;
        m_keyEdit->wipe();
        m_result->setTone(NoticeBanner::Tone::Success);
        m_result->setText(outcomeText());
    } else if (keyReplaced) {
        m_done = true;
        m_keyEdit->wipe();
        m_result->setTone(NoticeBanner::Tone::Warning);
        m_result->setText(tr("<b>The key was replaced (now %1), but a webhook was not set again.</b><br>%2<br>"
                             "<i>Open the channel's Webhooks tab and save the webhook again.</i>")
                              .arg(channel.keyHint.toHtmlEscaped(), error.message.toHtmlEscaped()));
    } else {
        if (error.kind == channels::ChannelError::Kind::WrongKey)
            m_keyEdit->wipe();
        m_result->setTone(NoticeBanner::Tone::Error);
        m_result->setText(ChannelErrorText::richText(error) + tr("<br>The old key is unchanged."));
    }
    m_result->setProperty("errorKind", ChannelErrorText::kindName(error.kind));
    m_current->setText(channel.keyHint);
    m_result->setVisible(true);
    growToFit(this);
    updateState();
    Q_EMIT attemptFinished(m_done);
}

QString RotateKeyDialog::outcomeText() const
{
    const Channel channel = m_service->channel(m_channelId).value_or(Channel{});
    QString html = tr("<b>Key replaced.</b> The channel now uses the key %1; the old key is gone from the keychain.")
                       .arg(channel.keyHint.toHtmlEscaped());
    QStringList reapplied;
    if (!channel.phoneWebhookUrl.isEmpty())
        reapplied << tr("phone-number webhook: %1").arg(channel.phoneWebhookUrl.toString().toHtmlEscaped());
    if (!channel.wabaWebhookUrl.isEmpty())
        reapplied << tr("WABA webhook: %1").arg(channel.wabaWebhookUrl.toString().toHtmlEscaped());
    if (reapplied.isEmpty())
        html += tr("<br>No webhook had been set through WabaDesk, so there was none to set again. If 360dialog "
                   "delivered to a webhook before, set it again in the Webhooks tab.");
    else
        html += tr("<br>Webhook re-applied — %1.").arg(reapplied.join(QStringLiteral("; ")));
    return html;
}

void RotateKeyDialog::updateState()
{
    m_keyEdit->setEnabled(!m_busyState && !m_done);
    m_submit->setVisible(!m_done);
    m_submit->setEnabled(!m_busyState && m_keyEdit->hasSecret());
    m_close->setEnabled(!m_busyState);
    m_close->setText(m_done ? tr("Close") : tr("Cancel"));
}

void RotateKeyDialog::reject()
{
    if (m_busyState)
        return;
    wipeKey();
    m_keyEdit->wipe();
    QDialog::reject();
}

void RotateKeyDialog::wipeKey()
{
    m_key.fill('\0');
    m_key.clear();
}

} // namespace wabadesk::ui
