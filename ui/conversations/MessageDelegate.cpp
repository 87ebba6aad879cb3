#include "conversations/MessageDelegate.h"

#include "conversations/BubblePainter.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessageSummary.h"
#include "media/PlaybackController.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QStyle>
#include <QToolTip>

namespace wabadesk::ui {

namespace {

int viewWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

} // namespace

MessageDelegate::MessageDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(4000)
{}

MessageDelegate::~MessageDelegate() = default;

QString MessageDelegate::cacheKey(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = viewWidth(option);
    const qreal dpr = option.widget ? option.widget->devicePixelRatioF() : 1.0;
    const QRgb base = option.palette.color(QPalette::Base).rgba(); // colours are baked into the body's HTML
    if (m_contextKey.isNull() || width != m_contextWidth || dpr != m_contextDpr || base != m_contextBase ||
        m_highlight != m_contextHighlight || option.font != m_contextFont) {
        m_contextWidth = width;
        m_contextDpr = dpr;
        m_contextBase = base;
        m_contextHighlight = m_highlight;
        m_contextFont = option.font;
        m_contextKey =
            QStringLiteral("%1|%2|%3|%4|%5").arg(width).arg(dpr).arg(option.font.key()).arg(base).arg(m_highlight);
    }
    const QString key = index.data(MessageListModel::KeyRole).toString();
    QString out;
    out.reserve(key.size() + m_contextKey.size() + 16);
    out += key;
    out += QLatin1Char('|');
    out += QString::number(index.data(MessageListModel::RevisionRole).toInt());
    out += index.data(MessageListModel::IsFirstInGroupRole).toBool() ? QLatin1String("|1|") : QLatin1String("|0|");
    out += m_expanded.contains(key) ? QLatin1String("1|") : QLatin1String("0|");
    out += m_contextKey;
    return out;
}

const MessageLayout* MessageDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString key = cacheKey(option, index);
    if (MessageLayout* cached = m_cache.object(key))
        return cached;
    LayoutContext context;
    context.width = viewWidth(option);
    context.font = option.font;
    context.palette = option.palette;
    context.findText = m_highlight;
    context.isExpanded = m_expanded.contains(index.data(MessageListModel::KeyRole).toString());
    context.locateMedia = m_locateMedia;
    std::unique_ptr<MessageLayout> layout = layoutMessage(index, context);
    MessageLayout* raw = layout.get();
    m_cache.insert(key, layout.release());
    return raw;
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const MessageLayout* layout = layoutFor(option, index);
    if (!layout)
        return;
    const bool flashing = m_flash > 0 && index.data(MessageListModel::KeyRole).toString() == m_flashKey;
    painter->save();
    painter->translate(option.rect.topLeft());
    const PlaybackState playback = m_playback && !layout->player.isEmpty()
                                       ? m_playback->state(index.data(MessageListModel::KeyRole).toString())
                                       : PlaybackState();
    BubblePainter::paint(painter, *layout, BubbleColors::from(option.palette), flashing ? m_flash : 0, playback);
    // The message keyboard actions apply to (Up/Down, Shift+F10): a focus ring around its bubble.
    if ((option.state & QStyle::State_HasFocus) && layout->bubble.isValid()) {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(option.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(layout->bubble.adjusted(-2, -2, 2, 2), 10, 10);
    }
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const MessageLayout* layout = layoutFor(option, index);
    return layout ? layout->size : QSize();
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonRelease && type != QEvent::MouseMove && type != QEvent::MouseButtonPress)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    // A drag along a voice note's bar follows the mouse wherever it is, until the button is let go.
    if (!m_seekKey.isEmpty() && (type == QEvent::MouseMove || type == QEvent::MouseButtonRelease)) {
        const qreal fraction = (mouse->position().x() - m_seekBar.left()) / std::max<qreal>(1, m_seekBar.width());
        Q_EMIT seekRequested(m_seekKey, m_seekWamid, std::clamp<qreal>(fraction, 0, 1), m_seekDuration);
        if (type == QEvent::MouseButtonRelease || !(mouse->buttons() & Qt::LeftButton))
            m_seekKey.clear();
        return true;
    }
    const MessageLayout* layout = layoutFor(option, index);
    const QPointF pos = mouse->position() - QPointF(option.rect.topLeft());
    const std::optional<MessageLayout::Action> action = layout ? layout->actionAt(pos) : std::nullopt;
    if (type == QEvent::MouseMove) {
        if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) {
            if (action)
                view->viewport()->setCursor(Qt::PointingHandCursor);
            else
                view->viewport()->unsetCursor();
        }
        return false;
    }
    if (!action || mouse->button() != Qt::LeftButton)
        return false;
    const QString wamid = index.data(MessageListModel::WamidRole).toString();
    const QString key = index.data(MessageListModel::KeyRole).toString();
    if (type == QEvent::MouseButtonPress) {
        if (action->kind != MessageActionKind::Seek)
            return false; // everything else acts on release, as buttons do
        m_seekKey = key;
        m_seekWamid = wamid;
        m_seekBar = layout->seekBar.translated(option.rect.topLeft());
        m_seekDuration = layout->durationMs;
        const qreal fraction = (pos.x() - layout->seekBar.left()) / std::max<qreal>(1, layout->seekBar.width());
        Q_EMIT seekRequested(key, wamid, std::clamp<qreal>(fraction, 0, 1), m_seekDuration);
        return true;
    }
    switch (action->kind) {
    case MessageActionKind::Link:
    case MessageActionKind::OpenMap:
        Q_EMIT linkActivated(action->url);
        break;
    case MessageActionKind::Open:
        Q_EMIT openMediaRequested(wamid);
        break;
    case MessageActionKind::Save:
        Q_EMIT saveMediaRequested(wamid);
        break;
    case MessageActionKind::Retry:
        Q_EMIT retryRequested(index);
        break;
    case MessageActionKind::Quote:
        Q_EMIT quoteActivated(action->label);
        break;
    case MessageActionKind::ToggleHistory:
        toggleExpanded(index.data(MessageListModel::KeyRole).toString());
        Q_EMIT sizeHintChanged(index);
        Q_EMIT expandedChanged(index);
        break;
    case MessageActionKind::Play:
        Q_EMIT playRequested(key, wamid, layout->player.isEmpty());
        break;
    case MessageActionKind::Seek:
        break; // handled on press
    }
    return true;
}

bool MessageDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                const QModelIndex& index)
{
    const MessageLayout* layout = layoutFor(option, index);
    if (!layout || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QPointF pos = QPointF(event->pos()) - QPointF(option.rect.topLeft());
    QString tip;
    if (layout->ticks.contains(pos)) {
        tip = MessageSummary::statusText(layout->status);
    } else if (layout->meta.contains(pos)) {
        const QDateTime at = index.data(MessageListModel::TimestampRole).toDateTime().toLocalTime();
        tip = QLocale().toString(at, QLocale::LongFormat);
        const QString previous = index.data(MessageListModel::PreviousTextRole).toString();
        if (index.data(MessageListModel::IsEditedRole).toBool() && !previous.isEmpty())
            tip += QLatin1Char('\n') + tr("Before the edit: %1").arg(previous);
    } else if (layout->player.contains(pos)) {
        const PlaybackState state =
            m_playback ? m_playback->state(index.data(MessageListModel::KeyRole).toString()) : PlaybackState();
        if (state.phase == PlaybackState::Phase::Failed)
            tip = state.details.isEmpty() ? state.error : state.error + QLatin1Char('\n') + state.details;
        else if (layout->playButton.contains(pos))
            tip = state.isPlaying() ? tr("Pause") : tr("Play");
        else if (layout->seekBar.contains(pos))
            tip = tr("Click or drag to move in the recording");
    } else if (layout->quote.contains(pos)) {
        tip = tr("Go to the quoted message");
    } else if (const auto action = layout->actionAt(pos); action && action->kind == MessageActionKind::Link) {
        tip = action->url.toString();
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport());
    return true;
}

void MessageDelegate::setHighlight(const QString& text)
{
    if (text == m_highlight)
        return;
    m_highlight = text;
}

void MessageDelegate::setFlash(const QString& key, qreal strength)
{
    m_flashKey = key;
    m_flash = strength;
}

void MessageDelegate::setMediaLocator(MessagePresentation::MediaLocator locator)
{
    m_locateMedia = std::move(locator);
    m_cache.clear();
}

void MessageDelegate::setPlayback(PlaybackController* playback)
{
    m_playback = playback;
}

void MessageDelegate::toggleExpanded(const QString& key)
{
    if (!m_expanded.remove(key))
        m_expanded.insert(key);
}

void MessageDelegate::clearCache()
{
    m_cache.clear();
}

} // namespace wabadesk::ui
