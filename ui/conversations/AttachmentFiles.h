#pragma once

#include "api/OutgoingMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QImage;

namespace wabadesk::ui {

// How a file can go to WhatsApp, judged from its content (QMimeDatabase) and size against REFERENCE.md §2.7.
struct AttachmentVerdict {
    QString filePath; // absolute
    QString mimeType;
    // The kinds it may be sent as, the natural one first: [Image, Document] for a photo (the composer asks),
    // [Document] for a PDF or a photo too large for a photo; empty when it cannot be sent (see problem).
    QList<api::MediaKind> choices;
    QString problem; // translated; empty when choices is not
};

class AttachmentFiles {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::AttachmentFiles)
public:
    static AttachmentVerdict classify(const QString& filePath);
    // Saves a pasted image under `dir` (created when missing) as PNG, or JPEG when the PNG would pass the 5 MB photo
    // limit. Returns the path, or empty with `error` set.
    static QString savePastedImage(const QImage& image, const QString& dir, QString* error);
};

} // namespace wabadesk::ui
