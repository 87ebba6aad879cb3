#include "quickreplies/QuickReplyCompleter.h"

#include "quickreplies/QuickReplyLibrary.h"
#include "quickreplies/QuickReplyPopup.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace wabadesk::ui {

QuickReplyCompleter::QuickReplyCompleter(QPlainTextEdit* edit, store::Store* store, store::ChangeHub* hub,
                                         QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_store(store)
    , m_popup(new QuickReplyPopup(edit->window()))
{
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &QuickReplyCompleter::update);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &QuickReplyCompleter::update);
    connect(m_popup, &QuickReplyPopup::activated, this, &QuickReplyCompleter::insert);
    connect(m_popup, &QuickReplyPopup::manageRequested, this, [this] {
        hide();
        Q_EMIT manageRequested();
    });
    if (hub) {
        connect(hub, &store::ChangeHub::quickRepliesChanged, this, [this] {
            m_libraryLoaded = false;
            if (isPopupVisible())
                update();
        });
    }
}

QuickReplyCompleter::~QuickReplyCompleter()
{
    delete m_popup.data(); // a child of the window, which may outlive the composer
}

void QuickReplyCompleter::setVariablesProvider(VariablesProvider provider)
{
    m_variables = std::move(provider);
}

QuickReplyPopup* QuickReplyCompleter::popup() const
{
    return m_popup.data();
}

bool QuickReplyCompleter::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

quickreplies::QuickReplyVariables QuickReplyCompleter::variables() const
{
    return m_variables ? m_variables() : quickreplies::QuickReplyVariables{};
}

void QuickReplyCompleter::reload()
{
    m_library = m_store ? m_store->quickReplies() : QList<QuickReply>();
    m_libraryLoaded = true;
}

QuickReplyCompleter::Token QuickReplyCompleter::tokenAtCursor() const
{
    const QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection())
        return {};
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int inBlock = cursor.positionInBlock();
    int start = inBlock;
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    if (start >= inBlock || text.at(start) != QLatin1Char('/'))
        return {};
    const QString typed = text.mid(start + 1, inBlock - start - 1);
    if (typed.contains(QLatin1Char('/'))) // a path or a URL, not a shortcut
        return {};
    return {block.position() + start, typed};
}

void QuickReplyCompleter::update()
{
    if (m_inserting || !m_popup)
        return;
    const Token token = tokenAtCursor();
    if (token.start < 0 || !m_edit->isEnabled() || !m_edit->hasFocus()) {
        m_dismissedAt = token.start == m_dismissedAt ? m_dismissedAt : -1;
        hide();
        return;
    }
    if (token.start == m_dismissedAt)
        return;
    if (!m_libraryLoaded || !isPopupVisible())
        reload(); // fresh when it opens: the CLI or another desk may have changed the library
    const QList<QuickReply> matches = quickreplies::QuickReplyLibrary::matching(m_library, token.typed);
    const bool libraryEmpty = m_library.isEmpty();
    if (matches.isEmpty() && !(libraryEmpty && token.typed.isEmpty())) {
        hide();
        return;
    }
    // Over the window the field is in now (the composer is made before it is put into the main window).
    if (m_popup->parentWidget() != m_edit->window())
        m_popup->setParent(m_edit->window());
    const bool sameWord = isPopupVisible() && token.typed == m_shownFor;
    m_shownFor = token.typed;
    m_popup->setReplies(matches, variables(), libraryEmpty, sameWord);
    m_popup->showAbove(m_edit);
}

void QuickReplyCompleter::hide()
{
    if (m_popup)
        m_popup->hide();
}

void QuickReplyCompleter::insert(const QuickReply& reply)
{
    const QString text = quickreplies::expand(reply.text, variables());
    const Token token = tokenAtCursor();
    QTextCursor cursor = m_edit->textCursor();
    m_inserting = true;
    cursor.beginEditBlock(); // one Ctrl+Z takes the whole reply out again
    if (token.start >= 0)
        cursor.setPosition(token.start, QTextCursor::KeepAnchor);
    const int start = std::min(cursor.position(), cursor.anchor());
    cursor.insertText(text);
    cursor.endEditBlock();
    // A placeholder that could not be filled ({name} when WhatsApp gave no name): selected, to be typed over.
    const QList<std::pair<int, int>> left = quickreplies::placeholderRanges(text);
    if (!left.isEmpty()) {
        cursor.setPosition(start + left.first().first);
        cursor.setPosition(start + left.first().first + left.first().second, QTextCursor::KeepAnchor);
    }
    m_edit->setTextCursor(cursor);
    m_inserting = false;
    m_dismissedAt = -1;
    hide();
    m_edit->setFocus();
}

bool QuickReplyCompleter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        hide();
    } else if (event->type() == QEvent::FocusIn) {
        update();
    } else if (event->type() == QEvent::KeyPress && isPopupVisible()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Up:
            m_popup->moveCurrent(-1);
            return true;
        case Qt::Key_Down:
            m_popup->moveCurrent(1);
            return true;
        case Qt::Key_PageUp:
            m_popup->moveCurrent(-QuickReplyPopup::kVisibleRows);
            return true;
        case Qt::Key_PageDown:
            m_popup->moveCurrent(QuickReplyPopup::kVisibleRows);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            if (mods != Qt::NoModifier)
                break;
            if (const std::optional<QuickReply> reply = m_popup->current()) {
                insert(*reply);
                return true;
            }
            break;
        case Qt::Key_Escape:
            m_dismissedAt = tokenAtCursor().start;
            hide();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wabadesk::ui
