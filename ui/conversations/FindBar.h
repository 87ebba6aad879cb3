#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace wabadesk::ui {

// Find in conversation (Ctrl+F): a field, "3 of 12", older/newer, close. Enter goes to the next older match,
// Shift+Enter to the next newer one, Esc closes.
class FindBar : public QFrame {
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    QString text() const;
    void activate(); // show, focus and select the field
    // "3 of 12" (total+ when older history may hold more), "No matches" or "" (empty field).
    void setResult(int current, int total, bool mayHaveMore);

Q_SIGNALS:
    void textChanged(const QString& text);
    void olderRequested();
    void newerRequested();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_field;
    QLabel* m_result;
    QToolButton* m_older;
    QToolButton* m_newer;
    QToolButton* m_close;
};

} // namespace wabadesk::ui
