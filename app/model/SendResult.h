#pragma once

#include <QString>

namespace wabadesk {

// Success response of POST /messages (REFERENCE.md §1.2). HTTP 200 only means "accepted".
struct SendResult {
    QString messageId;     // wamid
    QString waId;          // contacts[0].wa_id
    QString input;         // contacts[0].input
    QString messageStatus; // templates: accepted / held_for_quality_assessment
};

} // namespace wabadesk
