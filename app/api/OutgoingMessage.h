#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace wabadesk::api {

// A message to send with POST /messages (REFERENCE.md §1). `content` is the object named after `type`
// (or, for type "contacts", holds {"contacts": [...]}). Builders below fill it; toJson() adds the envelope.
struct OutgoingMessage {
    QString to;        // phone number / wa_id, or a group id (isGroup)
    QString recipient; // the BSUID, for a customer whose phone number is unknown (§1.1; `to` wins when both are set)
    bool isGroup = false; // recipient_type "group", `to` is the group id (UPDATES-2026.md §3)
    QString type;
    QJsonValue content;
    QString replyToMessageId;      // context.message_id (§1.10)
    QString bizOpaqueCallbackData; // ≤512 chars (§1.1)
    QJsonObject extra;             // any other top-level fields, kept by fromJson

    QJsonObject toJson() const;
    // The inverse of toJson(), for `send raw`: takes any message object; `to` from the object unless given.
    static OutgoingMessage fromJson(const QJsonObject& message);
};

enum class MediaKind { Image, Audio, Video, Document, Sticker };
QString mediaKindName(MediaKind kind);
std::optional<MediaKind> mediaKindFromName(const QString& name);

// Either an uploaded media id or a public HTTPS link (§1.4).
struct MediaRef {
    QString id;
    QString link;
};

struct ReplyButton {
    QString id;
    QString title;
};

struct ListRow {
    QString id;
    QString title;
    QString description;
};

struct ListSection {
    QString title;
    QList<ListRow> rows;
};

// Interactive header: text, or a media header (reply buttons and cta_url only, §1.7).
struct InteractiveHeader {
    QString text;
    std::optional<MediaKind> mediaKind;
    MediaRef media;
    bool isEmpty() const { return text.isEmpty() && !mediaKind; }
};

// Template parameters (REFERENCE.md §1.8).
struct TemplateTextParameter {
    QString text;
    QString parameterName; // named templates only
};
struct TemplateCurrencyParameter {
    QString fallbackValue;
    QString code; // ISO 4217
    qint64 amount1000 = 0;
    QString parameterName;
};
struct TemplateDateTimeParameter {
    QString fallbackValue;
    QString parameterName;
};
using TemplateBodyParameter = std::variant<TemplateTextParameter, TemplateCurrencyParameter, TemplateDateTimeParameter>;

struct TemplateLocationParameter {
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
};
struct TemplateMediaParameter {
    MediaKind kind = MediaKind::Image; // image, video or document
    MediaRef media;
    QString filename; // document only
};
using TemplateHeaderParameter =
    std::variant<std::monostate, TemplateTextParameter, TemplateMediaParameter, TemplateLocationParameter>;

struct TemplateButtonParameter {
    int index = 0;   // 0-based position of the button in the template
    QString subType; // quick_reply, url, copy_code
    QString value;   // payload, URL suffix or coupon code
};

struct TemplateSend {
    QString name;
    QString languageCode;
    TemplateHeaderParameter header;
    QList<TemplateBodyParameter> body;
    QList<TemplateButtonParameter> buttons;

    QJsonObject toJson() const; // the `template` object
};

namespace messages {
OutgoingMessage text(const QString& to, const QString& body, bool previewUrl = false);
OutgoingMessage media(const QString& to, MediaKind kind, const MediaRef& ref, const QString& caption = {},
                      const QString& filename = {}, bool voice = false);
OutgoingMessage location(const QString& to, double latitude, double longitude, const QString& name = {},
                         const QString& address = {});
OutgoingMessage contacts(const QString& to, const QJsonArray& contacts);
OutgoingMessage replyButtons(const QString& to, const QString& body, const QList<ReplyButton>& buttons,
                             const InteractiveHeader& header = {}, const QString& footer = {});
OutgoingMessage list(const QString& to, const QString& body, const QString& buttonLabel,
                     const QList<ListSection>& sections, const QString& headerText = {}, const QString& footer = {});
OutgoingMessage ctaUrl(const QString& to, const QString& body, const QString& displayText, const QString& url,
                       const InteractiveHeader& header = {}, const QString& footer = {});
OutgoingMessage locationRequest(const QString& to, const QString& body);
OutgoingMessage templateMessage(const QString& to, const TemplateSend& send);
OutgoingMessage reaction(const QString& to, const QString& messageId, const QString& emoji);

// Body of the mark-as-read request (§1.11); typing adds the typing indicator.
QJsonObject markRead(const QString& messageId, bool typingIndicator = false);
} // namespace messages

} // namespace wabadesk::api
