#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace wabadesk::ui {

class SecretLineEdit;

// How 360dialog authenticates itself to the webhook listener: the headers it adds to every delivery
// (REFERENCE.md §5.1, §5.6). No header; a generated random secret in X-WabaDesk-Secret; Basic credentials
// (Authorization: Basic base64(user:pass)); or a table of custom headers. Values are never shown in clear: the
// secret goes to 360dialog and into the keychain (for the listener), so there is nothing to copy.
class WebhookAuthEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { None, Secret, Basic, Custom };
    static QString secretHeaderName(); // "X-WabaDesk-Secret"

    // `prefix` starts the objectName of every child ("webhookPhone" -> "webhookPhoneAuthMode", …).
    explicit WebhookAuthEditor(const QString& prefix, QWidget* parent = nullptr);
    ~WebhookAuthEditor() override;

    Mode mode() const;
    void setMode(Mode mode);
    // Shows a configuration: picks the mode that fits the headers and fills its fields.
    void setHeaders(const QMap<QString, QString>& headers);
    QMap<QString, QString> headers() const;
    // One line per thing to fix before headers() can be saved; empty when ready.
    QStringList problems() const;

    void generateSecret();

Q_SIGNALS:
    void changed();

private:
    void addHeaderRow(const QString& name = {}, const QString& value = {});
    void updateSecretState();

    QByteArray m_secret;
    QComboBox* m_mode;
    QStackedWidget* m_pages;
    QLabel* m_secretState;
    QPushButton* m_generate;
    QLineEdit* m_user;
    SecretLineEdit* m_password;
    QTableWidget* m_table;
    QPushButton* m_addHeader;
    QPushButton* m_removeHeader;
};

} // namespace wabadesk::ui
