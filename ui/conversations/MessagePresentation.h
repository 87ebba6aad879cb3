#pragma once

#include "model/StoredMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace wabadesk::ui {

// Something clickable in a bubble.
// Play: a voice note's play/pause button, or a video's "Play"; Seek: a voice note's bar.
enum class MessageActionKind { Link, Open, Save, OpenMap, Retry, ToggleHistory, Quote, Play, Seek };

// What a bubble shows for one message, decided per type (REFERENCE.md §6.3 inbound, §1 outbound payloads),
// before any geometry: labels, a card (media, location, contacts, order, buttons), the WhatsApp-formatted body
// and notices. MessageLayout places it; BubblePainter paints it.
struct MessagePresentation {
    Q_DECLARE_TR_FUNCTIONS(MessagePresentation)

public:
    enum class Icon {
        None,
        Image,
        Sticker,
        Video,
        Audio,
        Voice,
        Document,
        Location,
        Contact,
        Order,
        Buttons,
        Unknown,
        // issue #16 (painted by CallCardPainter): a call, a missed call, a call permission, a Flow's answers
        Call,
        MissedCall,
        CallPermission,
        Flow,
    };
    struct Action {
        MessageActionKind kind;
        QString label;
        QUrl url;
    };

    // Returns the local file of a media message when there is one (the media archive's hook), else "".
    using MediaLocator = std::function<QString(const StoredMessage&)>;

    static MessagePresentation of(const StoredMessage& m, const QString& templateBody = {},
                                  const MediaLocator& locateMedia = {});

    bool isSystem = false;
    QString senderLine; // business-app echoes: who sent it
    QStringList labels; // small lines above the content: "Forwarded", "Tapped a button", "Template · name (en)"
    Icon icon = Icon::None;
    bool thumbnail = false; // image/sticker: a picture area
    bool smallThumbnail = false;
    QString localImage;    // a local file to show in the picture area ("" = placeholder)
    bool player = false;   // audio: played inline (play button, seek bar, time) instead of a card
    bool isVoice = false;  // a voice note (§6.3 audio with voice: true)
    qint64 durationMs = 0; // audio and video: read from the kept file (0: not known)
    QString cardTitle;
    QString cardSubtitle;
    QStringList cardLines;
    QList<Action> actions;     // card actions (Open, Save, Open in maps)
    QString body;              // WhatsApp-formatted text (goes through text::toHtml)
    QString notice;            // italic, muted: deleted, unsupported, unknown type
    QString historyLabel;      // "Show previous text" when there is an earlier version
    QString historyText;       // what the message said before the edit / revoke
    QString historyHideLabel;  // "" = "Hide previous text"
    bool historyIsRaw = false; // historyText is shown as it is (a Flow's raw JSON), not as "Before: …"

    bool hasCard() const { return icon != Icon::None; }
};

} // namespace wabadesk::ui
