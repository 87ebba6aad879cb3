#pragma once

#include "api/OutgoingMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace wabadesk::ui {

// "Send photo.jpg as a photo or as a document?" — asked when a file fits more than one kind (a photo is
// recompressed by WhatsApp, a document keeps the original; tdesktop#7422). Asked without a nested event loop;
// tests answer with setNextAnswer() (like Confirmation).
class MediaKindQuestion {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::MediaKindQuestion)
public:
    struct Request {
        QString filePath;
        QList<api::MediaKind> choices; // the first is the default
    };
    // nullopt: cancelled.
    using Done = std::function<void(std::optional<api::MediaKind>)>;

    static void ask(QWidget* parent, const Request& request, QObject* context, Done done);

    static void setNextAnswer(std::optional<api::MediaKind> answer);
    static std::optional<Request> lastRequest();
    static void resetForTests();
};

} // namespace wabadesk::ui
