#include "sandbox/SeedData.h"

#include "sandbox/SandboxHttp.h"
#include "sandbox/TemplateRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

#include <cmath>

namespace wabadesk::sandbox {

namespace {

// The catalogue, in the shape a client POSTs (§3.2) plus status, quality and rejection reason. The list fields
// 360dialog adds (id, namespace, …) come from templateListEntry().
constexpr const char* kTemplates = R"JSON([
 {"name":"hello_world","language":"en_US","category":"UTILITY","status":"approved","quality":"GREEN",
  "components":[{"type":"BODY","text":"Hello {{1}}, thanks for contacting {{2}}!",
                 "example":{"body_text":[["Anna","WabaDesk Demo"]]}}]},
 {"name":"order_update","language":"en_US","category":"UTILITY","status":"approved","quality":"GREEN",
  "components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvanBlZw==:ARbSandboxOrderUpdate"]}},
                {"type":"BODY","text":"Hi {{1}}, your order {{2}} is on its way. Track it with the button below.",
                 "example":{"body_text":[["Anna","A-1001"]]}},
                {"type":"BUTTONS","buttons":[
                   {"type":"URL","text":"Track order","url":"https://shop.example.com/track/{{1}}",
                    "example":["https://shop.example.com/track/A-1001"]},
                   {"type":"QUICK_REPLY","text":"Talk to support"}]}]},
 {"name":"order_update","language":"de","category":"UTILITY","status":"approved","quality":"GREEN",
  "components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvanBlZw==:ARbSandboxOrderUpdate"]}},
                {"type":"BODY","text":"Hallo {{1}}, deine Bestellung {{2}} ist unterwegs. Verfolge sie über den Button unten.",
                 "example":{"body_text":[["Anna","A-1001"]]}},
                {"type":"BUTTONS","buttons":[
                   {"type":"URL","text":"Sendung verfolgen","url":"https://shop.example.com/track/{{1}}",
                    "example":["https://shop.example.com/track/A-1001"]},
                   {"type":"QUICK_REPLY","text":"Support kontaktieren"}]}]},
 {"name":"seasonal_promotion","language":"en_US","category":"MARKETING","status":"approved","quality":"GREEN",
  "components":[{"type":"HEADER","format":"TEXT","text":"Our {{1}} is on!","example":{"header_text":["Summer Sale"]}},
                {"type":"BODY","text":"Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise.",
                 "example":{"body_text":[["the end of August","25OFF","25%"]]}},
                {"type":"FOOTER","text":"Use the buttons below to manage your MARKETING subscriptions"},
                {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Unsubscribe from Promos"},
                                             {"type":"QUICK_REPLY","text":"Unsubscribe from All"}]}]},
 {"name":"appointment_reminder","language":"en_US","category":"UTILITY","status":"approved","quality":"GREEN",
  "parameter_format":"NAMED",
  "components":[{"type":"BODY",
                 "text":"Hi {{first_name}}, this is a reminder of your appointment on {{date}} at {{time}}. Reply here to reschedule.",
                 "example":{"body_text_named_params":[{"param_name":"first_name","example":"Anna"},
                                                      {"param_name":"date","example":"12 May"},
                                                      {"param_name":"time","example":"10:30"}]}}]},
 {"name":"pickup_point","language":"en_US","category":"UTILITY","status":"approved","quality":"YELLOW",
  "components":[{"type":"HEADER","format":"LOCATION"},
                {"type":"BODY","text":"Your parcel {{1}} is waiting at the pickup point shown above until {{2}}.",
                 "example":{"body_text":[["A-1001","Friday"]]}}]},
 {"name":"verification_code","language":"en_US","category":"AUTHENTICATION","status":"approved","quality":"GREEN",
  "components":[{"type":"BODY","add_security_recommendation":true},
                {"type":"FOOTER","code_expiration_minutes":10},
                {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"}]}]},
 {"name":"winter_clearance","language":"en_US","category":"MARKETING","status":"paused","quality":"RED",
  "components":[{"type":"BODY","text":"Everything must go, {{1}}! Visit our winter clearance before it ends.",
                 "example":{"body_text":[["Anna"]]}}]},
 {"name":"loyalty_newsletter","language":"en_US","category":"MARKETING","status":"disabled","quality":"RED",
  "components":[{"type":"BODY","text":"Hi {{1}}, here is this month's loyalty newsletter.","example":{"body_text":[["Anna"]]}}]},
 {"name":"flash_deal_alert","language":"en_US","category":"UTILITY","status":"rejected","quality":"UNKNOWN",
  "rejected_reason":"PROMOTIONAL",
  "components":[{"type":"BODY","text":"Hi {{1}}, today only: 30% off everything in the shop!","example":{"body_text":[["Anna"]]}}]}
])JSON";

} // namespace

QList<StoredTemplate> seedTemplates()
{
    QList<StoredTemplate> templates;
    const QJsonArray seeds = QJsonDocument::fromJson(QByteArray(kTemplates)).array();
    Q_ASSERT(!seeds.isEmpty());
    for (const QJsonValue& value : seeds) {
        const QJsonObject seed = value.toObject();
        StoredTemplate stored;
        stored.json = templateListEntry(seed, newTemplateId());
        stored.json.insert(QStringLiteral("status"), seed.value(QStringLiteral("status")));
        stored.json.insert(QStringLiteral("quality_score"),
                           QJsonObject{{QStringLiteral("score"), seed.value(QStringLiteral("quality"))}});
        stored.json.insert(QStringLiteral("rejected_reason"),
                           seed.value(QStringLiteral("rejected_reason")).toString(QStringLiteral("NONE")));
        stored.json.insert(QStringLiteral("modified_at"), QStringLiteral("2025-09-01T08:00:00Z"));
        stored.metaId = newTemplateMetaId();
        templates.append(stored);
    }
    return templates;
}

QJsonObject seedProfile()
{
    return QJsonObject{
        {QStringLiteral("about"), QStringLiteral("We answer within 1 hour")},
        {QStringLiteral("address"), QStringLiteral("Friedrichstraße 68, 10117 Berlin")},
        {QStringLiteral("description"), QStringLiteral("Support line of the WabaDesk demo shop (sandbox)")},
        {QStringLiteral("email"), QStringLiteral("support@wabadesk.example")},
        // Relative: the GET answer puts this server in front (AccountRoutes.cpp), as the picture is served here.
        {QStringLiteral("profile_picture_url"), QStringLiteral("/_sandbox/pps/%1.jpg").arg(kSeedPhotoId)},
        {QStringLiteral("websites"), QJsonArray{QStringLiteral("https://wabadesk.example")}},
        {QStringLiteral("vertical"), QStringLiteral("RETAIL")}};
}

QList<CastMember> seedCast()
{
    using std::chrono::minutes;
    return {
        {QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt"), minutes(10)},
        {QStringLiteral("5511987654321"), QStringLiteral("João Silva"), minutes(2 * 60)},
        // Wrote 20 hours ago: her window closes 4 hours into the demo.
        {QStringLiteral("34612345678"), QStringLiteral("Lucía García"), minutes(20 * 60)},
        // Wrote 30 hours ago: the window is closed, only templates reach him (131047 otherwise).
        {QStringLiteral("447700900123"), QStringLiteral("Oliver Bennett"), minutes(30 * 60)},
        {QStringLiteral("905321234567"), QStringLiteral("Mehmet Yılmaz"), minutes(4), true},
    };
}

namespace {

QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("the sandbox's %s is missing from the build", qPrintable(path));
        return {};
    }
    return file.readAll();
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    const auto be32 = [&png](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8)
            png.append(char((v >> shift) & 0xff));
    };
    be32(quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    be32(quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size()))));
}

} // namespace

QByteArray seedProfilePhoto()
{
    // 320×320 RGB: a green diagonal gradient with a white shopping bag, drawn pixel by pixel (no QtGui here).
    constexpr int side = 320;
    QByteArray raw;
    raw.reserve(side * (side * 3 + 1));
    for (int y = 0; y < side; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < side; ++x) {
            const double t = double(x + y) / (2.0 * side);
            int r = int(18 + t * (37 - 18)), g = int(140 + t * (211 - 140)), b = int(126 + t * (102 - 126));
            const bool body = x >= 96 && x < 224 && y >= 128 && y < 240;
            const double dx = x - 160.0, dy = y - 128.0;
            const double ring = std::sqrt(dx * dx + dy * dy);
            const bool handle = y < 128 && ring >= 30 && ring <= 42;
            if (body || handle)
                r = g = b = 255;
            raw.append(char(r)).append(char(g)).append(char(b));
        }
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    QByteArray packed(int(packedSize), Qt::Uninitialized);
    compress(reinterpret_cast<Bytef*>(packed.data()), &packedSize, reinterpret_cast<const Bytef*>(raw.constData()),
             uLong(raw.size()));
    packed.truncate(int(packedSize));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    for (quint32 v : {quint32(side), quint32(side)})
        for (int shift = 24; shift >= 0; shift -= 8)
            header.append(char((v >> shift) & 0xff));
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0)); // 8-bit RGB
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", packed);
    appendChunk(png, "IEND", {});
    return png;
}

QByteArray demoVoiceNote()
{
    return resource(QStringLiteral(":/sandbox/voice-note.ogg"));
}

QByteArray demoVideo()
{
    return resource(QStringLiteral(":/sandbox/clip.mp4"));
}

QByteArray demoPhoto()
{
    return resource(QStringLiteral(":/sandbox/photo.jpg"));
}

QByteArray demoPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAnElEQVR42s2Wyw2AMAxDvQyrsTADFS58VFSU"
                                  "mDxE1VNJbJrmY7V9TctcuA9YtcsqR+8J"
                                  "Sjg6QN2PCtG3E40+lKCfBO85Ru6KGNnoPYHH8eyirEPWWJ5b3Ey2c/An5F0/"
                                  "HkYZIU49krJJkk0zGYmYSmJ5pRQvw38QsCFiH5lNU7bQ2FbBNju2XbMD"
                                  "hx2Z7NBnZQsrvHDp+J34heT7CnyiWELCrLEzAAAAAElFTkSuQmCC");
}

} // namespace wabadesk::sandbox
