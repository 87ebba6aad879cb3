#include "media/MediaPanel.h"

#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "common/Confirmation.h"
#include "common/EmptyState.h"
#include "common/NoticeBanner.h"
#include "media/MediaCache.h"
#include "media/MediaLibraryModel.h"
#include "media/MediaPreviewDialog.h"
#include "media/UploadList.h"
#include "media/UploadQueue.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <QVBoxLayout>
#include <algorithm>

namespace wabadesk::ui {

namespace {

QString errorText(const api::ApiError& e)
{
    const QString text = api::translatedExplanation(e);
    return text.isEmpty() ? e.summary() : text;
}

// The default chooser: a list of the channel's conversations, newest activity first.
QString chooseInDialog(QWidget* parent, const QList<Conversation>& conversations)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("mediaConversationChooser"));
    dialog.setWindowTitle(MediaPanel::tr("Send in Conversation"));
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("mediaConversationList"));
    for (const Conversation& c : conversations) {
        auto* item = new QListWidgetItem(c.contact.displayName(), list);
        item->setData(Qt::UserRole, c.id);
    }
    list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(MediaPanel::tr("&Attach to the composer of:"), &dialog);
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return {};
    return list->currentItem()->data(Qt::UserRole).toString();
}

bool isInside(const QString& path, const QString& root)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString base = QDir(root).canonicalPath();
    return !canonical.isEmpty() && !base.isEmpty() && canonical.startsWith(base + QLatin1Char('/'));
}

} // namespace

MediaPanel::MediaPanel(api::ApiClient* client, const DeskServices& desk, const QString& channelId, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_desk(desk)
    , m_channelId(channelId)
    , m_queue(new media::UploadQueue(client, desk.store, channelId, desk.media->uploadsDir(channelId), this))
    , m_model(new MediaLibraryModel(desk.store, this))
    , m_chooser(chooseInDialog)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_upload(new QPushButton(tr("Upload…"), this))
    , m_notice(new NoticeBanner(NoticeBanner::Tone::Error, this))
    , m_uploadList(new UploadList(m_queue, this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(tr("No media yet"),
                             tr("Drop files here, paste them or use Upload…. Images, voice notes and documents that "
                                "customers send appear here as soon as they are archived."),
                             this))
    , m_count(new QLabel(this))
    , m_preview(new QPushButton(tr("Preview"), this))
    , m_send(new QPushButton(tr("Send in Conversation…"), this))
    , m_header(new QPushButton(tr("Use as Template Header…"), this))
    , m_copyId(new QPushButton(tr("Copy Media Id"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_reloadTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mediaPanel"));
    setAcceptDrops(true);

    m_search->setObjectName(QStringLiteral("mediaSearch"));
    m_search->setAccessibleName(tr("Search media"));
    m_search->setPlaceholderText(tr("Search name, type, SHA-256, media id or sender"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("mediaKindFilter"));
    m_kind->setAccessibleName(tr("Type"));
    m_kind->addItem(tr("All types"), QString());
    m_kind->addItem(tr("Images"), QStringLiteral("image"));
    m_kind->addItem(tr("Videos"), QStringLiteral("video"));
    m_kind->addItem(tr("Audio"), QStringLiteral("audio"));
    m_kind->addItem(tr("Documents"), QStringLiteral("document"));
    m_kind->addItem(tr("Stickers"), QStringLiteral("sticker"));
    m_state->setObjectName(QStringLiteral("mediaStateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Any state"), int(MediaFilter::State::Any));
    m_state->addItem(tr("Valid"), int(MediaFilter::State::Valid));
    m_state->addItem(tr("Expiring within 24 h"), int(MediaFilter::State::ExpiringToday));
    m_state->addItem(tr("Expiring within 3 days"), int(MediaFilter::State::ExpiringSoon));
    m_state->addItem(tr("Expired"), int(MediaFilter::State::Expired));
    m_state->addItem(tr("Kept locally"), int(MediaFilter::State::ArchivedLocally));
    m_upload->setObjectName(QStringLiteral("mediaUploadButton"));
    m_upload->setToolTip(tr("Upload files to this channel (you can also drop or paste them here)"));
    m_notice->setObjectName(QStringLiteral("mediaNotice"));
    m_notice->hide();

    m_table->setObjectName(QStringLiteral("mediaTable"));
    m_table->setAccessibleName(tr("Media library"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(MediaLibraryModel::kThumbnailSide, MediaLibraryModel::kThumbnailSide));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(MediaLibraryModel::kThumbnailSide + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MediaLibraryModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    fitColumns();
    m_empty->setObjectName(QStringLiteral("mediaEmpty"));
    m_empty->setAction(tr("Upload…"), QStringLiteral("mediaEmptyUpload"));
    m_count->setObjectName(QStringLiteral("mediaCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_preview->setObjectName(QStringLiteral("mediaPreview"));
    m_send->setObjectName(QStringLiteral("mediaSend"));
    m_header->setObjectName(QStringLiteral("mediaTemplateHeader"));
    m_copyId->setObjectName(QStringLiteral("mediaCopyId"));
    m_delete->setObjectName(QStringLiteral("mediaDelete"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_state);
    filters->addWidget(m_upload);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch(1);
    actions->addWidget(m_preview);
    actions->addWidget(m_send);
    actions->addWidget(m_header);
    actions->addWidget(m_copyId);
    actions->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_uploadList);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(actions);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &MediaPanel::reload);
    m_clockTimer->setInterval(60 * 1000);
    connect(m_clockTimer, &QTimer::timeout, m_model, &MediaLibraryModel::refreshTimes);
    m_clockTimer->start();

    connect(m_search, &QLineEdit::textChanged, this, &MediaPanel::scheduleReload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MediaPanel::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &MediaPanel::applyFilter);
    const auto openDialog = [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload Media"));
        uploadFiles(files);
    };
    connect(m_upload, &QPushButton::clicked, this, openDialog);
    connect(m_empty, &EmptyState::actionRequested, this, openDialog);
    connect(m_preview, &QPushButton::clicked, this, &MediaPanel::previewCurrent);
    connect(m_send, &QPushButton::clicked, this, &MediaPanel::sendCurrentInConversation);
    connect(m_header, &QPushButton::clicked, this, &MediaPanel::useCurrentAsTemplateHeader);
    connect(m_delete, &QPushButton::clicked, this, &MediaPanel::deleteCurrent);
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (const MediaItem* item = currentItem())
            QGuiApplication::clipboard()->setText(item->mediaId);
    });
    connect(m_table, &QTableView::doubleClicked, this, &MediaPanel::previewCurrent);
    // Enter opens it too (activated() would also fire on a single click where the desktop activates that way).
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* open = new QShortcut(key, m_table, this, &MediaPanel::previewCurrent, Qt::WidgetShortcut);
        open->setObjectName(QStringLiteral("mediaPreviewShortcut"));
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &MediaPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MediaPanel::updateActions);

    auto* paste = new QShortcut(QKeySequence::Paste, this);
    paste->setObjectName(QStringLiteral("mediaPasteShortcut"));
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &MediaPanel::paste);

    if (m_desk.hub) {
        connect(m_desk.hub, &store::ChangeHub::mediaChanged, this, [this](const QString& changed) {
            if (changed == m_channelId)
                scheduleReload();
        });
        connect(m_desk.hub, &store::ChangeHub::inboundMessages, this,
                [this](const QList<store::NewMessageNotice>& notices) {
                    for (const store::NewMessageNotice& n : notices)
                        if (n.channelId == m_channelId)
                            return scheduleReload();
                });
    }
    connect(m_queue, &media::UploadQueue::finished, this, [this](int id) {
        const std::optional<media::UploadQueue::Item> item = m_queue->item(id);
        if (item &&
            (item->state == media::UploadQueue::State::Done || item->state == media::UploadQueue::State::Reused)) {
            reload();
            selectMedia(item->mediaId);
        }
    });
    applyFilter();
}

MediaPanel::~MediaPanel() = default;

void MediaPanel::applyFilter()
{
    reload();
}

void MediaPanel::scheduleReload()
{
    m_reloadTimer->start();
}

void MediaPanel::reload()
{
    m_reloadTimer->stop();
    const MediaItem* current = currentItem();
    const QString selected = current ? current->mediaId : QString();
    MediaFilter filter;
    filter.channelId = m_channelId;
    filter.kind = m_kind->currentData().toString();
    filter.state = MediaFilter::State(m_state->currentData().toInt());
    filter.search = m_search->text();
    filter.includeDeleted = true;
    m_model->setFilter(filter);
    if (!selected.isEmpty())
        selectMedia(selected);
    const bool filtered =
        !filter.kind.isEmpty() || filter.state != MediaFilter::State::Any || !filter.search.trimmed().isEmpty();
    const bool empty = m_model->rowCount() == 0 && !filtered;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_count->setText(tr("%n item(s)", nullptr, m_model->rowCount()));
    fitColumns();
    updateActions();
}

// Every column but the name as wide as its title and its longest value in this language (German titles and
// countdowns are longer), grown only, so that a column the agent widened stays; the name takes what is left.
void MediaPanel::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const QHeaderView* header = m_table->horizontalHeader();
    // Padding the item delegate puts around a text (focus frame margins), and the header's sort arrow and margins.
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    // The narrow date-time format of this locale, as the Added column shows it, before there are rows.
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::NarrowFormat);
    constexpr int kRowsMeasured = 500; // enough to see every kind of value; the library may be much longer
    for (int column = 0; column < MediaLibraryModel::ColumnCount; ++column) {
        if (column == MediaLibraryModel::NameColumn)
            continue;
        int needed = header->sectionSizeHint(column);
        if (column == MediaLibraryModel::TimeColumn)
            needed = std::max(needed, metrics.horizontalAdvance(sampleTime) + padding);
        for (int row = 0; row < std::min(m_model->rowCount(), kRowsMeasured); ++row)
            needed =
                std::max(needed, metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + padding);
        if (column == MediaLibraryModel::SourceColumn)
            m_fittedSourceWidth = std::max(m_fittedSourceWidth, needed); // fitToWidth() sets it
        else if (needed > m_table->columnWidth(column))
            m_table->setColumnWidth(column, needed);
    }
    fitToWidth();
}

// On a narrow window (a 1024-pixel screen) the fitted columns left the name a few letters: the SHA-256 column, which
// the Name's tooltip and the preview repeat, goes first, then the source (elided, whole in its tooltip) narrows; the
// name keeps room for about 24 letters. Wide again, both come back.
void MediaPanel::fitToWidth()
{
    const int letter = m_table->fontMetrics().averageCharWidth();
    const int nameRoom = letter * 24 + MediaLibraryModel::kThumbnailSide;
    int others = 0;
    for (int column = 0; column < MediaLibraryModel::ColumnCount; ++column) {
        if (column != MediaLibraryModel::NameColumn && column != MediaLibraryModel::ShaColumn &&
            column != MediaLibraryModel::SourceColumn)
            others += m_table->columnWidth(column);
    }
    const int available = m_table->viewport()->width() - others - nameRoom;
    const int sha = m_table->columnWidth(MediaLibraryModel::ShaColumn);
    const bool roomForSha = available >= m_fittedSourceWidth + sha;
    if (m_table->isColumnHidden(MediaLibraryModel::ShaColumn) == roomForSha)
        m_table->setColumnHidden(MediaLibraryModel::ShaColumn, !roomForSha);
    const int source = roomForSha ? m_fittedSourceWidth : std::clamp(available, letter * 12, m_fittedSourceWidth);
    if (source > 0 && m_table->columnWidth(MediaLibraryModel::SourceColumn) != source)
        m_table->setColumnWidth(MediaLibraryModel::SourceColumn, source);
}

void MediaPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &MediaPanel::fitToWidth); // once the layout gave the table its new width
}

void MediaPanel::selectMedia(const QString& mediaId)
{
    const int row = m_model->rowOf(mediaId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, MediaLibraryModel::NameColumn));
}

const MediaItem* MediaPanel::currentItem() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->itemAt(index.row()) : nullptr;
}

void MediaPanel::updateActions()
{
    const MediaItem* item = currentItem();
    const bool any = item != nullptr;
    const bool headerKind = any && (item->kind == QLatin1String("image") || item->kind == QLatin1String("video") ||
                                    item->kind == QLatin1String("document"));
    m_preview->setEnabled(any);
    m_send->setEnabled(any && m_desk.sender);
    m_header->setEnabled(headerKind);
    m_copyId->setEnabled(any);
    m_delete->setEnabled(any && (item->origin == MediaItem::Origin::Uploaded || item->hasLocalCopy()));
}

void MediaPanel::showNotice(const QString& text, bool error)
{
    m_notice->setTone(error ? NoticeBanner::Tone::Error : NoticeBanner::Tone::Information);
    m_notice->setText(text.toHtmlEscaped());
    m_notice->setVisible(!text.isEmpty());
}

void MediaPanel::uploadFiles(const QStringList& paths)
{
    m_notice->hide();
    for (const QString& path : paths)
        if (!path.isEmpty())
            m_queue->add(path);
}

void MediaPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MediaPanel::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty() && event->mimeData()->hasImage()) {
        paste(); // an image without a file: as pasted
        return;
    }
    uploadFiles(paths);
    event->acceptProposedAction();
}

void MediaPanel::paste()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    QStringList paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty() && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const QString dir = QDir(m_desk.media->uploadsDir(m_channelId)).filePath(QStringLiteral("pasted"));
        QDir().mkpath(dir);
        const QString path =
            QDir(dir).filePath(QStringLiteral("pasted-%1.png")
                                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        if (image.isNull() || !image.save(path, "PNG")) {
            showNotice(tr("The pasted image could not be saved for upload."), true);
            return;
        }
        paths.append(path);
    }
    uploadFiles(paths);
}

void MediaPanel::withLocalCopy(const MediaItem& item, std::function<void(const MediaItem&)> then)
{
    if (item.hasLocalCopy() && QFileInfo(item.localPath).isFile()) {
        then(item);
        return;
    }
    if (item.origin == MediaItem::Origin::Uploaded) {
        showNotice(tr("The copy of “%1” kept on this computer is gone.").arg(item.fileName), true);
        return;
    }
    const std::optional<StoredMessage> message = m_desk.store->message(item.wamid, item.channelId);
    if (!message || !m_client || !item.isUsable(QDateTime::currentDateTimeUtc())) {
        showNotice(tr("This media was not kept and its id has expired: it cannot be fetched any more."), true);
        return;
    }
    showNotice(tr("Fetching the media from 360dialog…"), false);
    m_desk.media->fetch(
        m_client, *message, this,
        [this, item, message = *message, then = std::move(then)](const QString& path, const QString& error) {
            if (!error.isEmpty()) {
                showNotice(error, true);
                return;
            }
            m_notice->hide();
            m_desk.store->recordMediaFile(message, path, QFileInfo(path).size());
            MediaItem kept = item;
            kept.localPath = path;
            kept.bytes = QFileInfo(path).size();
            then(kept);
        });
}

void MediaPanel::withUsableId(const MediaItem& item, std::function<void(const QString&)> then)
{
    // An uploaded id that lives at least another hour is used as it is; anything else is uploaded (again) from the
    // kept copy (issue #7: "expired ids are re-uploaded on use"; the queue reuses a still-valid upload of the same
    // content).
    if (item.origin == MediaItem::Origin::Uploaded &&
        item.isUsable(QDateTime::currentDateTimeUtc(), std::chrono::hours(1))) {
        then(item.mediaId);
        return;
    }
    withLocalCopy(item, [this, then = std::move(then)](const MediaItem& kept) {
        const int id = m_queue->add(kept.localPath, api::mediaKindFromName(kept.kind));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_queue, &media::UploadQueue::finished, this, [this, id, then, connection](int done) {
            if (done != id)
                return;
            disconnect(*connection);
            const std::optional<media::UploadQueue::Item> up = m_queue->item(id);
            if (up && (up->state == media::UploadQueue::State::Done || up->state == media::UploadQueue::State::Reused))
                then(up->mediaId);
        });
    });
}

QString MediaPanel::chooseConversation()
{
    const QList<Conversation> conversations = m_desk.store->conversations(m_channelId);
    if (conversations.isEmpty()) {
        showNotice(tr("This channel has no conversations yet."), true);
        return {};
    }
    return m_chooser(this, conversations);
}

void MediaPanel::previewCurrent()
{
    const MediaItem* current = currentItem();
    if (!current)
        return;
    const auto show = [this](const MediaItem& item) {
        auto* dialog = new MediaPreviewDialog(item, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    if (current->origin == MediaItem::Origin::Received && !current->hasLocalCopy())
        withLocalCopy(*current, show);
    else
        show(*current);
}

void MediaPanel::sendCurrentInConversation()
{
    const MediaItem* current = currentItem();
    if (!current)
        return;
    const MediaItem item = *current;
    const QString conversationId = chooseConversation();
    if (conversationId.isEmpty())
        return;
    withUsableId(item, [this, item, conversationId](const QString& mediaId) {
        Attachment attachment;
        attachment.filePath = item.localPath;
        attachment.kind = api::mediaKindFromName(item.kind).value_or(api::MediaKind::Document);
        attachment.mediaId = mediaId;
        attachment.fileName = item.fileName;
        Q_EMIT sendRequested(conversationId, attachment);
    });
}

void MediaPanel::useCurrentAsTemplateHeader()
{
    const MediaItem* current = currentItem();
    if (!current)
        return;
    const MediaItem item = *current;
    const QString conversationId = chooseConversation();
    if (conversationId.isEmpty())
        return;
    withUsableId(item, [this, conversationId](const QString& mediaId) {
        Q_EMIT templateHeaderRequested(conversationId, mediaId);
    });
}

void MediaPanel::deleteCurrent()
{
    const MediaItem* current = currentItem();
    if (!current)
        return;
    const MediaItem item = *current;
    const QString name = item.fileName.isEmpty() ? item.mediaId : item.fileName;
    Confirmation::Request request;
    request.objectName = QStringLiteral("mediaDeleteConfirmation");
    request.isDestructive = true;
    const bool remote = item.origin == MediaItem::Origin::Uploaded && item.state == MediaItem::State::Valid &&
                        item.isUsable(QDateTime::currentDateTimeUtc());
    if (item.origin == MediaItem::Origin::Uploaded) {
        request.title = tr("Delete Media");
        request.text =
            remote ? tr("Delete “%1” from 360dialog?").arg(name) : tr("Remove “%1” from the library?").arg(name);
        request.informativeText =
            remote ? tr("Media id %1 stops working at once, also in messages not yet sent. The copy kept on this "
                        "computer is deleted too unless you keep it.")
                         .arg(item.mediaId)
                   : tr("The id has expired or was deleted already; the copy kept on this computer is deleted too "
                        "unless you keep it.");
        request.acceptText = tr("Delete");
        request.checkBoxText = item.hasLocalCopy() ? tr("Keep the copy on this computer") : QString();
    } else {
        request.title = tr("Delete Local Copy");
        request.text = tr("Delete the copy of “%1” kept on this computer?").arg(name);
        request.informativeText = tr("The message stays in its conversation; while its media id is valid the file "
                                     "can be fetched again.");
        request.acceptText = tr("Delete Copy");
    }
    Confirmation::ask(this, request, this, [this, item, remote](const Confirmation::Answer& answer) {
        if (!answer.accepted)
            return;
        const bool keepLocal = answer.checkBoxChecked;
        const auto finishLocally = [this, item, keepLocal] {
            const QString root = m_desk.media->root();
            if (!keepLocal && item.hasLocalCopy() && isInside(item.localPath, root)) {
                QFile::remove(item.localPath);
                QDir().rmdir(QFileInfo(item.localPath).absolutePath());
            }
            if (item.origin == MediaItem::Origin::Received)
                m_desk.store->forgetLocalMedia(item.channelId, item.mediaId);
            else if (keepLocal)
                m_desk.store->markMediaDeleted(item.channelId, item.mediaId);
            else
                m_desk.store->removeUpload(item.channelId, item.mediaId);
            reload();
        };
        if (!remote || !m_client) {
            finishLocally();
            return;
        }
        m_delete->setEnabled(false);
        m_client->deleteMedia(item.mediaId, this, [this, finishLocally](const api::Result<bool>& result) {
            // 100 with "does not exist": gone already (expired or deleted elsewhere); the library forgets it too.
            if (!result.ok() && !(result.error().kind == api::ApiError::Kind::Api && result.error().code == 100)) {
                showNotice(tr("Not deleted from 360dialog: %1").arg(errorText(result.error())), true);
                updateActions();
                return;
            }
            m_notice->hide();
            finishLocally();
        });
    });
}

} // namespace wabadesk::ui
