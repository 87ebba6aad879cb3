#pragma once

#include <QWidget>

class QTimer;

namespace wabadesk::ui {

// A small spinning indicator in the palette's highlight colour, with an optional text beside it. It animates only
// while running and visible; stop() hides it.
class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void setText(const QString& text);
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    int spinnerSize() const;

    QTimer* m_timer;
    QString m_text;
    int m_step = 0;
    bool m_running = false;
};

} // namespace wabadesk::ui
