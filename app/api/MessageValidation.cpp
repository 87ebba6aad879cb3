#include "api/MessageValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace wabadesk::api {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(MessageValidation)
};

// Collects problems with a path prefix ("interactive.action.buttons[1].title: ...").
class Checker {
public:
    QStringList problems;

    void add(const QString& path, const QString& problem) { problems.append(path + QStringLiteral(": ") + problem); }

    // A string field that must be present (when required) and at most max characters (UTF-16 units, as the API
    // and the JavaScript SDKs count them).
    void text(const QJsonObject& o, const QString& key, const QString& path, int max, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                add(path, ValidationText::tr("is required"));
            return;
        }
        if (!v.isString()) {
            add(path, ValidationText::tr("must be a string"));
            return;
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            add(path, ValidationText::tr("must not be empty"));
        if (max > 0 && s.size() > max)
            add(path, ValidationText::tr("is %1 characters long; the limit is %2").arg(s.size()).arg(max));
    }

    bool object(const QJsonObject& o, const QString& key, const QString& path, QJsonObject* out, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(path, ValidationText::tr("is required"));
            return false;
        }
        if (!v.isObject()) {
            add(path, ValidationText::tr("must be an object"));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    void httpUrl(const QString& value, const QString& path)
    {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            add(path, ValidationText::tr("must be an http(s) URL"));
    }
};

const QSet<QString>& messageTypes()
{
    static const QSet<QString> types{
        QStringLiteral("text"),     QStringLiteral("image"),    QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("document"), QStringLiteral("sticker"),
        QStringLiteral("location"), QStringLiteral("contacts"), QStringLiteral("interactive"),
        QStringLiteral("template"), QStringLiteral("reaction")};
    return types;
}

// Recipient: E.164 digits, "+" optional; spaces, dashes and parentheses are tolerated (§1.1).
void checkRecipient(Checker& c, const QJsonObject& m)
{
    const QJsonValue to = m.value(QStringLiteral("to"));
    if (to.isUndefined() && m.value(QStringLiteral("recipient")).isString())
        return; // BSUID addressing (§1.1)
    if (m.value(QStringLiteral("recipient_type")).toString() == QLatin1String("group")) {
        // UPDATES-2026.md §3: `to` is the group id; groups take text, media and templates only (Meta "Groups API":
        // no interactive messages, no reactions, no calls).
        if (!to.isString() || to.toString().trimmed().isEmpty())
            c.add(QStringLiteral("to"), ValidationText::tr("is required (the group id)"));
        static const QSet<QString> inGroups{
            QStringLiteral("text"),     QStringLiteral("image"),   QStringLiteral("audio"),   QStringLiteral("video"),
            QStringLiteral("document"), QStringLiteral("sticker"), QStringLiteral("template")};
        const QString type = m.value(QStringLiteral("type")).toString();
        if (!type.isEmpty() && !inGroups.contains(type))
            c.add(QStringLiteral("type"), ValidationText::tr("\"%1\" cannot be sent to a group").arg(type));
        return;
    }
    if (!to.isString() || to.toString().trimmed().isEmpty()) {
        c.add(QStringLiteral("to"), ValidationText::tr("is required (the customer's phone number or wa_id)"));
        return;
    }
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    const QString s = to.toString().trimmed();
    int digits = 0;
    for (QChar ch : s)
        digits += ch.isDigit() ? 1 : 0;
    if (!allowed.match(s).hasMatch() || digits < 5 || digits > 15)
        c.add(QStringLiteral("to"), ValidationText::tr("\"%1\" is not a phone number in international format").arg(s));
}

void checkMedia(Checker& c, const QString& type, const QJsonObject& o)
{
    const bool hasId = o.contains(QStringLiteral("id"));
    const bool hasLink = o.contains(QStringLiteral("link"));
    if (hasId == hasLink)
        c.add(type, ValidationText::tr("needs exactly one of \"id\" or \"link\""));
    if (hasId)
        c.text(o, QStringLiteral("id"), type + QStringLiteral(".id"), 0, true);
    if (hasLink) {
        c.text(o, QStringLiteral("link"), type + QStringLiteral(".link"), 2000, true);
        c.httpUrl(o.value(QStringLiteral("link")).toString(), type + QStringLiteral(".link"));
    }
    const bool captionAllowed =
        type == QLatin1String("image") || type == QLatin1String("video") || type == QLatin1String("document");
    if (o.contains(QStringLiteral("caption"))) {
        if (captionAllowed)
            c.text(o, QStringLiteral("caption"), type + QStringLiteral(".caption"), 1024, false);
        else
            c.add(type + QStringLiteral(".caption"), ValidationText::tr("is not allowed for %1 messages").arg(type));
    }
    if (o.contains(QStringLiteral("filename"))) {
        if (type == QLatin1String("document"))
            c.text(o, QStringLiteral("filename"), type + QStringLiteral(".filename"), 240, false);
        else
            c.add(type + QStringLiteral(".filename"), ValidationText::tr("is only allowed for documents"));
    }
}

void checkLocation(Checker& c, const QJsonObject& o)
{
    const QJsonValue lat = o.value(QStringLiteral("latitude"));
    const QJsonValue lon = o.value(QStringLiteral("longitude"));
    if (!lat.isDouble() || lat.toDouble() < -90 || lat.toDouble() > 90)
        c.add(QStringLiteral("location.latitude"), ValidationText::tr("must be a number between -90 and 90"));
    if (!lon.isDouble() || lon.toDouble() < -180 || lon.toDouble() > 180)
        c.add(QStringLiteral("location.longitude"), ValidationText::tr("must be a number between -180 and 180"));
    c.text(o, QStringLiteral("name"), QStringLiteral("location.name"), 1000, false);
    c.text(o, QStringLiteral("address"), QStringLiteral("location.address"), 1000, false);
}

void checkContacts(Checker& c, const QJsonValue& v)
{
    if (!v.isArray() || v.toArray().isEmpty()) {
        c.add(QStringLiteral("contacts"), ValidationText::tr("must be a non-empty array"));
        return;
    }
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("contacts[%1]").arg(i);
        QJsonObject contact;
        if (!a.at(i).isObject()) {
            c.add(path, ValidationText::tr("must be an object"));
            continue;
        }
        contact = a.at(i).toObject();
        QJsonObject name;
        if (c.object(contact, QStringLiteral("name"), path + QStringLiteral(".name"), &name))
            c.text(name, QStringLiteral("formatted_name"), path + QStringLiteral(".name.formatted_name"), 0, true);
        if (contact.contains(QStringLiteral("birthday")) &&
            !date.match(contact.value(QStringLiteral("birthday")).toString()).hasMatch())
            c.add(path + QStringLiteral(".birthday"), ValidationText::tr("must be YYYY-MM-DD"));
    }
}

void checkInteractiveHeader(Checker& c, const QString& itype, const QJsonObject& header)
{
    const QString type = header.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text")) {
        c.text(header, QStringLiteral("text"), QStringLiteral("interactive.header.text"), 60, true);
        return;
    }
    if (type == QLatin1String("image") || type == QLatin1String("video") || type == QLatin1String("document")) {
        if (itype != QLatin1String("button") && itype != QLatin1String("cta_url")) {
            c.add(QStringLiteral("interactive.header"),
                  ValidationText::tr("a %1 header is only allowed on reply buttons and URL "
                                     "buttons; lists take a text header")
                      .arg(type));
            return;
        }
        const QJsonObject media = header.value(type).toObject();
        if (media.contains(QStringLiteral("caption")))
            c.add(QStringLiteral("interactive.header"), ValidationText::tr("a media header must not have a caption"));
        if (media.contains(QStringLiteral("id")) == media.contains(QStringLiteral("link")))
            c.add(QStringLiteral("interactive.header.") + type,
                  ValidationText::tr("needs exactly one of \"id\" or \"link\""));
        return;
    }
    c.add(QStringLiteral("interactive.header.type"), ValidationText::tr("must be text, image, video or document"));
}

void checkReplyButtons(Checker& c, const QJsonObject& action)
{
    const QJsonArray buttons = action.value(QStringLiteral("buttons")).toArray();
    if (buttons.isEmpty() || buttons.size() > 3)
        c.add(QStringLiteral("interactive.action.buttons"),
              ValidationText::tr("must have 1 to 3 buttons (has %1)").arg(buttons.size()));
    QSet<QString> ids, titles;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QString path = QStringLiteral("interactive.action.buttons[%1]").arg(i);
        const QJsonObject b = buttons.at(i).toObject();
        if (b.value(QStringLiteral("type")).toString() != QLatin1String("reply"))
            c.add(path + QStringLiteral(".type"), ValidationText::tr("must be \"reply\""));
        const QJsonObject reply = b.value(QStringLiteral("reply")).toObject();
        c.text(reply, QStringLiteral("id"), path + QStringLiteral(".reply.id"), 256, true);
        c.text(reply, QStringLiteral("title"), path + QStringLiteral(".reply.title"), 20, true);
        const QString id = reply.value(QStringLiteral("id")).toString();
        const QString title = reply.value(QStringLiteral("title")).toString();
        if (id != id.trimmed())
            c.add(path + QStringLiteral(".reply.id"), ValidationText::tr("must not start or end with spaces"));
        if (!id.isEmpty() && ids.contains(id))
            c.add(path + QStringLiteral(".reply.id"),
                  ValidationText::tr("\"%1\" is used twice; ids must be unique").arg(id));
        if (!title.isEmpty() && titles.contains(title))
            c.add(path + QStringLiteral(".reply.title"),
                  ValidationText::tr("\"%1\" is used twice; titles must be unique").arg(title));
        ids.insert(id);
        titles.insert(title);
    }
}

void checkList(Checker& c, const QJsonObject& action)
{
    c.text(action, QStringLiteral("button"), QStringLiteral("interactive.action.button"), 20, true);
    const QJsonArray sections = action.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty() || sections.size() > 10)
        c.add(QStringLiteral("interactive.action.sections"),
              ValidationText::tr("must have 1 to 10 sections (has %1)").arg(sections.size()));
    int rowsTotal = 0;
    QSet<QString> ids;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString path = QStringLiteral("interactive.action.sections[%1]").arg(s);
        const QJsonObject section = sections.at(s).toObject();
        c.text(section, QStringLiteral("title"), path + QStringLiteral(".title"), 24, sections.size() > 1);
        const QJsonArray rows = section.value(QStringLiteral("rows")).toArray();
        if (rows.isEmpty())
            c.add(path + QStringLiteral(".rows"), ValidationText::tr("must have at least one row"));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString rowPath = path + QStringLiteral(".rows[%1]").arg(r);
            const QJsonObject row = rows.at(r).toObject();
            c.text(row, QStringLiteral("id"), rowPath + QStringLiteral(".id"), 200, true);
            c.text(row, QStringLiteral("title"), rowPath + QStringLiteral(".title"), 24, true);
            c.text(row, QStringLiteral("description"), rowPath + QStringLiteral(".description"), 72, false);
            const QString id = row.value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && ids.contains(id))
                c.add(rowPath + QStringLiteral(".id"),
                      ValidationText::tr("\"%1\" is used twice; row ids must be unique").arg(id));
            ids.insert(id);
        }
        rowsTotal += int(rows.size());
    }
    // Meta's rule is 10 rows in total across all sections (§1.7.2, §11.1 item 12).
    if (rowsTotal > 10)
        c.add(QStringLiteral("interactive.action.sections"),
              ValidationText::tr("have %1 rows in total; the limit is 10").arg(rowsTotal));
}

void checkInteractive(Checker& c, const QJsonObject& o)
{
    const QString itype = o.value(QStringLiteral("type")).toString();
    static const QSet<QString> known{QStringLiteral("button"), QStringLiteral("list"), QStringLiteral("cta_url"),
                                     QStringLiteral("location_request_message")};
    static const QSet<QString> passThrough{QStringLiteral("flow"),         QStringLiteral("product"),
                                           QStringLiteral("product_list"), QStringLiteral("catalog_message"),
                                           QStringLiteral("voice_call"),   QStringLiteral("call_permission_request"),
                                           QStringLiteral("carousel")};
    if (passThrough.contains(itype))
        return; // out of scope for the desktop client; Meta checks them (§1.7)
    if (!known.contains(itype)) {
        c.add(QStringLiteral("interactive.type"),
              ValidationText::tr("must be one of button, list, cta_url, location_request_message (is \"%1\")")
                  .arg(itype));
        return;
    }
    QJsonObject body;
    if (c.object(o, QStringLiteral("body"), QStringLiteral("interactive.body"), &body))
        c.text(body, QStringLiteral("text"), QStringLiteral("interactive.body.text"), 1024, true);
    QJsonObject footer;
    if (c.object(o, QStringLiteral("footer"), QStringLiteral("interactive.footer"), &footer, false))
        c.text(footer, QStringLiteral("text"), QStringLiteral("interactive.footer.text"), 60, true);
    QJsonObject header;
    if (c.object(o, QStringLiteral("header"), QStringLiteral("interactive.header"), &header, false)) {
        if (itype == QLatin1String("location_request_message"))
            c.add(QStringLiteral("interactive.header"), ValidationText::tr("is not allowed on a location request"));
        else
            checkInteractiveHeader(c, itype, header);
    }
    QJsonObject action;
    if (!c.object(o, QStringLiteral("action"), QStringLiteral("interactive.action"), &action))
        return;
    if (itype == QLatin1String("button")) {
        checkReplyButtons(c, action);
    } else if (itype == QLatin1String("list")) {
        checkList(c, action);
    } else if (itype == QLatin1String("cta_url")) {
        if (action.value(QStringLiteral("name")).toString() != QLatin1String("cta_url"))
            c.add(QStringLiteral("interactive.action.name"), ValidationText::tr("must be \"cta_url\""));
        const QJsonObject params = action.value(QStringLiteral("parameters")).toObject();
        c.text(params, QStringLiteral("display_text"), QStringLiteral("interactive.action.parameters.display_text"), 20,
               true);
        c.text(params, QStringLiteral("url"), QStringLiteral("interactive.action.parameters.url"), 2000, true);
        c.httpUrl(params.value(QStringLiteral("url")).toString(), QStringLiteral("interactive.action.parameters.url"));
    } else if (action.value(QStringLiteral("name")).toString() != QLatin1String("send_location")) {
        c.add(QStringLiteral("interactive.action.name"), ValidationText::tr("must be \"send_location\""));
    }
}

// 132018 (§1.8): text parameters may not contain newlines, tabs or more than four consecutive spaces.
bool hasForbiddenWhitespace(const QString& s)
{
    return s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\t')) || s.contains(QLatin1String("     "));
}

void checkTemplate(Checker& c, const QJsonObject& o)
{
    c.text(o, QStringLiteral("name"), QStringLiteral("template.name"), 512, true);
    const QJsonObject language = o.value(QStringLiteral("language")).toObject();
    c.text(language, QStringLiteral("code"), QStringLiteral("template.language.code"), 20, true);
    if (!o.contains(QStringLiteral("components")))
        return;
    if (!o.value(QStringLiteral("components")).isArray()) {
        c.add(QStringLiteral("template.components"), ValidationText::tr("must be an array"));
        return;
    }
    static const QRegularExpression paramName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    const QJsonArray components = o.value(QStringLiteral("components")).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString path = QStringLiteral("template.components[%1]").arg(i);
        const QJsonObject comp = components.at(i).toObject();
        const QString type = comp.value(QStringLiteral("type")).toString().toLower();
        if (type != QLatin1String("header") && type != QLatin1String("body") && type != QLatin1String("button")) {
            c.add(path + QStringLiteral(".type"), ValidationText::tr("must be header, body or button"));
            continue;
        }
        if (type == QLatin1String("button")) {
            const QJsonValue index = comp.value(QStringLiteral("index"));
            const int idx = index.isString() ? index.toString().toInt() : index.toInt(-1);
            if (idx < 0 || idx > 9)
                c.add(path + QStringLiteral(".index"), ValidationText::tr("must be the button's position, 0 to 9"));
            c.text(comp, QStringLiteral("sub_type"), path + QStringLiteral(".sub_type"), 0, true);
        }
        const QJsonArray params = comp.value(QStringLiteral("parameters")).toArray();
        for (qsizetype p = 0; p < params.size(); ++p) {
            const QString ppath = path + QStringLiteral(".parameters[%1]").arg(p);
            const QJsonObject param = params.at(p).toObject();
            if (param.value(QStringLiteral("type")).toString().isEmpty())
                c.add(ppath + QStringLiteral(".type"), ValidationText::tr("is required"));
            if (param.contains(QStringLiteral("parameter_name"))) {
                const QString name = param.value(QStringLiteral("parameter_name")).toString();
                if (name.size() > 20 || !paramName.match(name).hasMatch())
                    c.add(ppath + QStringLiteral(".parameter_name"),
                          ValidationText::tr("must be at most 20 lowercase letters, digits and underscores"));
            }
            if (param.value(QStringLiteral("type")).toString() == QLatin1String("text") &&
                hasForbiddenWhitespace(param.value(QStringLiteral("text")).toString()))
                c.add(ppath + QStringLiteral(".text"),
                      ValidationText::tr("must not contain newlines, tabs or more than four consecutive spaces"));
        }
    }
}

void checkReaction(Checker& c, const QJsonObject& o)
{
    c.text(o, QStringLiteral("message_id"), QStringLiteral("reaction.message_id"), 0, true);
    const QJsonValue emoji = o.value(QStringLiteral("emoji"));
    if (!emoji.isString()) {
        c.add(QStringLiteral("reaction.emoji"),
              ValidationText::tr("is required (an empty string removes the reaction)"));
        return;
    }
    const QString e = emoji.toString();
    if (e.isEmpty())
        return;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, e);
    int graphemes = 0;
    while (finder.toNextBoundary() != -1)
        ++graphemes;
    if (graphemes != 1 || e.at(0).isLetterOrNumber() || e.at(0).isSpace())
        c.add(QStringLiteral("reaction.emoji"), ValidationText::tr("must be a single emoji"));
}

} // namespace

QStringList validateMessage(const QJsonObject& message)
{
    Checker c;
    if (message.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp"))
        c.add(QStringLiteral("messaging_product"), ValidationText::tr("must be \"whatsapp\""));
    checkRecipient(c, message);
    const QString type = message.value(QStringLiteral("type")).toString();
    if (!messageTypes().contains(type)) {
        c.add(QStringLiteral("type"), ValidationText::tr("\"%1\" is not a message type the API can send").arg(type));
        return c.problems;
    }
    if (message.contains(QStringLiteral("context"))) {
        const QJsonObject context = message.value(QStringLiteral("context")).toObject();
        c.text(context, QStringLiteral("message_id"), QStringLiteral("context.message_id"), 0, true);
    }
    c.text(message, QStringLiteral("biz_opaque_callback_data"), QStringLiteral("biz_opaque_callback_data"), 512, false);

    if (type == QLatin1String("contacts")) {
        checkContacts(c, message.value(type));
        return c.problems;
    }
    QJsonObject content;
    if (!c.object(message, type, type, &content))
        return c.problems;
    if (type == QLatin1String("text")) {
        c.text(content, QStringLiteral("body"), QStringLiteral("text.body"), 4096, true);
        if (content.contains(QStringLiteral("preview_url")) && !content.value(QStringLiteral("preview_url")).isBool())
            c.add(QStringLiteral("text.preview_url"), ValidationText::tr("must be true or false"));
    } else if (type == QLatin1String("location")) {
        checkLocation(c, content);
    } else if (type == QLatin1String("interactive")) {
        checkInteractive(c, content);
    } else if (type == QLatin1String("template")) {
        checkTemplate(c, content);
    } else if (type == QLatin1String("reaction")) {
        checkReaction(c, content);
    } else {
        checkMedia(c, type, content);
    }
    return c.problems;
}

QStringList validateMarkRead(const QJsonObject& body)
{
    Checker c;
    if (body.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp"))
        c.add(QStringLiteral("messaging_product"), ValidationText::tr("must be \"whatsapp\""));
    if (body.value(QStringLiteral("status")).toString() != QLatin1String("read"))
        c.add(QStringLiteral("status"), ValidationText::tr("must be \"read\""));
    c.text(body, QStringLiteral("message_id"), QStringLiteral("message_id"), 0, true);
    return c.problems;
}

QStringList templateVariableNames(const QString& text)
{
    static const QRegularExpression var(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QStringList names;
    auto it = var.globalMatch(text);
    while (it.hasNext()) {
        const QString n = it.next().captured(1);
        if (!names.contains(n))
            names.append(n);
    }
    return names;
}

// ---- template definition vs. template send (§1.8, §3) ----

namespace {

QJsonObject componentOf(const QJsonArray& components, const QString& type)
{
    for (const auto& v : components) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            return o;
    }
    return {};
}

QList<QJsonObject> sendComponents(const QJsonArray& components, const QString& type)
{
    QList<QJsonObject> out;
    for (const auto& v : components) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            out.append(o);
    }
    return out;
}

QJsonArray paramsOf(const QList<QJsonObject>& components)
{
    QJsonArray all;
    for (const auto& c : components)
        for (const auto& p : c.value(QStringLiteral("parameters")).toArray())
            all.append(p);
    return all;
}

int mismatch(int code, QString* details, const QString& text)
{
    if (details)
        *details = text;
    return code;
}

} // namespace

int countTemplateVariables(const QString& text)
{
    return int(templateVariableNames(text).size());
}

int checkTemplateParameters(const QJsonObject& definition, const QJsonObject& send, QString* details)
{
    const QJsonArray defComponents = definition.value(QStringLiteral("components")).toArray();
    const QJsonArray sendComps = send.value(QStringLiteral("components")).toArray();
    const bool isAuth = definition.value(QStringLiteral("category"))
                            .toString()
                            .compare(QLatin1String("AUTHENTICATION"), Qt::CaseInsensitive) == 0;

    // Text parameters anywhere: 132018 for newline, tab, >4 spaces.
    for (const auto& c : sendComps)
        for (const auto& p : c.toObject().value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject param = p.toObject();
            if (param.value(QStringLiteral("type")).toString() == QLatin1String("text") &&
                hasForbiddenWhitespace(param.value(QStringLiteral("text")).toString()))
                return mismatch(132018, details,
                                QStringLiteral("Param text cannot have new-line/tab characters or more than 4 "
                                               "consecutive spaces"));
        }

    // Header.
    const QJsonObject defHeader = componentOf(defComponents, QStringLiteral("HEADER"));
    const QJsonArray headerParams = paramsOf(sendComponents(sendComps, QStringLiteral("header")));
    const QString format = defHeader.value(QStringLiteral("format")).toString().toUpper();
    if (format.isEmpty() || format == QLatin1String("TEXT")) {
        const int expected = countTemplateVariables(defHeader.value(QStringLiteral("text")).toString());
        if (headerParams.size() != expected)
            return mismatch(132000, details,
                            QStringLiteral("header: number of localizable_params (%1) does not match the expected "
                                           "number of params (%2)")
                                .arg(headerParams.size())
                                .arg(expected));
    } else {
        if (headerParams.size() != 1)
            return mismatch(132000, details,
                            QStringLiteral("header: the template has a %1 header, which needs exactly one parameter "
                                           "(received %2)")
                                .arg(format.toLower())
                                .arg(headerParams.size()));
        const QString got = headerParams.at(0).toObject().value(QStringLiteral("type")).toString().toLower();
        if (got != format.toLower())
            return mismatch(132012, details,
                            QStringLiteral("header: format mismatch, expected %1, received %2")
                                .arg(format.toLower(), got.isEmpty() ? QStringLiteral("nothing") : got));
    }

    // Body: authentication templates have one variable (the code) even without body text.
    const QJsonObject defBody = componentOf(defComponents, QStringLiteral("BODY"));
    const QStringList bodyVars = templateVariableNames(defBody.value(QStringLiteral("text")).toString());
    const int expectedBody = isAuth && bodyVars.isEmpty() ? 1 : int(bodyVars.size());
    const QJsonArray bodyParams = paramsOf(sendComponents(sendComps, QStringLiteral("body")));
    if (bodyParams.size() != expectedBody)
        return mismatch(132000, details,
                        QStringLiteral("body: number of localizable_params (%1) does not match the expected number "
                                       "of params (%2)")
                            .arg(bodyParams.size())
                            .arg(expectedBody));
    const bool named = definition.value(QStringLiteral("parameter_format"))
                           .toString()
                           .compare(QLatin1String("NAMED"), Qt::CaseInsensitive) == 0;
    if (named) {
        for (const auto& p : bodyParams) {
            const QString n = p.toObject().value(QStringLiteral("parameter_name")).toString();
            if (!bodyVars.contains(n))
                return mismatch(132000, details,
                                QStringLiteral("body: parameter_name \"%1\" is not a variable of the template").arg(n));
        }
    }

    // Buttons: each send button must exist at its index with a matching sub_type; URL buttons with a variable
    // and copy-code buttons need their parameter.
    const QJsonArray defButtons =
        componentOf(defComponents, QStringLiteral("BUTTONS")).value(QStringLiteral("buttons")).toArray();
    const QList<QJsonObject> sendButtons = sendComponents(sendComps, QStringLiteral("button"));
    QSet<int> given;
    for (const auto& b : sendButtons) {
        const QJsonValue iv = b.value(QStringLiteral("index"));
        const int index = iv.isString() ? iv.toString().toInt() : iv.toInt(-1);
        if (index < 0 || index >= defButtons.size())
            return mismatch(132000, details,
                            QStringLiteral("button: index %1 does not exist; the template has %2 buttons")
                                .arg(index)
                                .arg(defButtons.size()));
        const QString defType = defButtons.at(index).toObject().value(QStringLiteral("type")).toString().toUpper();
        const QString subType = b.value(QStringLiteral("sub_type")).toString().toLower();
        const bool matches =
            (subType == QLatin1String("quick_reply") && defType == QLatin1String("QUICK_REPLY")) ||
            (subType == QLatin1String("url") && (defType == QLatin1String("URL") || defType == QLatin1String("OTP"))) ||
            (subType == QLatin1String("copy_code") && defType == QLatin1String("COPY_CODE"));
        if (!matches)
            return mismatch(132012, details,
                            QStringLiteral("button %1: sub_type %2 does not match the template's %3 button")
                                .arg(index)
                                .arg(subType, defType));
        given.insert(index);
    }
    for (qsizetype i = 0; i < defButtons.size(); ++i) {
        const QJsonObject def = defButtons.at(i).toObject();
        const QString type = def.value(QStringLiteral("type")).toString().toUpper();
        const bool needsParam =
            (type == QLatin1String("URL") && countTemplateVariables(def.value(QStringLiteral("url")).toString()) > 0) ||
            type == QLatin1String("COPY_CODE") ||
            (type == QLatin1String("OTP") &&
             def.value(QStringLiteral("otp_type")).toString().toUpper() != QLatin1String("ZERO_TAP") && isAuth);
        if (needsParam && !given.contains(int(i)))
            return mismatch(132000, details,
                            QStringLiteral("button %1 (%2) needs a parameter").arg(i).arg(type.toLower()));
    }
    return 0;
}

} // namespace wabadesk::api
