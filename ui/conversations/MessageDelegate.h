#pragma once

#include "conversations/MessageLayout.h"

#include <QCache>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>

namespace wabadesk::ui {

class PlaybackController;

// Paints MessageListModel rows as chat bubbles (no widget per message). Layouts are computed once per
// (row key, revision, width, device pixel ratio, font, find text, expanded) and kept in a cache, so scrolling
// paints from the cache; a status update changes the row's revision and lays out that row only.
//
// Clicks: links in text (linkActivated), media Open/Save, "Open in maps" (linkActivated with the
// openstreetmap.org URL), Retry on failed messages, the reply quote (quoteActivated), "Show previous text", a voice
// note's play button (playRequested) and bar (seekRequested: a click or a drag), a video's Play. What a voice note's
// player shows comes from the PlaybackController at paint time, not from the cached layout.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit MessageDelegate(QObject* parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // Text to highlight in bodies (find bar); "" for none.
    void setHighlight(const QString& text);
    QString highlight() const { return m_highlight; }
    // The row (by key) shown with the fading "jumped here" highlight; strength 0..1.
    void setFlash(const QString& key, qreal strength);
    QString flashKey() const { return m_flash > 0 ? m_flashKey : QString(); }
    void setMediaLocator(MessagePresentation::MediaLocator locator);
    void setPlayback(PlaybackController* playback);
    bool isExpanded(const QString& key) const { return m_expanded.contains(key); }
    void toggleExpanded(const QString& key);

    // The layout of a row (from the cache, computed when missing). For hit tests and tests.
    const MessageLayout* layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void clearCache();
    int cachedLayouts() const { return m_cache.size(); }

Q_SIGNALS:
    void linkActivated(const QUrl& url);
    void openMediaRequested(const QString& wamid);
    void saveMediaRequested(const QString& wamid);
    void retryRequested(const QModelIndex& index);
    void quoteActivated(const QString& wamid);
    void expandedChanged(const QModelIndex& index);
    // `key`: the row (MessageListModel::KeyRole); audio plays inline, video opens its window.
    void playRequested(const QString& key, const QString& wamid, bool isVideo);
    // 0–1 along the bar; `durationMs` as the layout knows it (before the file was loaded).
    void seekRequested(const QString& key, const QString& wamid, qreal fraction, qint64 durationMs);

private:
    QString cacheKey(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    mutable QCache<QString, MessageLayout> m_cache;
    // The part of the cache key shared by all rows (width, pixel ratio, font, find text, colours), rebuilt only when
    // one of them changes: every relayout asks every row's size, so the key is built a few hundred times a page.
    mutable QString m_contextKey;
    mutable int m_contextWidth = -1;
    mutable qreal m_contextDpr = 0;
    mutable QFont m_contextFont;
    mutable QRgb m_contextBase = 0;
    mutable QString m_contextHighlight;
    QString m_highlight;
    QString m_flashKey;
    qreal m_flash = 0;
    QSet<QString> m_expanded;
    MessagePresentation::MediaLocator m_locateMedia;
    QPointer<PlaybackController> m_playback;
    // A drag along a voice note's bar: its row and where the bar is in the viewport.
    QString m_seekKey;
    QString m_seekWamid;
    QRectF m_seekBar;
    qint64 m_seekDuration = 0;
};

} // namespace wabadesk::ui
