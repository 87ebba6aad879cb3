#pragma once

#include "model/Template.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace wabadesk::ui {

// What the library says about a template_category_update or message_template_components_update (issue #16):
// "Category will change to MARKETING on 10 Dec 2026", "Meta changed the category from UTILITY to MARKETING",
// "Meta changed the content on 4 Dec 2026". Shown for 30 days after it came; "" when there is none.
class TemplateNotice {
    Q_DECLARE_TR_FUNCTIONS(TemplateNotice)
public:
    static QString text(const Template& t, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // "Variables: named ({{customer_name}})" / "Variables: numbered"; "" without variables.
    static QString variables(const Template& t);
};

} // namespace wabadesk::ui
