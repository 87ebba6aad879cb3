#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wabadesk::api {

// Checks a complete POST /messages body against the documented limits (REFERENCE.md §1.12 and the per-type
// sections of §1) before anything is sent. Returns one translated line per problem; empty when valid.
// The sandbox runs the same function, so it refuses exactly what the client refuses.
QStringList validateMessage(const QJsonObject& message);

// Checks a mark-as-read body (§1.11).
QStringList validateMarkRead(const QJsonObject& body);

// Matches a template send (the `template` object of a message, §1.8) against the template's definition
// (an element of `waba_templates`, §3.1). Returns the Meta error code the API would answer (132000 parameter
// count mismatch, 132012 parameter format mismatch, 132018 text parameter with newline/tab/>4 spaces),
// or 0 when the send fits. `details` gets one sentence about the first mismatch.
int checkTemplateParameters(const QJsonObject& templateDefinition, const QJsonObject& templateSend, QString* details);

// The distinct variables ({{1}}, {{name}}) of a component text, in order of first appearance, and their number.
QStringList templateVariableNames(const QString& text);
int countTemplateVariables(const QString& text);

} // namespace wabadesk::api
