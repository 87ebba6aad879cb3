#pragma once

#include <QDateTime>
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace wabadesk::ui {

// The 24-hour customer-service window of one conversation (REFERENCE.md §8.4), counting down live:
// open — a quiet line "Window open — 3 h 12 min left" (amber in the last hour); closed — a banner that says why
// free-form messages are off and offers "Send template…". Time comes from a clock tests can replace.
class WindowBanner : public QFrame {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit WindowBanner(QWidget* parent = nullptr);

    // lastInboundAt: the customer's last message (invalid: they never wrote); expiresAt: when the window ends;
    // closedAt: when a 131047 said it was closed (wins over the computed expiry when after lastInboundAt).
    void setWindow(const QDateTime& lastInboundAt, const QDateTime& expiresAt, const QDateTime& closedAt);
    void clearWindow(); // no conversation: hidden
    void setClock(Clock clock);

    bool isOpen() const;
    QString stateText() const; // the line or the banner's text, for tests and accessibility
    // Re-reads the clock now (the timer does this by itself).
    void refresh();

    // "3 h 12 min", "42 min", "under a minute".
    static QString formatRemaining(qint64 seconds);
    // "42 min", "6 h", "3 days".
    static QString formatElapsed(qint64 seconds);

Q_SIGNALS:
    // The window opened or closed (also when it ran out while shown).
    void openChanged(bool open);
    void templateRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Look { Hidden, Open, Closing, Closed };
    void scheduleNext(const QDateTime& now);

    Clock m_clock;
    QTimer* m_timer;
    QDateTime m_lastInboundAt;
    QDateTime m_expiresAt;
    QDateTime m_closedAt;
    bool m_hasWindow = false;
    bool m_wasOpen = false;
    Look m_look = Look::Hidden;
    QLabel* m_dot;
    QLabel* m_text;
    QPushButton* m_template;
};

} // namespace wabadesk::ui
