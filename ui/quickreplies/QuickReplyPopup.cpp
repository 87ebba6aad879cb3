#include "quickreplies/QuickReplyPopup.h"

#include "quickreplies/QuickReplyModel.h"
#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

QuickReplyPopup::QuickReplyPopup(QWidget* parent)
    : QFrame(parent)
    , m_model(new QuickReplyModel(this))
    , m_delegate(new QuickReplyDelegate(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_manage(new QToolButton(this))
{
    setObjectName(QStringLiteral("quickReplyPopup"));
    setAccessibleName(tr("Quick replies"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_StyledBackground, false);
    hide();

    m_list->setObjectName(QStringLiteral("quickReplyMatches"));
    m_list->setAccessibleName(tr("Matching quick replies"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        if (const std::optional<QuickReply> reply = current())
            Q_EMIT activated(*reply);
    });

    m_empty->setObjectName(QStringLiteral("quickReplyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No quick replies yet. Save the answers you give every day and type / and a shortcut to "
                        "insert one."));
    m_empty->setContentsMargins(10, 8, 10, 4);

    m_hint->setObjectName(QStringLiteral("quickReplyHint"));
    //: Keys of the quick reply list in the composer.
    m_hint->setText(tr("↑↓ choose · Enter or Tab insert · Esc close"));
    QPalette quiet = m_hint->palette();
    quiet.setColor(QPalette::WindowText,
                   theme::mix(quiet.color(QPalette::WindowText), quiet.color(QPalette::Base), 0.42));
    m_hint->setPalette(quiet);
    QFont small = m_hint->font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);

    m_manage->setObjectName(QStringLiteral("quickReplyManage"));
    m_manage->setText(tr("Manage…"));
    m_manage->setToolTip(tr("Add, edit and order the quick replies"));
    m_manage->setAutoRaise(true);
    m_manage->setFocusPolicy(Qt::NoFocus);
    m_manage->setCursor(Qt::PointingHandCursor);
    connect(m_manage, &QToolButton::clicked, this, &QuickReplyPopup::manageRequested);

    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(10, 2, 4, 4);
    footer->addWidget(m_hint, 1);
    footer->addWidget(m_manage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 4, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(footer);
}

void QuickReplyPopup::setReplies(const QList<QuickReply>& replies, const quickreplies::QuickReplyVariables& variables,
                                 bool libraryEmpty, bool keepCurrent)
{
    const qint64 previous = keepCurrent && current() ? current()->id : 0;
    m_delegate->setVariables(variables);
    m_model->setReplies(replies);
    m_list->setVisible(!replies.isEmpty());
    m_empty->setVisible(libraryEmpty);
    m_hint->setVisible(!replies.isEmpty());
    const int row = std::max(0, m_model->rowForId(previous));
    if (!replies.isEmpty())
        m_list->setCurrentIndex(m_model->index(row));
}

int QuickReplyPopup::count() const
{
    return m_model->rowCount();
}

int QuickReplyPopup::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

std::optional<QuickReply> QuickReplyPopup::current() const
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->reply(row);
}

void QuickReplyPopup::moveCurrent(int steps)
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const int row = ((std::max(0, currentRow()) + steps) % n + n) % n;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_list->currentIndex());
}

void QuickReplyPopup::showAbove(QWidget* anchor)
{
    QWidget* host = parentWidget();
    if (!host || !anchor)
        return;
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 40;
    const int rows = std::min(count(), kVisibleRows);
    const int footerHeight = std::max(m_hint->sizeHint().height(), m_manage->sizeHint().height()) + 6;
    int height = 5 + footerHeight;
    if (rows > 0)
        height += rows * rowHeight + 2;
    if (m_empty->isVisibleTo(this))
        height += m_empty->heightForWidth(std::max(300, anchor->width()) - 2) + 4;
    const QPoint topLeft = anchor->mapTo(host, QPoint(0, 0));
    const int width = std::clamp(anchor->width(), std::min(320, host->width()), 560);
    int y = topLeft.y() - height - 4;
    if (y < 0)
        y = topLeft.y() + anchor->height() + 4;
    const int x = std::clamp(topLeft.x(), 0, std::max(0, host->width() - width));
    setGeometry(x, y, width, height);
    raise();
    show();
}

void QuickReplyPopup::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter.fillPath(shape, pal.color(QPalette::Base));
    painter.setPen(QPen(theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.8), 1));
    painter.drawPath(shape);
}

} // namespace wabadesk::ui
