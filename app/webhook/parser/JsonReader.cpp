#include "webhook/parser/JsonReader.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace wabadesk::webhook::detail {

namespace {

// Largest integer a double holds exactly: ids above it would be rounded.
constexpr double maxExactInteger = 9007199254740992.0;

bool isWholeNumber(double d)
{
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= maxExactInteger;
}

} // namespace

QString JsonReader::string(const QJsonObject& o, const char* key, const QString& path) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isDouble() && isWholeNumber(v.toDouble()))
        return QString::number(qint64(v.toDouble()));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    expected(member(path, key), "a string", v);
    return {};
}

qint64 JsonReader::timestamp(const QJsonObject& o, const char* key, const QString& path) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return 0;
    if (v.isDouble() && isWholeNumber(v.toDouble()) && v.toDouble() >= 0)
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 secs = v.toString().trimmed().toLongLong(&ok);
        if (ok && secs >= 0)
            return secs;
    }
    expected(member(path, key), "unix seconds", v);
    return 0;
}

bool JsonReader::boolean(const QJsonObject& o, const char* key, const QString& path) const
{
    return optionalBoolean(o, key, path).value_or(false);
}

std::optional<bool> JsonReader::optionalBoolean(const QJsonObject& o, const char* key, const QString& path) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        expected(member(path, key), "true or false", v);
    return std::nullopt;
}

std::optional<double> JsonReader::number(const QJsonObject& o, const char* key, const QString& path) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    if (!v.isUndefined() && !v.isNull())
        expected(member(path, key), "a number", v);
    return std::nullopt;
}

QJsonObject JsonReader::object(const QJsonObject& o, const char* key, const QString& path) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        expected(member(path, key), "an object", v);
    return {};
}

QJsonArray JsonReader::array(const QJsonObject& o, const char* key, const QString& path) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        expected(member(path, key), "an array", v);
    return {};
}

void JsonReader::problem(const QString& path, const QString& what) const
{
    if (m_problems)
        m_problems->append(path + QStringLiteral(": ") + what);
}

void JsonReader::expected(const QString& path, const char* what, const QJsonValue& got) const
{
    //: %1 is what was expected ("a string", "an array", …), %2 what came (also untranslated JSON type names)
    problem(
        path,
        QCoreApplication::translate("WebhookParser", "expected %1, got %2").arg(QLatin1String(what), typeName(got)));
}

QString JsonReader::member(const QString& path, const char* key)
{
    if (path.isEmpty())
        return QLatin1String(key);
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString JsonReader::element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonReader::typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace wabadesk::webhook::detail
