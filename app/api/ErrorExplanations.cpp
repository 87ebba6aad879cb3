#include "api/ErrorExplanations.h"

#include "api/ApiError.h"

#include <QCoreApplication>

#include <array>

namespace wabadesk::api {

namespace {

#define E(code, last, title, explanation, fix, retry)                                                                  \
    ErrorExplanation                                                                                                   \
    {                                                                                                                  \
        code, last, QT_TRANSLATE_NOOP("ErrorExplanations", title),                                                     \
            QT_TRANSLATE_NOOP("ErrorExplanations", explanation), QT_TRANSLATE_NOOP("ErrorExplanations", fix), retry    \
    }

// REFERENCE.md §7.2, one row per code; "fix" is what the user can do about it.
const std::array kTable{
    E(0, 0, "Authentication failed", "The API could not authenticate this channel.",
      "Check the channel's API key; generate a new one in the 360dialog Hub if it was rotated.", false),
    E(1, 1, "Invalid request or server error", "WhatsApp could not process the request.",
      "Check the request; if it looks right, try once more later.", true),
    E(2, 2, "Service temporarily unavailable", "WhatsApp's service is temporarily down or overloaded.",
      "Wait a moment; WabaDesk retries automatically.", true),
    E(3, 3, "Capability or permission missing", "This account is not allowed to use this function.",
      "Ask 360dialog support whether the function is enabled for this number.", false),
    E(4, 4, "Too many calls", "The app sent too many requests in a short time.",
      "Wait a moment; WabaDesk retries with increasing pauses.", true),
    E(10, 10, "Permission denied", "The permission for this action is missing or was removed.",
      "Ask an administrator to check the number's permissions in the 360dialog Hub.", false),
    E(33, 33, "Phone number deleted", "The business phone number of this channel was deleted.",
      "Remove the channel or connect a current number.", false),
    E(100, 100, "Invalid parameter", "A value in the request is missing, misspelled or not supported.",
      "Read the details below, correct the value and send again.", false),
    E(190, 190, "Access token expired", "The token between 360dialog and Meta has expired.",
      "Contact 360dialog support; this is not something you can fix in WabaDesk.", false),
    E(200, 299, "API permission missing", "The API permission needed for this action is missing.",
      "Ask an administrator to check the number's permissions.", false),
    E(368, 368, "Temporarily blocked", "The number is temporarily blocked for policy violations.",
      "Review WhatsApp's Business Policy; an administrator should check the account quality in the Hub.", false),
    E(470, 470, "24-hour window closed (On-Premise)",
      "More than 24 hours have passed since the customer last wrote, so only templates can be sent.",
      "Send an approved template to restart the conversation.", false),
    E(80007, 80007, "Rate limit reached", "The WhatsApp Business Account reached its request rate limit.",
      "Wait a while; WabaDesk retries later.", true),
    E(130429, 130429, "Throughput limit reached",
      "Messages are being sent faster than this number's throughput allows (about 80 per second).",
      "WabaDesk slows down and retries automatically.", true),
    E(130472, 130472, "Customer is part of an experiment",
      "Meta did not deliver this marketing message because the customer is part of a Meta experiment.",
      "Nothing to do; try other channels to reach this customer.", false),
    E(131000, 131000, "Something went wrong", "WhatsApp reported an unknown error.",
      "Try again; if it keeps happening, contact 360dialog support with the trace id.", true),
    E(131005, 131005, "Access denied", "Access to this function was denied.",
      "Ask an administrator to check the number's permissions.", false),
    E(131008, 131008, "Required parameter missing", "A required value is missing from the request.",
      "Fill in the value named in the details and send again.", false),
    E(131009, 131009, "Parameter value not valid", "A value in the request is not valid.",
      "Correct the value named in the details and send again.", false),
    E(131016, 131016, "Service unavailable", "WhatsApp's service is temporarily unavailable.",
      "Wait a moment; WabaDesk retries automatically.", true),
    E(131021, 131021, "Recipient cannot be sender", "The message was addressed to the business number itself.",
      "Send to the customer's number instead.", false),
    E(131026, 131026, "Message undeliverable",
      "The message could not be delivered: the number may not use WhatsApp, may not have accepted the latest "
      "terms, may use an old app version, or WhatsApp held it back.",
      "Confirm the number with the customer, or reach them another way. Do not resend automatically.", false),
    E(131030, 131030, "Number not in the allowed list",
      "With a test number, messages can only go to numbers added to its allowed list.",
      "Add the recipient to the allowed list (up to 5 numbers) or use a production number.", false),
    E(131031, 131031, "Account locked", "The WhatsApp Business Account has been locked.",
      "An administrator must contact 360dialog or Meta support.", false),
    E(131042, 131042, "Payment issue", "There is a payment problem with the WhatsApp Business Account.",
      "An administrator should check the payment method in the Meta Business Manager.", false),
    E(131045, 131045, "Certificate error", "The phone number's registration certificate is not valid.",
      "An administrator must re-register the number.", false),
    E(131047, 131047, "24-hour window closed",
      "More than 24 hours have passed since the customer last wrote, so free-form messages are not allowed.",
      "Send an approved template to restart the conversation.", false),
    E(131048, 131048, "Spam rate limit", "Too many of this number's messages were blocked or reported as spam.",
      "Stop bulk sending and review message quality; try again much later.", false),
    E(131049, 131049, "Not delivered to protect engagement",
      "Meta limited how many marketing messages this customer receives (the per-user marketing limit).",
      "WabaDesk sends no marketing template to this customer for 24 hours, then tries again with growing pauses.",
      true),
    E(131050, 131050, "Customer stopped marketing messages",
      "The customer chose not to receive marketing messages from this business.",
      "Respect the opt-out; only service conversations are possible.", false),
    E(131051, 131051, "Unsupported message type", "This message type is not supported.",
      "Send a different type of message.", false),
    E(131052, 131052, "Media download error", "The file the customer sent could not be downloaded.",
      "Ask the customer to send it again.", false),
    E(131053, 131053, "Media upload error", "The file could not be uploaded: unsupported type, bad link or too big.",
      "Check the details, fix the file or link and upload again.", false),
    E(131055, 131055, "Marketing Messages Lite not accepted",
      "This number has not accepted the terms of Marketing Messages Lite, so /marketing_messages refuses it.",
      "Accept the MM Lite terms in the 360dialog Hub, or turn off \"Send marketing templates through MM Lite\" "
      "for this channel.",
      false),
    E(131056, 131056, "Too many messages to this customer", "Too many messages went to this customer in a short time.",
      "Wait before writing to this customer again; other customers are not affected.", true),
    E(131057, 131057, "Account in maintenance", "The account is in maintenance mode, for example during an upgrade.",
      "Wait a few minutes; WabaDesk retries automatically.", true),
    E(131062, 131062, "Not possible for a username-only customer",
      "This customer is known only by their business-scoped user id (they use a WhatsApp username), and this type "
      "of message needs a phone number (for example one-tap, zero-tap and copy-code authentication templates).",
      "Send another type of message, or ask the customer for their phone number.", false),
    E(131064, 131064, "Messaging limit reached",
      "The messaging limit was reached because of template classification violations.",
      "Review template categories with an administrator.", false),
    E(132000, 132000, "Wrong number of template parameters",
      "The number of parameters does not match the number of variables in the template.",
      "Give exactly one value per variable of the template's header, body and buttons.", false),
    E(132001, 132001, "Template not found", "No approved template with this name exists in this language.",
      "Refresh the template list and check the name and language.", false),
    E(132005, 132005, "Template text too long", "With the parameters filled in, the template text is too long.",
      "Shorten the parameter values.", false),
    E(132007, 132007, "Template format policy violated", "The template's content violates WhatsApp's format policy.",
      "Edit the template's text and submit it for review again.", false),
    E(132008, 132008, "Template parameter not valid", "A template parameter value is not valid.",
      "Correct the parameter values.", false),
    E(132012, 132012, "Template parameter format mismatch",
      "A parameter does not match the template's format (for example an image for a video header).",
      "Give the header and buttons values of the type the template defines.", false),
    E(132015, 132015, "Template paused", "The template is paused because of low quality.",
      "Use another template, or edit this one to improve its quality.", false),
    E(132016, 132016, "Template disabled", "The template was disabled because of low quality.", "Use another template.",
      false),
    E(132018, 132018, "Template parameter has forbidden characters",
      "Template text parameters may not contain new lines, tabs or more than four spaces in a row.",
      "Remove new lines, tabs and long runs of spaces from the values.", false),
    E(132068, 132068, "Flow blocked", "The flow is blocked.", "Check the flow in WhatsApp Manager.", false),
    E(132069, 132069, "Flow throttled", "The flow is throttled.", "Try again later.", true),
    E(133000, 133000, "Incomplete deregistration", "A previous deregistration of the number did not complete.",
      "An administrator must deregister the number again.", false),
    E(133004, 133004, "Server temporarily unavailable", "WhatsApp's server is temporarily unavailable.",
      "Wait a moment; WabaDesk retries automatically.", true),
    E(133005, 133009, "Registration problem",
      "The two-step verification PIN or the registration of the number needs attention.",
      "An administrator must check the number's registration in the 360dialog Hub.", false),
    E(133010, 133010, "Phone number not registered", "The business phone number is not registered.",
      "An administrator must register the number.", false),
    E(133015, 133015, "Wait before re-registering", "The number was deleted recently.",
      "Wait 5 minutes before registering it again.", true),
    E(133016, 133016, "Registration rate limit", "The number was registered or deregistered too often.",
      "Try again later.", true),
    E(135000, 135000, "Generic user error", "WhatsApp rejected the request.", "Check the request details.", false),
    E(137000, 137000, "Customer identity changed",
      "The customer's identity key changed (for example a new phone) since the hash was taken.",
      "Confirm the customer's identity, then send again without the identity hash.", false),
};

#undef E

QString tr(const char* text)
{
    return text && *text ? QCoreApplication::translate("ErrorExplanations", text) : QString();
}

} // namespace

std::span<const ErrorExplanation> errorExplanations()
{
    return kTable;
}

const ErrorExplanation* findErrorExplanation(int code)
{
    for (const auto& e : kTable)
        if (code >= e.code && code <= e.lastCode)
            return &e;
    return nullptr;
}

QString translatedExplanation(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ErrorExplanations",
                                           "The server could not be reached, or the connection was lost.");
    case Kind::Tls:
        return QCoreApplication::translate("ErrorExplanations",
                                           "A secure connection could not be established (TLS certificate or "
                                           "handshake failure).");
    case Kind::Timeout:
        return QCoreApplication::translate("ErrorExplanations", "The server did not answer in time.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ErrorExplanations", "The request was cancelled.");
    case Kind::MalformedResponse:
        return QCoreApplication::translate("ErrorExplanations", "The server's answer was not in the expected format.");
    case Kind::Validation:
        return QCoreApplication::translate("ErrorExplanations", "The request was not sent because it breaks the "
                                                                "API's rules.");
    case Kind::Http:
    case Kind::Api:
        break;
    }
    if (const ErrorExplanation* e = error.explanation())
        return tr(e->explanation);
    if (error.httpStatus == 401)
        return QCoreApplication::translate("ErrorExplanations", "The API key was not accepted.");
    if (error.httpStatus == 403)
        return QCoreApplication::translate("ErrorExplanations", "The endpoint is blocked for this channel.");
    if (error.httpStatus == 429 || error.httpStatus == 503)
        return QCoreApplication::translate("ErrorExplanations", "The server is busy and asks to slow down.");
    if (error.httpStatus >= 500)
        return QCoreApplication::translate("ErrorExplanations", "The server had an internal error.");
    return QCoreApplication::translate("ErrorExplanations", "The server refused the request.");
}

QString translatedFix(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
        return QCoreApplication::translate("ErrorExplanations",
                                           "Check the internet connection and the channel's base URL.");
    case Kind::Tls:
        return QCoreApplication::translate("ErrorExplanations",
                                           "Check the system clock and any proxy that intercepts HTTPS.");
    case Kind::Timeout:
        return QCoreApplication::translate("ErrorExplanations", "Try again; if it persists, check the connection.");
    case Kind::MalformedResponse:
        return QCoreApplication::translate("ErrorExplanations",
                                           "Check that the base URL points at a 360dialog-compatible API.");
    case Kind::Validation:
        return QCoreApplication::translate("ErrorExplanations", "Correct the values listed and send again.");
    default:
        break;
    }
    if (const ErrorExplanation* e = error.explanation())
        return tr(e->fix);
    if (error.httpStatus == 401)
        return QCoreApplication::translate("ErrorExplanations",
                                           "Check the channel's API key; only the newest key of a channel works.");
    if (error.retryable)
        return QCoreApplication::translate("ErrorExplanations", "Wait a moment and try again.");
    if (error.httpStatus >= 500 || error.httpStatus == 403)
        return QCoreApplication::translate("ErrorExplanations", "Contact 360dialog support if this persists.");
    return {};
}

} // namespace wabadesk::api
