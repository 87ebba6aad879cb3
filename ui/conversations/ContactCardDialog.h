#pragma once

#include "api/OutgoingMessage.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wabadesk::ui {

// A contact card to send (REFERENCE.md §1.6): a name (required), a phone number, e-mail, company, job title and
// website. Empty fields are left out of the card.
class ContactCardDialog : public QDialog {
    Q_OBJECT
public:
    explicit ContactCardDialog(const QString& to, QWidget* parent = nullptr);

    // The contacts[] element built from the fields.
    QJsonObject contact() const;
    api::OutgoingMessage message() const;
    QStringList problems() const;

private:
    QString formattedName() const;
    void updateState();

    QString m_to;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_formattedName;
    QLineEdit* m_phone;
    QComboBox* m_phoneType;
    QLineEdit* m_email;
    QLineEdit* m_company;
    QLineEdit* m_title;
    QLineEdit* m_url;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace wabadesk::ui
