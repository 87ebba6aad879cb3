#include "sandbox/ScriptedCustomers.h"

#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

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
    const char* documentName; // a PDF they send
    const char* corrected;    // how they edit their greeting
    const char* choice;       // the reply button they tap
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
                "Im Shop steht <b>not bold</b> & <script>alert(1)</script> – ist das ein Fehler?",
                "Rechnung A-1001.pdf",
                "Hallo! Ist meine Bestellung A-1001 schon unterwegs? Sie sollte gestern kommen.",
                "Ja, bitte"};
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
                "O site mostra <b>not bold</b> e <i>isso</i> no título",
                "Nota fiscal B-2002.pdf",
                "Olá! Vocês entregam em Campinas e em Jundiaí?",
                "Sim, por favor"};
    return {"Hola, ¿puedo cambiar la fecha de entrega?",
            "*Gracias* por la respuesta tan _rápida_ \xF0\x9F\x99\x8C",
            "Aquí está el recibo",
            40.4169473,
            -3.7035285,
            "Puerta del Sol",
            "Puerta del Sol, 28013 Madrid",
            "\xF0\x9F\x98\x82",
            "¡Genial, gracias!",
            "En la factura pone <b>not bold</b> y <br> en medio",
            "Recibo C-3003.pdf",
            "Hola, ¿puedo cambiar la fecha de entrega al viernes?",
            "Sí, por favor"};
}

// A one-page PDF, enough for a viewer to open.
QByteArray demoPdf(const char* title)
{
    const QByteArray text = QByteArray("BT /F1 18 Tf 40 100 Td (") + title + ") Tj ET";
    return QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                      "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 200]/Contents 4 0 R"
                      "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                      "4 0 obj<</Length ") +
           QByteArray::number(text.size()) + ">>stream\n" + text +
           "\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 "
           "R>>\n%%EOF\n";
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
    // The first rounds come quickly, so that a fresh demo has conversations to read within seconds.
    const int warmUp = int(cast.size()) * 3;
    const auto quick = std::min(m_interval, std::chrono::milliseconds(1500));
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_turn < warmUp ? quick : m_interval, [this] { return m_stopping; })) {
        lock.unlock();
        const CastMember& customer = cast.at(m_turn % cast.size());
        const int step = (m_turn / int(cast.size())) % kSteps;
        ++m_turn;
        const QJsonObject message = nextMessage(customer, step);
        const QString wamid = m_inject(customer.waId, customer.name, message);
        if (message.value(QLatin1String("type")).toString() == QLatin1String("text"))
            m_lastText.insert(customer.waId, wamid); // what a later edit corrects
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
    case 2:
        return mediaMessage(QStringLiteral("image"), demoPng(), QStringLiteral("image/png"),
                            QStringLiteral("photo.png"),
                            {{QStringLiteral("caption"), QString::fromUtf8(lines.caption)}});
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
    case 6:
        return textMessage(lines.html);
    case 7:
        return mediaMessage(QStringLiteral("document"), demoPdf(lines.documentName), QStringLiteral("application/pdf"),
                            QString::fromUtf8(lines.documentName),
                            {{QStringLiteral("caption"), QString::fromUtf8(lines.documentName)}});
    case 8: // a voice note (§6.3 audio with voice: true)
        return mediaMessage(QStringLiteral("audio"), QByteArray("OggS") + QByteArray(2048, '\x01'),
                            QStringLiteral("audio/ogg; codecs=opus"), QStringLiteral("voice.ogg"),
                            {{QStringLiteral("voice"), true}});
    case 9: {
        const QString original = m_lastText.value(customer.waId);
        if (original.isEmpty())
            return textMessage(lines.corrected);
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("edit")},
            {QStringLiteral("edit"), QJsonObject{{QStringLiteral("original_message_id"), original},
                                                 {QStringLiteral("message"), textMessage(lines.corrected)}}}};
    }
    case 10:
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("contacts")},
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"), QStringLiteral("Kim Weber")},
                                                      {QStringLiteral("first_name"), QStringLiteral("Kim")},
                                                      {QStringLiteral("last_name"), QStringLiteral("Weber")}}},
                 {QStringLiteral("phones"),
                  QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("+49 170 1234567")},
                                         {QStringLiteral("type"), QStringLiteral("CELL")},
                                         {QStringLiteral("wa_id"), QStringLiteral("491701234567")}}}}}}}};
    case 11: {
        QJsonObject tap{{QStringLiteral("type"), QStringLiteral("interactive")},
                        {QStringLiteral("interactive"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                                     {QStringLiteral("button_reply"),
                                      QJsonObject{{QStringLiteral("id"), QStringLiteral("yes")},
                                                  {QStringLiteral("title"), QString::fromUtf8(lines.choice)}}}}}};
        if (!lastBusinessMessage.isEmpty())
            tap.insert(QStringLiteral("context"),
                       QJsonObject{{QStringLiteral("from"), SandboxChannel::displayPhoneDigits()},
                                   {QStringLiteral("id"), lastBusinessMessage}});
        return tap;
    }
    case 12:
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("order")},
            {QStringLiteral("order"),
             QJsonObject{
                 {QStringLiteral("catalog_id"), QStringLiteral("354160437058781")},
                 {QStringLiteral("text"), QString()},
                 {QStringLiteral("product_items"),
                  QJsonArray{QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("SKU-TSHIRT-M")},
                                         {QStringLiteral("quantity"), 2},
                                         {QStringLiteral("item_price"), 19.9},
                                         {QStringLiteral("currency"), QStringLiteral("EUR")}},
                             QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("SKU-CAP")},
                                         {QStringLiteral("quantity"), 1},
                                         {QStringLiteral("item_price"), 12.5},
                                         {QStringLiteral("currency"), QStringLiteral("EUR")}}}}}}};
    case 13:
        return mediaMessage(QStringLiteral("sticker"), demoPng(), QStringLiteral("image/webp"),
                            QStringLiteral("sticker.webp"), {{QStringLiteral("animated"), false}});
    case 14:
        return mediaMessage(QStringLiteral("video"), QByteArray(4096, '\x02'), QStringLiteral("video/mp4"),
                            QStringLiteral("clip.mp4"),
                            {{QStringLiteral("caption"), QString::fromUtf8(lines.caption)}});
    default: // a type this API version does not support (§6.3 unsupported, with its error)
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("unsupported")},
            {QStringLiteral("unsupported"), QJsonObject{{QStringLiteral("type"), QStringLiteral("poll")}}},
            {QStringLiteral("errors"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), 131051},
                                    {QStringLiteral("title"), QStringLiteral("Message type unknown")},
                                    {QStringLiteral("message"), QStringLiteral("Message type unknown")},
                                    {QStringLiteral("error_data"),
                                     QJsonObject{{QStringLiteral("details"),
                                                  QStringLiteral("Message type is currently not supported.")}}}}}}};
    }
}

QJsonObject ScriptedCustomers::mediaMessage(const QString& type, const QByteArray& bytes, const QString& mimeType,
                                            const QString& fileName, const QJsonObject& extra)
{
    const QString id = m_state.with(
        [&](StateData& data) { return addMedia(data, bytes, mimeType.section(QLatin1Char(';'), 0, 0), fileName); });
    // Inbound media webhooks carry the sha256 in base64 (§6.3); GET /{id} gives it in hex.
    QJsonObject media{{QStringLiteral("mime_type"), mimeType},
                      {QStringLiteral("sha256"),
                       QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64())},
                      {QStringLiteral("id"), id}};
    if (type == QLatin1String("document"))
        media.insert(QStringLiteral("filename"), fileName);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        media.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("type"), type}, {type, media}};
}

} // namespace wabadesk::sandbox
