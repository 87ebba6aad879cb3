#include "common/Confirmation.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace wabadesk::ui {

namespace {
// Only ever touched on the GUI thread.
std::optional<Confirmation::Answer> g_nextAnswer;
std::optional<Confirmation::Request> g_lastRequest;
} // namespace

void Confirmation::ask(QWidget* parent, const Request& request, QObject* context, Done done)
{
    g_lastRequest = request;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, done](const Answer& answer) {
        if ((hasContext && !guard) || !done)
            return;
        done(answer);
    };
    if (g_nextAnswer) {
        const Answer answer = *g_nextAnswer;
        g_nextAnswer.reset();
        QTimer::singleShot(0, [finish, answer] { finish(answer); });
        return;
    }

    auto* box = new QMessageBox(request.isDestructive ? QMessageBox::Warning : QMessageBox::Question, request.title,
                                request.text, QMessageBox::NoButton, parent);
    box->setObjectName(request.objectName.isEmpty() ? QStringLiteral("confirmation") : request.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(request.informativeText);
    QPushButton* accept = box->addButton(request.acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmationAccept"));
    QPushButton* reject =
        box->addButton(request.rejectText.isEmpty() ? tr("Cancel") : request.rejectText, QMessageBox::RejectRole);
    reject->setObjectName(QStringLiteral("confirmationReject"));
    box->setEscapeButton(reject);
    box->setDefaultButton(request.isDestructive ? reject : accept);
    QCheckBox* check = nullptr;
    if (!request.checkBoxText.isEmpty()) {
        check = new QCheckBox(request.checkBoxText, box);
        check->setObjectName(QStringLiteral("confirmationCheckBox"));
        check->setChecked(request.checkBoxChecked);
        box->setCheckBox(check);
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, check, finish](int) {
        Answer answer;
        answer.accepted = box->clickedButton() == accept;
        answer.checkBoxChecked = check && check->isChecked();
        finish(answer);
    });
    box->open();
}

void Confirmation::setNextAnswer(const Answer& answer)
{
    g_nextAnswer = answer;
}

std::optional<Confirmation::Request> Confirmation::lastRequest()
{
    return g_lastRequest;
}

void Confirmation::resetForTests()
{
    g_nextAnswer.reset();
    g_lastRequest.reset();
}

} // namespace wabadesk::ui
