#pragma once

#include <QLabel>

namespace wabadesk::ui {

// A one-line label that never asks for more width than it gets: its text is elided at the right to fit, and the
// whole text is its tooltip while it is cut. For lines whose length depends on data (names, numbers, summaries) in
// rows that must not push their neighbours (a QLabel's minimum width is its whole text).
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    // A tooltip of its own (shown always, under the whole text when that is cut).
    void setDetailToolTip(const QString& toolTip);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateElided();

    QString m_fullText;
    QString m_ownToolTip;
};

} // namespace wabadesk::ui
