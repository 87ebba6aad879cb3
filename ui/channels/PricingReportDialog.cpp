#include "channels/PricingReportDialog.h"

#include "channels/PricingReport.h"
#include "store/Store.h"
#include "text/EventText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString typeName(const QString& type)
{
    if (type == QLatin1String("regular"))
        return PricingReportDialog::tr("Charged");
    if (type == QLatin1String("free_customer_service"))
        return PricingReportDialog::tr("Free: customer service window");
    if (type == QLatin1String("free_entry_point"))
        return PricingReportDialog::tr("Free: entry point");
    return type.isEmpty() ? PricingReportDialog::tr("Per conversation (older pricing)") : type;
}

} // namespace

PricingReportDialog::PricingReportDialog(store::Store* store, const QString& channelId, const QString& channelName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_channelId(channelId)
    , m_month(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_total(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(QStringLiteral("pricingReportDialog"));
    setWindowTitle(tr("Pricing report — %1").arg(channelName));
    m_month->setObjectName(QStringLiteral("pricingMonth"));
    m_month->setAccessibleName(tr("Month"));
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 6; ++i) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-i);
        m_month->addItem(
            QLocale().standaloneMonthName(first.month()) + QLatin1Char(' ') + QString::number(first.year()), first);
    }
    m_table->setObjectName(QStringLiteral("pricingTable"));
    m_table->setAccessibleName(tr("Messages by pricing category"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Pricing"), tr("Messages")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_total->setObjectName(QStringLiteral("pricingTotal"));
    m_total->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("pricingExportButton"));

    auto* note = new QLabel(tr("Outgoing messages of this channel as WhatsApp priced them in their status webhooks "
                               "(per-message pricing). Since 1 October 2026 service replies and utility templates "
                               "inside the 24-hour window are charged too."),
                            this);
    note->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("pricingCloseButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &PricingReportDialog::exportClicked);
    connect(m_month, &QComboBox::currentIndexChanged, this, &PricingReportDialog::reload);
    resize(560, 420);
    reload();
}

QDate PricingReportDialog::month() const
{
    return m_month->currentData().toDate();
}

void PricingReportDialog::setMonth(const QDate& anyDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    const int index = m_month->findData(first);
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void PricingReportDialog::reload()
{
    const auto [from, to] = PricingReport::month(month());
    m_counts = m_store ? m_store->pricingCounts(m_channelId, from, to) : QList<store::PricingCount>();
    m_table->setRowCount(int(m_counts.size()));
    for (int row = 0; row < m_counts.size(); ++row) {
        const store::PricingCount& c = m_counts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(text::pricingCategoryName(c.category)));
        m_table->setItem(row, 1, new QTableWidgetItem(typeName(c.type)));
        auto* n = new QTableWidgetItem(QLocale().toString(c.messages));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, n);
    }
    const int charged = PricingReport::charged(m_counts);
    const int total = PricingReport::total(m_counts);
    m_total->setText(total == 0 ? tr("No priced messages in this month.")
                                : tr("%n message(s) charged", nullptr, charged) + QStringLiteral(" · ") +
                                      tr("%n free", nullptr, total - charged));
    m_export->setEnabled(total > 0);
}

bool PricingReportDialog::exportCsv(const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = PricingReport::csv(m_counts, month()).toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void PricingReportDialog::exportClicked()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              QStringLiteral("pricing-%1.csv").arg(month().toString(QStringLiteral("yyyy-MM")));
    const QString path =
        m_choose ? m_choose(suggested)
                 : QFileDialog::getSaveFileName(this, tr("Export pricing report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export pricing report"), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace wabadesk::ui
