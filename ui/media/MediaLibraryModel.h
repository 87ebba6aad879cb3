#pragma once

#include "model/MediaItem.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

// The rows of the media library (issue #7 §1) for one channel as the store lists them (Store::mediaLibrary with the
// panel's filter): thumbnail or icon, name, type, size, SHA-256 (short), source, time, expiry countdown, state.
// Thumbnails of kept images are decoded off the UI thread and cached by path.
class MediaLibraryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        ShaColumn,
        SourceColumn,
        TimeColumn,
        ExpiryColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { MediaIdRole = Qt::UserRole + 1, ItemIndexRole };
    using Clock = std::function<QDateTime()>;
    static constexpr int kThumbnailSide = 32;

    MediaLibraryModel(store::Store* store, QObject* parent = nullptr);
    ~MediaLibraryModel() override;

    void setFilter(const MediaFilter& filter);
    const MediaFilter& filter() const { return m_filter; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Reads the store again (keeps nothing of its own but the thumbnails).
    void reload();
    // Countdowns move on: updates the expiry and state columns only.
    void refreshTimes();

    const MediaItem* itemAt(int row) const;
    int rowOf(const QString& mediaId) const;
    // "expires in 29 d", "expires in 5 h", "expired", "deleted": the countdown the Expiry column shows.
    static QString expiryText(const MediaItem& item, const QDateTime& now);
    static QString stateText(const MediaItem& item, const QDateTime& now);
    static QString kindText(const QString& kind);
    static QString sourceText(const MediaItem& item);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant decoration(const MediaItem& item) const;
    void thumbnailReady(const QString& path, const QImage& image);

    store::Store* m_store;
    MediaFilter m_filter;
    Clock m_clock;
    QList<MediaItem> m_items;
    mutable QHash<QString, QPixmap> m_thumbnails; // by local path; a null pixmap: loading or not an image
    mutable QThreadPool m_loader;                 // ~MediaLibraryModel waits for it
};

} // namespace wabadesk::ui
