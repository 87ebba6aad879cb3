#include "conversations/ConversationHeader.h"

#include "common/Avatar.h"
#include "common/ElidedLabel.h"
#include "conversations/ConversationText.h"
#include "theme/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

constexpr int AvatarSize = 40;

QPixmap avatarPixmap(const Conversation& conversation, const QFont& font, qreal dpr)
{
    QPixmap pixmap(QSize(AvatarSize, AvatarSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont f = font;
    f.setPixelSize(15);
    avatar::paint(&painter, QRectF(0, 0, AvatarSize, AvatarSize), avatar::initials(conversation.contact.profileName),
                  avatar::colour(conversation.contact.key), f,
                  conversation.isGroup() ? avatar::Kind::Group : avatar::Kind::Person);
    return pixmap;
}

// Small line icons drawn in the text colour, so they follow light and dark.
QIcon lineIcon(const QColor& colour, bool calendar)
{
    QPixmap pixmap(QSize(40, 40));
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (calendar) {
        p.drawRoundedRect(QRectF(3.5, 5, 13, 12), 2, 2);
        p.drawLine(QPointF(3.5, 9), QPointF(16.5, 9));
        p.drawLine(QPointF(7, 3), QPointF(7, 6.5));
        p.drawLine(QPointF(13, 3), QPointF(13, 6.5));
    } else {
        p.drawEllipse(QPointF(8.5, 8.5), 5, 5);
        p.drawLine(QPointF(12.2, 12.2), QPointF(16.5, 16.5));
    }
    return QIcon(pixmap);
}

} // namespace

ConversationHeader::ConversationHeader(QWidget* parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_name(new ElidedLabel(this))
    , m_number(new ElidedLabel(this))
    , m_window(new QLabel(this))
    , m_find(new QToolButton(this))
    , m_jumpToDate(new QToolButton(this))
{
    setObjectName(QStringLiteral("conversationHeader"));
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    m_name->setObjectName(QStringLiteral("contactName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.12);
    m_name->setFont(nameFont);
    m_number->setObjectName(QStringLiteral("contactNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_window->setObjectName(QStringLiteral("windowState"));
    m_window->setTextFormat(Qt::PlainText);
    m_window->setContentsMargins(10, 3, 10, 3);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_find->setToolTip(tr("Find in conversation (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find in conversation"));
    m_find->setAutoRaise(true);
    m_find->setIconSize(QSize(20, 20));
    m_jumpToDate->setObjectName(QStringLiteral("jumpToDateButton"));
    m_jumpToDate->setToolTip(tr("Jump to date"));
    m_jumpToDate->setAccessibleName(tr("Jump to date"));
    m_jumpToDate->setAutoRaise(true);
    m_jumpToDate->setIconSize(QSize(20, 20));
    m_jumpToDate->setPopupMode(QToolButton::InstantPopup);

    auto* text = new QVBoxLayout;
    text->setSpacing(1);
    text->addWidget(m_name);
    text->addWidget(m_number);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_avatar);
    layout->addLayout(text, 1);
    layout->addWidget(m_window);
    layout->addSpacing(6);
    layout->addWidget(m_find);
    layout->addWidget(m_jumpToDate);
    updateStyle();
    clear();
}

void ConversationHeader::setConversation(const Conversation& conversation)
{
    m_conversation = conversation;
    m_hasConversation = true;
    const QString name = conversation.contact.displayName();
    m_name->setFullText(name);
    // "@username · +49 …", "@username · no phone number", "Group" (issue #16).
    QString details = ConversationText::identity(conversation, name);
    if (details.isEmpty())
        details = tr("WhatsApp customer");
    if (!m_billing.isEmpty())
        details += QStringLiteral("  ·  ") + m_billing;
    m_number->setFullText(details);
    m_avatar->setPixmap(avatarPixmap(conversation, font(), devicePixelRatioF()));
    for (QWidget* w :
         {static_cast<QWidget*>(m_avatar), static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_number),
          static_cast<QWidget*>(m_window), static_cast<QWidget*>(m_find), static_cast<QWidget*>(m_jumpToDate)})
        w->setVisible(true);
    updateWindowState(QDateTime::currentDateTimeUtc());
}

void ConversationHeader::setBillingSummary(const QString& summary, const QString& toolTip)
{
    if (m_billing == summary)
        return;
    m_billing = summary;
    m_number->setDetailToolTip(toolTip);
    if (m_hasConversation)
        setConversation(m_conversation);
}

void ConversationHeader::clear()
{
    m_hasConversation = false;
    m_name->setFullText(tr("No conversation selected"));
    m_number->setFullText(QString());
    m_avatar->clear();
    m_window->hide();
    m_find->setEnabled(false);
    m_jumpToDate->setEnabled(false);
}

QString ConversationHeader::windowText(const Conversation& c, const QDateTime& now)
{
    if (!c.isWindowOpen(now))
        return tr("Window closed · templates only");
    const qint64 left = now.secsTo(c.windowExpiresAt());
    if (left >= 3600)
        return tr("Window open · %n h left", nullptr, static_cast<int>(left / 3600));
    return tr("Window open · %n min left", nullptr, std::max(1, static_cast<int>(left / 60)));
}

QString ConversationHeader::windowText() const
{
    return m_window->text();
}

void ConversationHeader::updateWindowState(const QDateTime& now)
{
    if (!m_hasConversation)
        return;
    m_find->setEnabled(true);
    m_jumpToDate->setEnabled(true);
    m_windowOpen = m_conversation.isWindowOpen(now);
    m_window->setText(windowText(m_conversation, now));
    m_window->setToolTip(m_windowOpen ? tr("Free-form messages are allowed until %1 (24 hours after the customer's "
                                           "last message).")
                                            .arg(QLocale().toString(m_conversation.windowExpiresAt().toLocalTime(),
                                                                    QLocale::ShortFormat))
                                      : tr("More than 24 hours since the customer's last message: only approved "
                                           "templates can be sent until they write again."));
    updateStyle();
}

void ConversationHeader::updateStyle()
{
    const QPalette& p = palette();
    const QColor fg = m_windowOpen ? theme::positiveText(p) : theme::warningText(p);
    const QColor bg = theme::mix(p.color(QPalette::Window), fg, theme::isDark(p) ? 0.2 : 0.12);
    m_window->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border-radius: 10px; }").arg(fg.name(), bg.name()));
    QPalette numberPalette = m_number->palette();
    numberPalette.setColor(QPalette::WindowText,
                           theme::mix(p.color(QPalette::WindowText), p.color(QPalette::Window), 0.35));
    m_number->setPalette(numberPalette);
    m_find->setIcon(lineIcon(p.color(QPalette::WindowText), false));
    m_jumpToDate->setIcon(lineIcon(p.color(QPalette::WindowText), true));
}

void ConversationHeader::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyle();
}

void ConversationHeader::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    const QPalette& p = palette();
    painter.fillRect(rect(), p.color(QPalette::Window));
    painter.setPen(theme::mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.14));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}

} // namespace wabadesk::ui
