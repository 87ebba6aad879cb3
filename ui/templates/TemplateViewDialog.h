#pragma once

#include "model/Template.h"

#include <QDialog>

namespace wabadesk::ui {

class TemplateDetails;

// A template of the library opened on its own (double-click in the Templates tab): the details (preview, components,
// status) in a window of their own. Templates are not edited in place: 360dialog has no edit endpoint (REFERENCE.md
// §3.4), so the dialog says so and offers "Duplicate…", which starts a new template from this one.
class TemplateViewDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplateViewDialog(const Template& t, QWidget* parent = nullptr);

    TemplateDetails* details() const { return m_details; }

Q_SIGNALS:
    void duplicateRequested(const wabadesk::Template& t);

private:
    TemplateDetails* m_details;
};

} // namespace wabadesk::ui
