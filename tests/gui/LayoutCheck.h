#pragma once

#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QHeaderView;
class QWidget;

namespace wabadesk::test {

// Looks at a window as it is laid out now and writes down what a user would see as broken (issue #14, "a check that
// would have caught most of this"). It knows no screen of the application: every rule is about Qt's own classes, so
// a new screen is covered without new test code.
//
// - Overlap: two visible sibling widgets whose rectangles share more than a sliver (kTolerance px either way), and a
//   child that sticks out of its parent (it is cut off). Legitimate stacking is not reported: the pages of a
//   QStackedLayout (only the current one is visible anyway; StackAll layouts on purpose), what a scroll area's
//   viewport holds (that is scrolling), and a widget that declares itself an overlay with the dynamic property
//   ui::kOverlayProperty (common/Overlay.h: a pop-up panel inside the window, a floating button). Qt's own parts
//   (objectName "qt_*") are not reported.
// - Text: a QLabel whose text does not fit (word-wrapped: its height is less than heightForWidth; otherwise its width
//   is less than its text's), a push button, check box, radio button or tool button whose text is wider than the
//   button, a group box title wider than the box, a table header whose title is elided, and a table column that
//   cuts (elides) its contents while another column of the same table has the room to spare.
// - Names (DESIGN.md: "Every interactive widget and action has an objectName"): every interactive widget (buttons,
//   line and text edits, combo and spin boxes, sliders, item views, tab bars) and every action on a menu or tool bar
//   has an objectName; those without text of their own (edits, combo/spin boxes, sliders, item views) also have an
//   accessible name (explicit, or a buddy label's text, as Qt's accessibility reads it). Not reported: Qt's own parts
//   of a composite widget (a spin box's line edit, a scroll area's scroll bars, a tab bar's scroll buttons, a table's
//   header and corner button), the standard buttons of a QDialogButtonBox (found by their role), and the tool
//   buttons a QToolBar makes for its actions (the action is checked instead).
// - Size: a window that needs more room than the screen (its minimum size is larger).
class LayoutCheck {
public:
    static constexpr int kTolerance = 3;

    // `context` prefixes every finding ("de 1024×700").
    LayoutCheck(const QString& context, const QSize& screen);

    // Checks `window` (a top-level widget) as it is laid out now. `place` names what is shown ("Templates tab").
    void inspect(QWidget* window, const QString& place);
    QStringList findings() const { return m_findings; }
    // Findings are reported once, however often the same screen is inspected.
    int inspected() const { return int(m_places.size()); }
    QStringList places() const { return m_places; }

    // "mainWindow › channelTabs › QLabel “Keep files up to:”": a widget as a finding names it.
    static QString describe(const QWidget* widget);

private:
    void add(const QString& place, const QString& text);
    void checkChildren(QWidget* parent, const QString& place);
    void checkText(QWidget* widget, const QString& place);
    void checkNames(QWidget* widget, const QString& place);
    void checkHeader(QHeaderView* header, const QString& place);
    void checkColumns(QAbstractItemView* view, const QString& place);
    void checkActions(QWidget* window, const QString& place);

    QString m_context;
    QSize m_screen;
    QStringList m_findings;
    QSet<QString> m_seen;
    QStringList m_places;
};

} // namespace wabadesk::test
