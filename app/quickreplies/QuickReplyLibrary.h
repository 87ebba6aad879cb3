#pragma once

#include "model/QuickReply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::quickreplies {

// The desk's quick replies (issue #14): the rules they follow, the order agents keep them in, and what the composer
// offers for what was typed after "/". Reads and writes go through the store (table quick_replies, migration 6),
// whose quickRepliesChanged() reaches every open composer through the ChangeHub. No widgets: the CLI uses it too.
class QuickReplyLibrary {
    Q_DECLARE_TR_FUNCTIONS(QuickReplyLibrary)

public:
    // As the WhatsApp Business app: a shortcut of at most 25 characters; the text is a WhatsApp text message, at most
    // 4096 characters (REFERENCE.md §1.3; UTF-16 code units, as MessageValidation counts).
    static constexpr int kMaxShortcutLength = 25;
    static constexpr int kMaxTextLength = 4096;

    // What is wrong with a reply, per field ("" where nothing is); translated.
    struct Problems {
        QString shortcut;
        QString text;
        bool isEmpty() const { return shortcut.isEmpty() && text.isEmpty(); }
        QString joined() const;
    };

    explicit QuickReplyLibrary(store::Store* store);

    QList<QuickReply> replies() const;
    std::optional<QuickReply> find(const QString& shortcut) const; // with or without "/", any case

    // "/Thanks " → "Thanks": what is stored (the "/" is how it is typed, not part of it).
    static QString normalizedShortcut(const QString& typed);
    // The rules: a shortcut (normalised) that is not empty, has no spaces or "/", is at most kMaxShortcutLength
    // long and is no other reply's (any case); a text that is not blank and at most kMaxTextLength long.
    static Problems check(const QuickReply& reply, const QList<QuickReply>& library);
    // What the composer offers after "/" + `typed`, best first: shortcuts that start with it, then shortcuts that
    // contain it, then replies whose text contains it (any case); everything, in the library's order, for "".
    static QList<QuickReply> matching(const QList<QuickReply>& library, const QString& typed);

    // Writes: the shortcut is normalised and the rules checked first. False with lastError() when refused or when
    // the store failed.
    bool save(QuickReply* reply);
    bool remove(qint64 id);
    bool move(qint64 id, int steps); // negative: towards the top
    bool sortByShortcut();
    // A few replies a support desk uses every day ({name}, {agent} included): for the demo. Shortcuts already
    // taken are left alone. Returns how many were added.
    int addExamples();

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& error);

    store::Store* m_store;
    QString m_lastError;
};

} // namespace wabadesk::quickreplies
