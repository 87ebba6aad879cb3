#include "LayoutCheck.h"

#include "common/Overlay.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedLayout>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionGroupBox>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace wabadesk::test {

namespace {

// The text as shown: "&Save" is drawn "Save", "&&" as "&".
QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString snippet(const QString& text)
{
    QString plain = text;
    if (Qt::mightBeRichText(plain)) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        plain.remove(tags);
    }
    plain = shownText(plain).simplified();
    return plain.size() > 48 ? plain.left(47) + QStringLiteral("…") : plain;
}

QString textOf(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text();
    if (const auto* box = qobject_cast<const QGroupBox*>(widget))
        return box->title();
    return {};
}

bool isQtPart(const QWidget* widget)
{
    return widget->objectName().startsWith(QLatin1String("qt_"));
}

bool isOverlay(const QWidget* widget)
{
    return widget->property(ui::kOverlayProperty).toBool();
}

// The content of a scroll area (or an item view's editors): it may be larger than the viewport, that is scrolling.
bool isViewport(const QWidget* widget)
{
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget;
}

bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QTabBar*>(widget);
}

// Widgets whose own text names them for a screen reader; the others need an accessible name or a label.
bool hasOwnText(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QTabBar*>(widget);
}

// Qt builds these itself as parts of a composite widget; they are found through the composite.
bool isPartOfComposite(const QWidget* widget)
{
    if (isQtPart(widget))
        return true;
    const QWidget* parent = widget->parentWidget();
    if (!parent)
        return false;
    if (isQtPart(parent) && parent->objectName().startsWith(QLatin1String("qt_scrollarea_")))
        return true; // a scroll area's scroll bars
    if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
        qobject_cast<const QTabBar*>(parent) || qobject_cast<const QLineEdit*>(parent) ||
        qobject_cast<const QAbstractItemView*>(parent))
        return true; // a spin box's edit, a line edit's icon buttons, a tab bar's arrows, a table's header
    if (const auto* box = qobject_cast<const QDialogButtonBox*>(parent)) {
        const auto* button = qobject_cast<const QAbstractButton*>(widget);
        if (button && box->standardButton(const_cast<QAbstractButton*>(button)) != QDialogButtonBox::NoButton)
            return true;
    }
    return false;
}

// What Qt's accessibility reads as the name of a widget without text of its own (QAccessibleWidget: the accessible
// name, else a sibling label whose buddy it is, else the title of the group box it sits in).
bool hasAccessibleName(const QWidget* widget)
{
    if (!widget->accessibleName().isEmpty())
        return true;
    const QWidget* parent = widget->parentWidget();
    if (!parent)
        return false;
    for (const QObject* child : parent->children()) {
        const auto* label = qobject_cast<const QLabel*>(child);
        if (label && label->buddy() == widget && !label->text().isEmpty())
            return true;
    }
    const auto* box = qobject_cast<const QGroupBox*>(parent);
    return box && !box->title().isEmpty();
}

} // namespace

LayoutCheck::LayoutCheck(const QString& context, const QSize& screen)
    : m_context(context)
    , m_screen(screen)
{}

QString LayoutCheck::describe(const QWidget* widget)
{
    QStringList parts;
    const QString text = snippet(textOf(widget));
    QString self = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        self += u' ' + widget->objectName();
    if (!text.isEmpty())
        self += QStringLiteral(" “%1”").arg(text);
    parts << self;
    int named = 0;
    for (const QWidget* w = widget->parentWidget(); w && named < 3; w = w->parentWidget()) {
        if (w->objectName().isEmpty() || isQtPart(w))
            continue;
        parts.prepend(w->objectName());
        ++named;
        if (w->isWindow())
            break;
    }
    return parts.join(QStringLiteral(" › "));
}

void LayoutCheck::add(const QString& place, const QString& text)
{
    if (m_seen.contains(text))
        return;
    m_seen.insert(text);
    m_findings << QStringLiteral("[%1] %2: %3").arg(m_context, place, text);
}

void LayoutCheck::inspect(QWidget* window, const QString& place)
{
    m_places << place;
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > m_screen.width() || minimum.height() > m_screen.height())
        add(place, QStringLiteral("%1 needs at least %2×%3 px, more than the %4×%5 screen")
                       .arg(describe(window))
                       .arg(minimum.width())
                       .arg(minimum.height())
                       .arg(m_screen.width())
                       .arg(m_screen.height()));
    checkActions(window, place);
    checkNames(window, place);
    checkText(window, place);
    checkChildren(window, place);
}

void LayoutCheck::checkActions(QWidget* window, const QString& place)
{
    auto* main = qobject_cast<QMainWindow*>(window);
    if (!main)
        return;
    QList<QAction*> actions;
    QList<QMenu*> menus;
    for (QAction* a : main->menuBar()->actions())
        actions << a;
    for (QToolBar* bar : main->findChildren<QToolBar*>())
        actions << bar->actions();
    while (!actions.isEmpty()) {
        QAction* action = actions.takeFirst();
        if (action->isSeparator())
            continue;
        if (QMenu* menu = action->menu()) {
            if (menus.contains(menu))
                continue;
            menus << menu;
            if (menu->objectName().isEmpty())
                add(place, QStringLiteral("the menu “%1” has no objectName").arg(snippet(menu->title())));
            actions << menu->actions();
            continue;
        }
        if (action->objectName().isEmpty())
            add(place, QStringLiteral("the action “%1” has no objectName").arg(snippet(action->text())));
    }
}

void LayoutCheck::checkNames(QWidget* parent, const QString& place)
{
    const QList<QWidget*> widgets = parent->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->isWindow() || !widget->isVisibleTo(parent->window()) || !isInteractive(widget) ||
            isPartOfComposite(widget))
            continue;
        if (auto* tool = qobject_cast<QToolButton*>(widget);
            tool && tool->defaultAction() && qobject_cast<QToolBar*>(tool->parentWidget()))
            continue; // checkActions names the action
        if (widget->objectName().isEmpty())
            add(place, QStringLiteral("%1 has no objectName").arg(describe(widget)));
        if (!hasOwnText(widget) && !hasAccessibleName(widget))
            add(place,
                QStringLiteral("%1 has no accessible name (setAccessibleName or a buddy label)").arg(describe(widget)));
    }
}

void LayoutCheck::checkText(QWidget* parent, const QString& place)
{
    const QList<QWidget*> widgets = parent->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->isWindow() || !widget->isVisibleTo(parent->window()) || isQtPart(widget) || widget->width() <= 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    add(place, QStringLiteral("%1 is cut: its wrapped text needs %2 px of height, it has %3")
                                   .arg(describe(label))
                                   .arg(needed)
                                   .arg(label->height()));
            } else {
                const QSize needed = label->sizeHint();
                if (needed.width() > label->width() + 1)
                    add(place, QStringLiteral("%1 is cut: its text needs %2 px, it has %3 (neither elided nor "
                                              "wrapped)")
                                   .arg(describe(label))
                                   .arg(needed.width())
                                   .arg(label->width()));
                else if (needed.height() > label->height() + kTolerance)
                    add(place, QStringLiteral("%1 is squeezed: its text needs %2 px of height, it has %3")
                                   .arg(describe(label))
                                   .arg(needed.height())
                                   .arg(label->height()));
            }
            continue;
        }
        if (auto* push = qobject_cast<QPushButton*>(widget)) {
            const QString text = shownText(push->text());
            if (text.isEmpty())
                continue;
            QStyleOptionButton option;
            option.initFrom(push);
            int content = push->fontMetrics().size(Qt::TextSingleLine, text).width();
            if (!push->icon().isNull())
                content += push->iconSize().width() + 4;
            if (push->menu())
                content += push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
            const int chrome = push->style()->pixelMetric(QStyle::PM_ButtonMargin, &option, push) +
                               2 * push->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, push);
            if (content + chrome > push->width() + 1)
                add(place, QStringLiteral("%1 is cut: its text needs %2 px, the button is %3 wide")
                               .arg(describe(push))
                               .arg(content + chrome)
                               .arg(push->width()));
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            const auto* tool = qobject_cast<QToolButton*>(button);
            const bool textShown =
                !button->text().isEmpty() &&
                (!tool || tool->toolButtonStyle() != Qt::ToolButtonIconOnly || tool->icon().isNull());
            const bool checkable = qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button);
            if (textShown && (checkable || tool) && button->sizeHint().width() > button->width() + 1)
                add(place, QStringLiteral("%1 is cut: it needs %2 px, it has %3")
                               .arg(describe(button))
                               .arg(button->sizeHint().width())
                               .arg(button->width()));
            continue;
        }
        if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            const QString title = shownText(box->title());
            const int needed = box->fontMetrics().horizontalAdvance(title) + 16;
            if (!title.isEmpty() && needed > box->width())
                add(place, QStringLiteral("%1 is cut: its title needs %2 px, the box is %3 wide")
                               .arg(describe(box))
                               .arg(needed)
                               .arg(box->width()));
            continue;
        }
        if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            checkHeader(header, place);
            continue;
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            checkColumns(view, place);
    }
}

void LayoutCheck::checkHeader(QHeaderView* header, const QString& place)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (header->isSectionHidden(section) || header->sectionSize(section) <= 0)
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.orientation = Qt::Horizontal;
        option.section = section;
        option.text = text;
        option.rect = QRect(0, 0, header->sectionSize(section), header->height());
        option.textAlignment = header->defaultAlignment();
        const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
        option.sortIndicator = sorted
                                   ? (header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                         : QStyleOptionHeader::SortUp)
                                   : QStyleOptionHeader::None;
        // The label's room as the style lays it out (without the sort arrow's room, when there is one).
        const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const int needed = header->fontMetrics().horizontalAdvance(text);
        if (needed > label.width() + 1)
            add(place, QStringLiteral("%1: the column title “%2” is cut (needs %3 px, has %4)")
                           .arg(describe(header))
                           .arg(text)
                           .arg(needed)
                           .arg(label.width()));
    }
}

void LayoutCheck::checkColumns(QAbstractItemView* view, const QString& place)
{
    QHeaderView* header = nullptr;
    if (auto* table = qobject_cast<QTableView*>(view))
        header = table->horizontalHeader();
    else if (auto* tree = qobject_cast<QTreeView*>(view))
        header = tree->header();
    if (!header || !header->isVisible() || !view->model() || view->model()->rowCount() == 0 ||
        view->textElideMode() == Qt::ElideNone)
        return;
    struct Column {
        QString title;
        int cut = 0;
        int spare = 0;
    };
    QList<Column> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (header->isSectionHidden(section))
            continue;
        const int size = header->sectionSize(section);
        const int contents = view->sizeHintForColumn(section);
        const QString title = view->model()->headerData(section, Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + 24;
        columns.append({title, contents - size, size - std::max(contents, titleWidth)});
    }
    for (const Column& cut : std::as_const(columns)) {
        if (cut.cut <= 2 * kTolerance)
            continue;
        for (const Column& roomy : std::as_const(columns)) {
            if (&roomy == &cut || roomy.spare < cut.cut)
                continue;
            add(place, QStringLiteral("%1: the column “%2” cuts its contents by %3 px while “%4” has %5 px to spare")
                           .arg(describe(view), cut.title)
                           .arg(cut.cut)
                           .arg(roomy.title)
                           .arg(roomy.spare));
            break;
        }
    }
}

void LayoutCheck::checkChildren(QWidget* parent, const QString& place)
{
    QList<QWidget*> children;
    for (QObject* object : parent->children()) {
        auto* child = qobject_cast<QWidget*>(object);
        if (child && !child->isWindow() && child->isVisibleTo(parent) && !child->geometry().isEmpty())
            children << child;
    }
    const bool stacked = qobject_cast<QStackedLayout*>(parent->layout()) != nullptr;
    // A scroll area that never scrolls sideways cuts what is wider than its viewport.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(parent->parentWidget());
        area && area->viewport() == parent && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff) {
        for (QWidget* child : std::as_const(children))
            if (child->width() > parent->width() + kTolerance && !isOverlay(child))
                add(place, QStringLiteral("%1 is cut: %2 px wide in a %3 px view that does not scroll sideways")
                               .arg(describe(child))
                               .arg(child->width())
                               .arg(parent->width()));
    }
    for (int i = 0; i < children.size(); ++i) {
        QWidget* a = children.at(i);
        // Sticking out of the parent: the part outside is cut off.
        if (!isViewport(parent) && !isOverlay(a) && !isQtPart(a)) {
            const QRect outside = a->geometry().united(parent->rect());
            if (outside.width() > parent->width() + kTolerance || outside.height() > parent->height() + kTolerance)
                add(place, QStringLiteral("%1 sticks out of %2 (%3×%4 at %5,%6 in %7×%8)")
                               .arg(describe(a), describe(parent))
                               .arg(a->width())
                               .arg(a->height())
                               .arg(a->x())
                               .arg(a->y())
                               .arg(parent->width())
                               .arg(parent->height()));
        }
        for (int j = i + 1; j < children.size() && !stacked; ++j) {
            QWidget* b = children.at(j);
            if (isOverlay(a) || isOverlay(b))
                continue;
            const QRect common = a->geometry().intersected(b->geometry());
            if (common.width() > kTolerance && common.height() > kTolerance)
                add(place, QStringLiteral("%1 and %2 overlap by %3×%4 px")
                               .arg(describe(a), describe(b))
                               .arg(common.width())
                               .arg(common.height()));
        }
        checkChildren(a, place);
    }
}

} // namespace wabadesk::test
