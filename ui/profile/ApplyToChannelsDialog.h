#pragma once

#include "model/BusinessProfile.h"
#include "profile/ProfileCopier.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

// "Apply to Other Channels": which fields of this channel's saved profile to copy, and to which other channels
// (ChannelService). Applying goes through ProfileCopier (validated, only changed fields, audited) and shows the
// result per channel in the list: updated (and which fields), already the same, refused or failed with the reason.
class ApplyToChannelsDialog : public QDialog {
    Q_OBJECT
public:
    ApplyToChannelsDialog(channels::ChannelService* channels, store::Store* audit, const QString& sourceChannelId,
                          const BusinessProfile& source, QWidget* parent = nullptr);

    QCheckBox* fieldBox(profile::Field field) const { return m_fields.value(field); }
    QListWidget* channelList() const { return m_channels; }
    void apply();
    bool isRunning() const { return m_copier->isRunning(); }

Q_SIGNALS:
    void applied(); // every chosen channel has answered

private:
    QList<profile::Field> chosenFields() const;
    QStringList chosenChannels() const;
    void updateState();
    void showResult(const profile::ProfileCopier::ChannelResult& result);

    channels::ChannelService* m_service;
    BusinessProfile m_source;
    profile::ProfileCopier* m_copier;
    QHash<profile::Field, QCheckBox*> m_fields;
    QListWidget* m_channels;
    QHash<QString, QListWidgetItem*> m_items;
    QLabel* m_summary;
    QPushButton* m_apply;
};

} // namespace wabadesk::ui
