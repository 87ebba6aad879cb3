#pragma once

#include <QFrame>

class QLabel;

namespace wabadesk::ui {

// A rounded box with an icon and a paragraph: an inline error, a warning that is not an error (amber), an outcome
// that went well, or an explanation (quiet).
class NoticeBanner : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Error, Warning, Success, Information };

    explicit NoticeBanner(Tone tone, QWidget* parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    // Rich text; links open in the browser.
    void setText(const QString& text);
    QString text() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Tone m_tone;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace wabadesk::ui
