#pragma once

#include "model/Template.h"
#include "templates/TemplateDraft.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace wabadesk::ui {

class ChipLabel;
class TemplatePreview;

// The template as its definition would be written (a draft), e.g. to show it or to start a copy from it.
templates::TemplateDraft draftOf(const Template& t);

// One template of the library, read-only: its name and language, status, quality and category as chips, the reason
// when it was rejected, the message as a customer sees it (the preview, with the template's sample values), and its
// components (header, body with its variables and samples, footer, buttons) as written. Nothing selected: a hint.
// WhatsApp templates are not edited in place (REFERENCE.md §3.4: 360dialog has no edit endpoint); a copy is.
class TemplateDetails : public QWidget {
    Q_OBJECT
public:
    explicit TemplateDetails(QWidget* parent = nullptr);

    void setTemplate(const std::optional<Template>& t);
    const std::optional<Template>& shownTemplate() const { return m_template; }
    TemplatePreview* preview() const { return m_preview; }
    // The components as shown (for tests): "Header: …", "Body: …", …
    QString componentsText() const;

private:
    std::optional<Template> m_template;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_language;
    ChipLabel* m_status;
    ChipLabel* m_quality;
    ChipLabel* m_category;
    QLabel* m_reason;
    TemplatePreview* m_preview;
    QLabel* m_components;
};

} // namespace wabadesk::ui
