#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace wabadesk::api {
class ApiClient;
}

namespace wabadesk::ui {

// Someone the channel can write to, offered as a suggestion where a recipient is entered.
struct KnownRecipient {
    QString waId; // digits only, country code first
    QString name;
};

// What the window needs to know about one channel. The composition root owns the client; the window only uses it.
struct ChannelDescriptor {
    QString id;   // stable identifier, used for remembered UI state (never a key)
    QString name; // shown in the channel switcher
    QColor colour;
    QString description;    // one short line under the name, e.g. what kind of channel this is
    QString connectionText; // one line for the status bar, e.g. "Demo mode — local sandbox at …"
    api::ApiClient* client = nullptr;
    QList<KnownRecipient> recipients;
};

} // namespace wabadesk::ui
