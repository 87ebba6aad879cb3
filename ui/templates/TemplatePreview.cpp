#include "templates/TemplatePreview.h"

#include "common/LocaleFormat.h"
#include "templates/PreviewText.h"
#include "templates/TemplateDraft.h"
#include "theme/Theme.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

struct Colours {
    QColor wallpaper, bubble, text, secondary, link, divider, media;
};

// WhatsApp's own colours for an incoming bubble (light and dark).
Colours coloursFor(const QPalette& palette)
{
    if (theme::isDark(palette))
        return {QColor(0x0b, 0x14, 0x1a), QColor(0x20, 0x2c, 0x33), QColor(0xe9, 0xed, 0xef), QColor(0x86, 0x96, 0xa0),
                QColor(0x53, 0xbd, 0xeb), QColor(0x2f, 0x3b, 0x43), QColor(0x37, 0x44, 0x4c)};
    return {QColor(0xef, 0xea, 0xe2), QColor(0xff, 0xff, 0xff), QColor(0x11, 0x1b, 0x21), QColor(0x66, 0x77, 0x81),
            QColor(0x02, 0x7e, 0xb5), QColor(0xe9, 0xed, 0xef), QColor(0xd1, 0xd7, 0xdb)};
}

QString buttonSymbol(const QString& type)
{
    if (type == QLatin1String("URL"))
        return QStringLiteral("\u2197 "); // ↗
    if (type == QLatin1String("PHONE_NUMBER"))
        return QStringLiteral("\u260e "); // ☎
    if (type == QLatin1String("QUICK_REPLY"))
        return QStringLiteral("\u21a9 "); // ↩
    return QStringLiteral("\u2398 ");     // ⎘ copy
}

} // namespace

PreviewContent PreviewContent::fromDraft(const templates::TemplateDraft& draft)
{
    PreviewContent c;
    c.headerFormat = draft.headerFormat;
    c.headerText = templates::fillVariables(draft.headerText, draft.headerSamples);
    if (!draft.headerHandle.isEmpty())
        c.mediaName = QObject::tr("Sample uploaded");
    const bool isAuth = draft.category == QLatin1String("AUTHENTICATION");
    if (isAuth) {
        // What WhatsApp writes for authentication templates (REFERENCE.md §3.2; sandbox TemplateRules.cpp).
        c.body = draft.addSecurityRecommendation.value_or(false)
                     ? QObject::tr("*%1* is your verification code. For your security, do not share this code.")
                     : QObject::tr("*%1* is your verification code.");
        c.body = c.body.arg(QStringLiteral("123456"));
        if (draft.codeExpirationMinutes)
            c.footer = QObject::tr("This code expires in %n minute(s).", nullptr, *draft.codeExpirationMinutes);
    } else {
        c.body = templates::fillVariables(draft.bodyText, draft.bodySamples);
        c.footer = draft.footerText;
    }
    for (const templates::ButtonDraft& b : draft.buttons) {
        QString text = b.text;
        if (text.isEmpty() && b.type == QLatin1String("COPY_CODE"))
            text = QObject::tr("Copy offer code");
        if (text.isEmpty() && b.type == QLatin1String("OTP"))
            text = QObject::tr("Copy code");
        c.buttons.append({b.type, text});
    }
    return c;
}

TemplatePreview::TemplatePreview(QWidget* parent)
    : QFrame(parent)
    , m_bubble(new QFrame(this))
    , m_media(new QLabel(m_bubble))
    , m_header(new QLabel(m_bubble))
    , m_body(new QLabel(m_bubble))
    , m_footer(new QLabel(m_bubble))
    , m_time(new QLabel(m_bubble))
    , m_buttons(new QWidget(this))
    , m_buttonsLayout(new QVBoxLayout(m_buttons))
{
    setObjectName(QStringLiteral("templatePreview"));
    setAccessibleName(tr("Preview"));
    setMinimumWidth(300);
    m_bubble->setObjectName(QStringLiteral("previewBubble"));
    m_media->setObjectName(QStringLiteral("previewMedia"));
    m_media->setAlignment(Qt::AlignCenter);
    m_media->setMinimumHeight(130);
    m_header->setObjectName(QStringLiteral("previewHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setObjectName(QStringLiteral("previewFooter"));
    m_footer->setWordWrap(true);
    m_footer->setTextFormat(Qt::PlainText);
    m_time->setText(shortTime(QTime(12, 0)));
    m_time->setAlignment(Qt::AlignRight);
    m_buttons->setObjectName(QStringLiteral("previewButtons"));
    m_buttonsLayout->setContentsMargins(0, 0, 0, 0);
    m_buttonsLayout->setSpacing(2);

    auto* bubble = new QVBoxLayout(m_bubble);
    bubble->setContentsMargins(6, 6, 9, 5);
    bubble->setSpacing(4);
    bubble->addWidget(m_media);
    bubble->addWidget(m_header);
    bubble->addWidget(m_body);
    bubble->addWidget(m_footer);
    bubble->addWidget(m_time);

    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(m_bubble);
    column->addWidget(m_buttons);
    column->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 18, 40, 18);
    layout->addLayout(column, 1);
    rebuild();
}

void TemplatePreview::setContent(const PreviewContent& content)
{
    m_content = content;
    rebuild();
}

QString TemplatePreview::bodyHtml() const
{
    return m_body->text();
}

void TemplatePreview::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void TemplatePreview::rebuild()
{
    const Colours c = coloursFor(palette());
    const QString sheet = (QStringLiteral("#templatePreview { background: %1; border-radius: 10px; }"
                                          "#previewBubble { background: %2; border-radius: 8px; }"
                                          "#previewBubble QLabel { color: %3; background: transparent; }"
                                          "QLabel#previewMedia { background: %4; border-radius: 6px; color: %5; }"
                                          "QLabel#previewFooter, QLabel#previewTime { color: %5; }"
                                          "#previewButtons QLabel { background: %2; color: %6; border-radius: 8px;"
                                          " padding: 8px; font-weight: 600; }")
                               .arg(c.wallpaper.name(), c.bubble.name(), c.text.name(), c.media.name(),
                                    c.secondary.name(), c.link.name()));
    // Setting a style sheet changes the palette, which calls this again: set it only when it differs.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
    m_time->setObjectName(QStringLiteral("previewTime"));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    m_footer->setFont(small);
    m_time->setFont(small);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.05);
    m_header->setFont(bold);

    const QString format = m_content.headerFormat;
    const bool media = !format.isEmpty() && format != QLatin1String("TEXT");
    m_media->setVisible(media);
    if (media) {
        QString kind = format == QLatin1String("IMAGE")      ? tr("Image")
                       : format == QLatin1String("VIDEO")    ? tr("\u25b6 Video")
                       : format == QLatin1String("DOCUMENT") ? tr("Document")
                       : format == QLatin1String("LOCATION") ? tr("Location")
                                                             : format;
        m_media->setText(m_content.mediaName.isEmpty() ? kind : kind + u'\n' + m_content.mediaName);
    }
    m_header->setVisible(format == QLatin1String("TEXT") && !m_content.headerText.isEmpty());
    m_header->setText(m_content.headerText);
    m_body->setText(m_content.body.isEmpty()
                        ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(c.secondary.name(), tr("Body text"))
                        : templates::whatsAppHtml(m_content.body));
    m_footer->setVisible(!m_content.footer.isEmpty());
    m_footer->setText(m_content.footer);

    while (QLayoutItem* item = m_buttonsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // More than three buttons: WhatsApp shows two and "See all options" (Meta's template docs).
    const qsizetype shown = m_content.buttons.size() > 3 ? 2 : m_content.buttons.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const PreviewContent::Button& b = m_content.buttons.at(i);
        auto* label = new QLabel(buttonSymbol(b.type) + b.text, m_buttons);
        label->setObjectName(QStringLiteral("previewButton%1").arg(i));
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
        m_buttonsLayout->addWidget(label);
    }
    if (m_content.buttons.size() > 3) {
        auto* label = new QLabel(QStringLiteral("\u2630 ") + tr("See all options"), m_buttons);
        label->setObjectName(QStringLiteral("previewButtonAll"));
        label->setAlignment(Qt::AlignCenter);
        m_buttonsLayout->addWidget(label);
    }
    m_buttons->setVisible(!m_content.buttons.isEmpty());
}

} // namespace wabadesk::ui
