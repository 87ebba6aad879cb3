#pragma once

#include "model/BusinessProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wabadesk::profile {

// The business profile's editable fields (REFERENCE.md §4.2). Photo is the picture sent as profile_picture_handle.
enum class Field { About, Address, Description, Email, Websites, Vertical, Photo };

// §4.2 limits, and the photo's (§2.7 image sizes; Meta recommends 640×640).
namespace limits {
inline constexpr int kAbout = 139;
inline constexpr int kAddress = 256;
inline constexpr int kDescription = 512;
inline constexpr int kEmail = 128;
inline constexpr int kWebsites = 2;
inline constexpr int kWebsite = 256;
inline constexpr qint64 kPhotoBytes = 5LL * 1024 * 1024;
inline constexpr int kPhotoMinSide = 192;
inline constexpr int kPhotoSide = 640; // what the crop produces
} // namespace limits

const QList<Field>& allFields();  // in form order, Photo last
const QList<Field>& textFields(); // every field but Photo
// The API's key ("about", "websites", …; "photo" for the picture) and back.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString& key);
// A readable, translated name ("Description", "Websites", "Industry", "Photo").
QString fieldName(Field field);
// The longest text a field takes (per website for Websites); 0 when it has no length limit.
int maxLength(Field field);

// One problem with one field; `reason` is translated and reads on its own next to the field ("is 140 characters
// long; the limit is 139").
struct Problem {
    Field field;
    QString reason;
};

// Checks the fields set in `update` against §4.2: about 1–139, address ≤256, description ≤512, email ≤128 and
// well-formed, ≤2 websites of ≤256 with http(s)://, vertical from the enum. With `before` (the profile as it is now)
// it also refuses emptying a field that is set: 360dialog cannot reset a field to empty (§4.2 notes).
// Used by the editor, the CLI, ApiClient and the sandbox alike.
QList<Problem> validate(const BusinessProfileUpdate& update, const BusinessProfile* before = nullptr);
// "<api key>: <reason>" per problem, for the CLI and API errors.
QStringList describe(const QList<Problem>& problems);

// The vertical enum (§4.2, pywa Industry) and the names WhatsApp shows customers for them, translated.
const QStringList& verticals();
bool isVertical(const QString& value);
QString verticalName(const QString& value); // unknown values come back readable ("SOME_NEW" → "Some new")

// A photo about to be uploaded as the profile picture: JPEG or PNG, at most 5 MB, each side at least 192 pixels.
struct PhotoInfo {
    QString mimeType;
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
};
QList<Problem> checkPhoto(const PhotoInfo& photo);

// The form's values as they would be sent: email and websites trimmed, empty websites dropped.
BusinessProfile normalized(BusinessProfile profile);
// Only the fields that differ between `before` and `after` (both normalized); an empty vertical is never sent.
BusinessProfileUpdate diff(const BusinessProfile& before, const BusinessProfile& after);
// `update` restricted to `fields`.
BusinessProfileUpdate restricted(const BusinessProfileUpdate& update, const QList<Field>& fields);
// The fields `fields` of `source` as an update (apply-to-other-channels).
BusinessProfileUpdate fieldsOf(const BusinessProfile& source, const QList<Field>& fields);
// `profile` with `update` applied (the picture handle is not a URL: the picture is left as it is).
BusinessProfile applied(BusinessProfile profile, const BusinessProfileUpdate& update);
// The fields an update sets, in form order.
QList<Field> fieldsIn(const BusinessProfileUpdate& update);
// One field's value as text (websites one per line, the vertical as its enum value); Photo: the picture URL.
QString valueText(const BusinessProfile& profile, Field field);
QString valueText(const BusinessProfileUpdate& update, Field field);

} // namespace wabadesk::profile
