// wabadesk-cli: media, templates, profile and webhook commands.
#include "api/JsonMapping.h"
#include "api/MediaTypes.h"
#include "channels/WebhookUrlRules.h"
#include "cli/Cli.h"
#include "common/Redact.h"
#include "media/MediaValidation.h"
#include "profile/ProfileRules.h"
#include "profile/ProfileUpdater.h"
#include "store/Store.h"
#include "templates/TemplateRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace wabadesk::cli {

namespace {

// The webhook configuration as 360dialog returned it, with every value of every "headers" object (at any depth: the
// phone-number and WABA shapes differ) masked like the plain output masks them.
QJsonValue maskHeaders(const QJsonValue& value, bool insideHeaders)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = maskHeaders(it.value(), insideHeaders || it.key() == QLatin1String("headers"));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskHeaders(*it, insideHeaders);
        return a;
    }
    if (insideHeaders && value.isString())
        return redactedSecret(value.toString().toUtf8());
    return value;
}

QByteArray maskedWebhookHeaders(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return QJsonDocument(maskHeaders(doc.object(), false).toObject()).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(maskHeaders(doc.array(), false).toArray()).toJson(QJsonDocument::Compact);
    return QByteArray("{}"); // not JSON: nothing of it is shown, it might hold the secret
}

} // namespace

namespace {

QString column(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

} // namespace

int Cli::mediaUpload()
{
    const QString path = m_cmd.arguments().value(0);
    std::optional<api::MediaKind> kind;
    if (const QString as = m_cmd.value(QStringLiteral("as")); !as.isEmpty()) {
        kind = api::mediaKindFromName(as.toLower());
        if (!kind)
            return m_out.usageError(tr("--as must be image, video, audio, document or sticker."));
    }
    // The same check as the desktop's upload queue (issue #7): the type from the content, then the kind's formats
    // and size limit (REFERENCE.md §2.7). --mime names what the file claims to be; the content must agree.
    const media::UploadVerdict verdict = media::checkUploadFile(path, kind, m_cmd.value(QStringLiteral("mime")));
    if (!verdict.ok())
        return m_out.apiError(api::ApiError::validation({verdict.reason}));
    const QString mime = verdict.mimeType;
    const auto result =
        wait<QString>([&](QObject* ctx, auto done) { return m_client->uploadMedia(path, mime, ctx, done); });
    return report(result, [&](const QString& id) { m_out.line(id); });
}

int Cli::mediaInfo()
{
    const QString id = m_cmd.arguments().value(0);
    const auto result = wait<MediaInfo>([&](QObject* ctx, auto done) { return m_client->mediaInfo(id, ctx, done); });
    return report(result, [&](const MediaInfo& m) {
        m_out.line(tr("id:        %1").arg(m.id));
        m_out.line(tr("type:      %1").arg(m.mimeType));
        m_out.line(tr("size:      %1 bytes").arg(m.fileSize));
        m_out.line(tr("sha256:    %1").arg(m.sha256));
        m_out.line(tr("url:       %1 (valid for 5 minutes)").arg(m.url.toString()));
    });
}

int Cli::mediaDownload()
{
    int code = ExitOk;
    if (!require({"out"}, &code))
        return code;
    const QString id = m_cmd.arguments().value(0);
    const QString out = m_cmd.value(QStringLiteral("out"));
    const QFileInfo outInfo(out);
    if (outInfo.isDir())
        return m_out.usageError(tr("--out %1 is a directory; give a file name.").arg(out));
    if (!outInfo.absoluteDir().exists())
        return m_out.usageError(tr("The folder of %1 does not exist.").arg(out));
    const auto result =
        wait<DownloadedMedia>([&](QObject* ctx, auto done) { return m_client->downloadMedia(id, out, ctx, done); });
    if (!result.ok())
        return m_out.apiError(result.error());
    const DownloadedMedia& d = result.value();
    if (m_out.json()) {
        m_out.jsonObject({{QStringLiteral("id"), d.info.id},
                          {QStringLiteral("path"), d.filePath},
                          {QStringLiteral("mime_type"), d.info.mimeType},
                          {QStringLiteral("bytes"), d.bytes},
                          {QStringLiteral("sha256_verified"), d.sha256Verified}});
    } else {
        m_out.line(tr("Saved %1 (%2, %3 bytes) to %4%5")
                       .arg(d.info.id, d.info.mimeType)
                       .arg(d.bytes)
                       .arg(d.filePath, d.sha256Verified ? tr(", SHA-256 verified") : QString()));
    }
    return ExitOk;
}

int Cli::mediaDelete()
{
    const QString id = m_cmd.arguments().value(0);
    const auto result = wait<bool>([&](QObject* ctx, auto done) { return m_client->deleteMedia(id, ctx, done); });
    return report(result, [&](bool) { m_out.line(tr("Deleted media %1").arg(id)); });
}

int Cli::templatesList()
{
    const auto result =
        wait<QList<Template>>([&](QObject* ctx, auto done) { return m_client->listTemplates(ctx, done); });
    return report(result, [&](const QList<Template>& templates) {
        m_out.line(column(tr("NAME"), 32) + column(tr("LANGUAGE"), 10) + column(tr("CATEGORY"), 16) +
                   column(tr("STATUS"), 12) + tr("QUALITY"));
        for (const Template& t : templates)
            m_out.line(column(t.name, 32) + column(t.language, 10) + column(t.category, 16) + column(t.status, 12) +
                       t.qualityScore);
        m_out.line(tr("%n template(s)", nullptr, int(templates.size())));
    });
}

int Cli::templatesCreate()
{
    int code = ExitOk;
    if (!require({"file"}, &code))
        return code;
    const QString path = m_cmd.value(QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_out.usageError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return m_out.usageError(tr("%1 is not a JSON template object: %2").arg(path, error.errorString()));
    // The composer's rule checker (REFERENCE.md §3.5) first: a template with errors is refused, nothing is sent.
    const QList<templates::TemplateProblem> problems = templates::checkTemplate(doc.object());
    if (m_out.json() && templates::hasErrors(problems)) {
        QJsonArray list;
        for (const templates::TemplateProblem& p : problems)
            list.append(QJsonObject{
                {QStringLiteral("field"), p.field},
                {QStringLiteral("rule"), templates::templateRuleName(p.rule)},
                {QStringLiteral("severity"), p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("message"), p.message}});
        m_out.jsonObject(
            QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("template")},
                                                              {QStringLiteral("problems"), list}}}});
        return ExitUsage;
    }
    for (const templates::TemplateProblem& p : problems)
        m_out.problem((p.isError() ? tr("error: %1") : tr("warning: %1")).arg(p.line()));
    if (templates::hasErrors(problems))
        return ExitUsage;
    const auto result = wait<TemplateCreated>(
        [&](QObject* ctx, auto done) { return m_client->createTemplate(doc.object(), ctx, done); });
    return report(result, [&](const TemplateCreated& t) {
        m_out.line(tr("Submitted template %1 (id %2): %3, category %4")
                       .arg(doc.object().value(QStringLiteral("name")).toString(), t.id, t.status, t.category));
    });
}

int Cli::templatesDelete()
{
    const QString name = m_cmd.arguments().value(0);
    const auto result = wait<bool>([&](QObject* ctx, auto done) { return m_client->deleteTemplate(name, ctx, done); });
    return report(result, [&](bool) { m_out.line(tr("Deleted template %1 (all languages)").arg(name)); });
}

int Cli::profileGet()
{
    const auto result =
        wait<BusinessProfile>([&](QObject* ctx, auto done) { return m_client->businessProfile(ctx, done); });
    return report(result, [&](const BusinessProfile& p) {
        m_out.line(tr("about:       %1").arg(p.about));
        m_out.line(tr("address:     %1").arg(p.address));
        m_out.line(tr("description: %1").arg(p.description));
        m_out.line(tr("email:       %1").arg(p.email));
        m_out.line(tr("websites:    %1").arg(p.websites.join(QStringLiteral(", "))));
        m_out.line(tr("vertical:    %1").arg(p.vertical));
    });
}

int Cli::profileSet()
{
    BusinessProfileUpdate wanted;
    auto take = [&](const char* option, std::optional<QString>& field) {
        if (m_cmd.isSet(QString::fromLatin1(option)))
            field = m_cmd.value(QString::fromLatin1(option));
    };
    take("about", wanted.about);
    take("address", wanted.address);
    take("description", wanted.description);
    take("email", wanted.email);
    take("vertical", wanted.vertical);
    if (wanted.email)
        wanted.email = wanted.email->trimmed();
    if (m_cmd.isSet(QStringLiteral("website"))) {
        BusinessProfile sites;
        sites.websites = m_cmd.values(QStringLiteral("website"));
        wanted.websites = profile::normalized(sites).websites;
    }
    if (wanted.isEmpty())
        return m_out.usageError(tr("\"profile set\" needs at least one of --about, --address, --description, "
                                   "--email, --website, --vertical."));
    // The same rules as the editor (profile/ProfileRules.h): nothing is sent, not even the read, when one fails.
    if (const QList<profile::Problem> problems = profile::validate(wanted); !problems.isEmpty())
        return m_out.apiError(api::ApiError::validation(profile::describe(problems)));

    // The current profile, so that only what changes is sent, and the audit log knows the old values.
    const auto current =
        wait<BusinessProfile>([&](QObject* ctx, auto done) { return m_client->businessProfile(ctx, done); });
    if (!current.ok())
        return m_out.apiError(current.error());
    const BusinessProfile before = current.value();
    const BusinessProfileUpdate update = profile::diff(before, profile::applied(before, wanted));
    if (update.isEmpty()) {
        m_out.line(tr("Nothing to change: the profile already has these values."));
        if (m_out.json())
            m_out.jsonObject({{QStringLiteral("changed"), QJsonArray()}});
        return ExitOk;
    }

    // With --channel the change goes into that data directory's audit log, as the window's changes do.
    std::unique_ptr<store::Store> audit;
    if (m_channel) {
        QString error;
        audit = store::Store::open(m_storeLocation, &error);
        if (!audit && !m_out.json())
            m_out.problem(tr("warning: the change will not be in the audit log: %1").arg(error));
    }
    QEventLoop loop;
    profile::UpdateOutcome outcome;
    profile::sendUpdate(m_client, audit.get(), m_channel ? m_channel->id : QString(), before, update,
                        ProfileAuditEntry::byCli(), &loop, [&](const profile::UpdateOutcome& o) {
                            outcome = o;
                            loop.quit();
                        });
    loop.exec();
    if (outcome.status == profile::UpdateOutcome::Status::Refused)
        return m_out.apiError(api::ApiError::validation(profile::describe(outcome.problems)));
    if (outcome.status == profile::UpdateOutcome::Status::Failed)
        return m_out.apiError(outcome.error);
    QStringList changed;
    for (profile::Field f : profile::fieldsIn(update))
        changed.append(profile::fieldKey(f));
    if (m_out.json())
        m_out.jsonObject({{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
    else
        m_out.line(tr("Business profile updated: %1").arg(changed.join(QStringLiteral(", "))));
    return ExitOk;
}

int Cli::webhookGet()
{
    const bool waba = m_cmd.isSet(QStringLiteral("waba"));
    // Header values are usually secrets: only their last characters, in every output, unless asked for by name.
    const bool showSecret = m_cmd.isSet(QStringLiteral("show-secret"));
    const auto result = wait<WebhookConfig>([&](QObject* ctx, auto done) {
        return waba ? m_client->wabaWebhook(ctx, done) : m_client->phoneNumberWebhook(ctx, done);
    });
    if (result.ok() && m_out.json()) {
        m_out.rawJson(showSecret ? result.rawBody() : maskedWebhookHeaders(result.rawBody()));
        return ExitOk;
    }
    return report(result, [&](const WebhookConfig& c) {
        if (!c.isSet()) {
            m_out.line(tr("No webhook is set."));
            return;
        }
        m_out.line(tr("url: %1").arg(c.url.toString()));
        for (auto it = c.headers.begin(); it != c.headers.end(); ++it)
            m_out.line(
                tr("header: %1: %2").arg(it.key(), showSecret ? it.value() : redactedSecret(it.value().toUtf8())));
    });
}

bool Cli::webhookHeaderOptions(QMap<QString, QString>* headers, int* exitCode) const
{
    for (const QString& h : m_cmd.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        const QString name = h.left(colon).trimmed();
        if (colon <= 0 || name.isEmpty() || name.contains(QLatin1Char(' '))) {
            *exitCode = m_out.usageError(tr("--header must be NAME:VALUE, e.g. X-Webhook-Secret:- (got \"%1\").")
                                             .arg(colon > 0 ? h.left(colon) + QStringLiteral(":…") : h.left(20)));
            return false;
        }
        QString value = h.mid(colon + 1).trimmed();
        if (value == QLatin1String("-")) { // the secret from stdin keeps it out of argv
            QTextStream in(stdin);
            value = in.readLine().trimmed();
            if (value.isEmpty()) {
                *exitCode = m_out.usageError(tr("--header %1:- expects the value on standard input.").arg(name));
                return false;
            }
        }
        headers->insert(name, value);
    }
    return true;
}

int Cli::webhookSet()
{
    int code = ExitOk;
    if (!require({"url"}, &code))
        return code;
    WebhookConfig config;
    config.url = QUrl(m_cmd.value(QStringLiteral("url")), QUrl::StrictMode);
    if (!webhookHeaderOptions(&config.headers, &code))
        return code;
    // REFERENCE.md §5.4; the local sandbox may deliver to a loopback listener.
    Channel target;
    target.baseUrl = m_client->baseUrl();
    const QStringList problems = channels::checkWebhookUrl(m_cmd.value(QStringLiteral("url")), target.isLoopback());
    if (!problems.isEmpty()) {
        m_out.usageError(tr("The webhook URL was refused, nothing was sent:"));
        for (const QString& p : problems)
            m_out.usageError(QStringLiteral("  ") + p);
        return ExitUsage;
    }
    const bool waba = m_cmd.isSet(QStringLiteral("waba"));
    if (m_channel) {
        // Through the channel: remembered (header values in the keychain) and re-applied after a key rotation.
        QEventLoop loop;
        channels::ChannelError error;
        m_channels->setWebhook(m_channel->id,
                               waba ? channels::ChannelService::WebhookScope::Waba
                                    : channels::ChannelService::WebhookScope::PhoneNumber,
                               config, &loop, [&](const channels::ChannelError& e) {
                                   error = e;
                                   loop.quit();
                               });
        loop.exec();
        if (error.isError())
            return channelError(error);
        m_out.line(tr("Webhook set to %1 for \"%2\"").arg(config.url.toString(), m_channel->name));
        if (m_out.json())
            m_out.jsonObject(api::json::webhookConfigBody(WebhookConfig{config.url, {}}));
        return ExitOk;
    }
    const auto result = wait<bool>([&](QObject* ctx, auto done) {
        return waba ? m_client->setWabaWebhook(config, ctx, done) : m_client->setPhoneNumberWebhook(config, ctx, done);
    });
    return report(result, [&](bool) {
        m_out.line(
            tr("Webhook set to %1%2")
                .arg(
                    config.url.toString(),
                    config.headers.isEmpty()
                        ? QString()
                        : tr(" with header(s) %1").arg(QStringList(config.headers.keys()).join(QStringLiteral(", ")))));
    });
}

} // namespace wabadesk::cli
