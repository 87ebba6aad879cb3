#pragma once

#include "conversations/KnownRecipient.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;

// "Send a test message": a free-form text to one number, with the outcome in a log. A stand-in until the
// conversation view exists; it sends directly through the ApiClient (asynchronously) and stores nothing.
class QuickSendPanel : public QWidget {
    Q_OBJECT
public:
    // REFERENCE.md §1.3: text.body is at most 4096 characters (UTF-16 code units, as api/MessageValidation counts).
    static constexpr int kMaxTextLength = 4096;

    QuickSendPanel(api::ApiClient* client, const QList<KnownRecipient>& recipients, QWidget* parent = nullptr);

    // The wa_id in the recipient field (digits only), or empty when it is not a plausible number.
    QString recipientWaId() const;
    bool canSend() const;
    void send();

Q_SIGNALS:
    // After each attempt, when its line was added to the log.
    void sendFinished(bool ok);

private:
    void updateState();
    void appendLog(const QString& text, bool ok, const QString& toolTip = {});

    api::ApiClient* m_client;
    QPointer<api::ApiCall> m_call;

    QComboBox* m_recipient;
    QLabel* m_recipientProblem;
    QPlainTextEdit* m_message;
    QLabel* m_counter;
    BusyIndicator* m_busy;
    QPushButton* m_send;
    ErrorBanner* m_banner;
    QListWidget* m_log;
    QPushButton* m_clearLog;
};

} // namespace wabadesk::ui
