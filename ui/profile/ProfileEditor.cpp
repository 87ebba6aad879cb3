#include "profile/ProfileEditor.h"

#include "api/ApiClient.h"
#include "channels/ChannelService.h"
#include "common/BusyIndicator.h"
#include "common/Confirmation.h"
#include "common/ErrorBanner.h"
#include "profile/ApplyToChannelsDialog.h"
#include "profile/PhotoCropDialog.h"
#include "profile/ProfileForm.h"
#include "profile/ProfileHistoryDialog.h"
#include "profile/ProfilePhotoLoader.h"
#include "profile/ProfilePreview.h"
#include "profile/ProfileUpdater.h"
#include "theme/Theme.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString nowText()
{
    return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
}

} // namespace

ProfileEditor::ProfileEditor(api::ApiClient* client, const Channel& channel, const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_channel(channel)
    , m_services(services)
    , m_photoLoader(new profile::ProfilePhotoLoader(client ? client->network() : nullptr, this))
    , m_banner(new ErrorBanner(this))
    , m_form(new ProfileForm(this))
    , m_preview(new ProfilePreview(this))
    , m_busy(new BusyIndicator(this))
    , m_status(new QLabel(this))
    , m_dirtyLabel(new QLabel(this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_applyOthers(new QPushButton(tr("A&pply to Other Channels…"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("profilePanel"));
    m_banner->setObjectName(QStringLiteral("profileErrorBanner"));
    m_busy->setObjectName(QStringLiteral("profileBusy"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_dirtyLabel->setObjectName(QStringLiteral("profileDirty"));
    //: Shown next to Save while the form differs from the saved profile.
    m_dirtyLabel->setText(tr("● Unsaved changes"));
    m_dirtyLabel->setVisible(false);
    m_reload->setObjectName(QStringLiteral("profileReload"));
    m_reload->setToolTip(tr("Load the profile again from WhatsApp"));
    m_history->setObjectName(QStringLiteral("profileHistory"));
    m_history->setToolTip(m_services.store ? tr("Every change made to this profile from WabaDesk")
                                           : tr("No message store is open, so changes are not logged"));
    m_applyOthers->setObjectName(QStringLiteral("profileApplyToOthers"));
    m_revert->setObjectName(QStringLiteral("profileRevert"));
    m_revert->setToolTip(tr("Discard unsaved changes"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setToolTip(tr("Send the changed fields to WhatsApp"));
    m_save->setDefault(true);

    connect(m_form, &ProfileForm::edited, this, &ProfileEditor::onEdited);
    connect(m_form, &ProfileForm::choosePhotoRequested, this, &ProfileEditor::choosePhoto);
    connect(m_reload, &QPushButton::clicked, this, [this] { confirmLeave([this] { reload(); }); });
    connect(m_history, &QPushButton::clicked, this, &ProfileEditor::showHistory);
    connect(m_applyOthers, &QPushButton::clicked, this, &ProfileEditor::showApplyToOthers);
    connect(m_revert, &QPushButton::clicked, this, &ProfileEditor::revert);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_banner, &ErrorBanner::actionRequested, this, [this] { m_failedSave ? save() : reload(); });
    connect(m_photoLoader, &profile::ProfilePhotoLoader::loaded, this, [this](const QUrl&, const QByteArray& bytes) {
        m_currentPhoto = QImage::fromData(bytes);
        showPhoto();
    });

    auto* heading = new QLabel(tr("Business profile"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("What customers see when they open this number's WhatsApp profile. The preview on the "
                                "right follows your typing."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    // Form (kept at a readable width) and preview side by side, scrolled together.
    auto* formColumn = new QWidget;
    formColumn->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto* formLayout = new QVBoxLayout(formColumn);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(10);
    formLayout->addWidget(heading);
    formLayout->addWidget(intro);
    formLayout->addWidget(m_banner);
    formLayout->addSpacing(4);
    formLayout->addWidget(m_form);
    formLayout->addStretch(1);

    auto* scrolled = new QWidget;
    scrolled->setObjectName(QStringLiteral("profileScrolled"));
    auto* row = new QHBoxLayout(scrolled);
    row->setContentsMargins(24, 18, 24, 18);
    row->setSpacing(32);
    row->addWidget(formColumn, 1);
    row->addWidget(m_preview, 0, Qt::AlignTop);
    row->addStretch(0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(scrolled);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 8, 24, 12);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_history);
    buttons->addWidget(m_applyOthers);
    buttons->addSpacing(12);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_dirtyLabel);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* bar = new QFrame(this);
    bar->setFrameShape(QFrame::HLine);
    bar->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(bar);
    layout->addLayout(buttons);

    if (m_services.channels)
        connect(m_services.channels, &channels::ChannelService::channelsChanged, this, &ProfileEditor::updateState);

    setChannel(channel);
    updateState();
    reload();
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setChannel(const Channel& channel)
{
    m_channel = channel;
    m_preview->setIdentity(channel.verifiedName.isEmpty() ? channel.name : channel.verifiedName, channel.phoneNumber);
}

void ProfileEditor::reload()
{
    if (m_call || !m_client)
        return;
    m_busy->start();
    m_status->setText(tr("Loading the profile…"));
    updateState();
    m_call = m_client->businessProfile(this, [this](const api::Result<BusinessProfile>& result) {
        m_call = nullptr;
        m_busy->stop();
        if (!result.ok()) {
            m_failedSave = false;
            m_statusAfterLoad.clear();
            m_banner->setActionText(tr("Try again"));
            m_banner->showError(result.error());
            m_status->setText(m_hasProfile ? tr("Could not reload; showing the profile loaded before.")
                                           : tr("The profile could not be loaded."));
            updateState();
            return;
        }
        m_banner->clear();
        m_hasProfile = true;
        showLoaded(result.value());
        m_status->setText(m_statusAfterLoad.isEmpty() ? tr("Loaded at %1.").arg(nowText()) : m_statusAfterLoad);
        m_statusAfterLoad.clear();
        updateState();
        Q_EMIT loaded();
    });
}

void ProfileEditor::showLoaded(const BusinessProfile& profile)
{
    const QString previousPicture = m_loaded.profilePictureUrl;
    m_loaded = profile::normalized(profile);
    m_form->setValues(m_loaded);
    m_pendingPhoto = {};
    if (m_loaded.profilePictureUrl.isEmpty()) {
        m_photoLoader->cancel();
        m_currentPhoto = {};
    } else if (m_loaded.profilePictureUrl != previousPicture || m_currentPhoto.isNull()) {
        m_photoLoader->fetch(QUrl(m_loaded.profilePictureUrl));
    }
    onEdited();
    showPhoto();
}

void ProfileEditor::showPhoto()
{
    const bool pending = hasPendingPhoto();
    const QImage shown = pending ? m_pendingPhoto.image : m_currentPhoto;
    m_form->setPhoto(shown, pending);
    m_preview->setPhoto(shown);
}

BusinessProfileUpdate ProfileEditor::pendingChanges() const
{
    return m_hasProfile ? profile::diff(m_loaded, m_form->values()) : BusinessProfileUpdate{};
}

QList<profile::Problem> ProfileEditor::problems() const
{
    QList<profile::Problem> found = profile::validate(pendingChanges(), &m_loaded);
    if (hasPendingPhoto())
        found += profile::checkPhoto(m_pendingPhoto.info());
    return found;
}

bool ProfileEditor::hasUnsavedChanges() const
{
    return !pendingChanges().isEmpty() || hasPendingPhoto();
}

void ProfileEditor::onEdited()
{
    m_preview->setProfile(m_form->values());
    m_form->showProblems(problems());
    updateState();
    if (m_hasProfile && !m_call && hasUnsavedChanges())
        m_status->clear();
}

void ProfileEditor::updateState()
{
    const bool busy = !m_call.isNull();
    const bool dirty = hasUnsavedChanges();
    const bool valid = problems().isEmpty();
    m_form->setEnabled(m_hasProfile && !busy);
    m_reload->setEnabled(!busy);
    m_revert->setEnabled(!busy && dirty);
    m_save->setEnabled(!busy && dirty && valid);
    m_save->setToolTip(valid ? tr("Send the changed fields to WhatsApp") : tr("Fix the fields marked in red first"));
    m_history->setEnabled(m_services.store != nullptr);
    const bool others = m_services.channels && m_services.channels->channels().size() > 1;
    m_applyOthers->setEnabled(others && m_hasProfile && !dirty && !busy);
    m_applyOthers->setToolTip(!others ? tr("There is no other channel to copy the profile to")
                              : dirty ? tr("Save or revert your changes first: the saved profile is what is copied")
                                      : tr("Copy fields of this profile to other channels"));
    m_dirtyLabel->setVisible(dirty);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void ProfileEditor::revert()
{
    m_pendingPhoto = {};
    m_form->setValues(m_loaded);
    m_banner->clear();
    onEdited();
    showPhoto();
    m_status->setText(tr("Changes discarded."));
}

void ProfileEditor::save()
{
    const BusinessProfileUpdate update = pendingChanges();
    if (m_call || !m_client || !hasUnsavedChanges() || !problems().isEmpty())
        return;
    m_banner->clear();
    m_busy->start();
    if (!hasPendingPhoto()) {
        sendChanges(update);
        return;
    }
    // The photo first: resumable upload (§2.6) → handle → profile_picture_handle.
    m_upload = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("wabadesk-photo-XXXXXX.jpg")));
    if (!m_upload->open() || m_upload->write(m_pendingPhoto.jpeg) != m_pendingPhoto.jpeg.size() || !m_upload->flush()) {
        m_busy->stop();
        m_banner->setActionText({});
        m_banner->showError(api::ApiError::transport(api::ApiError::Kind::Network,
                                                     tr("The photo could not be written to a temporary file.")));
        return;
    }
    m_status->setText(tr("Uploading the photo…"));
    m_call = m_client->resumableUpload(m_upload->fileName(), QStringLiteral("image/jpeg"), this,
                                       [this, update](const api::Result<QString>& result) {
                                           m_call = nullptr;
                                           m_upload.reset();
                                           if (!result.ok()) {
                                               m_busy->stop();
                                               m_failedSave = true;
                                               m_banner->setActionText(tr("Try again"));
                                               m_banner->showError(result.error());
                                               m_status->setText(tr("The photo was not uploaded; nothing was saved."));
                                               updateState();
                                               return;
                                           }
                                           BusinessProfileUpdate withPhoto = update;
                                           withPhoto.profilePictureHandle = result.value();
                                           sendChanges(withPhoto);
                                       });
    updateState();
}

void ProfileEditor::sendChanges(const BusinessProfileUpdate& update)
{
    m_status->setText(tr("Saving…"));
    m_call = profile::sendUpdate(
        m_client, m_services.store, m_channel.id, m_loaded, update, ProfileAuditEntry::byDesk(), this,
        [this, update](const profile::UpdateOutcome& outcome) {
            m_call = nullptr;
            m_busy->stop();
            switch (outcome.status) {
            case profile::UpdateOutcome::Status::Saved:
                finishSave(update);
                return;
            case profile::UpdateOutcome::Status::Unchanged:
                m_status->setText(tr("Nothing to save."));
                break;
            case profile::UpdateOutcome::Status::Refused:
                m_form->showProblems(outcome.problems);
                m_status->setText(tr("Not saved: fix the fields marked in red."));
                break;
            case profile::UpdateOutcome::Status::Failed:
                m_failedSave = true;
                // Sending the same values again only helps when the failure was not about the values.
                m_banner->setActionText(outcome.error.kind == api::ApiError::Kind::Validation ? QString()
                                                                                              : tr("Try again"));
                m_banner->showError(outcome.error);
                m_status->setText(tr("Not saved."));
                break;
            }
            updateState();
        },
        m_pendingPhoto.description());
    updateState();
}

void ProfileEditor::finishSave(const BusinessProfileUpdate& update)
{
    m_loaded = profile::applied(m_loaded, update);
    if (update.profilePictureHandle) {
        m_currentPhoto = m_pendingPhoto.image;
        m_pendingPhoto = {};
    }
    QStringList names;
    for (profile::Field f : profile::fieldsIn(update))
        names.append(profile::fieldName(f));
    //: %1: the time, %2: the fields saved, e.g. "About, Email".
    m_statusAfterLoad = tr("Saved at %1: %2.").arg(nowText(), names.join(QStringLiteral(", ")));
    m_status->setText(m_statusAfterLoad);
    onEdited();
    showPhoto();
    Q_EMIT saved();
    // Read back what WhatsApp now has (and the new picture's URL).
    reload();
}

void ProfileEditor::choosePhoto()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose Profile Photo"), dir, tr("Images (*.jpg *.jpeg *.png)"));
    if (!path.isEmpty())
        cropPhotoFile(path);
}

void ProfileEditor::cropPhotoFile(const QString& path)
{
    QString problem;
    const QImage image = readPhotoFile(path, &problem);
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Profile Photo"), problem);
        return;
    }
    auto* dialog = new PhotoCropDialog(image, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setPendingPhoto(dialog->croppedImage()); });
    dialog->open();
}

void ProfileEditor::setPendingPhoto(const QImage& square)
{
    m_pendingPhoto = encodeProfilePhoto(square);
    onEdited();
    showPhoto();
}

void ProfileEditor::confirmLeave(const std::function<void()>& proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    Confirmation::Request request;
    request.objectName = QStringLiteral("profileUnsavedQuestion");
    request.title = tr("Unsaved Profile Changes");
    request.text = tr("The business profile of %1 has changes that are not saved.").arg(m_channel.name);
    request.informativeText = tr("Discard them, or keep editing and save them first.");
    request.acceptText = tr("Discard Changes");
    request.rejectText = tr("Keep Editing");
    request.isDestructive = true;
    Confirmation::ask(window(), request, this, [this, proceed](const Confirmation::Answer& answer) {
        if (!answer.accepted)
            return;
        revert();
        proceed();
    });
}

void ProfileEditor::showHistory()
{
    if (!m_services.store)
        return;
    auto* dialog = new ProfileHistoryDialog(m_services.store, m_services.hub, m_channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ProfileEditor::showApplyToOthers()
{
    if (!m_services.channels || !m_hasProfile || hasUnsavedChanges())
        return;
    auto* dialog = new ApplyToChannelsDialog(m_services.channels, m_services.store, m_channel.id, m_loaded, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace wabadesk::ui
