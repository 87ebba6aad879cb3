#include "templates/TemplatesPanel.h"

#include "api/ApiClient.h"
#include "common/BusyIndicator.h"
#include "common/ErrorBanner.h"
#include "templates/TemplateTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

TemplatesPanel::TemplatesPanel(api::ApiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new TemplateTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_busy(new BusyIndicator(this))
    , m_summary(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("templatesPanel"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column

    m_filter->setObjectName(QStringLiteral("templatesFilter"));
    m_filter->setAccessibleName(tr("Filter templates"));
    m_filter->setPlaceholderText(tr("Filter by name, language, category or status"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });

    m_refresh->setObjectName(QStringLiteral("templatesRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the templates again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString()));
    connect(m_refresh, &QPushButton::clicked, this, &TemplatesPanel::reload);

    m_busy->setObjectName(QStringLiteral("templatesBusy"));
    m_busy->setText(tr("Loading templates…"));

    m_summary->setObjectName(QStringLiteral("templatesSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_banner->setObjectName(QStringLiteral("templatesErrorBanner"));
    m_banner->setActionText(tr("Try again"));
    connect(m_banner, &ErrorBanner::actionRequested, this, &TemplatesPanel::reload);

    m_table->setObjectName(QStringLiteral("templatesTable"));
    m_table->setAccessibleName(tr("Templates"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TemplateTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    updateSummary();
    reload();
}

void TemplatesPanel::reload()
{
    if (m_call || !m_client)
        return;
    m_refresh->setEnabled(false);
    m_busy->start();
    m_call = m_client->listTemplates(this, [this](const api::Result<QList<Template>>& result) {
        m_call = nullptr;
        m_busy->stop();
        m_refresh->setEnabled(true);
        if (!result.ok()) {
            m_banner->showError(result.error());
            return;
        }
        m_banner->clear();
        m_model->setTemplates(result.value());
        m_lastLoaded = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        m_table->resizeColumnsToContents();
        // Room to breathe: resizeColumnsToContents() packs the columns tightly.
        for (int c = 0; c < TemplateTableModel::ColumnCount - 1; ++c)
            m_table->setColumnWidth(c, m_table->columnWidth(c) + fontMetrics().averageCharWidth() * 4);
        updateSummary();
        Q_EMIT loaded(int(result.value().size()));
    });
}

void TemplatesPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_lastLoaded.isEmpty())
        text = tr("Not loaded yet.");
    else if (total == 0)
        text = tr("This channel has no templates yet. Updated at %1.").arg(m_lastLoaded);
    else if (shown == total)
        text = tr("Templates: %1. Updated at %2.").arg(total).arg(m_lastLoaded);
    else
        text = tr("Showing %1 of %2 templates. Updated at %3.").arg(shown).arg(total).arg(m_lastLoaded);
    m_summary->setText(text);
}

} // namespace wabadesk::ui
