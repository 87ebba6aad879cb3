#include "media/MediaLibraryModel.h"

#include "common/LocaleFormat.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

namespace wabadesk::ui {

namespace {

QIcon kindIcon(const QString& kind)
{
    const QStyle* style = QApplication::style();
    if (kind == QLatin1String("audio"))
        return style->standardIcon(QStyle::SP_MediaVolume);
    if (kind == QLatin1String("video"))
        return style->standardIcon(QStyle::SP_MediaPlay);
    if (kind == QLatin1String("document"))
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    return style->standardIcon(QStyle::SP_FileIcon);
}

bool isPicture(const MediaItem& item)
{
    return item.kind == QLatin1String("image") || item.kind == QLatin1String("sticker") ||
           item.mimeType.startsWith(QLatin1String("image/"));
}

} // namespace

MediaLibraryModel::MediaLibraryModel(store::Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_loader.setMaxThreadCount(1);
}

MediaLibraryModel::~MediaLibraryModel()
{
    m_loader.clear();
    m_loader.waitForDone();
}

void MediaLibraryModel::setFilter(const MediaFilter& filter)
{
    m_filter = filter;
    reload();
}

void MediaLibraryModel::reload()
{
    beginResetModel();
    m_items = m_store ? m_store->mediaLibrary(m_filter, m_clock()) : QList<MediaItem>();
    endResetModel();
}

void MediaLibraryModel::refreshTimes()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiryColumn), index(int(m_items.size()) - 1, StateColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

const MediaItem* MediaLibraryModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int MediaLibraryModel::rowOf(const QString& mediaId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).mediaId == mediaId)
            return i;
    return -1;
}

QString MediaLibraryModel::expiryText(const MediaItem& item, const QDateTime& now)
{
    if (item.state == MediaItem::State::Deleted)
        return tr("deleted");
    if (!item.expiresAt.isValid())
        return QString();
    const qint64 secs = now.secsTo(item.expiresAt);
    if (secs <= 0)
        return tr("expired");
    if (secs >= 2 * 86400)
        return tr("expires in %n d", nullptr, int(secs / 86400));
    if (secs >= 3600)
        return tr("expires in %n h", nullptr, int(secs / 3600));
    return tr("expires in %n min", nullptr, int(std::max<qint64>(1, secs / 60)));
}

QString MediaLibraryModel::stateText(const MediaItem& item, const QDateTime& now)
{
    QString id;
    if (item.state == MediaItem::State::Deleted)
        id = tr("Deleted from 360dialog");
    else if (!item.isUsable(now))
        id = tr("Expired");
    else if (now.secsTo(item.expiresAt) <= 86400)
        id = tr("Expiring today");
    else
        id = tr("Valid");
    return item.hasLocalCopy() ? tr("%1 · kept locally").arg(id) : id;
}

QString MediaLibraryModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("image"))
        return tr("Image");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("audio"))
        return tr("Audio");
    if (kind == QLatin1String("document"))
        return tr("Document");
    if (kind == QLatin1String("sticker"))
        return tr("Sticker");
    return kind.isEmpty() ? tr("File") : kind;
}

QString MediaLibraryModel::sourceText(const MediaItem& item)
{
    if (item.origin == MediaItem::Origin::Uploaded)
        return tr("Uploaded");
    return item.senderName.isEmpty() ? tr("Received") : tr("Received from %1").arg(item.senderName);
}

int MediaLibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MediaLibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// Uploads keep the SHA-256 in hex (as GET /{id} gives it), webhooks give it in base64 (REFERENCE.md §6.3): shown
// in hex for both, so that the same content looks the same.
QString hexSha256(const QString& sha256)
{
    if (sha256.size() == 64)
        return sha256;
    const auto decoded = QByteArray::fromBase64Encoding(sha256.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 ? QString::fromLatin1(decoded.decoded.toHex()) : sha256;
}

} // namespace

QVariant MediaLibraryModel::data(const QModelIndex& index, int role) const
{
    const MediaItem* item = itemAt(index.row());
    if (!item)
        return {};
    const QDateTime now = m_clock();
    if (role == MediaIdRole)
        return item->mediaId;
    if (role == ItemIndexRole)
        return index.row();
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return decoration(*item);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (index.column() == ExpiryColumn || index.column() == StateColumn) &&
        !item->isUsable(now))
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ShaColumn:
            return item->sha256.isEmpty() ? QVariant() : tr("SHA-256 %1").arg(hexSha256(item->sha256));
        case ExpiryColumn:
        case TimeColumn:
            return item->expiresAt.isValid() ? tr("Media id %1 · expires %2")
                                                   .arg(item->mediaId, QLocale().toString(item->expiresAt.toLocalTime(),
                                                                                          QLocale::ShortFormat))
                                             : QVariant();
        case NameColumn:
            return item->hasLocalCopy() ? QDir::toNativeSeparators(item->localPath) : item->mediaId;
        case TypeColumn:
            return item->mimeType;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        // Customers' photos have no file name: the kind and the end of the id tell them apart.
        return !item->fileName.isEmpty() ? item->fileName
                                         : tr("%1 …%2").arg(kindText(item->kind), item->mediaId.right(6));
    case TypeColumn: {
        const QMimeType mime = QMimeDatabase().mimeTypeForName(item->mimeType.section(QLatin1Char(';'), 0, 0));
        const QString format = mime.isValid() ? mime.preferredSuffix().toUpper() : QString();
        return format.isEmpty() ? kindText(item->kind) : tr("%1 (%2)").arg(kindText(item->kind), format);
    }
    case SizeColumn:
        return item->bytes >= 0 ? dataSize(item->bytes) : QString();
    case ShaColumn:
        return hexSha256(item->sha256).left(12);
    case SourceColumn:
        return sourceText(*item);
    case TimeColumn:
        return QLocale().toString(item->createdAt.toLocalTime(), QLocale::NarrowFormat);
    case ExpiryColumn:
        return expiryText(*item, now);
    case StateColumn:
        return stateText(*item, now);
    default:
        return {};
    }
}

QVariant MediaLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case ShaColumn:
        return tr("SHA-256");
    case SourceColumn:
        return tr("Source");
    case TimeColumn:
        //: Column header: when the media was uploaded or received.
        return tr("Added");
    case ExpiryColumn:
        return tr("Expiry");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant MediaLibraryModel::decoration(const MediaItem& item) const
{
    if (!item.hasLocalCopy() || !isPicture(item))
        return kindIcon(item.kind);
    const auto cached = m_thumbnails.constFind(item.localPath);
    if (cached != m_thumbnails.cend())
        return cached->isNull() ? QVariant(kindIcon(item.kind)) : QVariant(*cached);
    m_thumbnails.insert(item.localPath, QPixmap()); // loading
    const QString path = item.localPath;
    auto* self = const_cast<MediaLibraryModel*>(this);
    m_loader.start([self, path] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        const int side = kThumbnailSide * 2; // sharp on 2× screens
        QImage image;
        if (size.isValid()) {
            reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
            image = reader.read();
        }
        QMetaObject::invokeMethod(
            self, [self, path, image] { self->thumbnailReady(path, image); }, Qt::QueuedConnection);
    });
    return kindIcon(item.kind);
}

void MediaLibraryModel::thumbnailReady(const QString& path, const QImage& image)
{
    if (image.isNull())
        return;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(2.0);
    m_thumbnails.insert(path, pixmap);
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).localPath == path)
            Q_EMIT dataChanged(index(i, NameColumn), index(i, NameColumn), {Qt::DecorationRole});
}

} // namespace wabadesk::ui
