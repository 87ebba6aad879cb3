#include "partner/AddToWabaDeskDialog.h"

#include "channels/ChannelErrorText.h"
#include "channels/WebhookUrlRules.h"
#include "common/BusyIndicator.h"
#include "common/DialogHeading.h"
#include "common/ErrorBanner.h"
#include "common/GrowToFit.h"
#include "common/NoticeBanner.h"
#include "partner/PartnerErrors.h"
#include "webhook/ListenerService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

using Outcome = partner::ChannelImporter::Result::Outcome;

AddToWabaDeskDialog::AddToWabaDeskDialog(partner::ChannelImporter* importer, const partner::PartnerChannel& channel,
                                         const std::optional<Channel>& existing, webhook::ListenerService* listener,
                                         bool offerListener, QWidget* parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_channel(channel)
    , m_existing(existing)
    , m_listener(listener)
    , m_outcome(new NoticeBanner(NoticeBanner::Tone::Success, this))
    , m_error(new ErrorBanner(this))
    , m_progress(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("addToWabaDeskDialog"));
    const QString who = channel.phoneName.isEmpty() ? channel.phoneNumber : channel.phoneName;
    setWindowTitle(existing ? tr("New Key for %1").arg(channel.phoneNumber)
                            : tr("Add %1 to WabaDesk").arg(channel.phoneNumber));

    auto* heading = dialogHeading(
        existing ? tr("Give “%1” a new key").arg(existing->name) : tr("Add “%1” to WabaDesk").arg(who), this);

    auto* warning = new NoticeBanner(NoticeBanner::Tone::Warning, this);
    warning->setObjectName(QStringLiteral("addToWabaDeskWarning"));
    const QString after =
        existing ? tr("WabaDesk's channel “%1” gets the new key, and the webhooks WabaDesk set for it are set again.")
                       .arg(existing->name.toHtmlEscaped())
                 : tr("WabaDesk checks the new key, keeps it in this computer's keychain and adds the number as a "
                      "channel.");
    warning->setText(tr("<p><b>Generating a key revokes the number's current key.</b> 360dialog keeps only the "
                        "newest key: whatever uses the current one — another app, another desk — stops working at "
                        "once, and 360dialog resets the number's webhook.</p><p>%1 The key is never shown.</p>")
                         .arg(after));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Number:"), new QLabel(channel.phoneNumber, this));
    if (!existing) {
        m_name = new QLineEdit(who, this);
        m_name->setObjectName(QStringLiteral("addToWabaDeskName"));
        m_name->setAccessibleName(tr("Channel name"));
        m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
        form->addRow(tr("&Name in WabaDesk:"), m_name);
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_name)))
            label->setBuddy(m_name);
        if (offerListener && listener && listener->isRunning()) {
            m_useListener = new QCheckBox(
                tr("Send its webhooks to this desk's listener (%1)").arg(listener->url().toString()), this);
            m_useListener->setObjectName(QStringLiteral("addToWabaDeskWebhook"));
            m_useListener->setChecked(true);
            form->addRow(tr("Webhook:"), m_useListener);
        }
    } else {
        form->addRow(tr("In WabaDesk:"), new QLabel(existing->name, this));
    }

    m_outcome->setObjectName(QStringLiteral("addToWabaDeskResult"));
    m_outcome->setVisible(false);
    m_error->setObjectName(QStringLiteral("addToWabaDeskError"));
    m_progress->setObjectName(QStringLiteral("addToWabaDeskBusy"));
    m_progress->setText(tr("Generating the key and checking it…"));

    m_submit = m_buttons->addButton(existing ? tr("&Generate New Key") : tr("&Generate Key and Add"),
                                    QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("addToWabaDeskSubmit"));
    m_show = m_buttons->addButton(tr("&Show Channel"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("addToWabaDeskShow"));
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("addToWabaDeskClose"));
    // An irreversible step: Enter does not trigger it by accident.
    m_submit->setAutoDefault(false);
    m_close->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &AddToWabaDeskDialog::submit);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_result)
            Q_EMIT showChannelRequested(m_result->channel.id);
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, [this] { isDone() ? accept() : reject(); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().averageCharWidth() * 78);
    updateState();
}

AddToWabaDeskDialog::~AddToWabaDeskDialog() = default;

void AddToWabaDeskDialog::submit()
{
    if (m_busy || isDone() || !m_importer)
        return;
    partner::ChannelImporter::Request request;
    request.channel = m_channel;
    if (m_name)
        request.name = m_name->text().trimmed();
    if (m_useListener && m_useListener->isChecked() && m_listener && m_listener->isRunning()) {
        request.webhook.url = m_listener->url();
        request.webhook.headers.insert(QStringLiteral("X-WabaDesk-Secret"),
                                       QString::fromLatin1(channels::generateWebhookSecret()));
    }
    m_busy = true;
    m_error->clear();
    m_outcome->setVisible(false);
    m_progress->start();
    updateState();
    m_importer->import(request, this, [this](const partner::ChannelImporter::Result& r) { onFinished(r); });
}

void AddToWabaDeskDialog::onFinished(const partner::ChannelImporter::Result& r)
{
    m_busy = false;
    m_progress->stop();
    if (r.outcome == Outcome::NotGenerated) {
        // Nothing changed anywhere: say why, and let the user try again.
        if (r.generateError.isError()) {
            const partner::PartnerErrorText text =
                partner::PartnerErrors::describe(r.generateError, partner::PartnerErrors::Action::GenerateKey);
            m_error->showError(r.generateError, text.title, text.explanation, text.fix);
        } else {
            m_outcome->setTone(NoticeBanner::Tone::Error);
            m_outcome->setText(tr("<b>No key was generated: the keychain cannot keep one.</b><br>%1<br>Nothing "
                                  "changed at 360dialog; the current key still works.")
                                   .arg(r.channelError.message.toHtmlEscaped()));
            m_outcome->setVisible(true);
        }
        growToFit(this);
        updateState();
        Q_EMIT importFinished(r);
        return;
    }
    m_result = r;
    const Channel& c = r.channel;
    QString html;
    NoticeBanner::Tone tone = NoticeBanner::Tone::Success;
    switch (r.outcome) {
    case Outcome::Added:
        html = tr("<b>Added “%1”.</b> Its new key (%2) is in the keychain; the old key no longer works.")
                   .arg(c.name.toHtmlEscaped(), c.keyHint.toHtmlEscaped());
        break;
    case Outcome::KeyReplaced:
        html = tr("<b>“%1” has a new key (%2).</b> The old key no longer works.")
                   .arg(c.name.toHtmlEscaped(), c.keyHint.toHtmlEscaped());
        break;
    case Outcome::GeneratedNotStored:
        tone = NoticeBanner::Tone::Error;
        html = tr("<b>A new key was generated, but WabaDesk could not keep it.</b> %1<br>The number's old key no "
                  "longer works. Fix the problem above, then generate a key again.")
                   .arg(ChannelErrorText::richText(r.channelError));
        break;
    case Outcome::NotGenerated:
        break;
    }
    if (r.outcome == Outcome::Added || r.outcome == Outcome::KeyReplaced) {
        if (r.webhookFailed) {
            tone = NoticeBanner::Tone::Warning;
            html += tr("<br><b>The webhook was not set:</b> %1<br><i>Set it in the channel's Webhooks tab.</i>")
                        .arg(r.channelError.message.toHtmlEscaped());
        } else if (!r.webhooks.isEmpty()) {
            html += tr("<br>Webhook set: %1.").arg(r.webhooks.join(QStringLiteral(", ")).toHtmlEscaped());
        } else {
            html += tr("<br>No webhook is set yet: 360dialog delivers no messages for this number until one is. Set "
                       "it in the channel's Webhooks tab.");
        }
    }
    m_outcome->setTone(tone);
    m_outcome->setText(html);
    m_outcome->setVisible(true);
    growToFit(this);
    updateState();
    Q_EMIT importFinished(r);
}

void AddToWabaDeskDialog::updateState()
{
    const bool done = isDone();
    m_submit->setVisible(!done);
    m_submit->setEnabled(!m_busy);
    m_show->setVisible(done && (m_result->outcome == Outcome::Added || m_result->outcome == Outcome::KeyReplaced));
    m_close->setEnabled(!m_busy);
    m_close->setText(done ? tr("Close") : tr("Cancel"));
    if (m_name)
        m_name->setEnabled(!m_busy && !done);
    if (m_useListener)
        m_useListener->setEnabled(!m_busy && !done);
}

void AddToWabaDeskDialog::reject()
{
    if (m_busy)
        return; // the key may be generated already: wait for the outcome
    QDialog::reject();
}

} // namespace wabadesk::ui
