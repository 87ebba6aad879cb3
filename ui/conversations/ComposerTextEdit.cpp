#include "conversations/ComposerTextEdit.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

namespace wabadesk::ui {

ComposerTextEdit::ComposerTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(this, &QPlainTextEdit::textChanged, this, &ComposerTextEdit::updateHeight);
    connect(document(), &QTextDocument::documentLayoutChanged, this, &ComposerTextEdit::updateHeight);
    updateHeight();
}

void ComposerTextEdit::setEnterSends(bool enterSends)
{
    m_enterSends = enterSends;
}

void ComposerTextEdit::setMaximumLines(int lines)
{
    m_maximumLines = qMax(1, lines);
    updateHeight();
}

int ComposerTextEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    const int frame = 2 * int(document()->documentMargin()) + margins.top() + margins.bottom();
    return fontMetrics().lineSpacing() * lines + frame + 2;
}

QSize ComposerTextEdit::sizeHint() const
{
    QSize size = QPlainTextEdit::sizeHint();
    size.setHeight(height() > 0 ? height() : heightForLines(1));
    return size;
}

QSize ComposerTextEdit::minimumSizeHint() const
{
    return QSize(QPlainTextEdit::minimumSizeHint().width(), heightForLines(1));
}

void ComposerTextEdit::updateHeight()
{
    // Visual lines (wrapped), not paragraphs: a long paragraph grows the field too.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    const int wanted = heightForLines(qBound(1, lines, m_maximumLines));
    if (wanted != height()) {
        setFixedHeight(wanted);
        updateGeometry();
    }
    verticalScrollBar()->setVisible(lines > m_maximumLines);
}

void ComposerTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    // Wrapping changes with the width; the height follows (on the next turn, after the layout ran).
    QMetaObject::invokeMethod(this, &ComposerTextEdit::updateHeight, Qt::QueuedConnection);
}

void ComposerTextEdit::keyPressEvent(QKeyEvent* event)
{
    const bool isEnter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (isEnter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool sends = m_enterSends ? mods == Qt::NoModifier : mods == Qt::ControlModifier;
        if (sends) {
            event->accept();
            Q_EMIT sendRequested();
            return;
        }
        if (mods == Qt::ShiftModifier || (!m_enterSends && mods == Qt::NoModifier)) {
            // QPlainTextEdit would insert a line separator (U+2028) for Shift+Enter; a plain newline is what
            // WhatsApp shows as a line break.
            textCursor().insertText(QStringLiteral("\n"));
            ensureCursorVisible();
            event->accept();
            return;
        }
        if (m_enterSends && mods == Qt::ControlModifier) {
            event->accept();
            Q_EMIT sendRequested();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QStringList ComposerTextEdit::localFiles(const QMimeData* source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    for (const QUrl& url : source->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile())
            files.append(info.absoluteFilePath());
    }
    return files;
}

bool ComposerTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    if (!localFiles(source).isEmpty() || source->hasImage())
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerTextEdit::insertFromMimeData(const QMimeData* source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    // Plain text only: whatever markup came along is the customer's or the agent's text, not formatting.
    if (source->hasText())
        textCursor().insertText(source->text());
}

} // namespace wabadesk::ui
