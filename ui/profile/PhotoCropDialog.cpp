#include "profile/PhotoCropDialog.h"

#include "profile/CropArea.h"
#include "profile/ProfileRules.h"
#include "profile/RoundPhoto.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {
constexpr int kPreview = 96;
}

PhotoCropDialog::PhotoCropDialog(const QImage& image, QWidget* parent)
    : QDialog(parent)
    , m_area(new CropArea(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("photoCropDialog"));
    setWindowTitle(tr("Crop Profile Photo"));
    m_area->setMinimumSide(profile::limits::kPhotoMinSide);
    m_area->setImage(image);

    // The slider is the selection's side: right = smaller square = closer in.
    m_zoom->setObjectName(QStringLiteral("photoCropZoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setRange(0, 100);
    m_zoom->setValue(0);
    connect(m_zoom, &QSlider::valueChanged, this, [this](int value) {
        const int largest = m_area->maximumSide();
        const int smallest = qMin(largest, profile::limits::kPhotoMinSide);
        m_area->setSelectionSide(largest - (largest - smallest) * value / 100);
    });
    connect(m_area, &CropArea::selectionChanged, this, [this](const QRect& selection) {
        const int largest = m_area->maximumSide();
        const int smallest = qMin(largest, profile::limits::kPhotoMinSide);
        const QSignalBlocker block(m_zoom);
        m_zoom->setValue(largest == smallest ? 0 : (largest - selection.width()) * 100 / (largest - smallest));
        updateInfo();
    });

    m_preview->setObjectName(QStringLiteral("photoCropPreview"));
    m_preview->setFixedSize(kPreview, kPreview);
    m_info->setObjectName(QStringLiteral("photoCropInfo"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);

    auto* hint = new QLabel(tr("Drag the square to choose what is shown; zoom to show less of the photo."), this);
    hint->setWordWrap(true);

    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Customers see:"), this));
    side->addWidget(m_preview, 0, Qt::AlignHCenter);
    side->addWidget(m_info);
    side->addStretch(1);

    auto* zoomRow = new QHBoxLayout;
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    zoomRow->addWidget(zoomLabel);
    zoomRow->addWidget(m_zoom, 1);

    auto* main = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_area, 1);
    left->addLayout(zoomRow);
    main->addLayout(left, 1);
    main->addSpacing(12);
    main->addLayout(side);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("photoCropButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use Photo"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("photoCropUse"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(main, 1);
    layout->addWidget(buttons);
    resize(680, 520);
    updateInfo();
    m_area->setFocus();
}

QImage PhotoCropDialog::croppedImage() const
{
    return m_area->cropped();
}

void PhotoCropDialog::updateInfo()
{
    const QImage crop = m_area->cropped();
    m_preview->setPixmap(roundPhoto(crop, kPreview, devicePixelRatioF()));
    const int out = qMin(crop.width(), profile::limits::kPhotoSide);
    m_info->setText(tr("Uploaded as %1×%1 pixels (JPEG).").arg(out));
}

} // namespace wabadesk::ui
