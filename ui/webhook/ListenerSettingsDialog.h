#pragma once

#include "webhook/ListenerService.h"

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wabadesk::ui {

class NoticeBanner;

// Settings → Webhook Listener…: whether the embedded listener runs, on which address and port, and optionally with
// HTTPS (certificate and key files). Saving applies at once (the listener restarts); when it cannot start, the
// dialog stays open and says why. Nothing secret is entered here: the listener accepts the channels' webhook
// secrets.
class ListenerSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ListenerSettingsDialog(webhook::ListenerService* listener, QWidget* parent = nullptr);

    webhook::ListenerSettings settings() const;
    // Checks the fields, then applies them; false (the dialog stays open, showing why) on a problem.
    bool save();

private:
    QWidget* fileRow(QLineEdit* edit, const QString& buttonName, const QString& title, const QString& filter);
    void updateState();
    void showError(const QString& text);

    webhook::ListenerService* m_listener;
    NoticeBanner* m_explanation;
    QCheckBox* m_enabled;
    QLineEdit* m_address;
    QSpinBox* m_port;
    QGroupBox* m_https;
    QLineEdit* m_certificate;
    QLineEdit* m_key;
    QLabel* m_status;
    NoticeBanner* m_error;
};

} // namespace wabadesk::ui
