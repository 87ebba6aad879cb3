#include "common/Avatar.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <iterator>

namespace wabadesk::ui::avatar {

namespace {

// Mid-tones, readable with white initials on light and dark backgrounds.
constexpr QRgb kColours[] = {0x4f86c6, 0xd0694c, 0x5a9e6f, 0x9c6ad0, 0xc9943a, 0x3fa3a3, 0xc45c8e, 0x6d7fcc};

// FNV-1a over the UTF-16 code units: qHash is seeded per process, and the colour must not change between runs.
quint32 stableHash(const QString& text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

void paintPerson(QPainter* painter, const QRectF& circle, const QColor& colour)
{
    const qreal d = circle.width();
    const QPointF c = circle.center();
    QPainterPath path;
    path.addEllipse(QPointF(c.x(), c.y() - d * 0.12), d * 0.17, d * 0.17);
    QPainterPath body;
    const QRectF shoulders(c.x() - d * 0.3, c.y() + d * 0.1, d * 0.6, d * 0.5);
    body.moveTo(shoulders.left(), shoulders.center().y());
    body.arcTo(shoulders, 180, -180);
    body.closeSubpath();
    QPainterPath clip;
    clip.addEllipse(circle);
    painter->fillPath(path.united(body).intersected(clip), colour);
}

// Two people: a group's avatar (issue #16).
void paintGroup(QPainter* painter, const QRectF& circle, const QColor& colour)
{
    const qreal d = circle.width();
    const QPointF c = circle.center();
    QPainterPath people;
    for (const qreal dx : {-0.16, 0.16}) {
        people.addEllipse(QPointF(c.x() + dx * d, c.y() - d * 0.1), d * 0.12, d * 0.12);
        QPainterPath body;
        const QRectF shoulders(c.x() + dx * d - d * 0.2, c.y() + d * 0.08, d * 0.4, d * 0.4);
        body.moveTo(shoulders.left(), shoulders.center().y());
        body.arcTo(shoulders, 180, -180);
        body.closeSubpath();
        people = people.united(body);
    }
    QPainterPath clip;
    clip.addEllipse(circle);
    painter->fillPath(people.intersected(clip), colour);
}

} // namespace

QColor colour(const QString& contactKey)
{
    return QColor::fromRgb(kColours[stableHash(contactKey) % std::size(kColours)]);
}

QString initials(const QString& profileName)
{
    QString out;
    const QStringList words = profileName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        for (const QChar c : word) {
            if (c.isLetter()) {
                out.append(c.toUpper());
                break;
            }
        }
        if (out.size() == 2)
            break;
    }
    return out;
}

void paint(QPainter* painter, const QRectF& circle, const QString& initials, const QColor& colour, const QFont& font,
           Kind kind)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(circle);
    if (kind == Kind::Group) {
        paintGroup(painter, circle, QColor(255, 255, 255, 230));
    } else if (initials.isEmpty()) {
        paintPerson(painter, circle, QColor(255, 255, 255, 230));
    } else {
        QFont f = font;
        f.setWeight(QFont::DemiBold);
        painter->setFont(f);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, initials);
    }
    painter->restore();
}

} // namespace wabadesk::ui::avatar
