#include "conversations/MessageQuote.h"

#include "model/Conversation.h"
#include "model/StoredMessage.h"
#include "text/WhatsAppText.h"

namespace wabadesk::ui {

MessageQuote MessageQuote::of(const StoredMessage& m, const Conversation& conversation)
{
    MessageQuote q;
    if (m.direction == StoredMessage::Direction::Inbound)
        q.author = conversation.contact.displayName();
    else if (m.origin == StoredMessage::Origin::Echo && !m.senderName.isEmpty())
        q.author = m.senderName;
    else
        q.author = tr("you");

    if (m.isDeleted()) {
        q.text = tr("This message was deleted");
        return q;
    }
    const QString type = m.type;
    // The quote shows the text as WhatsApp does, without its formatting markers (*bold* reads "bold").
    const QString caption = text::toPlainText(m.caption.isEmpty() ? m.text : m.caption);
    const auto withCaption = [&caption](const QString& label) {
        return caption.isEmpty() ? label : label + QStringLiteral(": ") + caption;
    };
    if (type == QLatin1String("image"))
        q.text = withCaption(tr("Photo"));
    else if (type == QLatin1String("video"))
        q.text = withCaption(tr("Video"));
    else if (type == QLatin1String("sticker"))
        q.text = tr("Sticker");
    else if (type == QLatin1String("audio") || type == QLatin1String("voice"))
        q.text = tr("Audio");
    else if (type == QLatin1String("document"))
        q.text = withCaption(m.filename.isEmpty() ? tr("Document") : tr("Document %1").arg(m.filename));
    else if (type == QLatin1String("location"))
        q.text = m.text.isEmpty() ? tr("Location") : tr("Location: %1").arg(m.text);
    else if (type == QLatin1String("contacts"))
        q.text = m.text.isEmpty() ? tr("Contact card") : tr("Contact card: %1").arg(m.text);
    else if (!m.text.isEmpty())
        q.text = text::toPlainText(m.text);
    else if (!caption.isEmpty())
        q.text = caption;
    else
        q.text = tr("a message");
    return q;
}

} // namespace wabadesk::ui
