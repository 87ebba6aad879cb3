#include "sandbox/ScriptedCustomers.h"

#include "sandbox/CustomerMessages.h"
#include "sandbox/SandboxState.h"
#include "sandbox/WebhookPoster.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace wabadesk::sandbox {

namespace {

// History: their messages a minute apart, the last one `lastWroteAgo` ago.
constexpr auto kHistorySpacing = std::chrono::seconds(60);
// Waiting for the demo to point the sandbox's webhook at its listener.
constexpr auto kWebhookPoll = std::chrono::milliseconds(200);

QJsonObject firstOf(const QJsonObject& o, const char* arrayKey)
{
    return o.value(QLatin1String(arrayKey)).toArray().at(0).toObject();
}

} // namespace

ScriptedCustomers::ScriptedCustomers(SandboxState& state, WebhookPoster& poster, Inject inject,
                                     std::chrono::milliseconds delay)
    : m_state(state)
    , m_poster(poster)
    , m_inject(std::move(inject))
    , m_delay(delay)
    , m_stories(customerStories())
    , m_cast(seedCast())
{}

void ScriptedCustomers::seed(SandboxState& state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.with([&now](StateData& data) {
        for (const CastMember& member : seedCast()) {
            CustomerRecord& customer = ensureCustomer(data, member.waId);
            customer.name = member.name;
            customer.lastInbound =
                now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(member.lastWroteAgo).count());
            customer.failNextDeliveries = member.failsFirstDelivery ? 1 : 0;
        }
    });
}

void ScriptedCustomers::start()
{
    m_stopping = false;
    later({}, [this] { sendHistory(); });
}

void ScriptedCustomers::stop()
{
    m_stopping = true;
}

void ScriptedCustomers::later(std::chrono::milliseconds delay, std::function<void()> job)
{
    m_poster.schedule(delay, [this, job = std::move(job)]() -> std::optional<QJsonObject> {
        if (!m_stopping)
            job();
        return std::nullopt; // what the job sends is posted by inject
    });
}

const Story* ScriptedCustomers::storyFor(const QString& waId) const
{
    for (const Story& story : m_stories) {
        if (story.waId == waId)
            return &story;
    }
    return nullptr;
}

QString ScriptedCustomers::nameOf(const QString& waId) const
{
    for (const CastMember& member : m_cast) {
        if (member.waId == waId)
            return member.name;
    }
    return {};
}

void ScriptedCustomers::sendHistory()
{
    if (m_historySent)
        return;
    if (!m_state.with([](const StateData& data) { return activeWebhook(data).isSet(); })) {
        later(kWebhookPoll, [this] { sendHistory(); });
        return;
    }
    m_historySent = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CastMember& member : std::as_const(m_cast)) {
        const Story* story = storyFor(member.waId);
        if (!story)
            continue;
        const QDateTime last =
            now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(member.lastWroteAgo).count());
        const qsizetype n = story->history.size();
        for (qsizetype i = 0; i < n; ++i)
            sendOne(*story, story->history.at(i), last.addSecs(-kHistorySpacing.count() * (n - 1 - i)));
    }
    // The live messages: a few human delays apart, starting two delays in.
    int k = 0;
    for (const Story& story : std::as_const(m_stories)) {
        for (const Say& say : story.live) {
            const QString waId = story.waId;
            later(m_delay * 2 + m_delay * 5 / 2 * k++, [this, waId, say] {
                if (const Story* s = storyFor(waId))
                    sendOne(*s, say);
            });
        }
    }
}

void ScriptedCustomers::sendOne(const Story& story, const Say& say, const QDateTime& sentAt)
{
    const QJsonObject message = build(story, say);
    if (message.isEmpty())
        return;
    const QString wamid = m_inject(story.waId, nameOf(story.waId), message, sentAt);
    Progress& progress = m_progress[story.waId];
    if (progress.firstTextWamid.isEmpty() && message.value(QLatin1String("type")).toString() == QLatin1String("text"))
        progress.firstTextWamid = wamid;
}

void ScriptedCustomers::messageOutcome(const QString& waId, const QString& wamid, bool delivered)
{
    if (m_stopping || !storyFor(waId))
        return;
    Progress& progress = m_progress[waId];
    if (!delivered) {
        if (progress.toldFailure || storyFor(waId)->afterFailure.isEmpty())
            return;
        progress.toldFailure = true;
        later(m_delay * 2, [this, waId] {
            const Story* story = storyFor(waId);
            for (qsizetype i = 0; story && i < story->afterFailure.size(); ++i)
                later(m_delay * i, [this, waId, i] { sendOne(*storyFor(waId), storyFor(waId)->afterFailure.at(i)); });
        });
        return;
    }
    const QString type = m_state.with([&wamid](const StateData& data) { return data.sent.value(wamid).type; });
    if (type == QLatin1String("reaction"))
        return; // a reaction asks for no answer
    progress.lastAgentWamid = wamid;
    const quint64 generation = ++progress.generation;
    later(m_delay, [this, waId, generation] { answer(waId, generation); });
}

void ScriptedCustomers::answer(const QString& waId, quint64 generation)
{
    Progress& progress = m_progress[waId];
    if (generation != progress.generation)
        return; // the agent wrote again meanwhile: the answer goes to that
    const Story* story = storyFor(waId);
    if (const std::optional<QJsonObject> tap = tapFor(progress.lastAgentWamid)) {
        m_inject(waId, nameOf(waId), *tap, {});
        return;
    }
    if (!story || progress.answered >= story->answers.size())
        return; // their story is told: they stay quiet
    const QList<Say> group = story->answers.at(progress.answered++);
    for (qsizetype i = 0; i < group.size(); ++i) {
        const Say say = group.at(i);
        later(m_delay * 3 / 5 * i, [this, waId, say] { sendOne(*storyFor(waId), say); });
    }
}

std::optional<QJsonObject> ScriptedCustomers::tapFor(const QString& wamid) const
{
    const QJsonObject body = m_state.with([&wamid](const StateData& data) { return data.sent.value(wamid).body; });
    const QString type = body.value(QLatin1String("type")).toString();
    if (type == QLatin1String("interactive")) {
        const QJsonObject interactive = body.value(QLatin1String("interactive")).toObject();
        const QJsonObject action = interactive.value(QLatin1String("action")).toObject();
        const QString kind = interactive.value(QLatin1String("type")).toString();
        if (kind == QLatin1String("button")) {
            const QJsonObject reply = firstOf(action, "buttons").value(QLatin1String("reply")).toObject();
            return inbound::buttonReply(reply.value(QLatin1String("id")).toString(),
                                        reply.value(QLatin1String("title")).toString(), wamid);
        }
        if (kind == QLatin1String("list")) {
            const QJsonObject row = firstOf(firstOf(action, "sections"), "rows");
            return inbound::listReply(row.value(QLatin1String("id")).toString(),
                                      row.value(QLatin1String("title")).toString(),
                                      row.value(QLatin1String("description")).toString(), wamid);
        }
        return std::nullopt;
    }
    if (type != QLatin1String("template"))
        return std::nullopt;
    // The template's definition says which buttons it has (the send only names it).
    const QJsonObject sent = body.value(QLatin1String("template")).toObject();
    const QString name = sent.value(QLatin1String("name")).toString();
    const QString language = sent.value(QLatin1String("language")).toObject().value(QLatin1String("code")).toString();
    return m_state.with([&](const StateData& data) -> std::optional<QJsonObject> {
        for (const StoredTemplate& stored : data.templates) {
            if (stored.json.value(QLatin1String("name")).toString() != name ||
                stored.json.value(QLatin1String("language")).toString() != language)
                continue;
            for (const QJsonValue& component : stored.json.value(QLatin1String("components")).toArray()) {
                for (const QJsonValue& button : component.toObject().value(QLatin1String("buttons")).toArray()) {
                    if (button.toObject().value(QLatin1String("type")).toString() == QLatin1String("QUICK_REPLY")) {
                        const QString text = button.toObject().value(QLatin1String("text")).toString();
                        return inbound::templateButton(text, text, wamid);
                    }
                }
            }
        }
        return std::nullopt;
    });
}

QString ScriptedCustomers::storeMedia(const QByteArray& bytes, const QString& mimeType, const QString& fileName)
{
    return m_state.with(
        [&](StateData& data) { return addMedia(data, bytes, mimeType.section(QLatin1Char(';'), 0, 0), fileName); });
}

QJsonObject ScriptedCustomers::build(const Story& story, const Say& say)
{
    const Progress progress = m_progress.value(story.waId);
    const auto withCaption = [&say](QJsonObject extra = {}) {
        if (!say.text.isEmpty())
            extra.insert(QStringLiteral("caption"), say.text);
        return extra;
    };
    switch (say.kind) {
    case Say::Kind::Text:
        return inbound::text(say.text);
    case Say::Kind::QuoteAgent:
        return inbound::replyTo(say.text, progress.lastAgentWamid);
    case Say::Kind::ReactAgent:
        if (progress.lastAgentWamid.isEmpty())
            return {};
        return inbound::reaction(progress.lastAgentWamid, say.text);
    case Say::Kind::EditOpening:
        if (progress.firstTextWamid.isEmpty())
            return {};
        return inbound::edit(progress.firstTextWamid, say.text);
    case Say::Kind::Image: {
        const QByteArray jpeg = demoPhoto();
        return inbound::media(QStringLiteral("image"),
                              storeMedia(jpeg, QStringLiteral("image/jpeg"), QStringLiteral("photo.jpg")),
                              QStringLiteral("image/jpeg"), jpeg, withCaption());
    }
    case Say::Kind::Video: {
        const QByteArray mp4 = demoVideo();
        return inbound::media(QStringLiteral("video"),
                              storeMedia(mp4, QStringLiteral("video/mp4"), QStringLiteral("video.mp4")),
                              QStringLiteral("video/mp4"), mp4, withCaption());
    }
    case Say::Kind::Voice: {
        // §6.3: a voice note is audio with voice: true, OGG with the Opus codec.
        const QByteArray ogg = demoVoiceNote();
        const QString mime = QStringLiteral("audio/ogg; codecs=opus");
        return inbound::media(QStringLiteral("audio"), storeMedia(ogg, mime, QStringLiteral("voice.ogg")), mime, ogg,
                              {{QStringLiteral("voice"), true}});
    }
    case Say::Kind::Document: {
        const QByteArray pdf = demoPdf(say.text);
        return inbound::media(QStringLiteral("document"), storeMedia(pdf, QStringLiteral("application/pdf"), say.text),
                              QStringLiteral("application/pdf"), pdf,
                              {{QStringLiteral("filename"), say.text}, {QStringLiteral("caption"), say.text}});
    }
    case Say::Kind::Sticker: {
        const QByteArray png = demoPng();
        return inbound::media(QStringLiteral("sticker"),
                              storeMedia(png, QStringLiteral("image/webp"), QStringLiteral("sticker.webp")),
                              QStringLiteral("image/webp"), png, {{QStringLiteral("animated"), false}});
    }
    case Say::Kind::Location:
        return inbound::location(say.latitude, say.longitude, say.text, say.detail);
    case Say::Kind::Contact: {
        QString digits = say.detail;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return inbound::contactCard(say.text, say.detail, digits);
    }
    case Say::Kind::Order:
        return inbound::order(say.text);
    case Say::Kind::Unsupported:
        return inbound::unsupported(say.text);
    }
    return {};
}

} // namespace wabadesk::sandbox
