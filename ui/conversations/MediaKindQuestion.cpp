#include "conversations/MediaKindQuestion.h"

#include "conversations/AttachmentBar.h"

#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace wabadesk::ui {

namespace {
// Only ever touched on the GUI thread.
std::optional<std::optional<api::MediaKind>> g_nextAnswer;
std::optional<MediaKindQuestion::Request> g_lastRequest;
} // namespace

void MediaKindQuestion::ask(QWidget* parent, const Request& request, QObject* context, Done done)
{
    g_lastRequest = request;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, done](std::optional<api::MediaKind> answer) {
        if ((hasContext && !guard) || !done)
            return;
        done(answer);
    };
    if (g_nextAnswer) {
        const std::optional<api::MediaKind> answer = *g_nextAnswer;
        g_nextAnswer.reset();
        QTimer::singleShot(0, [finish, answer] { finish(answer); });
        return;
    }

    const QString name = QFileInfo(request.filePath).fileName();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Send File"),
                                tr("Send “%1” as a %2 or as a document?")
                                    .arg(name, AttachmentBar::kindLabel(request.choices.value(0)).toLower()),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("mediaKindQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("WhatsApp shows a photo or video in the chat and makes it smaller. A document keeps "
                               "the original file and quality."));
    QHash<QAbstractButton*, api::MediaKind> kinds;
    for (const api::MediaKind kind : request.choices) {
        QPushButton* button = box->addButton(tr("As %1").arg(AttachmentBar::kindLabel(kind)), QMessageBox::AcceptRole);
        button->setObjectName(QStringLiteral("mediaKind%1").arg(api::mediaKindName(kind)));
        kinds.insert(button, kind);
        if (kinds.size() == 1)
            box->setDefaultButton(button);
    }
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, kinds, finish](int) {
        const auto it = kinds.constFind(box->clickedButton());
        finish(it == kinds.cend() ? std::nullopt : std::optional(it.value()));
    });
    box->open();
}

void MediaKindQuestion::setNextAnswer(std::optional<api::MediaKind> answer)
{
    g_nextAnswer.emplace(answer); // engaged, even when the answer is "cancel"
}

std::optional<MediaKindQuestion::Request> MediaKindQuestion::lastRequest()
{
    return g_lastRequest;
}

void MediaKindQuestion::resetForTests()
{
    g_nextAnswer.reset();
    g_lastRequest.reset();
}

} // namespace wabadesk::ui
