#include "media/MediaPreviewDialog.h"

#include "common/LocaleFormat.h"
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
#include <QScreen>
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
        m_scroll->setMinimumSize(320, 240);
        m_scroll->viewport()->installEventFilter(this);
        layout->addWidget(m_scroll, 1);
        m_zoom = new QSlider(Qt::Horizontal, this);
        m_zoom->setObjectName(QStringLiteral("mediaPreviewZoom"));
        m_zoom->setAccessibleName(tr("Zoom"));
        m_zoom->setRange(kMinZoom, kMaxZoom);
        m_zoom->setValue(100);
        // Moving the slider (or Ctrl+wheel) zooms by hand; "Fit" goes back to following the window.
        connect(m_zoom, &QSlider::valueChanged, this, [this] {
            if (!m_fitting)
                setFitToWindow(false);
            applyZoom();
        });
        m_zoomLabel = new QLabel(this);
        m_zoomLabel->setObjectName(QStringLiteral("mediaPreviewZoomLabel"));
        m_fit = new QPushButton(tr("&Fit"), this);
        m_fit->setObjectName(QStringLiteral("mediaPreviewFit"));
        m_fit->setToolTip(tr("Show the whole picture in the window"));
        m_fit->setCheckable(true);
        connect(m_fit, &QPushButton::clicked, this, [this](bool on) { setFitToWindow(on); });
        auto* actual = new QPushButton(tr("100 %"), this);
        actual->setObjectName(QStringLiteral("mediaPreviewActualSize"));
        actual->setToolTip(tr("One pixel of the picture per pixel of the screen"));
        connect(actual, &QPushButton::clicked, this, [this] {
            setFitToWindow(false);
            m_zoom->setValue(100);
            applyZoom();
        });
        auto* zoomCaption = new QLabel(tr("&Zoom:"), this);
        zoomCaption->setBuddy(m_zoom);
        auto* row = new QHBoxLayout;
        row->addWidget(zoomCaption);
        row->addWidget(m_zoom, 1);
        row->addWidget(m_zoomLabel);
        row->addWidget(m_fit);
        row->addWidget(actual);
        layout->addLayout(row);
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
        fact(tr("Size:"), dataSize(item.bytes, 1, locale), "mediaPreviewSize");
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

    if (!m_image.isNull()) {
        // As large as the picture needs, up to most of the screen; the picture then fits the window (fit mode).
        const QScreen* screen = parent ? parent->screen() : this->screen();
        const QSize room = screen->availableGeometry().size() * 0.85;
        const QSize chrome = sizeHint() - m_scroll->sizeHint();
        resize((m_image.size() + chrome + QSize(4, 4)).expandedTo(sizeHint()).boundedTo(room));
        setFitToWindow(true);
    }
}

bool MediaPreviewDialog::fitsToWindow() const
{
    return m_fit && m_fit->isChecked();
}

void MediaPreviewDialog::setFitToWindow(bool fit)
{
    if (!m_fit)
        return;
    m_fit->setChecked(fit);
    if (fit)
        fitToViewport();
}

// The zoom at which the whole picture shows in the viewport, never enlarged beyond 100 % (a small photo stays sharp).
void MediaPreviewDialog::fitToViewport()
{
    const QSize view = m_scroll->viewport()->size() - QSize(2, 2);
    if (view.isEmpty() || m_image.isNull())
        return;
    // The exact scale (a whole percent would leave up to 1 % of the picture's size unused); the slider shows it
    // rounded.
    const qreal scale = std::min({1.0, qreal(view.width()) / m_image.width(), qreal(view.height()) / m_image.height()});
    m_fitScale = std::max(scale, kMinZoom / 100.0);
    m_fitting = true;
    m_zoom->setValue(qRound(m_fitScale * 100));
    m_fitting = false;
    applyZoom();
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
    const QSize size = m_image.size() * (fitsToWindow() ? m_fitScale : zoomPercent() / 100.0);
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(size * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_picture->setPixmap(pixmap);
    m_picture->resize(size);
    m_zoomLabel->setText(tr("%1 %").arg(zoomPercent()));
}

bool MediaPreviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize && fitsToWindow())
        fitToViewport();
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
