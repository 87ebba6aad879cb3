#include "profile/ProfilePanel.h"

#include "api/ApiClient.h"
#include "api/ProfileValidation.h"
#include "common/BusyIndicator.h"
#include "common/DisplayText.h"
#include "common/ErrorBanner.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString nowText()
{
    return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
}

QStringList websitesOf(const QLineEdit* first, const QLineEdit* second)
{
    QStringList sites;
    for (const QLineEdit* edit : {first, second}) {
        const QString site = edit->text().trimmed();
        if (!site.isEmpty())
            sites << site;
    }
    return sites;
}

} // namespace

ProfilePanel::ProfilePanel(api::ApiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_about(new QLineEdit(m_form))
    , m_address(new QLineEdit(m_form))
    , m_description(new QPlainTextEdit(m_form))
    , m_email(new QLineEdit(m_form))
    , m_website1(new QLineEdit(m_form))
    , m_website2(new QLineEdit(m_form))
    , m_vertical(new QComboBox(m_form))
    , m_banner(new ErrorBanner(this))
    , m_busy(new BusyIndicator(this))
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("profilePanel"));

    m_form->setObjectName(QStringLiteral("profileForm"));
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_formLayout->setVerticalSpacing(10);

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_website1->setPlaceholderText(QStringLiteral("https://"));
    m_website2->setPlaceholderText(QStringLiteral("https://"));
    m_email->setPlaceholderText(tr("name@example.com"));

    m_vertical->addItem(tr("(not set)"), QString());
    for (const QString& vertical : api::businessVerticals())
        m_vertical->addItem(readableApiValue(vertical), vertical);

    addField(QStringLiteral("about"), tr("&About:"), m_about,
             tr("Shown under the business name; 1 to 139 characters."));
    addField(QStringLiteral("address"), tr("A&ddress:"), m_address, {});
    addField(QStringLiteral("description"), tr("D&escription:"), m_description, tr("Up to 512 characters."));
    addField(QStringLiteral("email"), tr("E&mail:"), m_email, {});
    addField(QStringLiteral("websites"), tr("&Website:"), m_website1, {});
    m_formLayout->addRow(tr("Second webs&ite:"), m_website2);
    addField(QStringLiteral("vertical"), tr("&Industry:"), m_vertical, {});
    m_website1->setObjectName(QStringLiteral("profileWebsite1"));
    m_website2->setObjectName(QStringLiteral("profileWebsite2"));
    m_website2->setAccessibleName(tr("Second website"));

    for (QLineEdit* edit : {m_about, m_address, m_email, m_website1, m_website2})
        connect(edit, &QLineEdit::textChanged, this, &ProfilePanel::onEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProfilePanel::onEdited);
    connect(m_vertical, &QComboBox::currentIndexChanged, this, &ProfilePanel::onEdited);

    m_banner->setObjectName(QStringLiteral("profileErrorBanner"));
    m_busy->setObjectName(QStringLiteral("profileBusy"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_reload->setObjectName(QStringLiteral("profileReload"));
    m_reload->setToolTip(tr("Load the profile again from WhatsApp, discarding unsaved changes"));
    m_revert->setObjectName(QStringLiteral("profileRevert"));
    m_revert->setToolTip(tr("Discard unsaved changes"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setToolTip(tr("Send the changed fields to WhatsApp"));
    m_save->setDefault(true);
    connect(m_reload, &QPushButton::clicked, this, &ProfilePanel::reload);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        showProfile(m_loaded);
        clearFieldProblems();
        m_banner->clear();
        m_status->setText(tr("Changes discarded."));
    });
    connect(m_save, &QPushButton::clicked, this, &ProfilePanel::save);

    auto* heading = new QLabel(tr("Business profile"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("What customers see when they open this business's WhatsApp profile."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    // The form stays at a readable width instead of stretching across a wide window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(intro);
    columnLayout->addWidget(m_banner);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_form);
    columnLayout->addSpacing(4);
    columnLayout->addLayout(buttons);

    // Extra window width stays empty on the right, extra height below.
    auto* row = new QHBoxLayout;
    row->addWidget(column, 1);
    row->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_banner, &ErrorBanner::actionRequested, this, [this] { m_failedSave ? save() : reload(); });

    updateState();
    reload();
}

QLabel* ProfilePanel::addField(const QString& key, const QString& label, QWidget* editor, const QString& hint)
{
    editor->setObjectName(QStringLiteral("profile") + key.at(0).toUpper() + key.mid(1));
    QString plainLabel = label;
    plainLabel.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    editor->setAccessibleName(plainLabel);
    if (!hint.isEmpty())
        editor->setToolTip(hint);

    auto* error = new QLabel(m_form);
    error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    error->setWordWrap(false);
    error->setVisible(false);
    m_fieldErrors.insert(key, error);

    auto* cell = new QWidget(m_form);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(error);
    m_formLayout->addRow(label, cell);
    if (auto* labelWidget = qobject_cast<QLabel*>(m_formLayout->labelForField(cell)))
        labelWidget->setBuddy(editor);
    return error;
}

void ProfilePanel::reload()
{
    if (m_call || !m_client)
        return;
    m_busy->start();
    m_status->setText(tr("Loading the profile…"));
    updateState();
    m_call = m_client->businessProfile(this, [this](const api::Result<BusinessProfile>& result) {
        m_call = nullptr;
        m_busy->stop();
        if (!result.ok()) {
            m_failedSave = false;
            m_banner->setActionText(tr("Try again"));
            m_banner->showError(result.error());
            m_status->setText(m_hasProfile ? tr("Could not reload; showing the profile loaded before.")
                                           : tr("The profile could not be loaded."));
            updateState();
            return;
        }
        m_banner->clear();
        clearFieldProblems();
        m_hasProfile = true;
        m_loaded = result.value();
        showProfile(m_loaded);
        m_status->setText(tr("Loaded at %1.").arg(nowText()));
        updateState();
        Q_EMIT loaded();
    });
}

void ProfilePanel::save()
{
    const BusinessProfileUpdate update = pendingChanges();
    if (m_call || !m_client || update.isEmpty())
        return;
    clearFieldProblems();
    m_banner->clear();
    m_busy->start();
    m_status->setText(tr("Saving…"));
    const BusinessProfile sent = formValues();
    m_call = m_client->updateBusinessProfile(update, this, [this, sent](const api::Result<bool>& result) {
        m_call = nullptr;
        m_busy->stop();
        if (!result.ok()) {
            m_failedSave = true;
            // Sending the same values again only helps when the failure was not about the values.
            m_banner->setActionText(result.error().kind == api::ApiError::Kind::Validation ? QString()
                                                                                           : tr("Try again"));
            m_banner->showError(result.error());
            showFieldProblems(result.error());
            m_status->setText(tr("Not saved."));
            updateState();
            return;
        }
        // The picture is not part of the form; keep what was loaded.
        const QString picture = m_loaded.profilePictureUrl;
        m_loaded = sent;
        m_loaded.profilePictureUrl = picture;
        m_status->setText(tr("Saved at %1.").arg(nowText()));
        updateState();
        Q_EMIT saved();
    });
    updateState();
}

BusinessProfile ProfilePanel::formValues() const
{
    BusinessProfile p;
    p.about = m_about->text();
    p.address = m_address->text();
    p.description = m_description->toPlainText();
    p.email = m_email->text().trimmed();
    p.websites = websitesOf(m_website1, m_website2);
    p.vertical = m_vertical->currentData().toString();
    return p;
}

BusinessProfileUpdate ProfilePanel::pendingChanges() const
{
    BusinessProfileUpdate update;
    if (!m_hasProfile)
        return update;
    const BusinessProfile now = formValues();
    if (now.about != m_loaded.about)
        update.about = now.about;
    if (now.address != m_loaded.address)
        update.address = now.address;
    if (now.description != m_loaded.description)
        update.description = now.description;
    if (now.email != m_loaded.email)
        update.email = now.email;
    if (now.websites != m_loaded.websites)
        update.websites = now.websites;
    if (now.vertical != m_loaded.vertical && !now.vertical.isEmpty())
        update.vertical = now.vertical;
    return update;
}

void ProfilePanel::showProfile(const BusinessProfile& profile)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_about),    QSignalBlocker(m_address),  QSignalBlocker(m_description), QSignalBlocker(m_email),
        QSignalBlocker(m_website1), QSignalBlocker(m_website2), QSignalBlocker(m_vertical)};
    m_about->setText(profile.about);
    m_address->setText(profile.address);
    m_description->setPlainText(profile.description);
    m_email->setText(profile.email);
    m_website1->setText(profile.websites.value(0));
    m_website2->setText(profile.websites.value(1));
    int index = m_vertical->findData(profile.vertical);
    if (index < 0) {
        // A value this version does not know yet: show it rather than silently changing it.
        m_vertical->addItem(readableApiValue(profile.vertical), profile.vertical);
        index = m_vertical->count() - 1;
    }
    m_vertical->setCurrentIndex(index);
    updateState();
}

void ProfilePanel::showFieldProblems(const api::ApiError& error)
{
    // Validation problems read "<field>: <problem>" (api/ProfileValidation.cpp).
    QHash<QString, QStringList> byField;
    for (const QString& problem : error.problems) {
        const qsizetype colon = problem.indexOf(QLatin1Char(':'));
        if (colon > 0 && m_fieldErrors.contains(problem.left(colon)))
            byField[problem.left(colon)] << problem.mid(colon + 1).trimmed();
    }
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel* label = m_fieldErrors.value(it.key());
        label->setPalette(errorPalette);
        label->setText(it.value().join(QLatin1Char('\n')));
        label->setVisible(true);
    }
}

void ProfilePanel::clearFieldProblems()
{
    for (QLabel* label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->setVisible(false);
    }
}

void ProfilePanel::updateState()
{
    const bool busy = !m_call.isNull();
    const bool changed = !pendingChanges().isEmpty();
    m_form->setEnabled(m_hasProfile && !busy);
    m_reload->setEnabled(!busy);
    m_revert->setEnabled(!busy && changed);
    m_save->setEnabled(!busy && changed);
}

void ProfilePanel::onEdited()
{
    updateState();
    if (m_hasProfile && m_call.isNull())
        m_status->setText(pendingChanges().isEmpty() ? tr("No unsaved changes.") : tr("Unsaved changes."));
}

} // namespace wabadesk::ui
