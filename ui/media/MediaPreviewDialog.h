#pragma once

#include "model/MediaItem.h"

#include <QDialog>

class QLabel;
class QScrollArea;
class QSlider;

namespace wabadesk::ui {

// A look at one library entry (issue #7 §4): images and stickers scaled to fit and zoomable (slider, Ctrl+wheel,
// 100 %), video and audio with their facts, documents with an icon, size and "Open" (the system's viewer); every kind
// with "Save As…". Shows the kept copy: the caller fetches it first when there is none.
class MediaPreviewDialog : public QDialog {
    Q_OBJECT
public:
    MediaPreviewDialog(const MediaItem& item, QWidget* parent = nullptr);

    bool hasImage() const { return !m_image.isNull(); }
    int zoomPercent() const;
    void setZoomPercent(int percent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyZoom();
    void saveAs();

    MediaItem m_item;
    QImage m_image;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_picture = nullptr;
    QSlider* m_zoom = nullptr;
};

} // namespace wabadesk::ui
