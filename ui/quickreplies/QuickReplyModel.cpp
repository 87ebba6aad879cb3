#include "quickreplies/QuickReplyModel.h"

#include "common/RowCard.h"
#include "theme/Theme.h"

#include <QPainter>

namespace wabadesk::ui {

namespace {

constexpr int kPadding = 10;

QString oneLine(const QString& text)
{
    QString line = text.simplified();
    return line;
}

} // namespace

void QuickReplyModel::setReplies(const QList<QuickReply>& replies)
{
    beginResetModel();
    m_replies = replies;
    endResetModel();
}

int QuickReplyModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_replies.size(); ++row) {
        if (m_replies.at(row).id == id)
            return row;
    }
    return -1;
}

int QuickReplyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_replies.size());
}

QVariant QuickReplyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_replies.size())
        return {};
    const QuickReply& r = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("/%1 — %2").arg(r.shortcut, oneLine(r.text));
    case Qt::ToolTipRole:
        return r.text;
    case IdRole:
        return r.id;
    case ShortcutRole:
        return r.shortcut;
    case TextRole:
        return r.text;
    default:
        return {};
    }
}

QSize QuickReplyDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + 2 * 6;
    return QSize(200, height);
}

void QuickReplyDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette& pal = opt.palette;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = theme::mix(text, base, 0.42);
    const QRect row = opt.rect;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintRowCard(painter, opt, QRectF(row).adjusted(3, 1.5, -3, -1.5), 6);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QFontMetrics fm(opt.font);
    const int left = row.left() + kPadding;
    const int width = std::max(0, row.width() - 2 * kPadding);
    const int top = row.top() + (row.height() - boldFm.height() - 2 - fm.height()) / 2;

    painter->setFont(bold);
    painter->setPen(theme::isDark(pal) ? theme::mix(pal.color(QPalette::Highlight), text, 0.45)
                                       : theme::mix(pal.color(QPalette::Highlight), text, 0.2));
    const QString shortcut = QLatin1Char('/') + index.data(QuickReplyModel::ShortcutRole).toString();
    painter->drawText(QRect(left, top, width, boldFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldFm.elidedText(shortcut, Qt::ElideRight, width));
    QString body = index.data(QuickReplyModel::TextRole).toString();
    if (m_variables)
        body = quickreplies::expand(body, *m_variables);
    painter->setFont(opt.font);
    painter->setPen(quiet);
    painter->drawText(QRect(left, top + boldFm.height() + 2, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(oneLine(body), Qt::ElideRight, width));
    painter->restore();
}

} // namespace wabadesk::ui
