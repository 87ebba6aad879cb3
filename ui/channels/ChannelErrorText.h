#pragma once

#include "channels/ChannelService.h"

#include <QCoreApplication>
#include <QString>

namespace wabadesk::ui {

// The headline and the advice the UI shows for each kind of ChannelError. The service's own message (already
// translated, never containing a key) is the sentence in between.
class ChannelErrorText {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::ChannelErrorText)
public:
    static QString title(channels::ChannelError::Kind kind);
    static QString advice(channels::ChannelError::Kind kind);
    // Title, message, problems and advice as rich text (escaped) for an inline message.
    static QString richText(const channels::ChannelError& error);
    // The kind's enumerator name ("WrongKey"), for tests and logs.
    static QString kindName(channels::ChannelError::Kind kind);
};

} // namespace wabadesk::ui
