#pragma once

#include "partner/ChannelImporter.h"
#include "partner/PartnerTypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wabadesk::webhook {
class ListenerService;
}

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;
class NoticeBanner;

// "Add to WabaDesk": says first that generating a key revokes the number's current key (and resets its webhook at
// 360dialog), takes a name (for a number new to WabaDesk) and, where this desk's webhook listener can be reached by
// the number's API (the local sandbox), offers it as the webhook; then runs partner::ChannelImporter and shows what
// happened. The key itself is never shown.
class AddToWabaDeskDialog : public QDialog {
    Q_OBJECT
public:
    AddToWabaDeskDialog(partner::ChannelImporter* importer, const partner::PartnerChannel& channel,
                        const std::optional<Channel>& existing, webhook::ListenerService* listener, bool offerListener,
                        QWidget* parent = nullptr);
    ~AddToWabaDeskDialog() override;

    bool isBusy() const { return m_busy; }
    bool isDone() const { return m_result.has_value(); }
    const std::optional<partner::ChannelImporter::Result>& result() const { return m_result; }

    void submit();

Q_SIGNALS:
    void importFinished(const wabadesk::partner::ChannelImporter::Result& result);
    void showChannelRequested(const QString& channelId);

public Q_SLOTS:
    void reject() override;

private:
    void onFinished(const partner::ChannelImporter::Result& result);
    void updateState();

    QPointer<partner::ChannelImporter> m_importer;
    partner::PartnerChannel m_channel;
    std::optional<Channel> m_existing;
    QPointer<webhook::ListenerService> m_listener;
    bool m_busy = false;
    std::optional<partner::ChannelImporter::Result> m_result;

    QLineEdit* m_name = nullptr;
    QCheckBox* m_useListener = nullptr;
    NoticeBanner* m_outcome;
    ErrorBanner* m_error;
    BusyIndicator* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QPushButton* m_show;
    QPushButton* m_close;
};

} // namespace wabadesk::ui
