#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace wabadesk::ui {

// "Replying to …" above the text field: who wrote the quoted message and its first line, with × to cancel.
// Hidden while there is nothing to reply to.
class ReplyBar : public QFrame {
    Q_OBJECT
public:
    explicit ReplyBar(QWidget* parent = nullptr);

    // author: "You", the customer's name or the business-app sender; quote: the message's text, or a label such
    // as "📷 Photo" for media. Shows the bar.
    void setQuote(const QString& wamid, const QString& author, const QString& quote);
    void clear();
    QString wamid() const { return m_wamid; }
    QString quoteText() const;

Q_SIGNALS:
    void cancelled();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateElidedQuote();

    QString m_wamid;
    QString m_quote;
    QLabel* m_author;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace wabadesk::ui
