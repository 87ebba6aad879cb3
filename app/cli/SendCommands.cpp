// wabadesk-cli: the send and read commands.
#include "api/ErrorExplanations.h"
#include "api/MessageValidation.h"
#include "cli/Cli.h"
#include "templates/TemplateSendBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace wabadesk::cli {

int Cli::send(const api::OutgoingMessage& message)
{
    const auto result =
        wait<SendResult>([&](QObject* ctx, auto done) { return m_client->sendMessage(message, ctx, std::move(done)); });
    return report(result, [&](const SendResult& r) {
        QString line = tr("Sent %1 to %2").arg(r.messageId, r.waId.isEmpty() ? message.to : r.waId);
        if (!r.messageStatus.isEmpty())
            line += QStringLiteral(" (%1)").arg(r.messageStatus);
        m_out.line(line);
    });
}

int Cli::sendText()
{
    int code = ExitOk;
    if (!require({"to", "body"}, &code))
        return code;
    auto m = api::messages::text(m_cmd.value(QStringLiteral("to")), m_cmd.value(QStringLiteral("body")),
                                 m_cmd.isSet(QStringLiteral("preview-url")));
    m.replyToMessageId = m_cmd.value(QStringLiteral("reply-to"));
    return send(m);
}

int Cli::sendMedia(const QString& kindName)
{
    int code = ExitOk;
    if (!require({"to"}, &code))
        return code;
    const auto kind = api::mediaKindFromName(kindName);
    const bool hasId = m_cmd.isSet(QStringLiteral("media-id"));
    const bool hasLink = m_cmd.isSet(QStringLiteral("link"));
    if (!kind)
        return m_out.usageError(tr("Unknown media type \"%1\".").arg(kindName));
    if (hasId == hasLink)
        return m_out.usageError(tr("\"%1\" needs exactly one of --media-id or --link.").arg(m_cmd.command()));
    const api::MediaRef ref{m_cmd.value(QStringLiteral("media-id")), m_cmd.value(QStringLiteral("link"))};
    auto m = api::messages::media(m_cmd.value(QStringLiteral("to")), *kind, ref, m_cmd.value(QStringLiteral("caption")),
                                  m_cmd.value(QStringLiteral("filename")), m_cmd.isSet(QStringLiteral("voice")));
    m.replyToMessageId = m_cmd.value(QStringLiteral("reply-to"));
    return send(m);
}

int Cli::sendLocation()
{
    int code = ExitOk;
    if (!require({"to", "latitude", "longitude"}, &code))
        return code;
    bool latOk = false, lonOk = false;
    const double lat = m_cmd.value(QStringLiteral("latitude")).toDouble(&latOk);
    const double lon = m_cmd.value(QStringLiteral("longitude")).toDouble(&lonOk);
    if (!latOk || !lonOk)
        return m_out.usageError(tr("--latitude and --longitude must be decimal numbers, e.g. 52.5163 and 13.3777."));
    auto m = api::messages::location(m_cmd.value(QStringLiteral("to")), lat, lon, m_cmd.value(QStringLiteral("name")),
                                     m_cmd.value(QStringLiteral("address")));
    m.replyToMessageId = m_cmd.value(QStringLiteral("reply-to"));
    return send(m);
}

int Cli::sendReaction()
{
    int code = ExitOk;
    if (!require({"to", "message-id", "emoji"}, &code))
        return code;
    return send(api::messages::reaction(m_cmd.value(QStringLiteral("to")), m_cmd.value(QStringLiteral("message-id")),
                                        m_cmd.value(QStringLiteral("emoji"))));
}

int Cli::sendTemplate()
{
    int code = ExitOk;
    if (!require({"to", "name", "language"}, &code))
        return code;
    const int headerOptions = int(m_cmd.isSet(QStringLiteral("header-text"))) +
                              int(m_cmd.isSet(QStringLiteral("header-media-id"))) +
                              int(m_cmd.isSet(QStringLiteral("header-link")));
    if (headerOptions > 1)
        return m_out.usageError(tr("Give at most one of --header-text, --header-media-id and --header-link."));

    static const QRegularExpression buttonParam(QStringLiteral("^(\\d+)=(.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QList<QPair<int, QString>> buttonValues;
    for (const QString& value : m_cmd.values(QStringLiteral("button-param"))) {
        const auto match = buttonParam.match(value);
        if (!match.hasMatch() || match.captured(1).toInt() > 9)
            return m_out.usageError(
                tr("--button-param must be INDEX=VALUE with INDEX 0 to 9, e.g. 0=order/123 (got \"%1\").").arg(value));
        buttonValues.append({match.captured(1).toInt(), match.captured(2)});
    }

    // The template's definition tells the header format, button types and variable names, and lets wrong
    // parameters be refused before anything is sent (the API would answer 132000/132012).
    const auto list =
        wait<QList<Template>>([&](QObject* ctx, auto done) { return m_client->listTemplates(ctx, std::move(done)); });
    if (!list.ok())
        return m_out.apiError(list.error());
    Template known;
    known.name = m_cmd.value(QStringLiteral("name"));
    known.language = m_cmd.value(QStringLiteral("language"));
    std::optional<Template> definition;
    for (const Template& candidate : list.value())
        if (candidate.name == known.name && candidate.language == known.language)
            definition = candidate;
    const Template& t = definition ? *definition : known;

    templates::TemplateArguments arguments;
    if (m_cmd.isSet(QStringLiteral("header-text"))) {
        arguments.header = api::TemplateTextParameter{m_cmd.value(QStringLiteral("header-text")), {}};
    } else if (m_cmd.isSet(QStringLiteral("header-media-id")) || m_cmd.isSet(QStringLiteral("header-link"))) {
        const QString format =
            templates::component(t, QStringLiteral("HEADER")).value(QStringLiteral("format")).toString().toLower();
        api::TemplateMediaParameter media;
        media.kind = api::mediaKindFromName(format).value_or(api::MediaKind::Image);
        media.media = {m_cmd.value(QStringLiteral("header-media-id")), m_cmd.value(QStringLiteral("header-link"))};
        arguments.header = media;
    }
    for (const QString& value : m_cmd.values(QStringLiteral("body-param")))
        arguments.body.append(api::TemplateTextParameter{value, {}});
    arguments.buttons = buttonValues;
    const api::TemplateSend filled = templates::buildSend(t, arguments);

    auto message = api::messages::templateMessage(m_cmd.value(QStringLiteral("to")), filled);
    message.replyToMessageId = m_cmd.value(QStringLiteral("reply-to"));
    if (definition) {
        QString details;
        const int mismatch = api::checkTemplateParameters(templates::definition(t), filled.toJson(), &details);
        if (mismatch != 0) {
            api::ApiError e = api::ApiError::validation(
                {tr("The parameters do not fit template \"%1\" (%2): %3")
                     .arg(filled.name, filled.languageCode, details),
                 tr("The API would refuse this with error %1: %2")
                     .arg(mismatch)
                     .arg(QCoreApplication::translate("ErrorExplanations",
                                                      api::findErrorExplanation(mismatch)->explanation))});
            e.code = mismatch;
            return m_out.apiError(e);
        }
    }
    return send(message);
}

int Cli::sendRaw()
{
    int code = ExitOk;
    if (!require({"to", "file"}, &code))
        return code;
    const QString path = m_cmd.value(QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_out.usageError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return m_out.usageError(tr("%1 is larger than 1 MiB; that is not a message.").arg(path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return m_out.usageError(
            tr("%1 is not valid JSON: %2 at byte %3").arg(path, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return m_out.usageError(tr("%1 must contain one message object.").arg(path));
    api::OutgoingMessage m = api::OutgoingMessage::fromJson(doc.object());
    m.to = m_cmd.value(QStringLiteral("to"));
    return send(m);
}

int Cli::markRead()
{
    int code = ExitOk;
    if (!require({"message-id"}, &code))
        return code;
    const QString id = m_cmd.value(QStringLiteral("message-id"));
    const auto result = wait<bool>([&](QObject* ctx, auto done) { return m_client->markRead(id, false, ctx, done); });
    return report(result, [&](bool) { m_out.line(tr("Marked %1 as read").arg(id)); });
}

} // namespace wabadesk::cli
