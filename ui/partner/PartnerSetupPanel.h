#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace wabadesk::partner {
class PartnerAccount;
}

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;
class SecretLineEdit;

// Connecting the partner account: partner id, Partner API key (masked, never shown again) and, for other hubs or the
// sandbox, the Partner API URL. "Check and Connect" lists the clients with the key first; only a key that works is
// kept (in the keychain, PartnerAccount::signIn).
class PartnerSetupPanel : public QWidget {
    Q_OBJECT
public:
    explicit PartnerSetupPanel(partner::PartnerAccount* account, QWidget* parent = nullptr);

    // Fills in the account's id and URL and empties the key field.
    void prepare(bool canCancel);
    void submit();
    bool isBusy() const { return m_busy; }
    ErrorBanner* errorBanner() const { return m_error; }

Q_SIGNALS:
    void connected(int clients);
    void cancelled();

private:
    void updateState();

    partner::PartnerAccount* m_account;
    bool m_busy = false;
    QLineEdit* m_partnerId;
    SecretLineEdit* m_key;
    QLineEdit* m_url;
    ErrorBanner* m_error;
    BusyIndicator* m_progress;
    QPushButton* m_connect;
    QPushButton* m_cancel;
};

} // namespace wabadesk::ui
