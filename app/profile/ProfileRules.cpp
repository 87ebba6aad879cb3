#include "profile/ProfileRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace wabadesk::profile {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct RulesText {
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)
};

struct VerticalName {
    const char* value;
    const char* name;
};

// The category names WhatsApp shows on a business profile for each enum value.
constexpr VerticalName kVerticals[] = {
    {"UNDEFINED", QT_TRANSLATE_NOOP("ProfileRules", "Not set")},
    {"OTHER", QT_TRANSLATE_NOOP("ProfileRules", "Other")},
    {"AUTO", QT_TRANSLATE_NOOP("ProfileRules", "Automotive")},
    {"BEAUTY", QT_TRANSLATE_NOOP("ProfileRules", "Beauty, spa and salon")},
    {"APPAREL", QT_TRANSLATE_NOOP("ProfileRules", "Clothing and apparel")},
    {"EDU", QT_TRANSLATE_NOOP("ProfileRules", "Education")},
    {"ENTERTAIN", QT_TRANSLATE_NOOP("ProfileRules", "Entertainment")},
    {"EVENT_PLAN", QT_TRANSLATE_NOOP("ProfileRules", "Event planning and service")},
    {"FINANCE", QT_TRANSLATE_NOOP("ProfileRules", "Finance and banking")},
    {"GROCERY", QT_TRANSLATE_NOOP("ProfileRules", "Food and grocery")},
    {"GOVT", QT_TRANSLATE_NOOP("ProfileRules", "Public service")},
    {"HOTEL", QT_TRANSLATE_NOOP("ProfileRules", "Hotel and lodging")},
    {"HEALTH", QT_TRANSLATE_NOOP("ProfileRules", "Medical and health")},
    {"NONPROFIT", QT_TRANSLATE_NOOP("ProfileRules", "Non-profit organisation")},
    {"PROF_SERVICES", QT_TRANSLATE_NOOP("ProfileRules", "Professional services")},
    {"RETAIL", QT_TRANSLATE_NOOP("ProfileRules", "Shopping and retail")},
    {"TRAVEL", QT_TRANSLATE_NOOP("ProfileRules", "Travel and transportation")},
    {"RESTAURANT", QT_TRANSLATE_NOOP("ProfileRules", "Restaurant")},
    {"NOT_A_BIZ", QT_TRANSLATE_NOOP("ProfileRules", "Not a business")},
};

void checkLength(QList<Problem>& problems, Field field, const QString& text)
{
    const int limit = maxLength(field);
    if (limit > 0 && text.size() > limit)
        problems.append({field, RulesText::tr("is %1 characters long; the limit is %2").arg(text.size()).arg(limit)});
}

bool isEmail(const QString& text)
{
    // local@domain.tld without spaces; the server has the last word on anything subtler.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return email.match(text).hasMatch();
}

bool isWebUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

void checkWebsites(QList<Problem>& problems, const QStringList& sites)
{
    if (sites.size() > limits::kWebsites)
        problems.append({Field::Websites,
                         RulesText::tr("at most %1 are allowed (%2 given)").arg(limits::kWebsites).arg(sites.size())});
    for (const QString& site : sites) {
        if (site.size() > limits::kWebsite)
            problems.append({Field::Websites, RulesText::tr("\"%1…\" is %2 characters long; the limit is %3")
                                                  .arg(site.left(40))
                                                  .arg(site.size())
                                                  .arg(limits::kWebsite)});
        else if (!isWebUrl(site))
            problems.append({Field::Websites, RulesText::tr("\"%1\" must start with http:// or https://").arg(site)});
    }
}

} // namespace

const QList<Field>& allFields()
{
    static const QList<Field> fields{Field::About,    Field::Address,  Field::Description, Field::Email,
                                     Field::Websites, Field::Vertical, Field::Photo};
    return fields;
}

const QList<Field>& textFields()
{
    static const QList<Field> fields = allFields().mid(0, allFields().size() - 1);
    return fields;
}

QString fieldKey(Field field)
{
    switch (field) {
    case Field::About:
        return QStringLiteral("about");
    case Field::Address:
        return QStringLiteral("address");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Websites:
        return QStringLiteral("websites");
    case Field::Vertical:
        return QStringLiteral("vertical");
    case Field::Photo:
        return QStringLiteral("photo");
    }
    return {};
}

std::optional<Field> fieldFromKey(const QString& key)
{
    for (Field f : allFields())
        if (fieldKey(f) == key)
            return f;
    if (key == QLatin1String("profile_picture_handle"))
        return Field::Photo;
    return std::nullopt;
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::About:
        return RulesText::tr("About");
    case Field::Address:
        return RulesText::tr("Address");
    case Field::Description:
        return RulesText::tr("Description");
    case Field::Email:
        return RulesText::tr("Email");
    case Field::Websites:
        return RulesText::tr("Websites");
    case Field::Vertical:
        return RulesText::tr("Industry");
    case Field::Photo:
        return RulesText::tr("Photo");
    }
    return {};
}

int maxLength(Field field)
{
    switch (field) {
    case Field::About:
        return limits::kAbout;
    case Field::Address:
        return limits::kAddress;
    case Field::Description:
        return limits::kDescription;
    case Field::Email:
        return limits::kEmail;
    case Field::Websites:
        return limits::kWebsite;
    case Field::Vertical:
    case Field::Photo:
        return 0;
    }
    return 0;
}

QList<Problem> validate(const BusinessProfileUpdate& update, const BusinessProfile* before)
{
    QList<Problem> problems;
    if (update.about) {
        if (update.about->trimmed().isEmpty())
            problems.append({Field::About, RulesText::tr("cannot be empty")});
        checkLength(problems, Field::About, *update.about);
    }
    if (update.address)
        checkLength(problems, Field::Address, *update.address);
    if (update.description)
        checkLength(problems, Field::Description, *update.description);
    if (update.email) {
        checkLength(problems, Field::Email, *update.email);
        if (!update.email->isEmpty() && !isEmail(*update.email))
            problems.append({Field::Email, RulesText::tr("\"%1\" is not an email address").arg(*update.email)});
    }
    if (update.websites)
        checkWebsites(problems, *update.websites);
    if (update.vertical && !isVertical(*update.vertical))
        problems.append(
            {Field::Vertical,
             RulesText::tr("\"%1\" is not one of %2").arg(*update.vertical, verticals().join(QStringLiteral(", ")))});
    if (update.profilePictureHandle && update.profilePictureHandle->isEmpty())
        problems.append({Field::Photo, RulesText::tr("the upload gave no handle")});
    if (before) {
        // §4.2: "a field cannot be reset to empty once set; overwrite it instead".
        const auto emptied = [&problems](Field field, bool wasSet, bool isEmpty) {
            if (wasSet && isEmpty)
                problems.append({field, RulesText::tr("cannot be emptied once set; write something else instead")});
        };
        if (update.address)
            emptied(Field::Address, !before->address.isEmpty(), update.address->isEmpty());
        if (update.description)
            emptied(Field::Description, !before->description.isEmpty(), update.description->isEmpty());
        if (update.email)
            emptied(Field::Email, !before->email.isEmpty(), update.email->isEmpty());
        if (update.websites)
            emptied(Field::Websites, !before->websites.isEmpty(), update.websites->isEmpty());
    }
    return problems;
}

QStringList describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(QStringLiteral("%1: %2").arg(fieldKey(p.field), p.reason));
    return lines;
}

const QStringList& verticals()
{
    static const QStringList values = [] {
        QStringList out;
        for (const VerticalName& v : kVerticals)
            out.append(QString::fromLatin1(v.value));
        return out;
    }();
    return values;
}

bool isVertical(const QString& value)
{
    return verticals().contains(value);
}

QString verticalName(const QString& value)
{
    for (const VerticalName& v : kVerticals)
        if (value == QLatin1String(v.value))
            return QCoreApplication::translate("ProfileRules", v.name);
    QString readable = value.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

QList<Problem> checkPhoto(const PhotoInfo& photo)
{
    QList<Problem> problems;
    if (photo.mimeType != QLatin1String("image/jpeg") && photo.mimeType != QLatin1String("image/png"))
        problems.append({Field::Photo, RulesText::tr("must be a JPEG or PNG image (this is %1)")
                                           .arg(photo.mimeType.isEmpty() ? RulesText::tr("unknown") : photo.mimeType)});
    if (photo.bytes > limits::kPhotoBytes)
        problems.append({Field::Photo, RulesText::tr("is %1 MB; the limit is %2 MB")
                                           .arg(double(photo.bytes) / (1024 * 1024), 0, 'f', 1)
                                           .arg(limits::kPhotoBytes / (1024 * 1024))});
    if (photo.bytes <= 0)
        problems.append({Field::Photo, RulesText::tr("is empty")});
    if (photo.width < limits::kPhotoMinSide || photo.height < limits::kPhotoMinSide)
        problems.append({Field::Photo, RulesText::tr("is %1×%2 pixels; it needs at least %3×%3")
                                           .arg(photo.width)
                                           .arg(photo.height)
                                           .arg(limits::kPhotoMinSide)});
    return problems;
}

BusinessProfile normalized(BusinessProfile profile)
{
    profile.email = profile.email.trimmed();
    QStringList sites;
    for (const QString& site : std::as_const(profile.websites))
        if (!site.trimmed().isEmpty())
            sites.append(site.trimmed());
    profile.websites = sites;
    return profile;
}

BusinessProfileUpdate diff(const BusinessProfile& before, const BusinessProfile& after)
{
    BusinessProfileUpdate u;
    if (after.about != before.about)
        u.about = after.about;
    if (after.address != before.address)
        u.address = after.address;
    if (after.description != before.description)
        u.description = after.description;
    if (after.email != before.email)
        u.email = after.email;
    if (after.websites != before.websites)
        u.websites = after.websites;
    if (after.vertical != before.vertical && !after.vertical.isEmpty())
        u.vertical = after.vertical;
    return u;
}

BusinessProfileUpdate restricted(const BusinessProfileUpdate& update, const QList<Field>& fields)
{
    BusinessProfileUpdate u;
    if (fields.contains(Field::About))
        u.about = update.about;
    if (fields.contains(Field::Address))
        u.address = update.address;
    if (fields.contains(Field::Description))
        u.description = update.description;
    if (fields.contains(Field::Email))
        u.email = update.email;
    if (fields.contains(Field::Websites))
        u.websites = update.websites;
    if (fields.contains(Field::Vertical))
        u.vertical = update.vertical;
    if (fields.contains(Field::Photo))
        u.profilePictureHandle = update.profilePictureHandle;
    return u;
}

BusinessProfileUpdate fieldsOf(const BusinessProfile& source, const QList<Field>& fields)
{
    BusinessProfileUpdate all;
    all.about = source.about;
    all.address = source.address;
    all.description = source.description;
    all.email = source.email;
    all.websites = source.websites;
    if (!source.vertical.isEmpty())
        all.vertical = source.vertical;
    return restricted(all, fields);
}

BusinessProfile applied(BusinessProfile profile, const BusinessProfileUpdate& update)
{
    profile.about = update.about.value_or(profile.about);
    profile.address = update.address.value_or(profile.address);
    profile.description = update.description.value_or(profile.description);
    profile.email = update.email.value_or(profile.email);
    profile.websites = update.websites.value_or(profile.websites);
    profile.vertical = update.vertical.value_or(profile.vertical);
    return profile;
}

QList<Field> fieldsIn(const BusinessProfileUpdate& update)
{
    QList<Field> fields;
    for (Field f : allFields())
        if (!restricted(update, {f}).isEmpty())
            fields.append(f);
    return fields;
}

QString valueText(const BusinessProfile& profile, Field field)
{
    switch (field) {
    case Field::About:
        return profile.about;
    case Field::Address:
        return profile.address;
    case Field::Description:
        return profile.description;
    case Field::Email:
        return profile.email;
    case Field::Websites:
        return profile.websites.join(QLatin1Char('\n'));
    case Field::Vertical:
        return profile.vertical;
    case Field::Photo:
        return profile.profilePictureUrl;
    }
    return {};
}

QString valueText(const BusinessProfileUpdate& update, Field field)
{
    if (field == Field::Photo)
        return update.profilePictureHandle.value_or(QString());
    return valueText(applied(BusinessProfile{}, update), field);
}

} // namespace wabadesk::profile
