#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace wabadesk::sandbox {

// A Meta Graph error (REFERENCE.md §7.1) and the HTTP status it is answered with (§7.2).
struct GraphError {
    int code = 100;
    int httpStatus = 400;
    QString message; // "(#131047) Re-engagement message"
    QString details; // error_data.details; left out when empty
    int subcode = 0; // error_subcode; left out when 0
    QString type = QStringLiteral("OAuthException");
    QString userTitle;   // error_user_title (template creation errors)
    QString userMessage; // error_user_msg
};

// The Graph error for a Meta code, with the title and HTTP status of §7.2.
GraphError graphError(int code, const QString& details = {}, int subcode = 0);
// Meta's answer for an object id it does not know (GET/DELETE /{id}): code 100, subcode 33.
GraphError unknownObjectError(const QString& method, const QString& id);
QJsonObject graphErrorBody(const GraphError& error);

void replyJson(httplib::Response& res, int status, const QJsonObject& body);
void replyError(httplib::Response& res, const GraphError& error);
void replySuccess(httplib::Response& res); // {"success": true}

std::optional<QJsonObject> parseJsonObject(const std::string& body);
QString queryParam(const httplib::Request& req, const char* name);
QString headerValue(const httplib::Request& req, const char* name);

QString randomToken(int bytes);        // base64url without padding
QString randomDigits(int count);       // no leading zero
QString randomHex(int bytes);          // lower-case hex
QString newWamid(const QString& waId); // "wamid.HBgN…"
QString newFbtraceId();
QString digitsOnly(const QString& text);
qint64 nowSecs();

} // namespace wabadesk::sandbox
