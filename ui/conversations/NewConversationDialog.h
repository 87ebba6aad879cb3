#pragma once

#include "common/PhoneInput.h"
#include "model/Channel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wabadesk::ui {

// "New conversation": the channel (a picker when there are several) and the customer's number, checked and
// normalised with libphonenumber as it is typed (PhoneInput): the formatted number, its kind and country are shown,
// or the reason it cannot be used. A number without country code is read in the channel's own country. Accepting
// gives channelId() and waId() (digits with country code). WhatsApp lets a business write first only with a
// template, which the composer offers for a conversation without a customer message.
class NewConversationDialog : public QDialog {
    Q_OBJECT
public:
    NewConversationDialog(const QList<Channel>& channels, const QString& preferredChannelId, QWidget* parent = nullptr);

    QString channelId() const;
    QString waId() const { return m_input.waId; }
    const PhoneInput& input() const { return m_input; }
    // The line under the field: the formatted number or the reason (for tests and accessibility).
    QString feedback() const;
    bool canAccept() const { return m_input.isValid() && !channelId().isEmpty(); }
    // The ISO region a national number is read in: the selected channel's own ("" when unknown).
    QString defaultRegion() const;

    static QString problemText(PhoneInput::Problem problem, const QString& region);

    void accept() override;

private:
    void refresh();

    QList<Channel> m_channels;
    PhoneInput m_input;
    QComboBox* m_channel;
    QLineEdit* m_number;
    QLabel* m_feedback;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace wabadesk::ui
