#pragma once

#include "api/OutgoingMessage.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace wabadesk::ui {

// Builds an interactive message (REFERENCE.md §1.7): up to three reply buttons, or a list of up to ten rows in
// sections. Header, body and footer are shared. The message is checked with api::validateMessage as it is typed;
// the problems are listed and Send stays off until there are none. Button and row ids are derived from their
// titles ("Yes, please" → "yes_please"), unique within the message: they come back in the customer's reply.
class InteractiveBuilderDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { ReplyButtons, List };

    explicit InteractiveBuilderDialog(const QString& to, QWidget* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    api::OutgoingMessage message() const;
    QStringList problems() const;

    // Reply id for a title: lower case letters, digits and underscores, at most 200 characters (row id limit).
    static QString idForTitle(const QString& title);

private:
    QList<api::ReplyButton> buttons() const;
    QList<api::ListSection> sections() const;
    void addListRow();
    void updateState();

    QString m_to;
    QLineEdit* m_header;
    QPlainTextEdit* m_body;
    QLineEdit* m_footer;
    QTabWidget* m_tabs;
    QList<QLineEdit*> m_buttonTitles;
    QLineEdit* m_listButton;
    QTableWidget* m_rows;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace wabadesk::ui
