#pragma once

#include "api/OutgoingMessage.h"
#include "model/Template.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace wabadesk::ui {

class TemplatePreview;

// Fills in an approved template to send (issue #6 "Send a template"): pick the template and its language, then a
// form made from its variables (header text, media id or link, or location; body values as text, currency or
// date/time; URL-button suffix; copy-code value), with the preview showing the values. The parameters are matched
// against the template's definition (api::checkTemplateParameters) as they are typed, so a count or format mismatch
// (132000, 132012, 132018) never reaches the API: Send stays disabled until they fit.
//
// The caller queues the result: `if (dialog.exec() == QDialog::Accepted) sendTarget.sendMessage(conv,
// *dialog.message())`.
class TemplateSendDialog : public QDialog {
    Q_OBJECT
public:
    // Only APPROVED templates (status compared case-insensitively) are offered.
    explicit TemplateSendDialog(const QList<Template>& templates, QWidget* parent = nullptr);

    void setRecipient(const QString& to); // the message's `to` (wa_id digits)
    bool selectTemplate(const QString& name, const QString& language = {});
    // Prefills an image/video/document header with this uploaded media id (the media library's "Use as template
    // header"), for every template chosen.
    void setHeaderMedia(const QString& mediaId);

    // The template message when the parameters fit, else nullopt (see problem()).
    std::optional<api::OutgoingMessage> message() const;
    QString problem() const { return m_problem; }
    int templateCount() const;

private:
    void rebuildLanguages();
    void rebuildForm();
    void update();
    std::optional<Template> current() const;
    // `incomplete`: the problem is only that fields are still empty (said quietly, not as an error).
    std::optional<api::TemplateSend> buildSend(QString* problem, bool* incomplete = nullptr) const;
    QString valueOf(const QString& objectName) const;

    QList<Template> m_templates; // approved only
    QString m_to;
    QString m_headerMediaId;
    QString m_problem;
    QComboBox* m_name;
    QComboBox* m_language;
    QWidget* m_formHost;
    QFormLayout* m_form = nullptr;
    TemplatePreview* m_preview;
    QLabel* m_problemLabel;
    QPushButton* m_send;
};

} // namespace wabadesk::ui
