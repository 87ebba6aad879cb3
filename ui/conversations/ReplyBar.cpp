#include "conversations/ReplyBar.h"

#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {
constexpr int kStripe = 4;
constexpr int kRadius = 6;
} // namespace

ReplyBar::ReplyBar(QWidget* parent)
    : QFrame(parent)
    , m_author(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("composerReplyBar"));
    setAccessibleName(tr("Reply"));
    setFrameShape(QFrame::NoFrame);

    m_author->setObjectName(QStringLiteral("composerReplyAuthor"));
    m_author->setTextFormat(Qt::PlainText);
    QFont bold = m_author->font();
    bold.setBold(true);
    m_author->setFont(bold);
    m_author->setForegroundRole(QPalette::Highlight);

    m_text->setObjectName(QStringLiteral("composerReplyText"));
    m_text->setTextFormat(Qt::PlainText); // the quoted customer text is never markup
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_close->setObjectName(QStringLiteral("composerReplyCancel"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Cancel the reply (Esc)"));
    m_close->setAccessibleName(tr("Cancel reply"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT cancelled();
    });

    auto* texts = new QVBoxLayout;
    texts->setSpacing(1);
    texts->addWidget(m_author);
    texts->addWidget(m_text);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kStripe + 10, 5, 4, 5);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(false);
}

void ReplyBar::setQuote(const QString& wamid, const QString& author, const QString& quote)
{
    m_wamid = wamid;
    m_author->setText(tr("Replying to %1").arg(author));
    // One line: the quote's first line, the rest elided.
    m_quote = quote.section(QLatin1Char('\n'), 0, 0).simplified();
    m_text->setToolTip(quote.size() > 300 ? quote.left(300) + QStringLiteral("…") : quote);
    updateElidedQuote();
    setVisible(true);
}

void ReplyBar::clear()
{
    m_wamid.clear();
    m_quote.clear();
    m_text->clear();
    setVisible(false);
}

QString ReplyBar::quoteText() const
{
    return m_quote;
}

void ReplyBar::updateElidedQuote()
{
    const int width = qMax(40, m_text->width());
    m_text->setText(m_text->fontMetrics().elidedText(m_quote, Qt::ElideRight, width));
}

void ReplyBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    updateElidedQuote();
}

void ReplyBar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, kRadius, kRadius);
    painter.fillPath(path, theme::noticeBackground(palette()));
    painter.save();
    painter.setClipPath(path);
    painter.fillRect(QRectF(r.left(), r.top(), kStripe, r.height()), palette().color(QPalette::Highlight));
    painter.restore();
}

} // namespace wabadesk::ui
