#pragma once

#include "channels/ChannelService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace wabadesk::ui {

class BusyIndicator;
class NoticeBanner;
class SecretLineEdit;

// "Rotate key": explains that only a number's newest key works and that a new key resets the webhook at 360dialog,
// takes the new key, runs ChannelService::rotateKey (check, swap in the keychain, re-apply the webhooks) and shows
// the outcome, including which webhooks were set again.
class RotateKeyDialog : public QDialog {
    Q_OBJECT
public:
    RotateKeyDialog(channels::ChannelService* service, const QString& channelId, QWidget* parent = nullptr);
    ~RotateKeyDialog() override;

    bool isBusy() const { return m_busyState; }
    bool isDone() const { return m_done; }
    const channels::ChannelError& lastError() const { return m_lastError; }

    void submit();

Q_SIGNALS:
    void attemptFinished(bool rotated);

public Q_SLOTS:
    void reject() override;

private:
    void onFinished(const channels::ChannelError& error);
    QString outcomeText() const;
    void updateState();
    void wipeKey();

    channels::ChannelService* m_service;
    QString m_channelId;
    QByteArray m_key; // only while the rotation runs
    bool m_busyState = false;
    bool m_done = false;
    QDateTime m_rotatedBefore; // the channel's keyRotatedAt when the attempt started
    channels::ChannelError m_lastError;

    QLabel* m_current;
    SecretLineEdit* m_keyEdit;
    NoticeBanner* m_result;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QPushButton* m_close;
};

} // namespace wabadesk::ui
