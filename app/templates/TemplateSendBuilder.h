#pragma once

#include "api/OutgoingMessage.h"
#include "model/Template.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wabadesk::templates {

// One place that turns the values an agent (or `wabadesk-cli send template`) gives for a template into the
// `template` object of a send (REFERENCE.md §1.8): the header, the body parameters in the order of the body's
// variables and the button parameters with the sub-type the template's button has. For templates with
// parameter_format NAMED every text, currency and date/time parameter carries its `parameter_name` (the variable as
// written, "first_name"); for positional ones none does.

// The component of type `type` (HEADER, BODY, FOOTER, BUTTONS; compared case-insensitively), or {}.
QJsonObject component(const Template& t, const QString& type);
// parameter_format NAMED (from the field, else from the element as received).
bool isNamed(const Template& t);
// The variables of the header text and of the body, in order of first appearance ("1", "2" or "first_name", …).
QStringList headerVariables(const Template& t);
QStringList bodyVariables(const Template& t);
// The parameter sub-type for the button at `index`: quick_reply, copy_code, or url (URL and OTP buttons).
QString buttonSubType(const Template& t, int index);
// The definition api::checkTemplateParameters compares a send with: the element as received, completed from the
// fields (a template read from the store has its parameter_format in `raw` only).
QJsonObject definition(const Template& t);

struct TemplateArguments {
    // A text header's value (its parameter_name is filled in here), or a media or location header.
    api::TemplateHeaderParameter header;
    // One value per body variable, in the order of bodyVariables(); names are filled in here.
    QList<api::TemplateBodyParameter> body;
    // (button index, value); the sub-type comes from the template's button.
    QList<QPair<int, QString>> buttons;
};

api::TemplateSend buildSend(const Template& t, TemplateArguments arguments);

} // namespace wabadesk::templates
