#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QSlider;

namespace wabadesk::ui {

class CropArea;

// Crops a chosen photo to the square WhatsApp shows as a circle: the image with a square selection to drag, a zoom
// slider, a round preview and the size the result will have.
class PhotoCropDialog : public QDialog {
    Q_OBJECT
public:
    explicit PhotoCropDialog(const QImage& image, QWidget* parent = nullptr);

    CropArea* cropArea() const { return m_area; }
    QImage croppedImage() const;

private:
    void updateInfo();

    CropArea* m_area;
    QSlider* m_zoom;
    QLabel* m_preview;
    QLabel* m_info;
};

} // namespace wabadesk::ui
