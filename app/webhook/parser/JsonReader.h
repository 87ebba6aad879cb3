#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wabadesk::webhook::detail {

// Typed reads from webhook JSON that never fail hard: a value of the wrong type is reported as "path: problem" and
// read as empty, so one odd field does not cost the rest of the body. A missing key is not a problem.
class JsonReader {
public:
    explicit JsonReader(QStringList* problems)
        : m_problems(problems)
    {}

    // A string; a number is accepted and written as digits (ids are sometimes numbers, e.g. template ids §6.5).
    QString string(const QJsonObject& o, const char* key, const QString& path) const;
    // Unix seconds: a string of digits or a number (§6.1 "accept both"); 0 when absent or unreadable.
    qint64 timestamp(const QJsonObject& o, const char* key, const QString& path) const;
    // A boolean; absent reads as false.
    bool boolean(const QJsonObject& o, const char* key, const QString& path) const;
    std::optional<bool> optionalBoolean(const QJsonObject& o, const char* key, const QString& path) const;
    // A number, or a string holding one (NodeSDK sends coordinates as strings, §11.1 item 11).
    std::optional<double> number(const QJsonObject& o, const char* key, const QString& path) const;
    QJsonObject object(const QJsonObject& o, const char* key, const QString& path) const;
    QJsonArray array(const QJsonObject& o, const char* key, const QString& path) const;
    // The objects of an array; other elements are reported and skipped. `visit(object, elementPath)`.
    template <typename F>
    void forEachObject(const QJsonObject& o, const char* key, const QString& path, F visit) const
    {
        const QString arrayPath = member(path, key);
        const QJsonArray items = array(o, key, path);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = element(arrayPath, i);
            if (items.at(i).isObject())
                visit(items.at(i).toObject(), itemPath);
            else
                expected(itemPath, "an object", items.at(i));
        }
    }

    void problem(const QString& path, const QString& what) const;
    void expected(const QString& path, const char* what, const QJsonValue& got) const;

    static QString member(const QString& path, const char* key);
    static QString element(const QString& path, qsizetype index);
    static QString typeName(const QJsonValue& v);

private:
    QStringList* m_problems;
};

} // namespace wabadesk::webhook::detail
