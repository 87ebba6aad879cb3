#pragma once

#include "sandbox/SandboxState.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>

namespace wabadesk::sandbox {

// The sandbox's starting content: a realistic template catalogue (REFERENCE.md §3), a business profile (§4) and,
// with scripted customers, a small cast of customers with open and closed windows (§8.4).
QList<StoredTemplate> seedTemplates();
QJsonObject seedProfile();
// The seed profile's picture: a 320×320 PNG served at /_sandbox/pps/<kSeedPhotoId>.jpg.
inline constexpr int kSeedPhotoId = 100000001;
QByteArray seedProfilePhoto();

struct CastMember {
    QString waId;
    QString name;
    std::chrono::minutes lastWroteAgo; // sets the 24-hour window at start
    bool writesIn;                     // takes part in the scripted conversation
};
QList<CastMember> seedCast();

// A 32×32 PNG (green square, white cross) for customers' image messages.
QByteArray demoPng();

} // namespace wabadesk::sandbox
