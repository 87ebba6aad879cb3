#include "profile/ApplyToChannelsDialog.h"

#include "channels/ChannelService.h"
#include "theme/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

using profile::Field;
constexpr int kChannelIdRole = Qt::UserRole + 1;

} // namespace

ApplyToChannelsDialog::ApplyToChannelsDialog(channels::ChannelService* channels, store::Store* audit,
                                             const QString& sourceChannelId, const BusinessProfile& source,
                                             QWidget* parent)
    : QDialog(parent)
    , m_service(channels)
    , m_source(source)
    , m_copier(new profile::ProfileCopier(channels, audit, this))
    , m_channels(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("applyProfileDialog"));
    setWindowTitle(tr("Apply Profile to Other Channels"));

    QString sourceName = sourceChannelId;
    if (const auto channel = channels->channel(sourceChannelId))
        sourceName = channel->name;
    auto* intro = new QLabel(tr("Copy fields of the saved profile of %1 to other channels. Only fields that differ are "
                                "sent, with the same checks as Save, and each change is logged.")
                                 .arg(sourceName),
                             this);
    intro->setWordWrap(true);

    auto* fieldsBox = new QGroupBox(tr("Fields"), this);
    auto* grid = new QGridLayout(fieldsBox);
    int i = 0;
    for (Field field : profile::textFields()) {
        auto* box = new QCheckBox(profile::fieldName(field), fieldsBox);
        box->setObjectName(QStringLiteral("applyField_") + profile::fieldKey(field));
        // Contact details and the category are what a business usually shares across numbers.
        box->setChecked(field != Field::About && field != Field::Description);
        const QString value =
            field == Field::Vertical ? profile::verticalName(source.vertical) : profile::valueText(source, field);
        box->setToolTip(value.isEmpty() ? tr("(empty)") : value);
        connect(box, &QCheckBox::toggled, this, &ApplyToChannelsDialog::updateState);
        m_fields.insert(field, box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    auto* photoNote = new QLabel(tr("The photo is not copied: choose it on each channel."), fieldsBox);
    photoNote->setForegroundRole(QPalette::PlaceholderText);
    photoNote->setWordWrap(true);
    grid->addWidget(photoNote, (i + 1) / 2, 0, 1, 2);

    auto* channelsBox = new QGroupBox(tr("Channels"), this);
    auto* channelsLayout = new QVBoxLayout(channelsBox);
    m_channels->setObjectName(QStringLiteral("applyChannels"));
    m_channels->setAccessibleName(tr("Target channels"));
    for (const Channel& channel : channels->channels()) {
        if (channel.id == sourceChannelId)
            continue;
        auto* item = new QListWidgetItem(channel.name, m_channels);
        item->setData(kChannelIdRole, channel.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_items.insert(channel.id, item);
    }
    connect(m_channels, &QListWidget::itemChanged, this, &ApplyToChannelsDialog::updateState);
    channelsLayout->addWidget(m_channels);

    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply->setObjectName(QStringLiteral("applyProfileButton"));
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(m_apply, &QPushButton::clicked, this, &ApplyToChannelsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_copier, &profile::ProfileCopier::channelFinished, this, &ApplyToChannelsDialog::showResult);
    connect(m_copier, &profile::ProfileCopier::finished, this, [this] {
        m_summary->setText(tr("Done. Results are shown next to each channel."));
        updateState();
        Q_EMIT applied();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(fieldsBox);
    layout->addWidget(channelsBox, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(520, 480);
    updateState();
}

QList<Field> ApplyToChannelsDialog::chosenFields() const
{
    QList<Field> fields;
    for (Field field : profile::textFields())
        if (m_fields.value(field)->isChecked())
            fields.append(field);
    return fields;
}

QStringList ApplyToChannelsDialog::chosenChannels() const
{
    QStringList ids;
    for (int row = 0; row < m_channels->count(); ++row)
        if (m_channels->item(row)->checkState() == Qt::Checked)
            ids.append(m_channels->item(row)->data(kChannelIdRole).toString());
    return ids;
}

void ApplyToChannelsDialog::updateState()
{
    const bool running = m_copier->isRunning();
    m_apply->setEnabled(!running && !chosenFields().isEmpty() && !chosenChannels().isEmpty());
    for (QCheckBox* box : std::as_const(m_fields))
        box->setEnabled(!running);
}

void ApplyToChannelsDialog::apply()
{
    const QStringList ids = chosenChannels();
    for (const QString& id : ids) {
        QListWidgetItem* item = m_items.value(id);
        const QSignalBlocker block(m_channels);
        item->setIcon({});
        item->setText(tr("%1 — applying…").arg(m_service->channel(id) ? m_service->channel(id)->name : id));
    }
    if (m_copier->copy(m_source, chosenFields(), ids))
        m_summary->setText(tr("Applying to %n channel(s)…", nullptr, int(ids.size())));
    updateState();
}

void ApplyToChannelsDialog::showResult(const profile::ProfileCopier::ChannelResult& result)
{
    QListWidgetItem* item = m_items.value(result.channelId);
    if (!item)
        return;
    const QSignalBlocker block(m_channels);
    const QString name =
        m_service->channel(result.channelId) ? m_service->channel(result.channelId)->name : result.channelId;
    using S = profile::UpdateOutcome::Status;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (result.outcome.status) {
    case S::Saved: {
        QStringList fields;
        for (Field f : profile::fieldsIn(result.outcome.sent))
            fields.append(profile::fieldName(f));
        //: %1: channel, %2: the fields changed.
        text = tr("%1 — updated: %2").arg(name, fields.join(QStringLiteral(", ")));
        break;
    }
    case S::Unchanged:
        text = tr("%1 — already the same, nothing sent").arg(name);
        break;
    case S::Refused:
        text = tr("%1 — refused: %2").arg(name, profile::describe(result.outcome.problems).join(QStringLiteral("; ")));
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case S::Failed:
        text = tr("%1 — failed: %2")
                   .arg(name, result.loadError.isEmpty() ? result.outcome.error.summary() : result.loadError);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    item->setText(text);
    item->setToolTip(text);
    item->setIcon(style()->standardIcon(icon));
    item->setData(Qt::UserRole + 2, int(result.outcome.status));
}

} // namespace wabadesk::ui
