#include "media/UploadList.h"

#include "common/LocaleFormat.h"
#include "media/UploadQueue.h"
#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

using media::UploadQueue;

UploadList::UploadList(UploadQueue* queue, QWidget* parent)
    : QFrame(parent)
    , m_queue(queue)
    , m_rows(new QVBoxLayout)
    , m_clear(new QPushButton(tr("Clear Finished"), this))
{
    setObjectName(QStringLiteral("mediaUploads"));
    setAccessibleName(tr("Uploads"));
    setFrameShape(QFrame::StyledPanel);
    m_clear->setObjectName(QStringLiteral("mediaUploadsClear"));
    auto* title = new QLabel(tr("Uploads"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(head);
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    connect(m_clear, &QPushButton::clicked, m_queue, &UploadQueue::clearFinished);
    connect(m_queue, &UploadQueue::added, this, &UploadList::addRow);
    connect(m_queue, &UploadQueue::changed, this, &UploadList::updateRow);
    connect(m_queue, &UploadQueue::removed, this, &UploadList::removeRow);
    for (const UploadQueue::Item& item : m_queue->items())
        addRow(item.id);
    updateVisibility();
}

void UploadList::addRow(int id)
{
    Row row;
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("mediaUpload_%1").arg(id));
    row.name = new QLabel(row.widget);
    row.name->setTextFormat(Qt::PlainText);
    row.name->setMinimumWidth(160);
    row.progress = new QProgressBar(row.widget);
    row.progress->setObjectName(QStringLiteral("mediaUploadProgress"));
    row.progress->setTextVisible(false);
    row.progress->setFixedHeight(8);
    row.progress->setMinimumWidth(140);
    row.status = new QLabel(row.widget);
    row.status->setObjectName(QStringLiteral("mediaUploadStatus"));
    row.status->setTextFormat(Qt::PlainText);
    row.status->setWordWrap(true);
    row.status->setForegroundRole(QPalette::WindowText); // coloured per state in updateRow()
    row.cancel = new QToolButton(row.widget);
    row.cancel->setObjectName(QStringLiteral("mediaUploadCancel"));
    row.cancel->setAutoRaise(true);
    row.cancel->setText(QStringLiteral("✕"));
    row.cancel->setAccessibleName(tr("Cancel upload"));
    connect(row.cancel, &QToolButton::clicked, this, [this, id] { m_queue->cancel(id); });

    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(row.name, 2);
    line->addWidget(row.progress, 1);
    line->addWidget(row.cancel);
    auto* box = new QVBoxLayout(row.widget);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addLayout(line);
    box->addWidget(row.status);
    m_rows->addWidget(row.widget);
    m_byId.insert(id, row);
    updateRow(id);
    updateVisibility();
}

void UploadList::updateRow(int id)
{
    const auto it = m_byId.constFind(id);
    const std::optional<UploadQueue::Item> item = m_queue->item(id);
    if (it == m_byId.cend() || !item)
        return;
    const Row& row = *it;
    row.name->setText(row.name->fontMetrics().elidedText(item->fileName, Qt::ElideMiddle, 320));
    row.name->setToolTip(item->sourcePath);
    const QLocale locale;
    QString status;
    QPalette palette = row.status->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    switch (item->state) {
    case UploadQueue::State::Checking:
        status = item->attempts > 0 ? tr("Waiting to try again…") : tr("Checking the file…");
        row.progress->setRange(0, 0);
        break;
    case UploadQueue::State::Waiting:
        status = tr("Waiting (uploads are paced)…");
        row.progress->setRange(0, 100);
        row.progress->setValue(0);
        break;
    case UploadQueue::State::Uploading:
        status = item->total > 0
                     ? tr("Uploading: %1 of %2").arg(dataSize(item->sent, 1, locale), dataSize(item->total, 1, locale))
                     : tr("Uploading…");
        row.progress->setRange(0, 1000);
        row.progress->setValue(item->total > 0 ? int(item->sent * 1000 / item->total) : 0);
        break;
    case UploadQueue::State::Done:
        status = tr("Uploaded · media id %1 · expires in 30 days").arg(item->mediaId);
        row.progress->setRange(0, 1);
        row.progress->setValue(1);
        palette.setColor(QPalette::WindowText, theme::positiveText(palette));
        break;
    case UploadQueue::State::Reused:
        status = tr("Already uploaded (same content) · media id %1 reused").arg(item->mediaId);
        row.progress->setRange(0, 1);
        row.progress->setValue(1);
        palette.setColor(QPalette::WindowText, theme::positiveText(palette));
        break;
    case UploadQueue::State::Refused:
    case UploadQueue::State::Failed:
        status = item->error;
        row.progress->setRange(0, 1);
        row.progress->setValue(0);
        palette.setColor(QPalette::WindowText, theme::negativeText(palette));
        break;
    case UploadQueue::State::Cancelled:
        status = tr("Cancelled");
        row.progress->setRange(0, 1);
        row.progress->setValue(0);
        break;
    }
    row.status->setPalette(palette);
    row.status->setText(status);
    row.progress->setVisible(!item->isFinished() || item->state == UploadQueue::State::Done ||
                             item->state == UploadQueue::State::Reused);
    row.cancel->setVisible(!item->isFinished());
    updateVisibility();
}

void UploadList::removeRow(int id)
{
    const Row row = m_byId.take(id);
    if (row.widget)
        row.widget->deleteLater();
    updateVisibility();
}

void UploadList::updateVisibility()
{
    setVisible(!m_byId.isEmpty());
    m_clear->setEnabled(m_queue->unfinished() < m_byId.size());
}

} // namespace wabadesk::ui
