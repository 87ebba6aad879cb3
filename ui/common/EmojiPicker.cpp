#include "common/EmojiPicker.h"

#include "common/EmojiFont.h"
#include "text/EmojiCatalog.h"
#include "theme/Theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wabadesk::ui {

namespace {

const auto kRecentKey = QStringLiteral("emoji/recent");
const auto kRecentId = QStringLiteral("recent");

} // namespace

QFont EmojiPicker::emojiFont(const QFont& base, qreal factor)
{
    QFont f = ui::emojiFont(base);
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * factor : 14 * factor);
    return f;
}

EmojiPicker::EmojiPicker(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_tabs(new QButtonGroup(this))
    , m_title(new QLabel(this))
    , m_grid(new QListWidget(this))
{
    setObjectName(QStringLiteral("emojiPicker"));
    setAccessibleName(tr("Emoji"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_search->setObjectName(QStringLiteral("emojiSearch"));
    m_search->setPlaceholderText(tr("Search emoji"));
    m_search->setAccessibleName(tr("Search emoji"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &EmojiPicker::setFilter);

    auto* tabs = new QHBoxLayout;
    tabs->setSpacing(2);
    const auto addTab = [this, tabs](const QString& id, const QString& icon, const QString& title) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("emojiTab_") + id);
        button->setText(icon);
        button->setToolTip(title);
        button->setAccessibleName(title);
        button->setCheckable(true);
        button->setAutoRaise(true);
        QFont tabFont = emojiFont(font());
        tabFont.setPixelSize(19);
        button->setFont(tabFont);
        button->setFixedSize(40, 34); // the colour emoji font reports a wide advance
        button->setProperty("category", id);
        m_tabs->addButton(button);
        tabs->addWidget(button);
    };
    addTab(kRecentId, QStringLiteral("🕘"), tr("Recent"));
    for (const text::EmojiCategory& c : text::emojiCategories())
        addTab(QString::fromLatin1(c.id), QString::fromUtf8(c.icon),
               QCoreApplication::translate("EmojiCatalog", c.title));
    tabs->addStretch(1);
    connect(m_tabs, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        m_search->clear();
        showCategory(button->property("category").toString());
    });

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);

    m_tabs->setExclusive(false); // no tab is current while search results show
    m_grid->setObjectName(QStringLiteral("emojiGrid"));
    m_grid->setAccessibleName(tr("Emoji"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setWrapping(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    // In pixels: the colour emoji font's metrics do not follow the text font's point size closely.
    QFont gridFont = emojiFont(font());
    gridFont.setPixelSize(26);
    m_grid->setFont(gridFont);
    const int cell = 42;
    m_grid->setGridSize(QSize(cell, cell));
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setMouseTracking(true);
    connect(m_grid, &QListWidget::itemClicked, this, &EmojiPicker::pick);
    connect(m_grid, &QListWidget::itemActivated, this, &EmojiPicker::pick);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(tabs);
    layout->addWidget(m_title);
    layout->addWidget(m_grid, 1);
    resize(cell * 9 + 40, cell * 7 + 120);

    showCategory(recent().isEmpty() ? QStringLiteral("smileys") : kRecentId);
}

void EmojiPicker::popup(const QPoint& globalPos)
{
    QPoint pos = globalPos - QPoint(0, height());
    if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - width())));
        pos.setY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - height())));
    }
    m_search->clear();
    showCategory(recent().isEmpty() ? QStringLiteral("smileys") : kRecentId);
    move(pos);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void EmojiPicker::showCategory(const QString& id)
{
    m_category = id;
    for (QAbstractButton* b : m_tabs->buttons())
        b->setChecked(b->property("category").toString() == id);
    QList<QPair<QString, QString>> entries;
    if (id == kRecentId) {
        m_title->setText(tr("Recent"));
        for (const QString& e : recent())
            entries.append({e, QString()});
        if (entries.isEmpty()) {
            showCategory(QStringLiteral("smileys"));
            return;
        }
    }
    for (const text::EmojiCategory& c : text::emojiCategories()) {
        if (QLatin1String(c.id) != id)
            continue;
        m_title->setText(QCoreApplication::translate("EmojiCatalog", c.title));
        for (int i = 0; i < c.count; ++i)
            entries.append({QString::fromUtf8(c.entries[i].emoji), QString::fromUtf8(c.entries[i].name)});
    }
    fill(entries);
}

void EmojiPicker::setFilter(const QString& text)
{
    const QStringList words = text.trimmed().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        showCategory(m_category.isEmpty() ? QStringLiteral("smileys") : m_category);
        return;
    }
    // Every word starts a word of the name ("thu up" finds "thumbs up").
    QList<QPair<QString, QString>> entries;
    QSet<QString> seen;
    for (const text::EmojiCategory& c : text::emojiCategories()) {
        for (int i = 0; i < c.count; ++i) {
            const QString name = QString::fromUtf8(c.entries[i].name);
            const QStringList nameWords = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool all = std::all_of(words.cbegin(), words.cend(), [&nameWords](const QString& w) {
                return std::any_of(nameWords.cbegin(), nameWords.cend(),
                                   [&w](const QString& n) { return n.startsWith(w); });
            });
            const QString emoji = QString::fromUtf8(c.entries[i].emoji);
            if (all && !seen.contains(emoji)) {
                seen.insert(emoji);
                entries.append({emoji, name});
            }
        }
    }
    m_title->setText(entries.isEmpty() ? tr("No emoji found") : tr("Search results"));
    for (QAbstractButton* b : m_tabs->buttons())
        b->setChecked(false);
    fill(entries);
}

QStringList EmojiPicker::shownEmoji() const
{
    QStringList out;
    for (int i = 0; i < m_grid->count(); ++i)
        out.append(m_grid->item(i)->text());
    return out;
}

void EmojiPicker::fill(const QList<QPair<QString, QString>>& entries)
{
    m_grid->clear();
    for (const auto& [emoji, name] : entries) {
        auto* item = new QListWidgetItem(emoji, m_grid);
        item->setTextAlignment(Qt::AlignCenter);
        if (!name.isEmpty())
            item->setToolTip(name);
    }
    if (m_grid->count() > 0)
        m_grid->setCurrentRow(0);
    m_grid->scrollToTop();
}

void EmojiPicker::pick(QListWidgetItem* item)
{
    if (!item)
        return;
    const QString emoji = item->text();
    remember(emoji);
    hide();
    Q_EMIT picked(emoji);
}

bool EmojiPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pick(m_grid->currentItem());
            return true;
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            m_grid->setFocus();
            QCoreApplication::sendEvent(m_grid, event);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QStringList EmojiPicker::recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

void EmojiPicker::remember(const QString& emoji)
{
    QStringList list = recent();
    list.removeAll(emoji);
    list.prepend(emoji);
    while (list.size() > kRecentMax)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

} // namespace wabadesk::ui
