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
    std::chrono::minutes lastWroteAgo; // their last message before the demo began: sets the 24-hour window
    bool failsFirstDelivery = false;   // the business's first message to them fails (131026), later ones arrive
};
// The scripted customers (what they say: CustomerStories.h).
QList<CastMember> seedCast();

// A 32×32 PNG (green square, white cross) for customers' image messages.
QByteArray demoPng();
// A real voice note (OGG Opus, 16 kHz mono, about 5 s) and a short MP4 clip (H.264 + AAC, 160×120, 2.5 s), as
// customers send them (app/sandbox/media, made by tools/make-demo-media.sh).
QByteArray demoVoiceNote();
QByteArray demoVideo();
// A customer's photo of a faulty T-shirt (JPEG, 480×360).
QByteArray demoPhoto();

} // namespace wabadesk::sandbox
