#pragma once

#include <QImage>
#include <QPlainTextEdit>
#include <QStringList>

namespace wabadesk::ui {

// The composer's text field. Enter sends and Shift+Enter breaks the line (or the other way round: Ctrl+Enter
// sends when enterSends is off). Local files dropped or pasted come out as filesDropped(); a pasted image (a
// screenshot) as imagePasted(); text is inserted as plain text, never as rich text. Grows with its content up to
// maximumLines, then scrolls.
class ComposerTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ComposerTextEdit(QWidget* parent = nullptr);

    void setEnterSends(bool enterSends);
    bool enterSends() const { return m_enterSends; }
    void setMaximumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sendRequested();
    void filesDropped(const QStringList& filePaths);
    void imagePasted(const QImage& image);
    // Esc with nothing else to do, e.g. cancel the reply.
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    static QStringList localFiles(const QMimeData* source);
    int heightForLines(int lines) const;
    void updateHeight();

    bool m_enterSends = true;
    int m_maximumLines = 8;
};

} // namespace wabadesk::ui
