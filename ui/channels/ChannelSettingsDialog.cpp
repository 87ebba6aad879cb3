#include "channels/ChannelSettingsDialog.h"

#include "channels/ChannelActions.h"
#include "channels/ChannelService.h"
#include "channels/ChannelText.h"
#include "theme/Theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QLabel* value(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* quiet(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A button at its natural width, at the start of a form's field column.
QHBoxLayout* leftAligned(QWidget* button)
{
    auto* row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    return row;
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ChannelSettingsDialog::ChannelSettingsDialog(channels::ChannelService* service, ChannelActions* actions,
                                             const QString& channelId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actions(actions)
    , m_channelId(channelId)
    , m_name(new QLineEdit(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_renameProblem(value(QStringLiteral("channelSettingsNameProblem"), this))
    , m_number(value(QStringLiteral("channelSettingsNumber"), this))
    , m_verifiedName(value(QStringLiteral("channelSettingsVerifiedName"), this))
    , m_serviceText(value(QStringLiteral("channelSettingsService"), this))
    , m_added(value(QStringLiteral("channelSettingsAdded"), this))
    , m_keyHint(value(QStringLiteral("channelSettingsKeyHint"), this))
    , m_keyStorage(value(QStringLiteral("channelSettingsKeyStorage"), this))
    , m_keyRotated(value(QStringLiteral("channelSettingsKeyRotated"), this))
    , m_phoneWebhook(value(QStringLiteral("channelSettingsPhoneWebhook"), this))
    , m_wabaWebhook(value(QStringLiteral("channelSettingsWabaWebhook"), this))
{
    setObjectName(QStringLiteral("channelSettingsDialog"));

    // The channel: its name (editable) and what 360dialog reports about the number.
    auto* general = new QGroupBox(tr("Channel"), this);
    m_name->setObjectName(QStringLiteral("channelSettingsName"));
    m_name->setMaxLength(80);
    m_rename->setObjectName(QStringLiteral("channelSettingsRename"));
    m_rename->setToolTip(tr("Use this name in WabaDesk (360dialog and WhatsApp are not told)"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addLayout(nameRow);
    nameColumn->addWidget(m_renameProblem);
    m_renameProblem->hide();
    auto* generalForm = new QFormLayout(general);
    generalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    generalForm->addRow(tr("&Name:"), nameColumn);
    if (auto* label = qobject_cast<QLabel*>(generalForm->labelForField(nameColumn)))
        label->setBuddy(m_name);
    generalForm->addRow(tr("Number:"), m_number);
    generalForm->addRow(tr("Verified name:"), m_verifiedName);
    generalForm->addRow(tr("Service:"), m_serviceText);
    generalForm->addRow(tr("Added:"), m_added);
    connect(m_name, &QLineEdit::textChanged, this, &ChannelSettingsDialog::updateRenameState);
    connect(m_name, &QLineEdit::returnPressed, this, &ChannelSettingsDialog::rename);
    connect(m_rename, &QPushButton::clicked, this, &ChannelSettingsDialog::rename);

    // The API key: never shown, only its last characters, where it is kept, and its replacement.
    auto* key = new QGroupBox(tr("API key"), this);
    auto* rotate = new QPushButton(tr("Rotate &Key…"), key);
    rotate->setObjectName(QStringLiteral("channelSettingsRotateKey"));
    rotate->setToolTip(actions->rotateKeyAction()->toolTip());
    connect(rotate, &QPushButton::clicked, actions, &ChannelActions::rotateKey);
    auto* keyForm = new QFormLayout(key);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    keyForm->addRow(tr("Key:"), m_keyHint);
    keyForm->addRow(tr("Stored:"), m_keyStorage);
    keyForm->addRow(tr("Last replaced:"), m_keyRotated);
    keyForm->addRow(quiet(tr("Only a number's newest key works. Generate a new one in the 360dialog Hub, then rotate "
                             "it here: WabaDesk checks it, replaces the old one and sets the webhooks again."),
                          key));
    keyForm->addRow(QString(), leftAligned(rotate));

    // Webhooks: what WabaDesk set; the Webhooks tab reads them from 360dialog and edits them.
    auto* webhooks = new QGroupBox(tr("Webhooks"), this);
    auto* editWebhooks = new QPushButton(tr("&Edit Webhooks…"), webhooks);
    editWebhooks->setObjectName(QStringLiteral("channelSettingsEditWebhooks"));
    editWebhooks->setToolTip(tr("Open the channel's Webhooks tab"));
    connect(editWebhooks, &QPushButton::clicked, this, [this] {
        Q_EMIT webhooksRequested(m_channelId);
        accept();
    });
    auto* webhookForm = new QFormLayout(webhooks);
    webhookForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    webhookForm->addRow(tr("Phone number:"), m_phoneWebhook);
    webhookForm->addRow(tr("WABA:"), m_wabaWebhook);
    webhookForm->addRow(QString(), leftAligned(editWebhooks));

    // Removal: destructive, at the bottom, asked again before anything happens.
    auto* remove = new QPushButton(tr("Re&move Channel…"), this);
    remove->setObjectName(QStringLiteral("channelSettingsRemove"));
    remove->setToolTip(actions->removeChannelAction()->toolTip());
    QPalette removePalette = remove->palette();
    removePalette.setColor(QPalette::ButtonText, theme::negativeText(removePalette));
    remove->setPalette(removePalette);
    connect(remove, &QPushButton::clicked, actions, &ChannelActions::removeChannel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("channelSettingsButtons"));
    buttons->addButton(remove, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(key);
    layout->addWidget(webhooks);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_service, &channels::ChannelService::channelsChanged, this, &ChannelSettingsDialog::refresh);
    connect(m_actions, &ChannelActions::channelRemoved, this, [this](const QString& removed) {
        if (removed == m_channelId)
            reject();
    });
    refresh();
    m_name->setText(m_service->channel(m_channelId).value_or(Channel{}).name);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 76), sizeHint().height());
}

void ChannelSettingsDialog::refresh()
{
    const std::optional<Channel> channel = m_service->channel(m_channelId);
    if (!channel)
        return;
    //: Window title: the channel's name.
    setWindowTitle(tr("Channel Settings — %1").arg(channel->name));
    m_number->setText(ChannelText::number(*channel));
    m_verifiedName->setText(channel->verifiedName.isEmpty() ? tr("Not reported") : channel->verifiedName);
    m_serviceText->setText(tr("%1 (%2)").arg(ChannelText::service(*channel), channel->baseUrl.toString()));
    m_added->setText(channel->addedAt.isValid() ? when(channel->addedAt) : tr("Unknown"));
    m_keyHint->setText(channel->keyHint.isEmpty() ? tr("Unknown") : channel->keyHint);
    m_keyStorage->setText(ChannelText::keyStorage(*channel));
    QPalette storagePalette = palette();
    if (channel->keyStorage == Channel::KeyStorage::SessionOnly)
        storagePalette.setColor(QPalette::WindowText, theme::warningText(storagePalette));
    m_keyStorage->setPalette(storagePalette);
    m_keyRotated->setText(channel->keyRotatedAt.isValid() ? when(channel->keyRotatedAt) : tr("Never"));
    const auto webhookText = [](const QUrl& url, const QStringList& headers) {
        if (url.isEmpty())
            return tr("Not set through WabaDesk");
        return headers.isEmpty() ? url.toString()
                                 : tr("%1 (with %2)").arg(url.toString(), QLocale().createSeparatedList(headers));
    };
    m_phoneWebhook->setText(webhookText(channel->phoneWebhookUrl, channel->phoneWebhookHeaderNames));
    m_wabaWebhook->setText(webhookText(channel->wabaWebhookUrl, channel->wabaWebhookHeaderNames));
    updateRenameState();
}

void ChannelSettingsDialog::updateRenameState()
{
    const std::optional<Channel> channel = m_service->channel(m_channelId);
    const QString name = m_name->text().trimmed();
    m_rename->setEnabled(channel && !name.isEmpty() && name != channel->name);
    m_renameProblem->hide();
}

void ChannelSettingsDialog::rename()
{
    if (!m_rename->isEnabled())
        return;
    const channels::ChannelError error = m_service->renameChannel(m_channelId, m_name->text());
    if (error.isError()) {
        m_renameProblem->setText(error.message);
        QPalette p = m_renameProblem->palette();
        p.setColor(QPalette::WindowText, theme::negativeText(p));
        m_renameProblem->setPalette(p);
        m_renameProblem->show();
        return;
    }
    m_name->setText(m_service->channel(m_channelId).value_or(Channel{}).name);
    updateRenameState();
}

} // namespace wabadesk::ui
