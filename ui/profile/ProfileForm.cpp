#include "profile/ProfileForm.h"

#include "profile/RoundPhoto.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

using profile::Field;

constexpr int kThumbnail = 56;

QString objectNameFor(Field field)
{
    QString key = profile::fieldKey(field);
    key[0] = key.at(0).toUpper();
    return QStringLiteral("profile") + key;
}

} // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_about(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_website1(new QLineEdit(this))
    , m_website2(new QLineEdit(this))
    , m_vertical(new QComboBox(this))
    , m_photo(new QLabel(this))
    , m_photoNote(new QLabel(this))
    , m_choosePhoto(new QPushButton(tr("C&hoose Photo…"), this))
{
    setObjectName(QStringLiteral("profileForm"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->setVerticalSpacing(6);

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_website1->setPlaceholderText(QStringLiteral("https://"));
    m_website2->setPlaceholderText(QStringLiteral("https://"));
    m_about->setPlaceholderText(tr("Shown under the business name"));

    m_vertical->addItem(tr("(not set)"), QString());
    for (const QString& vertical : profile::verticals())
        m_vertical->addItem(profile::verticalName(vertical), vertical);
    m_vertical->setMaxVisibleItems(20);

    m_photo->setObjectName(QStringLiteral("profilePhotoThumbnail"));
    m_photo->setFixedSize(kThumbnail, kThumbnail);
    m_photoNote->setObjectName(QStringLiteral("profilePhotoNote"));
    m_photoNote->setWordWrap(true);
    m_photoNote->setForegroundRole(QPalette::PlaceholderText);
    m_choosePhoto->setObjectName(QStringLiteral("profileChoosePhoto"));
    m_choosePhoto->setToolTip(tr("Choose a JPEG or PNG image; you crop it to a square before it is used"));
    auto* photoCell = new QWidget(this);
    auto* photoRow = new QHBoxLayout(photoCell);
    photoRow->setContentsMargins(0, 0, 0, 0);
    photoRow->setSpacing(12);
    photoRow->addWidget(m_photo);
    auto* photoSide = new QVBoxLayout;
    photoSide->setSpacing(4);
    photoSide->addWidget(m_choosePhoto, 0, Qt::AlignLeft);
    photoSide->addWidget(m_photoNote);
    photoRow->addLayout(photoSide, 1);
    m_photo->setAccessibleName(tr("Profile photo"));

    addRow(Field::About, tr("&About:"), m_about);
    addRow(Field::Address, tr("A&ddress:"), m_address);
    addRow(Field::Description, tr("D&escription:"), m_description);
    addRow(Field::Email, tr("E&mail:"), m_email);
    addRow(Field::Websites, tr("&Websites:"), m_website1, m_website2);
    addRow(Field::Vertical, tr("&Industry:"), m_vertical);
    addRow(Field::Photo, tr("Photo:"), photoCell);
    m_editors.insert(Field::Photo, m_choosePhoto);
    m_website1->setObjectName(QStringLiteral("profileWebsite1"));
    m_website1->setAccessibleName(tr("First website"));
    m_website2->setObjectName(QStringLiteral("profileWebsite2"));
    m_website2->setAccessibleName(tr("Second website"));
    photoCell->setObjectName(QStringLiteral("profilePhotoRow"));

    for (QLineEdit* edit : {m_about, m_address, m_email, m_website1, m_website2})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProfileForm::edited);
    connect(m_vertical, &QComboBox::currentIndexChanged, this, &ProfileForm::edited);
    connect(this, &ProfileForm::edited, this, &ProfileForm::updateCounters);
    connect(m_choosePhoto, &QPushButton::clicked, this, &ProfileForm::choosePhotoRequested);

    setPhoto({}, false);
    updateCounters();
}

void ProfileForm::addRow(Field field, const QString& label, QWidget* editor, QWidget* secondEditor)
{
    editor->setObjectName(objectNameFor(field));
    QString plain = label;
    plain.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(plain);
    m_editors.insert(field, editor);

    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);

    auto* error = new QLabel(cell);
    error->setObjectName(objectNameFor(field) + QStringLiteral("Error"));
    // No word wrap: a wrapping label makes the cell height-for-width, and QFormLayout then sized the rows too small
    // (the reason under the description was drawn over the editor). The reasons are one short sentence.
    error->setWordWrap(false);
    error->setVisible(false);
    error->setTextFormat(Qt::PlainText);
    m_errors.insert(field, error);

    // Under each editor its counter (right); under them the reason, if any.
    auto addEditor = [&](QWidget* w) {
        cellLayout->addWidget(w);
        if (profile::maxLength(field) == 0)
            return;
        auto* counter = new QLabel(cell);
        counter->setObjectName(w->objectName() + QStringLiteral("Counter"));
        QFont small = counter->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        counter->setFont(small);
        counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
        // Wide enough for any count, so that "23 / 139" is never cut to "3 / 139" when the text grows.
        counter->setMinimumWidth(QFontMetrics(small).horizontalAdvance(tr("%1 / %2").arg(9999).arg(9999)));
        m_counters.insert(w, counter);
        cellLayout->addWidget(counter, 0, Qt::AlignRight | Qt::AlignTop);
    };
    addEditor(editor);
    if (secondEditor)
        addEditor(secondEditor);
    // The reason on a line of its own, under the counter.
    cellLayout->addWidget(error);

    m_layout->addRow(label, cell);
    if (auto* labelWidget = qobject_cast<QLabel*>(m_layout->labelForField(cell))) {
        labelWidget->setBuddy(editor);
        m_labels.insert(field, labelWidget);
    }
}

BusinessProfile ProfileForm::values() const
{
    BusinessProfile p;
    p.about = m_about->text();
    p.address = m_address->text();
    p.description = m_description->toPlainText();
    p.email = m_email->text();
    p.websites = QStringList{m_website1->text(), m_website2->text()};
    p.vertical = m_vertical->currentData().toString();
    return profile::normalized(p);
}

void ProfileForm::setValues(const BusinessProfile& profile)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_about),       QSignalBlocker(m_address),
                                           QSignalBlocker(m_description), QSignalBlocker(m_email),
                                           QSignalBlocker(m_website1),    QSignalBlocker(m_website2),
                                           QSignalBlocker(m_vertical)};
        m_about->setText(profile.about);
        m_address->setText(profile.address);
        m_description->setPlainText(profile.description);
        m_email->setText(profile.email);
        m_website1->setText(profile.websites.value(0));
        m_website2->setText(profile.websites.value(1));
        int index = m_vertical->findData(profile.vertical);
        if (index < 0) {
            // A value this version does not know yet: shown rather than silently changed.
            m_vertical->addItem(profile::verticalName(profile.vertical), profile.vertical);
            index = m_vertical->count() - 1;
        }
        m_vertical->setCurrentIndex(index);
    }
    updateCounters();
}

void ProfileForm::showProblems(const QList<profile::Problem>& problems)
{
    QHash<Field, QStringList> byField;
    for (const profile::Problem& p : problems)
        byField[p.field].append(p.reason);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList reasons = byField.value(it.key());
        QLabel* error = it.value();
        QLabel* label = m_labels.value(it.key());
        error->setPalette(errorPalette);
        //: Shown under a profile field that breaks a rule, e.g. "Email: "x" is not an email address".
        error->setText(reasons.isEmpty()
                           ? QString()
                           : tr("%1 %2").arg(profile::fieldName(it.key()), reasons.join(QStringLiteral("; "))));
        error->setVisible(!reasons.isEmpty());
        if (label)
            label->setPalette(reasons.isEmpty() ? palette() : errorPalette);
        if (QWidget* editor = m_editors.value(it.key()))
            editor->setAccessibleDescription(error->text());
    }
}

void ProfileForm::setPhoto(const QImage& photo, bool pending)
{
    m_photo->setPixmap(roundPhoto(photo, kThumbnail, devicePixelRatioF()));
    if (pending)
        m_photoNote->setText(tr("New photo: it is uploaded when you save."));
    else if (photo.isNull())
        m_photoNote->setText(
            tr("JPEG or PNG, cropped to a square; at least %1×%1 pixels.").arg(profile::limits::kPhotoMinSide));
    else
        m_photoNote->setText(tr("The current photo."));
}

void ProfileForm::updateCounters()
{
    updateCounter(m_counters.value(m_about), int(m_about->text().size()), profile::limits::kAbout);
    updateCounter(m_counters.value(m_address), int(m_address->text().size()), profile::limits::kAddress);
    updateCounter(m_counters.value(m_description), int(m_description->toPlainText().size()),
                  profile::limits::kDescription);
    updateCounter(m_counters.value(m_email), int(m_email->text().trimmed().size()), profile::limits::kEmail);
    updateCounter(m_counters.value(m_website1), int(m_website1->text().trimmed().size()), profile::limits::kWebsite);
    updateCounter(m_counters.value(m_website2), int(m_website2->text().trimmed().size()), profile::limits::kWebsite);
}

void ProfileForm::updateCounter(QLabel* counter, int length, int limit)
{
    if (!counter)
        return;
    //: Characters used of the field's limit, e.g. "23 / 139".
    counter->setText(tr("%1 / %2").arg(length).arg(limit));
    QPalette pal = palette();
    if (length > limit)
        pal.setColor(QPalette::WindowText, theme::negativeText(palette()));
    else
        pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    counter->setPalette(pal);
    counter->setForegroundRole(QPalette::WindowText);
}

} // namespace wabadesk::ui
