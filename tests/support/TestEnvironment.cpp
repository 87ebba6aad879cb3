#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace wabadesk::test {

QString dataPath(const QString& name)
{
    return QDir(qEnvironmentVariable("WABADESK_TEST_DATA")).filePath(name);
}

QByteArray readData(const QString& name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data %s missing", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject readJsonObject(const QString& name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(readData(name), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc.object();
}

QString binPath(const QString& executable)
{
    return QDir(qEnvironmentVariable("WABADESK_BIN_DIR")).filePath(executable);
}

QString jsonDifference(const QJsonValue& expected, const QJsonValue& actual, const QString& path)
{
    auto show = [](const QJsonValue& v) -> QString {
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isUndefined())
            return QStringLiteral("(absent)");
        return v.toVariant().toString() + QStringLiteral(" (") + QString::number(int(v.type())) + QLatin1Char(')');
    };
    if (expected.type() != actual.type())
        return QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual));
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString d = jsonDifference(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!e.contains(it.key()))
                return QStringLiteral("%1.%2: unexpected field %3").arg(path, it.key(), show(it.value()));
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (e.size() != a.size())
            return QStringLiteral("%1: expected %2 elements, got %3").arg(path).arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = jsonDifference(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected != actual)
        return QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual));
    return {};
}

} // namespace wabadesk::test
