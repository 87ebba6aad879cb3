#pragma once

#include <QFrame>
#include <QStringList>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace wabadesk::ui {

// A popup grid of emoji (text::emojiCategories) like WhatsApp's: a search field on top (English names, e.g.
// "heart", "thumbs"), a row of category tabs with the recently used ones first, and the grid. A click, Enter or a
// double-click picks one; Esc closes. Picked emoji are remembered (QSettings emoji/recent, the newest first).
class EmojiPicker : public QFrame {
    Q_OBJECT
public:
    static constexpr int kRecentMax = 24;

    explicit EmojiPicker(QWidget* parent = nullptr);

    // Shows the popup with its bottom-left corner at `globalPos` (moved to stay on the screen), search focused.
    void popup(const QPoint& globalPos);
    // Filters the grid (what typing in the search field does); "" shows the current category.
    void setFilter(const QString& text);
    void showCategory(const QString& id); // "recent", "smileys", …
    QStringList shownEmoji() const;

    static QStringList recent();
    // `base` scaled by `factor`, preferring a colour emoji font: for buttons that show an emoji.
    static QFont emojiFont(const QFont& base, qreal factor = 1.0);
    static void remember(const QString& emoji);

Q_SIGNALS:
    void picked(const QString& emoji);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const QList<QPair<QString, QString>>& entries); // (emoji, name)
    void pick(QListWidgetItem* item);

    QLineEdit* m_search;
    QButtonGroup* m_tabs;
    QLabel* m_title;
    QListWidget* m_grid;
    QString m_category;
};

} // namespace wabadesk::ui
