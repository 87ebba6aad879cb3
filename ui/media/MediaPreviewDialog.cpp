#include "media/MediaPreviewDialog.h"

#include "media/MediaLibraryModel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace wabadesk::ui {

MediaPreviewDialog::MediaPreviewDialog(const MediaItem& item, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("mediaPreviewDialog"));
    const QString name = item.fileName.isEmpty() ? item.mediaId : item.fileName;
    setWindowTitle(tr("Media: %1").arg(name));
    auto* layout = new QVBoxLayout(this);

    if (item.hasLocalCopy() && (item.kind == QLatin1String("image") || item.kind == QLatin1String("sticker") ||
                                item.mimeType.startsWith(QLatin1String("image/")))) {
        QImageReader reader(item.localPath);
        reader.setAutoTransform(true);
        m_image = reader.read();
    }
    if (!m_image.isNull()) {
        m_picture = new QLabel;
        m_picture->setObjectName(QStringLiteral("mediaPreviewImage"));
        m_picture->setAlignment(Qt::AlignCenter);
        m_scroll = new QScrollArea(this);
        m_scroll->setObjectName(QStringLiteral("mediaPreviewScroll"));
        m_scroll->setAlignment(Qt::AlignCenter);
        m_scroll->setWidget(m_picture);
        m_scroll->setMinimumSize(480, 360);
        m_scroll->viewport()->installEventFilter(this);
        layout->addWidget(m_scroll, 1);
        m_zoom = new QSlider(Qt::Horizontal, this);
        m_zoom->setObjectName(QStringLiteral("mediaPreviewZoom"));
        m_zoom->setAccessibleName(tr("Zoom"));
        m_zoom->setRange(10, 400);
        // Fit to the view at first (never enlarged beyond 100 %).
        const QSize fit = m_image.size().scaled(QSize(480, 360), Qt::KeepAspectRatio);
        m_zoom->setValue(std::min(100, std::max(10, fit.width() * 100 / std::max(1, m_image.width()))));
        connect(m_zoom, &QSlider::valueChanged, this, &MediaPreviewDialog::applyZoom);
        auto* zoomLabel = new QLabel(this);
        zoomLabel->setObjectName(QStringLiteral("mediaPreviewZoomLabel"));
        connect(m_zoom, &QSlider::valueChanged, zoomLabel,
                [zoomLabel](int v) { zoomLabel->setText(tr("%1 %").arg(v)); });
        zoomLabel->setText(tr("%1 %").arg(m_zoom->value()));
        auto* actual = new QPushButton(tr("100 %"), this);
        actual->setObjectName(QStringLiteral("mediaPreviewActualSize"));
        connect(actual, &QPushButton::clicked, this, [this] { m_zoom->setValue(100); });
        auto* row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Zoom:"), this));
        row->addWidget(m_zoom, 1);
        row->addWidget(zoomLabel);
        row->addWidget(actual);
        layout->addLayout(row);
        applyZoom();
    } else {
        auto* icon = new QLabel(this);
        icon->setAlignment(Qt::AlignCenter);
        const QStyle::StandardPixmap pixmap = item.kind == QLatin1String("audio")   ? QStyle::SP_MediaVolume
                                              : item.kind == QLatin1String("video") ? QStyle::SP_MediaPlay
                                                                                    : QStyle::SP_FileIcon;
        icon->setPixmap(style()->standardIcon(pixmap).pixmap(64, 64));
        layout->addWidget(icon);
    }

    auto* facts = new QFormLayout;
    const QLocale locale;
    const auto fact = [&](const QString& label, const QString& value, const char* objectName) {
        auto* v = new QLabel(value, this);
        v->setObjectName(QLatin1String(objectName));
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        facts->addRow(label, v);
    };
    fact(tr("Name:"), name, "mediaPreviewName");
    fact(tr("Type:"), tr("%1 (%2)").arg(MediaLibraryModel::kindText(item.kind), item.mimeType), "mediaPreviewType");
    if (item.bytes >= 0)
        fact(tr("Size:"), locale.formattedDataSize(item.bytes, 1, QLocale::DataSizeSIFormat), "mediaPreviewSize");
    if (!m_image.isNull())
        fact(tr("Dimensions:"), tr("%1 × %2 pixels").arg(m_image.width()).arg(m_image.height()),
             "mediaPreviewDimensions");
    fact(tr("Media id:"), item.mediaId, "mediaPreviewId");
    if (!item.sha256.isEmpty())
        fact(tr("SHA-256:"), item.sha256, "mediaPreviewSha");
    fact(tr("Source:"), MediaLibraryModel::sourceText(item), "mediaPreviewSource");
    fact(tr("Expiry:"), MediaLibraryModel::expiryText(item, QDateTime::currentDateTimeUtc()), "mediaPreviewExpiry");
    if (!item.hasLocalCopy())
        fact(tr("Kept locally:"), tr("no"), "mediaPreviewLocal");
    layout->addLayout(facts);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (item.hasLocalCopy()) {
        auto* open = buttons->addButton(tr("Open"), QDialogButtonBox::ActionRole);
        open->setObjectName(QStringLiteral("mediaPreviewOpen"));
        connect(open, &QPushButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_item.localPath)); });
        auto* save = buttons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("mediaPreviewSaveAs"));
        connect(save, &QPushButton::clicked, this, &MediaPreviewDialog::saveAs);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int MediaPreviewDialog::zoomPercent() const
{
    return m_zoom ? m_zoom->value() : 100;
}

void MediaPreviewDialog::setZoomPercent(int percent)
{
    if (m_zoom)
        m_zoom->setValue(percent);
}

void MediaPreviewDialog::applyZoom()
{
    if (!m_picture)
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize size = m_image.size() * (zoomPercent() / 100.0);
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(size * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_picture->setPixmap(pixmap);
    m_picture->resize(size);
}

bool MediaPreviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            m_zoom->setValue(m_zoom->value() + (wheel->angleDelta().y() > 0 ? 10 : -10));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MediaPreviewDialog::saveAs()
{
    const QString suggested = QDir::home().filePath(QFileInfo(m_item.localPath).fileName());
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Media As"), suggested);
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target))
        QFile::remove(target);
    if (!QFile::copy(m_item.localPath, target))
        QMessageBox::warning(this, tr("Save Media As"),
                             tr("%1 could not be written.").arg(QDir::toNativeSeparators(target)));
}

} // namespace wabadesk::ui
