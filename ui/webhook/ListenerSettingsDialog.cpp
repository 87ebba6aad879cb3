#include "webhook/ListenerSettingsDialog.h"

#include "common/NoticeBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wabadesk::ui {

ListenerSettingsDialog::ListenerSettingsDialog(webhook::ListenerService* listener, QWidget* parent)
    : QDialog(parent)
    , m_listener(listener)
    , m_explanation(new NoticeBanner(NoticeBanner::Tone::Information, this))
    , m_enabled(new QCheckBox(tr("&Run the webhook listener"), this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_https(new QGroupBox(tr("&HTTPS"), this))
    , m_certificate(new QLineEdit(m_https))
    , m_key(new QLineEdit(m_https))
    , m_status(new QLabel(this))
    , m_error(new NoticeBanner(NoticeBanner::Tone::Error, this))
{
    setObjectName(QStringLiteral("listenerSettingsDialog"));
    setWindowTitle(tr("Webhook Listener"));

    m_explanation->setObjectName(QStringLiteral("listenerExplanation"));
    m_explanation->setText(
        tr("<p style='margin-top:0'>Incoming messages and delivery statuses reach WabaDesk through this listener. "
           "360dialog delivers only to a <b>public https:// URL</b> (port 443, valid certificate), so a "
           "<b>reverse proxy</b> (nginx, Caddy) or a <b>tunnel</b> (Cloudflare Tunnel, ngrok) must forward that URL "
           "to the address below. Set the public URL as the channel's webhook, with a secret header, on the "
           "channel's Webhooks tab.</p>"
           "<p style='margin-bottom:0'>The listener accepts only requests that carry one of your channels' webhook "
           "secrets; everything else is refused and never stored.</p>"));

    m_enabled->setObjectName(QStringLiteral("listenerEnabled"));
    m_address->setObjectName(QStringLiteral("listenerAddress"));
    m_address->setAccessibleName(tr("Listener address"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_port->setObjectName(QStringLiteral("listenerPort"));
    m_port->setAccessibleName(tr("Listener port"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);

    auto* addressHint = new QLabel(tr("127.0.0.1 accepts connections from this computer only (a proxy or tunnel "
                                      "running here); 0.0.0.0 accepts them from the network too."),
                                   this);
    addressHint->setObjectName(QStringLiteral("listenerAddressHint"));
    addressHint->setWordWrap(true);
    addressHint->setForegroundRole(QPalette::PlaceholderText);

    m_https->setObjectName(QStringLiteral("listenerHttps"));
    m_https->setCheckable(true);
    m_certificate->setObjectName(QStringLiteral("listenerCertificate"));
    m_certificate->setAccessibleName(tr("Certificate file"));
    m_certificate->setPlaceholderText(tr("PEM file, e.g. fullchain.pem"));
    m_key->setObjectName(QStringLiteral("listenerKey"));
    m_key->setAccessibleName(tr("Private key file"));
    m_key->setPlaceholderText(tr("PEM file, e.g. privkey.pem"));
    auto* httpsForm = new QFormLayout(m_https);
    httpsForm->addRow(tr("&Certificate:"),
                      fileRow(m_certificate, QStringLiteral("listenerCertificateBrowse"), tr("Certificate"),
                              tr("PEM files (*.pem *.crt *.cer);;All files (*)")));
    httpsForm->addRow(tr("Private &key:"), fileRow(m_key, QStringLiteral("listenerKeyBrowse"), tr("Private Key"),
                                                   tr("PEM files (*.pem *.key);;All files (*)")));
    auto* httpsHint = new QLabel(tr("Not needed behind a proxy or tunnel that ends HTTPS itself."), m_https);
    httpsHint->setObjectName(QStringLiteral("listenerHttpsHint"));
    httpsHint->setWordWrap(true);
    httpsHint->setForegroundRole(QPalette::PlaceholderText);
    httpsForm->addRow(httpsHint);

    m_status->setObjectName(QStringLiteral("listenerDialogStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("listenerDialogError"));
    m_error->setVisible(false);

    auto* addressField = new QWidget(this);
    addressField->setObjectName(QStringLiteral("listenerAddressField"));
    auto* addressLayout = new QVBoxLayout(addressField);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->setSpacing(4);
    addressLayout->addWidget(m_address);
    addressLayout->addWidget(addressHint);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Address:"), addressField);
    form->addRow(tr("&Port:"), m_port);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(addressField)))
        label->setBuddy(m_address);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("listenerDialogButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("listenerSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("listenerCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_https);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const webhook::ListenerSettings current = m_listener->settings();
    m_enabled->setChecked(current.enabled);
    m_address->setText(current.address);
    // Port 0 (the demo's "any free port") shows the port the listener got.
    m_port->setValue(current.port > 0               ? current.port
                     : m_listener->url().port() > 0 ? m_listener->url().port()
                                                    : webhook::ListenerSettings().port);
    m_certificate->setText(current.tlsCertFile);
    m_key->setText(current.tlsKeyFile);
    m_https->setChecked(!current.tlsCertFile.isEmpty() || !current.tlsKeyFile.isEmpty());
    connect(m_enabled, &QCheckBox::toggled, this, &ListenerSettingsDialog::updateState);
    connect(m_listener, &webhook::ListenerService::runningChanged, this, &ListenerSettingsDialog::updateState);
    updateState();
    // Wrapped labels: the height that fits this width, not the one their natural width would need.
    const int width = fontMetrics().averageCharWidth() * 84;
    setMinimumWidth(width);
    resize(width, layout->totalHeightForWidth(width));
}

QWidget* ListenerSettingsDialog::fileRow(QLineEdit* edit, const QString& buttonName, const QString& title,
                                         const QString& filter)
{
    auto* row = new QWidget(m_https);
    row->setObjectName(buttonName + QStringLiteral("Row"));
    auto* browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(buttonName);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).path(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

webhook::ListenerSettings ListenerSettingsDialog::settings() const
{
    webhook::ListenerSettings s;
    s.enabled = m_enabled->isChecked();
    s.address = m_address->text().trimmed();
    if (s.address.isEmpty())
        s.address = webhook::ListenerSettings().address;
    s.port = quint16(m_port->value());
    if (m_https->isChecked()) {
        s.tlsCertFile = m_certificate->text().trimmed();
        s.tlsKeyFile = m_key->text().trimmed();
    }
    return s;
}

bool ListenerSettingsDialog::save()
{
    const webhook::ListenerSettings s = settings();
    if (s.enabled) {
        if (QHostAddress(s.address).isNull() && s.address != QLatin1String("localhost")) {
            showError(tr("“%1” is not an IP address. Use an address of this computer, e.g. 127.0.0.1 or 0.0.0.0.")
                          .arg(s.address.toHtmlEscaped()));
            return false;
        }
        if (m_https->isChecked() && (!QFileInfo::exists(s.tlsCertFile) || !QFileInfo::exists(s.tlsKeyFile))) {
            showError(tr("HTTPS needs a certificate file and a key file that exist."));
            return false;
        }
    }
    QString error;
    if (!m_listener->applySettings(s, &error)) {
        showError(tr("The listener could not start: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    m_error->setVisible(false);
    return true;
}

void ListenerSettingsDialog::updateState()
{
    const bool enabled = m_enabled->isChecked();
    m_address->setEnabled(enabled);
    m_port->setEnabled(enabled);
    m_https->setEnabled(enabled);
    if (m_listener->isRunning())
        m_status->setText(tr("Now listening at %1.").arg(m_listener->url().toString()));
    else if (!m_listener->lastError().isEmpty())
        m_status->setText(tr("Not running: %1").arg(m_listener->lastError()));
    else
        m_status->setText(tr("Not running."));
}

void ListenerSettingsDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace wabadesk::ui
