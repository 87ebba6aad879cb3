#include "settings/PreferencesDialog.h"

#include "channels/ChannelIcon.h"
#include "common/Translations.h"
#include "common/UserName.h"
#include "theme/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

constexpr int kChannelIdRole = Qt::UserRole + 1;

// An explanation under a setting: wrapped, in the palette's quieter text colour (also after a live theme switch).
QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A page of the dialog: its groups from the top, in a scroll area that only scrolls when a small screen (or a long
// translation) leaves it no room; wrapped text never overlaps the controls.
QScrollArea* page(const QString& objectName, const QList<QWidget*>& groups, QWidget* parent)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    for (QWidget* group : groups)
        layout->addWidget(group);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences& current, const QList<Channel>& channels, QWidget* parent)
    : QDialog(parent)
    , m_channels(channels)
    , m_pages(new QTabWidget(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_enterSends(new QRadioButton(tr("&Enter sends the message, Shift+Enter starts a new line"), this))
    , m_ctrlEnterSends(new QRadioButton(tr("&Ctrl+Enter sends the message, Enter starts a new line"), this))
    , m_agentName(new QLineEdit(this))
    , m_notifications(new QCheckBox(tr("Show desktop &notifications for new customer messages"), this))
    , m_muted(new QListWidget(this))
    , m_readReceipts(new QCheckBox(tr("Send &read receipts when I open a conversation"), this))
    , m_rate(new QSpinBox(this))
    , m_archiveMax(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto* language = new QGroupBox(tr("Language"), this);
    m_language->setObjectName(QStringLiteral("prefLanguage"));
    m_language->setAccessibleName(tr("Interface language"));
    // Each language in its own name; "System default" says which one the system gives.
    const QString systemCode = Translations::resolve(QString(), QLocale::system().uiLanguages());
    QString systemName;
    for (const Translations::Language& l : Translations::languages())
        systemName = l.code == systemCode ? l.nativeName : systemName;
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const Translations::Language& l : Translations::languages())
        m_language->addItem(l.nativeName, l.code);
    auto* languageLayout = new QFormLayout(language);
    languageLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    languageLayout->addRow(tr("&Interface language:"), m_language);
    languageLayout->addRow(hint(tr("Takes effect after restarting WabaDesk."), language));

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    m_theme->setObjectName(QStringLiteral("prefTheme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Same as the system"), int(theme::Scheme::System));
    m_theme->addItem(tr("Light"), int(theme::Scheme::Light));
    m_theme->addItem(tr("Dark"), int(theme::Scheme::Dark));
    auto* appearanceLayout = new QFormLayout(appearance);
    appearanceLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    appearanceLayout->addRow(tr("&Theme:"), m_theme);
    appearanceLayout->addRow(hint(tr("Changes at once. \"Same as the system\" follows the desktop's light or dark "
                                     "setting."),
                                  appearance));

    auto* composer = new QGroupBox(tr("Composer"), this);
    m_enterSends->setObjectName(QStringLiteral("prefEnterSends"));
    m_ctrlEnterSends->setObjectName(QStringLiteral("prefCtrlEnterSends"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_enterSends);
    group->addButton(m_ctrlEnterSends);
    auto* composerLayout = new QVBoxLayout(composer);
    composerLayout->addWidget(m_enterSends);
    composerLayout->addWidget(m_ctrlEnterSends);
    m_agentName->setObjectName(QStringLiteral("prefAgentName"));
    m_agentName->setAccessibleName(tr("Your name in quick replies"));
    m_agentName->setToolTip(tr("Quick replies put it where they say {agent}. Empty: your name on this computer."));
    m_agentName->setPlaceholderText(osUserFullName());
    m_agentName->setClearButtonEnabled(true);
    auto* agentLayout = new QFormLayout;
    agentLayout->addRow(tr("Your name in &quick replies:"), m_agentName);
    composerLayout->addLayout(agentLayout);

    auto* notifications = new QGroupBox(tr("Notifications"), this);
    m_notifications->setObjectName(QStringLiteral("prefNotifications"));
    m_muted->setObjectName(QStringLiteral("prefMutedChannels"));
    m_muted->setAccessibleName(tr("Muted channels"));
    m_muted->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Channel& channel : channels) {
        auto* item = new QListWidgetItem(channelIcon(QColor(channel.colour)), channel.name, m_muted);
        if (!channel.phoneNumber.isEmpty())
            item->setText(tr("%1 (%2)").arg(channel.name, channel.phoneNumber));
        item->setData(kChannelIdRole, channel.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const int rows = std::clamp(int(channels.size()), 1, 4);
    m_muted->setFixedHeight(m_muted->sizeHintForRow(0) * rows + 2 * m_muted->frameWidth() + 4);
    auto* mutedLabel = new QLabel(tr("&Mute these channels:"), notifications);
    mutedLabel->setBuddy(m_muted);
    auto* notificationsLayout = new QVBoxLayout(notifications);
    notificationsLayout->addWidget(m_notifications);
    notificationsLayout->addWidget(mutedLabel);
    notificationsLayout->addWidget(m_muted);
    notificationsLayout->addWidget(
        hint(tr("A muted channel raises no notification; its new messages still count as unread."), notifications));
    if (channels.isEmpty()) {
        mutedLabel->hide();
        m_muted->hide();
    }

    auto* privacy = new QGroupBox(tr("Read receipts"), this);
    m_readReceipts->setObjectName(QStringLiteral("prefReadReceipts"));
    auto* privacyLayout = new QVBoxLayout(privacy);
    privacyLayout->addWidget(m_readReceipts);
    privacyLayout->addWidget(hint(tr("Customers see blue ticks once you have opened their conversation."), privacy));

    auto* sending = new QGroupBox(tr("Sending"), this);
    m_rate->setObjectName(QStringLiteral("prefMessagesPerSecond"));
    m_rate->setRange(Preferences::kMinMessagesPerSecond, Preferences::kMaxMessagesPerSecond);
    //: Unit after the rate limit spin box.
    m_rate->setSuffix(tr(" messages/s"));
    m_rate->setAccessibleName(tr("Rate limit per channel, messages per second"));
    auto* sendingLayout = new QFormLayout(sending);
    sendingLayout->addRow(tr("Rate &limit per channel:"), m_rate);
    sendingLayout->addRow(hint(tr("WhatsApp lets a number send 80 messages per second by default, up to 1,000 on "
                                  "higher tiers. The outbox never sends faster than this on any one channel."),
                               sending));

    auto* archive = new QGroupBox(tr("Received media"), this);
    m_archiveMax->setObjectName(QStringLiteral("prefArchiveMaxMegabytes"));
    m_archiveMax->setRange(1, Preferences::kMaxArchiveMegabytes);
    //: Unit after the archive size spin box (megabytes).
    m_archiveMax->setSuffix(tr(" MB"));
    m_archiveMax->setAccessibleName(tr("Largest file kept, in megabytes"));
    m_retention->setObjectName(QStringLiteral("prefArchiveRetentionDays"));
    m_retention->setRange(0, Preferences::kMaxArchiveRetentionDays);
    //: Unit after the retention spin box.
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("For ever"));
    m_retention->setAccessibleName(tr("Keep received media for this many days"));
    auto* archiveLayout = new QFormLayout(archive);
    archiveLayout->addRow(tr("Keep files up &to:"), m_archiveMax);
    archiveLayout->addRow(tr("Delete kept files &after:"), m_retention);
    archiveLayout->addRow(hint(tr("Images, voice notes and documents that customers send are downloaded as they "
                                  "arrive (their media ids expire after 7 days). Larger files stay on the server "
                                  "and can be fetched while their id is valid."),
                               archive));

    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(page(QStringLiteral("preferencesGeneral"), {language, appearance, composer}, m_pages),
                    tr("&General"));
    m_pages->addTab(page(QStringLiteral("preferencesNotifications"), {notifications, privacy}, m_pages),
                    tr("N&otifications"));
    m_pages->addTab(page(QStringLiteral("preferencesMessages"), {sending, archive}, m_pages), tr("&Sending and Media"));

    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied(preferences());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { Q_EMIT applied(preferences()); });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });
    connect(m_notifications, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    setPreferences(current);
    fitToPages();
}

// Wide enough for the longest option, tall enough for the tallest page with its wrapped text at that width, never
// larger than the screen (then the page scrolls).
void PreferencesDialog::fitToPages()
{
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 72);
    int pageHeight = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto* scroll = qobject_cast<QScrollArea*>(m_pages->widget(i));
        QWidget* content = scroll->widget();
        const int contentWidth = width - 2 * layout()->contentsMargins().left();
        pageHeight = std::max(pageHeight, content->hasHeightForWidth() ? content->heightForWidth(contentWidth)
                                                                       : content->sizeHint().height());
    }
    const int chrome = m_pages->tabBar()->sizeHint().height() + m_buttons->sizeHint().height() + layout()->spacing() +
                       layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    QSize wanted(width, pageHeight + chrome + 8);
    if (const QScreen* screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(wanted);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.enterSends = m_enterSends->isChecked();
    p.agentName = m_agentName->text().trimmed();
    p.notifications = m_notifications->isChecked();
    p.readReceipts = m_readReceipts->isChecked();
    p.messagesPerSecond = Preferences::clampRate(m_rate->value());
    p.language = m_language->currentData().toString();
    p.theme = theme::Scheme(m_theme->currentData().toInt());
    p.archiveMaxMegabytes = m_archiveMax->value();
    p.archiveRetentionDays = m_retention->value();
    p.mutedChannels = m_unlistedMuted;
    for (int row = 0; row < m_muted->count(); ++row) {
        const QListWidgetItem* item = m_muted->item(row);
        if (item->checkState() == Qt::Checked)
            p.mutedChannels.insert(item->data(kChannelIdRole).toString());
    }
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& preferences)
{
    (preferences.enterSends ? m_enterSends : m_ctrlEnterSends)->setChecked(true);
    m_agentName->setText(preferences.agentName);
    m_notifications->setChecked(preferences.notifications);
    m_readReceipts->setChecked(preferences.readReceipts);
    m_rate->setValue(Preferences::clampRate(preferences.messagesPerSecond));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(preferences.theme))));
    m_archiveMax->setValue(preferences.archiveMaxMegabytes);
    m_retention->setValue(preferences.archiveRetentionDays);
    m_unlistedMuted = preferences.mutedChannels;
    for (int row = 0; row < m_muted->count(); ++row) {
        QListWidgetItem* item = m_muted->item(row);
        const bool muted = preferences.mutedChannels.contains(item->data(kChannelIdRole).toString());
        item->setCheckState(muted ? Qt::Checked : Qt::Unchecked);
        m_unlistedMuted.remove(item->data(kChannelIdRole).toString());
    }
    updateEnabled();
}

void PreferencesDialog::updateEnabled()
{
    m_muted->setEnabled(m_notifications->isChecked());
}

} // namespace wabadesk::ui
