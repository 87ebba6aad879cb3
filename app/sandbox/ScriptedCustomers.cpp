#include "sandbox/ScriptedCustomers.h"

#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace wabadesk::sandbox {

namespace {

struct Lines {
    const char* greeting;
    const char* formatted;
    const char* caption;
    double latitude;
    double longitude;
    const char* place;
    const char* address;
    const char* reaction;
    const char* reply;
    const char* html;
};

// One voice per customer; the HTML line checks that clients show markup as text.
Lines linesFor(const QString& waId)
{
    if (waId.startsWith(QLatin1String("49")))
        return {"Hallo! Ist meine Bestellung A-1001 schon unterwegs?",
                "*Wichtig:* bitte an die _neue_ Adresse liefern, nicht an die ~alte~.",
                "So kam das Paket bei mir an",
                52.5219184,
                13.4132147,
                "Alexanderplatz",
                "Alexanderplatz, 10178 Berlin",
                "\xF0\x9F\x91\x8D",
                "Danke, das hilft mir sehr!",
                "Im Shop steht <b>not bold</b> & <script>alert(1)</script> – ist das ein Fehler?"};
    if (waId.startsWith(QLatin1String("55")))
        return {"Olá! Vocês entregam em Campinas?",
                "*Urgente:* preciso trocar o tamanho do pedido _B-2002_",
                "Foto do produto com defeito",
                -23.5613496,
                -46.6565712,
                "Avenida Paulista",
                "Av. Paulista, 1578 - Bela Vista, São Paulo",
                "\xE2\x9D\xA4\xEF\xB8\x8F",
                "Perfeito, obrigado!",
                "O site mostra <b>not bold</b> e <i>isso</i> no título"};
    return {"Hola, ¿puedo cambiar la fecha de entrega?",
            "*Gracias* por la respuesta tan _rápida_ \xF0\x9F\x99\x8C",
            "Aquí está el recibo",
            40.4169473,
            -3.7035285,
            "Puerta del Sol",
            "Puerta del Sol, 28013 Madrid",
            "\xF0\x9F\x98\x82",
            "¡Genial, gracias!",
            "En la factura pone <b>not bold</b> y <br> en medio"};
}

QJsonObject textMessage(const char* body)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString::fromUtf8(body)}}}};
}

QList<CastMember> writers()
{
    QList<CastMember> out;
    for (const CastMember& member : seedCast()) {
        if (member.writesIn)
            out.append(member);
    }
    return out;
}

} // namespace

ScriptedCustomers::ScriptedCustomers(SandboxState& state, Inject inject, std::chrono::milliseconds interval)
    : m_state(state)
    , m_inject(std::move(inject))
    , m_interval(interval)
{}

ScriptedCustomers::~ScriptedCustomers()
{
    stop();
}

void ScriptedCustomers::seed(SandboxState& state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.with([&now](StateData& data) {
        for (const CastMember& member : seedCast()) {
            CustomerRecord& customer = ensureCustomer(data, member.waId);
            customer.name = member.name;
            customer.lastInbound =
                now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(member.lastWroteAgo).count());
        }
    });
}

void ScriptedCustomers::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void ScriptedCustomers::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ScriptedCustomers::run()
{
    const QList<CastMember> cast = writers();
    constexpr int kSteps = 7;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_interval, [this] { return m_stopping; })) {
        lock.unlock();
        const CastMember& customer = cast.at(m_turn % cast.size());
        const int step = (m_turn / int(cast.size())) % kSteps;
        ++m_turn;
        m_inject(customer.waId, customer.name, nextMessage(customer, step));
        lock.lock();
    }
}

QJsonObject ScriptedCustomers::nextMessage(const CastMember& customer, int step)
{
    const Lines lines = linesFor(customer.waId);
    const QString lastBusinessMessage = m_state.with(
        [&customer](const StateData& data) { return data.customers.value(customer.waId).lastBusinessMessageId; });
    switch (step) {
    case 0:
        return textMessage(lines.greeting);
    case 1:
        return textMessage(lines.formatted);
    case 2: {
        const QByteArray png = demoPng();
        const QString id = m_state.with([&png](StateData& data) {
            return addMedia(data, png, QStringLiteral("image/png"), QStringLiteral("photo.png"));
        });
        // Inbound media webhooks carry the sha256 in base64 (§6.3); GET /{id} gives it in hex.
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toBase64());
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("caption"), QString::fromUtf8(lines.caption)},
                                                  {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                                  {QStringLiteral("sha256"), sha},
                                                  {QStringLiteral("id"), id}}}};
    }
    case 3:
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("location")},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), lines.latitude},
                                                     {QStringLiteral("longitude"), lines.longitude},
                                                     {QStringLiteral("name"), QString::fromUtf8(lines.place)},
                                                     {QStringLiteral("address"), QString::fromUtf8(lines.address)}}}};
    case 4:
        if (lastBusinessMessage.isEmpty())
            return textMessage(lines.greeting);
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), lastBusinessMessage},
                                                     {QStringLiteral("emoji"), QString::fromUtf8(lines.reaction)}}}};
    case 5: {
        QJsonObject reply = textMessage(lines.reply);
        if (!lastBusinessMessage.isEmpty()) {
            reply.insert(QStringLiteral("context"),
                         QJsonObject{{QStringLiteral("from"), SandboxChannel::displayPhoneDigits()},
                                     {QStringLiteral("id"), lastBusinessMessage}});
        }
        return reply;
    }
    default:
        return textMessage(lines.html);
    }
}

} // namespace wabadesk::sandbox
