#pragma once

#include "channels/ChannelService.h"
#include "model/Channel.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace wabadesk::ui {

class BusyIndicator;
class NoticeBanner;
class SecretLineEdit;

// "Add channel": base URL (360dialog Cloud, 360dialog sandbox or a custom URL), the API key and an optional name.
// "Check and add" runs ChannelService::addChannel asynchronously; each kind of failure gets its own inline message.
// Where no keychain exists, it asks whether to keep the key for this run only. The key lives in the password field
// and, while a check runs, in one QByteArray that is overwritten as soon as the attempt is over.
class AddChannelDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddChannelDialog(channels::ChannelService* service, QWidget* parent = nullptr);
    ~AddChannelDialog() override;

    // The chosen base URL, or an empty URL when the custom one is not usable.
    QUrl baseUrl() const;
    bool isBusy() const { return m_busyState != Idle; }
    const Channel& addedChannel() const { return m_added; }
    const channels::ChannelError& lastError() const { return m_lastError; }

    void submit();

Q_SIGNALS:
    void channelAdded(const wabadesk::Channel& channel);
    // After each attempt that ended (added, or failed and shown).
    void attemptFinished(bool added);

public Q_SLOTS:
    void reject() override;

private:
    enum BusyState { Idle, Checking, Asking };

    void startAdd(Channel::KeyStorage storage);
    void onFinished(const channels::ChannelError& error, const Channel& channel, Channel::KeyStorage storage);
    void askSessionOnly(const channels::ChannelError& error);
    void showError(const channels::ChannelError& error);
    void clearError();
    void updateState();
    void wipeKey();

    channels::ChannelService* m_service;
    QByteArray m_key; // only while an attempt runs
    BusyState m_busyState = Idle;
    Channel m_added;
    channels::ChannelError m_lastError;

    QButtonGroup* m_baseChoice;
    QRadioButton* m_cloud;
    QRadioButton* m_sandbox;
    QRadioButton* m_custom;
    QLineEdit* m_customUrl;
    QLabel* m_customProblem;
    SecretLineEdit* m_keyEdit;
    QLineEdit* m_name;
    NoticeBanner* m_error;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QPushButton* m_cancel;
};

} // namespace wabadesk::ui
