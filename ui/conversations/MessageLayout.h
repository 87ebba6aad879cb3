#pragma once

#include "conversations/MessagePresentation.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTextDocument>
#include <QUrl>

#include <memory>

class QModelIndex;

namespace wabadesk::ui {

// The geometry of one row of the conversation view, in row coordinates (0,0 = the row's top left), computed
// once per (row key, revision, width, font, find text, expanded) by MessageDelegate and cached: painting and
// hit-testing read it, nothing is measured twice. The body is a laid-out QTextDocument of WhatsAppText HTML.
struct MessageLayout {
    enum class Style { Bubble, System, Day };
    enum class Tone { Normal, Muted, Accent, Negative, Link, OnCard };
    struct Text {
        QRectF rect;
        QString text;
        QFont font;
        Tone tone = Tone::Normal;
        int flags = 0; // Qt::AlignmentFlag | Qt::TextWordWrap
    };
    struct Action {
        MessageActionKind kind;
        QRectF rect;
        QString label;
        QUrl url;
        bool isButton = false; // drawn as an outlined pill (card actions), else as a link
    };

    Style style = Style::Bubble;
    QSize size;
    bool isOutgoing = false;
    bool hasTail = false;
    QRectF bubble;
    QList<Text> texts;
    QRectF quote;
    QRectF card;
    MessagePresentation::Icon icon = MessagePresentation::Icon::None;
    QRectF iconRect;
    QRectF thumbnail;
    QImage thumbnailImage; // null: placeholder
    // Audio, played inline: the card, its round play/pause button, the seek bar and the time under it. What they
    // show (playing, position, error) is not part of the layout: the delegate paints it from PlaybackController.
    QRectF player;
    QRectF playButton;
    QRectF seekBar;
    QRectF playerTime;
    qint64 durationMs = 0; // from the file, before it was played (0: not known)
    std::unique_ptr<QTextDocument> body;
    QPointF bodyPos;
    QRectF errorBox;
    QRectF meta; // time + ticks
    QString time;
    QFont metaFont;
    QString status; // ticks: queued, sending, sent, delivered, read, played, failed
    QRectF ticks;
    QString reactions;     // the distinct emoji, painted in the colour emoji font
    QString reactionCount; // " 3" when more than one person reacted
    QFont reactionsFont;   // the colour emoji font (common/EmojiFont), sized to the pill
    QRectF reactionsRect;
    QList<Action> actions;

    // Where the user can click at `pos` (row coordinates); nullptr when nowhere. Links in the body come back
    // as a Link action with their URL.
    std::optional<Action> actionAt(const QPointF& pos) const;
};

struct LayoutContext {
    int width = 0; // the viewport width
    QFont font;
    QPalette palette;
    QString findText;        // highlighted in the body
    bool isExpanded = false; // previous text shown
    MessagePresentation::MediaLocator locateMedia;
};

std::unique_ptr<MessageLayout> layoutMessage(const QModelIndex& index, const LayoutContext& context);

} // namespace wabadesk::ui
