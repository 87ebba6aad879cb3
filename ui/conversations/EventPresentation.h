#pragma once

#include "conversations/MessagePresentation.h"

namespace wabadesk::ui {

// The presentation of the 2026 kinds (issue #16): a call's card, a call permission, a WhatsApp Flow's answers as a
// form (the raw JSON one click away), a group's or a marketing preference's system line. False for everything else
// (MessagePresentation::of goes on with the type).
bool presentEvent(const StoredMessage& message, MessagePresentation& presentation);

} // namespace wabadesk::ui
