#pragma once

#include "model/BusinessProfile.h"
#include "model/Channel.h"
#include "profile/ProfilePhoto.h"
#include "profile/ProfileRules.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTemporaryFile;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api
namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::profile {
class ProfilePhotoLoader;
}
namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;
class ProfileForm;
class ProfilePreview;

// The channel's "Business profile" tab (issue #8): the form (ProfileForm) beside a live preview of what customers
// see (ProfilePreview). Rules are checked while typing (profile::validate) and a field that breaks one is marked
// with the reason; Save is enabled only when something changed and nothing is wrong, and sends only the changed
// fields (a new photo first goes through the resumable upload, REFERENCE.md §2.6) through profile::sendUpdate,
// which also writes the audit log. Revert, a dirty indicator, and confirmLeave() for the window to ask before
// unsaved changes are lost. With a store: History… (the audit log) and Apply to Other Channels….
class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    struct Services {
        channels::ChannelService* channels = nullptr; // for Apply to Other Channels
        store::Store* store = nullptr;                // the audit log; without it nothing is logged
        store::ChangeHub* hub = nullptr;
    };

    ProfileEditor(api::ApiClient* client, const Channel& channel, const Services& services, QWidget* parent = nullptr);
    ~ProfileEditor() override;

    void setChannel(const Channel& channel);
    void reload();
    void save();
    void revert();

    bool hasUnsavedChanges() const;
    // The fields that differ from the loaded profile (without the photo, which is uploaded on save).
    BusinessProfileUpdate pendingChanges() const;
    QList<profile::Problem> problems() const;
    const BusinessProfile& loadedProfile() const { return m_loaded; }
    bool isLoaded() const { return m_hasProfile; }

    // Photo: the file dialog, then the crop dialog; a file straight to the crop dialog; the cropped square itself.
    void choosePhoto();
    void cropPhotoFile(const QString& path);
    void setPendingPhoto(const QImage& square);
    bool hasPendingPhoto() const { return !m_pendingPhoto.isNull(); }
    QImage currentPhoto() const { return m_currentPhoto; }

    // Runs `proceed` at once without unsaved changes; otherwise asks (Discard Changes / Keep Editing) and runs it
    // after discarding.
    void confirmLeave(const std::function<void()>& proceed);

    void showHistory();
    void showApplyToOthers();

    ProfileForm* form() const { return m_form; }
    ProfilePreview* preview() const { return m_preview; }

Q_SIGNALS:
    void loaded();
    void saved();
    void dirtyChanged(bool dirty);

private:
    void onEdited();
    void updateState();
    void sendChanges(const BusinessProfileUpdate& update);
    void finishSave(const BusinessProfileUpdate& update);
    void showLoaded(const BusinessProfile& profile);
    void showPhoto();

    api::ApiClient* m_client;
    Channel m_channel;
    Services m_services;
    QPointer<api::ApiCall> m_call;
    bool m_hasProfile = false;
    bool m_failedSave = false; // what the banner's "Try again" repeats: the save, or the load
    bool m_dirty = false;
    QString m_statusAfterLoad; // replaces "Loaded at …" after the reload that follows a save
    BusinessProfile m_loaded;
    QImage m_currentPhoto;
    ProfilePhoto m_pendingPhoto;
    std::unique_ptr<QTemporaryFile> m_upload; // the JPEG being uploaded
    profile::ProfilePhotoLoader* m_photoLoader;

    ErrorBanner* m_banner;
    ProfileForm* m_form;
    ProfilePreview* m_preview;
    BusyIndicator* m_busy;
    QLabel* m_status;
    QLabel* m_dirtyLabel;
    QPushButton* m_reload;
    QPushButton* m_history;
    QPushButton* m_applyOthers;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace wabadesk::ui
