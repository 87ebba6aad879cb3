#include "common/ErrorBanner.h"

#include "api/ErrorExplanations.h"
#include "common/ErrorText.h"
#include "theme/Theme.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(makeLabel(QStringLiteral("errorBannerTitle"), this))
    , m_explanation(makeLabel(QStringLiteral("errorBannerExplanation"), this))
    , m_problems(makeLabel(QStringLiteral("errorBannerProblems"), this))
    , m_fix(makeLabel(QStringLiteral("errorBannerFix"), this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(makeLabel(QStringLiteral("errorBannerDetails"), this))
    , m_action(new QPushButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_detailsToggle->setObjectName(QStringLiteral("errorBannerDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAccessibleName(tr("Show technical details"));
    connect(m_detailsToggle, &QToolButton::toggled, this, &ErrorBanner::setDetailsExpanded);

    QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setFont(monospace);
    m_details->setVisible(false);

    m_action->setObjectName(QStringLiteral("errorBannerAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionRequested);

    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss error"));
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT dismissed();
    });

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_explanation);
    text->addWidget(m_problems);
    text->addWidget(m_fix);
    auto* detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsToggle);
    detailsRow->addStretch(1);
    detailsRow->addWidget(m_action);
    text->addLayout(detailsRow);
    text->addWidget(m_details);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    updateColours();
    setVisible(false);
}

void ErrorBanner::showError(const api::ApiError& error)
{
    showError(error, ErrorText::title(error), api::translatedExplanation(error), api::translatedFix(error));
}

void ErrorBanner::showError(const api::ApiError& error, const QString& title, const QString& explanation,
                            const QString& fix)
{
    m_error = error;
    m_title->setText(title);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());

    QStringList problems;
    for (const QString& problem : error.problems)
        problems << QStringLiteral("• ") + problem;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    m_fix->setText(fix.isEmpty() ? QString() : tr("What to do: %1").arg(fix));
    m_fix->setVisible(!fix.isEmpty());

    m_details->setText(ErrorText::technicalDetails(error));
    m_detailsToggle->setChecked(false);
    setDetailsExpanded(false);
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_error = {};
    setVisible(false);
}

void ErrorBanner::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void ErrorBanner::setDetailsExpanded(bool expanded)
{
    m_detailsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

void ErrorBanner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    painter.setPen(QPen(theme::mix(theme::negativeBackground(p), theme::negativeText(p), 0.35), 1));
    painter.setBrush(theme::negativeBackground(p));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void ErrorBanner::updateColours()
{
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
    m_title->setPalette(titlePalette);
}

} // namespace wabadesk::ui
