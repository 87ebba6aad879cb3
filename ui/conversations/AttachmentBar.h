#pragma once

#include "api/OutgoingMessage.h"

#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace wabadesk::ui {

// A file waiting to be sent, and how: as a photo, video, audio, sticker or document.
struct Attachment {
    QString filePath;
    api::MediaKind kind = api::MediaKind::Document;
    // Already uploaded (the media library's "Send in conversation…"): sent by this id, not uploaded again;
    // filePath is then only the kept copy (may be empty) and fileName the document's name.
    QString mediaId;
    QString fileName;
};

// The files the next send takes along, one row each (thumbnail or icon, name, size, "as photo"/"as document",
// ×). Hidden while empty.
class AttachmentBar : public QFrame {
    Q_OBJECT
public:
    explicit AttachmentBar(QWidget* parent = nullptr);

    void addAttachment(const Attachment& attachment);
    void removeAt(int index);
    void clear();
    const QList<Attachment>& attachments() const { return m_attachments; }
    bool isEmpty() const { return m_attachments.isEmpty(); }

    // "Photo", "Document", … for the kind a file goes as.
    static QString kindLabel(api::MediaKind kind);

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void rebuild();
    QWidget* makeRow(int index, const Attachment& attachment);

    QList<Attachment> m_attachments;
    QVBoxLayout* m_rows;
};

} // namespace wabadesk::ui
