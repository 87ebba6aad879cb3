#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wabadesk {

// GET /whatsapp_business_profile (REFERENCE.md §4.1).
struct BusinessProfile {
    QString about;
    QString address;
    QString description;
    QString email;
    QString profilePictureUrl;
    QStringList websites;
    QString vertical;
};

// POST /whatsapp_business_profile (§4.2): only the fields that are set are sent.
struct BusinessProfileUpdate {
    std::optional<QString> about;
    std::optional<QString> address;
    std::optional<QString> description;
    std::optional<QString> email;
    std::optional<QStringList> websites;
    std::optional<QString> vertical;
    std::optional<QString> profilePictureHandle;

    bool isEmpty() const
    {
        return !about && !address && !description && !email && !websites && !vertical && !profilePictureHandle;
    }
};

} // namespace wabadesk
