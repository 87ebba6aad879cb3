#pragma once

#include <QColor>
#include <QString>

class QFont;
class QPainter;
class QRectF;

namespace wabadesk::ui::avatar {

// A contact's avatar, the same wherever it is drawn (the conversation list, the conversation's header): a disc in a
// colour that depends only on the contact key (stable across runs and machines), with up to two initials of the
// profile name in white, or a person's silhouette when there is no name (a bare number), or two people for a group.

// The disc colour for a contact key (wa_id or BSUID): one of eight mid-tones readable under white on light and dark.
QColor colour(const QString& contactKey);
// Up to two letters: the first letter of each of the first two words of `profileName`; "" for none.
QString initials(const QString& profileName);
enum class Kind { Person, Group };
// Paints the avatar into `circle`; `font` is the initials' font (bold is added). A group shows two people.
void paint(QPainter* painter, const QRectF& circle, const QString& initials, const QColor& colour, const QFont& font,
           Kind kind = Kind::Person);

} // namespace wabadesk::ui::avatar
