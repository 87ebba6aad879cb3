#pragma once

#include "model/MediaItem.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;

namespace wabadesk::ui {

// A look at one library entry (issue #7 §4): images and stickers in a window as large as they need (up to most of
// the screen), fitted to the window and following its size until zoomed by hand (slider, Ctrl+wheel, 100 %; Fit
// goes back), video and audio with their facts, documents with an icon, size and "Open" (the system's viewer); every
// kind with "Save As…". Shows the kept copy: the caller fetches it first when there is none.
class MediaPreviewDialog : public QDialog {
    Q_OBJECT
public:
    MediaPreviewDialog(const MediaItem& item, QWidget* parent = nullptr);

    bool hasImage() const { return !m_image.isNull(); }
    int zoomPercent() const;
    void setZoomPercent(int percent);
    bool fitsToWindow() const;
    void setFitToWindow(bool fit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyZoom();
    void fitToViewport();
    void saveAs();

    MediaItem m_item;
    QImage m_image;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_picture = nullptr;
    QSlider* m_zoom = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QPushButton* m_fit = nullptr;
    bool m_fitting = false; // the zoom is being set to fit, not by hand
    qreal m_fitScale = 1.0; // the picture's scale while it fits the window
    static constexpr int kMinZoom = 10;
    static constexpr int kMaxZoom = 400;
};

} // namespace wabadesk::ui
