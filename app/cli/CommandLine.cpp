#include "cli/CommandLine.h"
#include "cli/Output.h"

#include <QCoreApplication>

#include <array>

namespace wabadesk::cli {

namespace {

struct OptionSpec {
    const char* name;
    const char* valueName; // nullptr for a flag
    const char* description;
};

// Every option of every command; which command takes which is in kCommands.
constexpr std::array kOptions{
    OptionSpec{"base-url", "URL", "API base URL (default https://waba-v2.360dialog.io)"},
    OptionSpec{"channel", "NAME", "use the channel NAME (its base URL and its key from the keychain)"},
    OptionSpec{"data-dir", "DIR", "WabaDesk's data directory"},
    OptionSpec{"json", nullptr, "print the raw response, or an error object"},
    OptionSpec{"version", nullptr, "print the version"},
    OptionSpec{"help", nullptr, "print help"},
    OptionSpec{"to", "N", "recipient phone number or wa_id"},
    OptionSpec{"body", "T", "message text (at most 4096 characters)"},
    OptionSpec{"preview-url", nullptr, "show a preview of the first link"},
    OptionSpec{"reply-to", "WAMID", "quote this message"},
    OptionSpec{"media-id", "ID", "media id from `media upload`"},
    OptionSpec{"link", "URL", "public https URL of the media"},
    OptionSpec{"caption", "T", "caption (image, video, document; at most 1024 characters)"},
    OptionSpec{"filename", "F", "file name shown for a document"},
    OptionSpec{"voice", nullptr, "send audio as a voice note (OGG/Opus)"},
    OptionSpec{"latitude", "X", "latitude, -90 to 90"},
    OptionSpec{"longitude", "Y", "longitude, -180 to 180"},
    OptionSpec{"name", "T", "place name (location), template name (template) or channel name (channel add)"},
    OptionSpec{"address", "T", "a place's address (location); the address to bind (listen, default 127.0.0.1)"},
    OptionSpec{"message-id", "WAMID", "the message to react to or mark as read"},
    OptionSpec{"emoji", "E", "one emoji; an empty string removes the reaction"},
    OptionSpec{"language", "L", "template language code, e.g. en_US"},
    OptionSpec{"header-text", "V", "value of the template's text header variable"},
    OptionSpec{"header-media-id", "ID", "media id for the template's image/video/document header"},
    OptionSpec{"header-link", "URL", "link for the template's image/video/document header"},
    OptionSpec{"body-param", "V", "value of the next body variable (repeat in order)"},
    OptionSpec{"button-param", "INDEX=V", "parameter of the button at INDEX (URL suffix, payload, code)"},
    OptionSpec{"file", "FILE", "JSON file"},
    OptionSpec{"mime", "TYPE", "MIME type the file claims (the content is checked against it)"},
    OptionSpec{"as", "KIND", "what the upload will be sent as: image, video, audio, document or sticker"},
    OptionSpec{"out", "FILE", "where to save the download or the export"},
    OptionSpec{"about", "T", "profile: about text (1–139 characters)"},
    OptionSpec{"description", "T", "profile: description (at most 512)"},
    OptionSpec{"email", "T", "profile: email address"},
    OptionSpec{"website", "URL", "profile: website (repeat, at most 2)"},
    OptionSpec{"vertical", "V", "profile: industry, e.g. RETAIL"},
    OptionSpec{"url", "URL", "webhook URL"},
    OptionSpec{"header", "NAME:VALUE", "webhook header; VALUE '-' reads it from standard input"},
    OptionSpec{"waba", nullptr, "the WABA webhook (all numbers) instead of the phone-number webhook"},
    OptionSpec{"show-secret", nullptr, "webhook get: print the header values (secrets) in clear, also with --json"},
    OptionSpec{"purge-history", nullptr, "also delete the channel's local history"},
    OptionSpec{"port", "P", "port (sandbox: default 8360; listen: default 8361; 0 picks a free one)"},
    OptionSpec{"conversation", "WA_ID", "export: only the conversation with this customer"},
    OptionSpec{"since", "DATE", "export: only messages from this date (2026-11-01 or an ISO date-time)"},
    OptionSpec{"format", "json|csv", "export: the output format"},
    OptionSpec{"secret-header", "NAME", "listen: also accept this header, its value from WABADESK_WEBHOOK_SECRET"},
    OptionSpec{"insecure-no-auth", nullptr, "listen: accept requests without any secret (tests only)"},
    OptionSpec{"tls-cert", "FILE", "listen: HTTPS certificate (PEM)"},
    OptionSpec{"tls-key", "FILE", "listen: HTTPS private key (PEM)"},
    OptionSpec{"webhook", "URL", "sandbox: where to post webhooks"},
    OptionSpec{"partner-id", "ID", "partner: the partner id (ends in PA; default: the one saved by `partner login`)"},
    OptionSpec{"partner-base-url", "URL", "partner: Partner API base URL (default https://hub.360dialog.io/api/v2)"},
    OptionSpec{"key-stdin", nullptr, "partner: read the Partner API key from standard input"},
    OptionSpec{"client", "ID", "partner: a client id (see `partner clients`)"},
    OptionSpec{"granularity", "day|month", "partner balance: usage per day (last 30 days) or per month (last 12)"},
    OptionSpec{"yes", nullptr, "partner add-channel: do not ask before revoking the channel's current key"},
    OptionSpec{"shortcut", "NAME", "quickreply: the shortcut typed after \"/\" (one word)"},
    OptionSpec{"replace", nullptr, "quickreply add: change the text of an existing shortcut"},
};

struct CommandSpec {
    const char* words;      // "send text"
    const char* positional; // usage of positional arguments, "" for none
    int positionalCount;
    const char* options; // space-separated option names the command takes
    const char* summary;
};

constexpr std::array kCommands{
    CommandSpec{"send text", "", 0, "to body preview-url reply-to", "send a text message"},
    CommandSpec{"send image", "", 0, "to media-id link caption reply-to", "send an image"},
    CommandSpec{"send audio", "", 0, "to media-id link voice reply-to", "send audio"},
    CommandSpec{"send video", "", 0, "to media-id link caption reply-to", "send a video"},
    CommandSpec{"send document", "", 0, "to media-id link caption filename reply-to", "send a document"},
    CommandSpec{"send sticker", "", 0, "to media-id link reply-to", "send a sticker"},
    CommandSpec{"send location", "", 0, "to latitude longitude name address reply-to", "send a location"},
    CommandSpec{"send reaction", "", 0, "to message-id emoji", "react to a message"},
    CommandSpec{"send template", "", 0,
                "to name language header-text header-media-id header-link body-param button-param reply-to",
                "send an approved template"},
    CommandSpec{"send raw", "", 0, "to file", "send any message object from a JSON file"},
    CommandSpec{"read", "", 0, "message-id", "mark a message as read"},
    CommandSpec{"media upload", "FILE", 1, "mime as", "upload a file and print its media id"},
    CommandSpec{"media info", "ID", 1, "", "show a media id's type, size, hash and URL"},
    CommandSpec{"media download", "ID", 1, "out", "download a media file"},
    CommandSpec{"media delete", "ID", 1, "", "delete an uploaded media file"},
    CommandSpec{"templates list", "", 0, "", "list the message templates"},
    CommandSpec{"templates create", "", 0, "file", "submit a template from a JSON file"},
    CommandSpec{"templates delete", "NAME", 1, "", "delete a template (all its languages)"},
    CommandSpec{"profile get", "", 0, "", "show the business profile"},
    CommandSpec{"profile set", "", 0, "about address description email website vertical",
                "change business profile fields"},
    CommandSpec{"webhook get", "", 0, "waba show-secret", "show the webhook URL and headers (values masked)"},
    CommandSpec{"webhook set", "", 0, "url header waba", "set the webhook URL and headers"},
    CommandSpec{"channel add", "", 0, "name", "add a channel: the key is read from stdin or WABADESK_API_KEY"},
    CommandSpec{"channel list", "", 0, "", "list the channels"},
    CommandSpec{"channel check", "NAME", 1, "", "check that a channel's key still works"},
    CommandSpec{"channel rotate", "NAME", 1, "", "replace a channel's key (read like for add)"},
    CommandSpec{"channel remove", "NAME", 1, "purge-history", "remove a channel and its keychain entries"},
    CommandSpec{"sandbox", "", 0, "port webhook", "run the local sandbox until stopped"},
    CommandSpec{"export", "", 0, "conversation since format out",
                "write conversations with messages, statuses and errors (stdout unless --out)"},
    CommandSpec{"listen", "", 0, "address port secret-header insecure-no-auth tls-cert tls-key",
                "run the webhook listener and store without a GUI, until stopped"},
    CommandSpec{"partner clients", "", 0, "partner-id partner-base-url key-stdin",
                "list the partner's clients (360dialog Partner API)"},
    CommandSpec{"partner channels", "", 0, "client partner-id partner-base-url key-stdin",
                "list the partner's channels with status, mode, quality and limit"},
    CommandSpec{"partner add-channel", "CHANNEL_ID", 1, "name url header yes partner-id partner-base-url key-stdin",
                "generate the channel's API key into the keychain and add it (revokes its current key)"},
    CommandSpec{"partner balance", "", 0, "client granularity partner-id partner-base-url key-stdin",
                "show a client's balance and usage (at most 5 requests per client in 30 s)"},
    CommandSpec{"partner login", "", 0, "partner-id partner-base-url",
                "check the Partner API key (stdin or WABADESK_PARTNER_KEY) and keep it in the keychain"},
    CommandSpec{"partner logout", "", 0, "", "remove the Partner API key from the keychain"},
    CommandSpec{"quickreply list", "", 0, "", "list the quick replies agents insert with \"/\""},
    CommandSpec{"quickreply add", "", 0, "shortcut body replace", "save a quick reply ({name}, {agent} allowed)"},
    CommandSpec{"quickreply remove", "SHORTCUT", 1, "", "delete a quick reply"},
};

constexpr std::array kGlobal{"base-url", "channel", "data-dir", "json", "version", "help"};

// "  --name VALUE    description" for one option of kOptions.
QString optionHelpLine(const QString& name)
{
    for (const auto& o : kOptions)
        if (QLatin1String(o.name) == name)
            return QStringLiteral("  --%1 %2\n")
                .arg(name + (o.valueName ? QLatin1Char(' ') + QString::fromLatin1(o.valueName) : QString()), -24)
                .arg(CommandLine::tr(o.description));
    return {};
}

const CommandSpec* findCommand(const QString& words)
{
    for (const auto& c : kCommands)
        if (QLatin1String(c.words) == words)
            return &c;
    return nullptr;
}

} // namespace

CommandLine::CommandLine()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto& o : kOptions) {
        if (o.valueName)
            m_parser.addOption(
                QCommandLineOption(QString::fromLatin1(o.name), tr(o.description), QString::fromLatin1(o.valueName)));
        else
            m_parser.addOption(QCommandLineOption(QString::fromLatin1(o.name), tr(o.description)));
    }
}

bool CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    QStringList words = m_parser.positionalArguments();
    if (words.isEmpty()) {
        if (!wantsHelp() && !wantsVersion()) {
            m_error = tr("No command given.");
            return false;
        }
        return true;
    }
    // Commands are one word (read, sandbox) or two (send text, media upload).
    const CommandSpec* spec = nullptr;
    if (words.size() >= 2 && (spec = findCommand(words[0] + QLatin1Char(' ') + words[1]))) {
        m_command = words[0] + QLatin1Char(' ') + words[1];
        words = words.mid(2);
    } else if ((spec = findCommand(words[0]))) {
        m_command = words[0];
        words = words.mid(1);
    } else {
        const bool known = words[0] == QLatin1String("send") || words[0] == QLatin1String("media") ||
                           words[0] == QLatin1String("templates") || words[0] == QLatin1String("profile") ||
                           words[0] == QLatin1String("webhook") || words[0] == QLatin1String("channel") ||
                           words[0] == QLatin1String("partner") || words[0] == QLatin1String("quickreply");
        m_error = known && words.size() >= 2 ? tr("Unknown command \"%1 %2\".").arg(words[0], words[1])
                                             : (known ? tr("\"%1\" needs a subcommand.").arg(words[0])
                                                      : tr("Unknown command \"%1\".").arg(words[0]));
        return false;
    }
    if (wantsHelp())
        return true;
    if (words.size() != spec->positionalCount) {
        m_error = spec->positionalCount == 0
                      ? tr("\"%1\" takes no argument \"%2\".").arg(m_command, words.value(0))
                      : tr("\"%1\" needs exactly one %2.").arg(m_command, QString::fromLatin1(spec->positional));
        return false;
    }
    m_arguments = words;
    const QStringList allowed = QString::fromLatin1(spec->options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& name : m_parser.optionNames()) {
        bool global = false;
        for (const char* g : kGlobal)
            global = global || name == QLatin1String(g);
        if (!global && !allowed.contains(name)) {
            m_error = tr("Option --%1 is not valid for \"%2\".").arg(name, m_command);
            return false;
        }
    }
    return true;
}

QString CommandLine::helpText()
{
    QString text = tr("Usage: wabadesk-cli [global options] COMMAND [options]\n\n"
                      "WabaDesk's command-line companion for the WhatsApp Business API through 360dialog.\n"
                      "The API key comes from the channel's keychain entry or the environment variable\n"
                      "WABADESK_API_KEY, never from the command line (other users can read it there).\n"
                      "The Partner API key likewise: the keychain (`partner login`), WABADESK_PARTNER_KEY,\n"
                      "or standard input with --key-stdin.\n\n"
                      "Commands:\n");
    for (const auto& c : kCommands) {
        const QString usage = QString::fromLatin1(c.words) +
                              (c.positionalCount ? QLatin1Char(' ') + QString::fromLatin1(c.positional) : QString());
        text += QStringLiteral("  %1 %2\n").arg(usage, -26).arg(tr(c.summary));
    }
    text += tr("\nGlobal options:\n");
    for (const char* g : kGlobal)
        text += optionHelpLine(QString::fromLatin1(g));
    text += tr("\n`wabadesk-cli COMMAND --help` lists a command's options.\n"
               "Exit codes: 0 success, 2 usage error or refused before sending, 3 API error, "
               "4 network, TLS or timeout.\n");
    return text;
}

QString CommandLine::commandHelp(const QString& command)
{
    const CommandSpec* spec = findCommand(command);
    if (!spec)
        return helpText();
    QString text =
        tr("Usage: wabadesk-cli [global options] %1%2 [options]\n%3.\n\nOptions:\n")
            .arg(command, spec->positionalCount ? QLatin1Char(' ') + QString::fromLatin1(spec->positional) : QString(),
                 tr(spec->summary));
    for (const QString& name : QString::fromLatin1(spec->options).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        text += optionHelpLine(name);
    return text;
}

} // namespace wabadesk::cli
