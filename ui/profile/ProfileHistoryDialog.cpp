#include "profile/ProfileHistoryDialog.h"

#include "profile/ProfileAuditCsv.h"
#include "profile/ProfileAuditModel.h"
#include "profile/ProfileRules.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace wabadesk::ui {

ProfileHistoryDialog::ProfileHistoryDialog(store::Store* store, store::ChangeHub* hub, const Channel& channel,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_channel(channel)
    , m_model(new ProfileAuditModel(this))
    , m_filter(new ProfileAuditFilter(this))
    , m_search(new QLineEdit(this))
    , m_field(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("profileHistoryDialog"));
    //: %1: the channel's name.
    setWindowTitle(tr("Profile History — %1").arg(channel.name));

    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("profileHistorySearch"));
    m_search->setPlaceholderText(tr("Filter by text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter by text"));
    m_field->setObjectName(QStringLiteral("profileHistoryField"));
    m_field->setAccessibleName(tr("Filter by field"));
    m_field->addItem(tr("All fields"), QString());
    for (profile::Field f : profile::allFields())
        m_field->addItem(profile::fieldName(f), profile::fieldKey(f));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setField(m_field->currentData().toString());
        updateCount();
    });

    m_table->setObjectName(QStringLiteral("profileHistoryTable"));
    m_table->setAccessibleName(tr("Profile changes"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileAuditModel::Old, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileAuditModel::New, QHeaderView::Stretch);
    for (int c : {int(ProfileAuditModel::When), int(ProfileAuditModel::Field), int(ProfileAuditModel::By)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_count->setObjectName(QStringLiteral("profileHistoryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_export->setObjectName(QStringLiteral("profileHistoryExport"));
    m_export->setToolTip(tr("Save the rows shown as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &ProfileHistoryDialog::exportWithDialog);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_field);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(820, 440);

    if (hub)
        connect(hub, &store::ChangeHub::profileAuditChanged, this, [this](const QString& channelId) {
            if (channelId == m_channel.id)
                reload();
        });
    else
        connect(store, &store::Store::profileAuditChanged, this, [this](const QString& channelId) {
            if (channelId == m_channel.id)
                reload();
        });
    reload();
}

void ProfileHistoryDialog::reload()
{
    m_model->setEntries(m_store ? m_store->profileAudit(m_channel.id) : QList<ProfileAuditEntry>{});
    updateCount();
}

void ProfileHistoryDialog::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    if (all == 0)
        m_count->setText(tr("No changes logged yet. Changes saved from WabaDesk or wabadesk-cli appear here."));
    else if (shown == all)
        m_count->setText(tr("%n change(s)", nullptr, all));
    else
        //: %1 of %2 changes shown after filtering.
        m_count->setText(tr("%1 of %n change(s)", nullptr, all).arg(shown));
    m_export->setEnabled(shown > 0);
}

bool ProfileHistoryDialog::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(profile::auditCsv(m_filter->visibleEntries(), {{m_channel.id, m_channel.name}}));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ProfileHistoryDialog::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Suggested file name for the exported profile history; %1: channel name.
    const QString suggested = QDir(dir).filePath(tr("profile-history-%1.csv").arg(m_channel.name).replace(u' ', u'-'));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Profile History"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Profile History"),
                             tr("The history could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace wabadesk::ui
