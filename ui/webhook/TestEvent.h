#pragma once

#include "model/Channel.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace wabadesk::ui {

// The webhook inspector's "Send test event": an inbound text message in the Cloud API envelope (REFERENCE.md §6.1)
// for `channel`, with a unique wamid, from a fictional customer (+1 202 555 0100: 555-01xx numbers are reserved for
// fiction).
struct TestEvent {
    QString wamid;
    QString customerWaId;
    QByteArray body;
};

TestEvent makeTestEvent(const Channel& channel, const QDateTime& now);

// Where this computer reaches a listener bound to `listenerUrl`: a wildcard address (0.0.0.0, ::) over loopback.
QUrl loopbackUrlFor(const QUrl& listenerUrl);

} // namespace wabadesk::ui
