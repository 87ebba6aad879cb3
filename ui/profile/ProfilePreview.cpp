#include "profile/ProfilePreview.h"

#include "profile/ProfileRules.h"
#include "profile/RoundPhoto.h"
#include "theme/Theme.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

constexpr int kPhoneWidth = 340;
constexpr int kPhotoSize = 112;
constexpr int kBezel = 10; // the phone's frame around the screen

} // namespace

ProfilePreview::ProfilePreview(QWidget* parent)
    : QWidget(parent)
    , m_content(nullptr)
{
    setObjectName(QStringLiteral("profilePreview"));
    setAccessibleName(tr("Preview of the business profile"));
    setFixedWidth(kPhoneWidth);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBezel + 2, kBezel + 14, kBezel + 2, kBezel + 14);
    layout->setSpacing(0);
    rebuild();
}

QSize ProfilePreview::sizeHint() const
{
    return {kPhoneWidth, QWidget::sizeHint().height()};
}

void ProfilePreview::setIdentity(const QString& businessName, const QString& phoneNumber)
{
    m_name = businessName;
    m_phone = phoneNumber;
    rebuild();
}

void ProfilePreview::setProfile(const BusinessProfile& profile)
{
    m_profile = profile;
    rebuild();
}

void ProfilePreview::setPhoto(const QImage& photo)
{
    m_photo = photo;
    rebuild();
}

ProfilePreview::Colours ProfilePreview::colours() const
{
    // WhatsApp's own palette (Android/iOS, 2024), light and dark.
    if (theme::isDark(palette()))
        return {QColor(0x0b, 0x14, 0x1a), QColor(0x11, 0x1b, 0x21), QColor(0xe9, 0xed, 0xef),
                QColor(0x86, 0x96, 0xa0), QColor(0x00, 0xa8, 0x84), QColor(0x22, 0x2d, 0x34)};
    return {QColor(0xf0, 0xf2, 0xf5), QColor(0xff, 0xff, 0xff), QColor(0x11, 0x1b, 0x21),
            QColor(0x66, 0x77, 0x81), QColor(0x00, 0x80, 0x69), QColor(0xe9, 0xed, 0xef)};
}

QLabel* ProfilePreview::addLabel(QVBoxLayout* layout, const QString& objectName, const QString& text, bool secondary,
                                 qreal scale, bool bold)
{
    const Colours c = colours();
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, secondary ? c.secondary : c.text);
    pal.setColor(QPalette::Link, c.accent);
    label->setPalette(pal);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    layout->addWidget(label);
    return label;
}

void ProfilePreview::rebuild()
{
    delete m_content;
    const Colours c = colours();
    m_content = new QWidget(this);
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);

    auto card = [&](const QString& name) {
        auto* frame = new QFrame(m_content);
        frame->setObjectName(name);
        frame->setAutoFillBackground(true);
        QPalette pal = frame->palette();
        pal.setColor(QPalette::Window, c.card);
        frame->setPalette(pal);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(18, 14, 18, 14);
        layout->setSpacing(3);
        column->addWidget(frame);
        return layout;
    };

    // Photo, name, number.
    QVBoxLayout* head = card(QStringLiteral("previewHeader"));
    head->setSpacing(4);
    auto* photo = new QLabel;
    photo->setObjectName(QStringLiteral("previewPhoto"));
    photo->setPixmap(roundPhoto(m_photo, kPhotoSize, devicePixelRatioF(), m_name));
    photo->setAlignment(Qt::AlignHCenter);
    head->addWidget(photo);
    head->addSpacing(6);
    addLabel(head, QStringLiteral("previewName"), m_name.isEmpty() ? tr("Business name") : m_name, false, 1.35, true)
        ->setAlignment(Qt::AlignHCenter);
    if (!m_phone.isEmpty())
        addLabel(head, QStringLiteral("previewPhone"), m_phone, true, 1.05)->setAlignment(Qt::AlignHCenter);
    //: Under the name in the preview, as WhatsApp labels business profiles.
    addLabel(head, QStringLiteral("previewAccountKind"), tr("Business account"), true, 0.9)
        ->setAlignment(Qt::AlignHCenter);

    if (!m_profile.about.isEmpty()) {
        QVBoxLayout* about = card(QStringLiteral("previewAboutCard"));
        addLabel(about, QStringLiteral("previewAbout"), m_profile.about, false, 1.05);
    }

    QVBoxLayout* details = card(QStringLiteral("previewDetails"));
    details->setSpacing(2);
    bool first = true;
    auto row = [&](const QString& caption, const QString& name, const QString& value) {
        if (value.isEmpty())
            return (QLabel*)nullptr;
        if (!first)
            details->addSpacing(10);
        first = false;
        if (!caption.isEmpty())
            addLabel(details, name + QStringLiteral("Caption"), caption, true, 0.85);
        return addLabel(details, name, value, false);
    };
    row({}, QStringLiteral("previewDescription"), m_profile.description);
    const QString category = m_profile.vertical.isEmpty() || m_profile.vertical == QLatin1String("UNDEFINED")
                                 ? QString()
                                 : profile::verticalName(m_profile.vertical);
    row(tr("Category"), QStringLiteral("previewCategory"), category);
    row(tr("Address"), QStringLiteral("previewAddress"), m_profile.address);
    if (QLabel* email = row(tr("Email"), QStringLiteral("previewEmail"), m_profile.email)) {
        email->setTextFormat(Qt::RichText);
        email->setText(QStringLiteral("<a href=\"mailto:%1\" style=\"color:%2; text-decoration:none\">%1</a>")
                           .arg(m_profile.email.toHtmlEscaped(), c.accent.name()));
    }
    QStringList links;
    for (const QString& site : m_profile.websites)
        links.append(QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none\">%1</a>")
                         .arg(site.toHtmlEscaped(), c.accent.name()));
    if (QLabel* sites = row(m_profile.websites.size() > 1 ? tr("Websites") : tr("Website"),
                            QStringLiteral("previewWebsites"), links.join(QStringLiteral("<br>")))) {
        sites->setTextFormat(Qt::RichText);
        sites->setOpenExternalLinks(false);
    }
    if (first) {
        //: The preview's details card when every field is empty.
        addLabel(details, QStringLiteral("previewNoDetails"), tr("No business details yet."), true);
    }
    column->addStretch(1);
    layout()->addWidget(m_content);
    m_content->show(); // at once, not on the next event loop turn: the preview follows every keystroke
    update();
}

void ProfilePreview::paintEvent(QPaintEvent*)
{
    const Colours c = colours();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // A phone: a dark bezel with the screen inside.
    const QRectF outer = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::isDark(palette()) ? QColor(0x3b, 0x44, 0x4b) : QColor(0x2a, 0x2f, 0x33));
    p.drawRoundedRect(outer, 28, 28);
    p.setBrush(c.screen);
    p.drawRoundedRect(outer.adjusted(kBezel - 2, kBezel - 2, -(kBezel - 2), -(kBezel - 2)), 20, 20);
}

void ProfilePreview::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuild();
}

} // namespace wabadesk::ui
