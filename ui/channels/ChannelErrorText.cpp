#include "channels/ChannelErrorText.h"

#include "common/ErrorText.h"

#include <QStringList>

namespace wabadesk::ui {

using Kind = channels::ChannelError::Kind;

QString ChannelErrorText::title(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::WrongKey:
        return tr("The API key was not accepted");
    case Kind::Unreachable:
        return tr("The base URL cannot be reached");
    case Kind::NetworkFailure:
        return tr("The network failed");
    case Kind::NotAnApi:
        return tr("This is not a 360dialog API");
    case Kind::NoKeychain:
        return tr("No keychain is available");
    case Kind::KeychainFailed:
        return tr("The keychain failed");
    case Kind::InvalidInput:
        return tr("Some values need correcting");
    case Kind::NotFound:
        return tr("The channel no longer exists");
    case Kind::Duplicate:
        return tr("This number is already a channel");
    case Kind::ApiRejected:
        return tr("360dialog refused the request");
    }
    return {};
}

QString ChannelErrorText::advice(Kind kind)
{
    switch (kind) {
    case Kind::WrongKey:
        return tr("Copy the key again from the 360dialog Hub (API keys of the number). Only the newest key of a "
                  "number works; a key generated earlier stops working when a new one is generated.");
    case Kind::Unreachable:
        return tr("Check the base URL for typing mistakes. For the Cloud API it is https://waba-v2.360dialog.io.");
    case Kind::NetworkFailure:
        return tr("Check this computer's internet connection (and proxy or firewall), then try again.");
    case Kind::NotAnApi:
        return tr("Something answered at this address, but not like 360dialog. Check the base URL.");
    case Kind::KeychainFailed:
        return tr("Unlock the keychain (it may have asked for a password) and try again.");
    case Kind::Duplicate:
        return tr("To use a new key for that number, rotate the existing channel's key instead.");
    case Kind::None:
    case Kind::NoKeychain:
    case Kind::InvalidInput:
    case Kind::NotFound:
    case Kind::ApiRejected:
        break;
    }
    return {};
}

QString ChannelErrorText::richText(const channels::ChannelError& error)
{
    const QString headline = title(error.kind);
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    // The service's message may open with the same words as the headline; they are not repeated.
    QString message = error.message;
    if (message.startsWith(headline))
        message = message.mid(headline.size()).remove(0, 1).trimmed();
    if (!message.isEmpty())
        html += QStringLiteral("<br>") + message.toHtmlEscaped();
    // The first problem is usually the message itself.
    QStringList more = error.problems;
    if (!more.isEmpty() && more.first() == error.message)
        more.removeFirst();
    for (const QString& problem : std::as_const(more))
        html += QStringLiteral("<br>• ") + problem.toHtmlEscaped();
    if (error.kind == Kind::ApiRejected && error.apiError.isError()) {
        const QString paragraph = ErrorText::oneParagraph(error.apiError);
        if (!paragraph.isEmpty() && !error.message.contains(paragraph))
            html += QStringLiteral("<br>") + paragraph.toHtmlEscaped();
    }
    const QString tip = advice(error.kind);
    if (!tip.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(tip.toHtmlEscaped());
    return html;
}

QString ChannelErrorText::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::WrongKey:
        return QStringLiteral("WrongKey");
    case Kind::Unreachable:
        return QStringLiteral("Unreachable");
    case Kind::NetworkFailure:
        return QStringLiteral("NetworkFailure");
    case Kind::NotAnApi:
        return QStringLiteral("NotAnApi");
    case Kind::NoKeychain:
        return QStringLiteral("NoKeychain");
    case Kind::KeychainFailed:
        return QStringLiteral("KeychainFailed");
    case Kind::InvalidInput:
        return QStringLiteral("InvalidInput");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Duplicate:
        return QStringLiteral("Duplicate");
    case Kind::ApiRejected:
        return QStringLiteral("ApiRejected");
    }
    return {};
}

} // namespace wabadesk::ui
