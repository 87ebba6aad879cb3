#pragma once

#include <QFrame>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace wabadesk::media {
class UploadQueue;
}

namespace wabadesk::ui {

// The upload queue as rows (issue #7 §2): file name, a progress bar, what is happening ("checking…", "uploading",
// "reused: same file uploaded before", the reason a file was refused) and a cancel button per file; "Clear" removes
// finished rows. Hidden while the queue is empty.
class UploadList : public QFrame {
    Q_OBJECT
public:
    explicit UploadList(media::UploadQueue* queue, QWidget* parent = nullptr);

private:
    struct Row {
        QWidget* widget = nullptr;
        QLabel* name = nullptr;
        QProgressBar* progress = nullptr;
        QLabel* status = nullptr;
        QToolButton* cancel = nullptr;
    };
    void addRow(int id);
    void updateRow(int id);
    void removeRow(int id);
    void updateVisibility();

    media::UploadQueue* m_queue;
    QVBoxLayout* m_rows;
    QPushButton* m_clear;
    QHash<int, Row> m_byId;
};

} // namespace wabadesk::ui
