#pragma once

#include "sandbox/SandboxState.h"
#include "sandbox/WebhookPayloads.h"

#include <QByteArray>
#include <QJsonObject>

namespace wabadesk::sandbox {

// The numbers the messaging API serves: the sandbox's own (its key StateData::apiKey) and every partner channel a key
// was generated for (PartnerData). A request's D360-API-KEY says which number it acts as. Call with the lock held
// (inside SandboxState::with()).

// Whether `key` is the current key of a number the sandbox serves (constant-time comparisons).
bool isNumberKey(const StateData& data, const QByteArray& key);
// The partner channel whose key `key` is, or nullptr (the sandbox number's key, or an unknown key).
const PartnerChannelRecord* otherNumberForKey(const StateData& data, const QByteArray& key);
PartnerChannelRecord* otherNumberForKey(StateData& data, const QByteArray& key);
// metadata and entry id for webhooks of the number `key` acts as (the sandbox number for anything else).
NumberIdentity identityForKey(const StateData& data, const QByteArray& key);
// Where a webhook payload goes: the webhook of the number in its metadata.phone_number_id; the sandbox number's
// (phone-number webhook, else WABA webhook) when it names no other number.
WebhookTarget webhookForPayload(const StateData& data, const QJsonObject& payload);
// A new key for a partner channel: the sandbox number's is rotated (rotateApiKey); another number gets its first or
// next key. Either way the previous key stops working and the number's phone-number webhook is reset (§5.1).
QByteArray generateNumberKey(StateData& data, PartnerChannelRecord& channel);

} // namespace wabadesk::sandbox
