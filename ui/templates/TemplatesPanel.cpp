#include "templates/TemplatesPanel.h"

#include "api/ApiClient.h"
#include "common/BusyIndicator.h"
#include "common/ChipDelegate.h"
#include "common/Confirmation.h"
#include "common/DisplayText.h"
#include "common/ErrorBanner.h"
#include "common/NoticeBanner.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "templates/TemplateComposer.h"
#include "templates/TemplateDetails.h"
#include "templates/TemplateDraft.h"
#include "templates/TemplateFilterModel.h"
#include "templates/TemplateTableModel.h"
#include "templates/TemplateViewDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString key(const Template& t)
{
    return t.name + u'\n' + t.language;
}

void fillChoices(QComboBox* combo, const QString& allText, QStringList values, bool readable)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText, QString());
    values.removeDuplicates();
    values.removeAll(QString());
    values.sort(Qt::CaseInsensitive);
    for (const QString& v : values)
        combo->addItem(readable ? readableApiValue(v) : v, v);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

TemplatesPanel::TemplatesPanel(api::ApiClient* client, QWidget* parent)
    : TemplatesPanel(client, nullptr, nullptr, QString(), parent)
{}

TemplatesPanel::TemplatesPanel(api::ApiClient* client, store::Store* store, store::ChangeHub* hub,
                               const QString& channelId, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_store(store)
    , m_hub(hub)
    , m_channelId(channelId)
    , m_model(new TemplateTableModel(this))
    , m_proxy(new TemplateFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Sync"), this))
    , m_new(new QPushButton(tr("&New Template…"), this))
    , m_duplicate(new QPushButton(tr("&Duplicate…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_busy(new BusyIndicator(this))
    , m_summary(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_notice(new NoticeBanner(NoticeBanner::Tone::Information, this))
    , m_table(new QTableView(this))
    , m_details(new TemplateDetails(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    build();
    if (m_hub) {
        connect(m_hub, &store::ChangeHub::templatesChanged, this, [this](const QString& changed) {
            if (changed == m_channelId)
                loadFromStore();
        });
    }
    if (m_store)
        loadFromStore();
    updateSummary();
    reload();
}

void TemplatesPanel::build()
{
    setObjectName(QStringLiteral("templatesPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("templatesFilter"));
    m_filter->setAccessibleName(tr("Search templates"));
    m_filter->setPlaceholderText(tr("Search by name, language, category or status"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        updateSummary();
    });
    const auto combo = [this](QComboBox* c, const QString& name, const QString& accessible, auto setter) {
        c->setObjectName(name);
        c->setAccessibleName(accessible);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, [this, c, setter] {
            (m_proxy->*setter)(c->currentData().toString());
            updateSummary();
        });
    };
    combo(m_status, QStringLiteral("templatesStatusFilter"), tr("Status"), &TemplateFilterModel::setStatus);
    combo(m_category, QStringLiteral("templatesCategoryFilter"), tr("Category"), &TemplateFilterModel::setCategory);
    combo(m_language, QStringLiteral("templatesLanguageFilter"), tr("Language"), &TemplateFilterModel::setLanguage);

    m_refresh->setObjectName(QStringLiteral("templatesRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Load the templates from WhatsApp again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString()));
    m_refresh->setEnabled(m_client != nullptr);
    connect(m_refresh, &QPushButton::clicked, this, &TemplatesPanel::reload);
    m_new->setObjectName(QStringLiteral("templatesNew"));
    connect(m_new, &QPushButton::clicked, this, [this] { openComposer(); });
    m_duplicate->setObjectName(QStringLiteral("templatesDuplicate"));
    m_duplicate->setToolTip(tr("Write a new template starting from the selected one"));
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (const auto t = selectedTemplate())
            openComposer(*t);
    });
    m_delete->setObjectName(QStringLiteral("templatesDelete"));
    m_delete->setToolTip(tr("Delete the selected template in all its languages"));
    connect(m_delete, &QPushButton::clicked, this, &TemplatesPanel::deleteSelected);

    m_busy->setObjectName(QStringLiteral("templatesBusy"));
    m_busy->setText(tr("Loading templates…"));
    m_summary->setObjectName(QStringLiteral("templatesSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_banner->setObjectName(QStringLiteral("templatesErrorBanner"));
    m_banner->setActionText(tr("Try again"));
    connect(m_banner, &ErrorBanner::actionRequested, this, &TemplatesPanel::reload);
    m_notice->setObjectName(QStringLiteral("templatesNotice"));
    m_notice->setVisible(false);

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
    // The reason of a rejection shows in the details beside the table (and in the status chip's tool tip).
    m_table->setColumnHidden(TemplateTableModel::Reason, true);
    auto* chips = new ChipDelegate(TemplateTableModel::ToneRole, m_table);
    m_table->setItemDelegateForColumn(TemplateTableModel::Status, chips);
    m_table->setItemDelegateForColumn(TemplateTableModel::Quality, chips);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TemplatesPanel::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &TemplatesPanel::openSelected);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* open = new QShortcut(key, m_table, this, &TemplatesPanel::openSelected, Qt::WidgetShortcut);
        open->setObjectName(QStringLiteral("templatesOpenShortcut"));
    }
    m_table->setToolTip(tr("Double-click a template (or press Enter) to open it"));

    m_splitter->setObjectName(QStringLiteral("templatesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_status);
    toolbar->addWidget(m_category);
    toolbar->addWidget(m_language);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(m_refresh);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_summary);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);
    rebuildFilterChoices();
    updateActions();
}

// Once, when shown with rows: the table as wide as its columns if the details keep their minimum beside it; else
// the splitter's shares (the table scrolls). The agent's own dragging is left alone afterwards.
void TemplatesPanel::fitSplitter()
{
    if (m_splitterFitted || !isVisible() || m_model->rowCount() == 0)
        return;
    // The last visible column stretches: its contents count, not its stretched width.
    const QAbstractItemView* view = m_table;
    int columns = 0;
    for (int c = 0; c < TemplateTableModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c))
            continue;
        columns += c == TemplateTableModel::Quality
                       ? std::max(view->sizeHintForColumn(c), m_table->horizontalHeader()->sectionSizeHint(c)) +
                             fontMetrics().averageCharWidth() * 2
                       : m_table->columnWidth(c);
    }
    const int table = columns + 2 * m_table->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total - table >= m_details->minimumSizeHint().width() + fontMetrics().averageCharWidth() * 4)
        m_splitter->setSizes({table, total - table});
    m_splitterFitted = true;
}

void TemplatesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitSplitter();
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
        m_lastLoaded = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        // The store's signal brings the list back through loadFromStore(); without a store, show it directly.
        if (!m_store || !m_store->saveTemplates(m_channelId, result.value()))
            setTemplates(result.value());
        else
            loadFromStore();
        Q_EMIT loaded(int(result.value().size()));
    });
}

void TemplatesPanel::loadFromStore()
{
    if (!m_store)
        return;
    const QList<Template> before = m_model->templates();
    const QList<Template> after = m_store->templates(m_channelId);
    if (m_lastLoaded.isEmpty() && !after.isEmpty())
        m_lastLoaded = tr("the last sync (cached)");
    else
        announceChanges(before, after);
    setTemplates(after);
}

void TemplatesPanel::setTemplates(const QList<Template>& templates)
{
    const std::optional<Template> selected = selectedTemplate();
    const bool first = m_model->rowCount() == 0;
    m_model->setTemplates(templates);
    rebuildFilterChoices();
    if (first && !templates.isEmpty()) {
        m_table->resizeColumnsToContents();
        // Room to breathe: resizeColumnsToContents() packs the columns tightly.
        for (int c = 0; c < TemplateTableModel::ColumnCount - 1; ++c)
            m_table->setColumnWidth(c, m_table->columnWidth(c) + fontMetrics().averageCharWidth() * 2);
        fitSplitter();
    }
    if (selected) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex name = m_proxy->index(row, TemplateTableModel::Name);
            const QModelIndex language = m_proxy->index(row, TemplateTableModel::Language);
            if (name.data(Qt::UserRole).toString() == selected->name &&
                language.data(Qt::UserRole).toString() == selected->language)
                m_table->selectRow(row);
        }
    }
    updateSummary();
    updateActions();
}

// Status or quality changes since the last look (a webhook or a sync): one sentence in the notice.
void TemplatesPanel::announceChanges(const QList<Template>& before, const QList<Template>& after)
{
    if (before.isEmpty())
        return;
    QHash<QString, Template> old;
    for (const Template& t : before)
        old.insert(key(t), t);
    QStringList lines;
    for (const Template& t : after) {
        const auto it = old.constFind(key(t));
        if (it == old.cend())
            continue;
        if (it->status.compare(t.status, Qt::CaseInsensitive) != 0) {
            QString line = tr("%1 (%2) is now %3.").arg(t.name, t.language, readableApiValue(t.status.toUpper()));
            if (!t.rejectedReason.isEmpty() && t.rejectedReason != QLatin1String("NONE"))
                line += u' ' + tr("Reason: %1.").arg(readableApiValue(t.rejectedReason));
            lines.append(line);
        } else if (it->qualityScore != t.qualityScore && !t.qualityScore.isEmpty()) {
            lines.append(tr("%1 (%2): quality is now %3.").arg(t.name, t.language, readableApiValue(t.qualityScore)));
        }
    }
    if (lines.isEmpty())
        return;
    m_notice->setText(lines.join(QStringLiteral("<br>"))
                          .toHtmlEscaped()
                          .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")));
    m_notice->setVisible(true);
}

void TemplatesPanel::rebuildFilterChoices()
{
    QStringList statuses;
    QStringList categories;
    QStringList languages;
    for (const Template& t : m_model->templates()) {
        statuses.append(t.status.toUpper());
        categories.append(t.category.toUpper());
        languages.append(t.language);
    }
    fillChoices(m_status, tr("All statuses"), statuses, true);
    fillChoices(m_category, tr("All categories"), categories, true);
    fillChoices(m_language, tr("All languages"), languages, false);
}

std::optional<Template> TemplatesPanel::selectedTemplate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return m_model->templates().value(source.row());
}

TemplateViewDialog* TemplatesPanel::openSelected()
{
    const std::optional<Template> t = selectedTemplate();
    if (!t)
        return nullptr;
    auto* dialog = new TemplateViewDialog(*t, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateViewDialog::duplicateRequested, this,
            [this](const Template& source) { openComposer(source); });
    dialog->show();
    return dialog;
}

TemplateComposer* TemplatesPanel::openComposer(const std::optional<Template>& source)
{
    auto* composer = new TemplateComposer(m_client, window());
    composer->setAttribute(Qt::WA_DeleteOnClose);
    if (m_store)
        composer->setStore(m_store, m_channelId);
    if (source) {
        templates::TemplateDraft draft = draftOf(*source);
        draft.name = source->name + QStringLiteral("_copy");
        composer->setDraft(draft);
        composer->setWindowTitle(tr("New Template from %1").arg(source->name));
    }
    connect(composer, &TemplateComposer::submitted, this, [this] { reload(); });
    connect(composer, &TemplateComposer::reviewFinished, this, [this] {
        if (m_store)
            loadFromStore();
        else
            reload();
    });
    composer->show();
    Q_EMIT composerOpened(composer);
    return composer;
}

void TemplatesPanel::deleteSelected()
{
    const std::optional<Template> t = selectedTemplate();
    if (!t || !m_client)
        return;
    QStringList languages;
    for (const Template& other : m_model->templates()) {
        if (other.name == t->name)
            languages.append(other.language);
    }
    Confirmation::Request request;
    request.objectName = QStringLiteral("confirmTemplateDelete");
    request.title = tr("Delete Template");
    request.text = tr("Delete the template \"%1\"?").arg(t->name);
    request.informativeText = tr("All its languages go (%1). WhatsApp does not let you reuse the name for 30 days.")
                                  .arg(languages.join(QStringLiteral(", ")));
    request.acceptText = tr("Delete Template");
    request.isDestructive = true;
    const QString name = t->name;
    Confirmation::ask(this, request, this, [this, name](const Confirmation::Answer& answer) {
        if (!answer.accepted)
            return;
        m_busy->start();
        m_client->deleteTemplate(name, this, [this, name](const api::Result<bool>& result) {
            m_busy->stop();
            if (!result.ok()) {
                m_banner->showError(result.error());
                return;
            }
            QList<Template> rest;
            for (const Template& other : m_model->templates()) {
                if (other.name != name)
                    rest.append(other);
            }
            if (!m_store || !m_store->saveTemplates(m_channelId, rest))
                setTemplates(rest);
            else
                loadFromStore();
            m_notice->setText(tr("Deleted %1 in all its languages.").arg(name.toHtmlEscaped()));
            m_notice->setVisible(true);
        });
    });
}

void TemplatesPanel::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_details->setTemplate(selectedTemplate());
    m_new->setEnabled(true);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected && m_client != nullptr);
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
