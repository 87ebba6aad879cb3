#include "common/NoticeBanner.h"

#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace wabadesk::ui {

NoticeBanner::NoticeBanner(Tone tone, QWidget* parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setFrameShape(QFrame::NoFrame);
    // Never squeezed below the height its wrapped text needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_text->setObjectName(QStringLiteral("noticeBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setTone(tone);
}

void NoticeBanner::setTone(Tone tone)
{
    m_tone = tone;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (tone) {
    case Tone::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Tone::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Success:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Information:
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
    update();
}

void NoticeBanner::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleDescription(m_text->text());
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

void NoticeBanner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    QColor background = theme::noticeBackground(p);
    QColor accent = p.color(QPalette::Highlight);
    switch (m_tone) {
    case Tone::Error:
        background = theme::negativeBackground(p);
        accent = theme::negativeText(p);
        break;
    case Tone::Warning:
        background = theme::warningBackground(p);
        accent = theme::warningText(p);
        break;
    case Tone::Success:
        background = theme::mix(p.color(QPalette::Base), theme::positiveText(p), theme::isDark(p) ? 0.16 : 0.09);
        accent = theme::positiveText(p);
        break;
    case Tone::Information:
        break;
    }
    painter.setPen(QPen(theme::mix(background, accent, 0.35), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace wabadesk::ui
