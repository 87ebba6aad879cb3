#include "conversations/MessageInfoDialog.h"

#include "conversations/MessageSummary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel* selectable(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

MessageInfoDialog::MessageInfoDialog(const StoredMessage& m, const QList<MessageStatusRecord>& history, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("messageInfoDialog"));
    setWindowTitle(tr("Message info"));
    auto* form = new QFormLayout;
    form->addRow(tr("Type:"), selectable(MessageSummary::typeText(m.rawType.isEmpty() ? m.type : m.rawType), this));
    form->addRow(tr("Direction:"),
                 selectable(m.direction == StoredMessage::Direction::Inbound ? tr("Received") : tr("Sent"), this));
    form->addRow(tr("Sent at:"), selectable(when(m.timestamp), this));
    if (m.receivedAt.isValid())
        form->addRow(tr("Stored at:"), selectable(when(m.receivedAt), this));
    if (!m.status.isEmpty())
        form->addRow(tr("Status:"), selectable(MessageSummary::statusText(m.status), this));
    const QString error = MessageSummary::errorText(m);
    if (!error.isEmpty())
        form->addRow(tr("Error:"), selectable(error, this));
    if (m.isEdited())
        form->addRow(tr("Edited at:"), selectable(when(m.editedAt), this));
    if (m.isDeleted())
        form->addRow(tr("Deleted at:"), selectable(when(m.deletedAt), this));
    form->addRow(tr("Message id:"), selectable(m.wamid.isEmpty() ? tr("(not sent yet)") : m.wamid, this));

    auto* table = new QTableWidget(static_cast<int>(history.size()), 5, this);
    table->setObjectName(QStringLiteral("statusHistoryTable"));
    table->setHorizontalHeaderLabels({tr("Status"), tr("Time"), tr("Error"), tr("Pricing"), tr("Billable")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < history.size(); ++row) {
        const MessageStatusRecord& r = history.at(row);
        const QString errorText =
            r.errorCode != 0 ? tr("%1: %2").arg(r.errorCode).arg(r.errorTitle.isEmpty() ? r.errorDetails : r.errorTitle)
                             : QString();
        const QString billable = r.billable ? (*r.billable ? tr("yes") : tr("no")) : QString();
        const QStringList cells{MessageSummary::statusText(r.status), when(r.timestamp), errorText,
                                MessageSummary::pricingText(r), billable};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 2 && !r.errorDetails.isEmpty())
                item->setToolTip(r.errorDetails);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* historyLabel = new QLabel(history.isEmpty() ? tr("No status received yet.") : tr("Status history"), this);
    layout->addWidget(historyLabel);
    layout->addWidget(table, 1);
    table->setVisible(!history.isEmpty());
    layout->addWidget(buttons);
    resize(620, 420);
}

} // namespace wabadesk::ui
