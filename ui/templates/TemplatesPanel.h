#pragma once

#include "model/Template.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;
class NoticeBanner;
class TemplateComposer;
class TemplateDetails;
class TemplateViewDialog;
class TemplateFilterModel;
class TemplateTableModel;

// The channel's template library (issue #6): a sortable table of name, language, category, status, quality and
// rejection reason, filtered by status, category and language (status compared case-insensitively) and a search.
// With a store it shows the cached list at once (offline too), Sync (GET /v1/configs/templates, REFERENCE.md §3.1)
// saves the answer there, and ChangeHub::templatesChanged (status/quality webhooks, §6.5) updates the rows live with
// a notice of what changed. Status and quality are coloured chips. Beside the table, the selected template's details:
// the preview as customers see it and its components; a double-click opens them in a window of their own (templates
// are not edited in place, §3.4). "New template…" and "Duplicate…" open the composer; "Delete…" removes every
// language of a name after a confirmation (§3.3).
class TemplatesPanel : public QWidget {
    Q_OBJECT
public:
    // Without a store: the list as the API answers, loaded when created and on Sync (the original panel).
    explicit TemplatesPanel(api::ApiClient* client, QWidget* parent = nullptr);
    // With the store's cache and live updates; channelId scopes Store::templates/saveTemplates.
    TemplatesPanel(api::ApiClient* client, store::Store* store, store::ChangeHub* hub, const QString& channelId,
                   QWidget* parent = nullptr);

    void reload(); // Sync with the API
    bool isLoading() const { return !m_call.isNull(); }
    std::optional<Template> selectedTemplate() const;
    // Opens the composer (new, or a copy of `source` under a new name); it deletes itself when closed.
    TemplateComposer* openComposer(const std::optional<Template>& source = std::nullopt);
    // Opens the selected template on its own (what a double-click does); it deletes itself when closed.
    TemplateViewDialog* openSelected();
    TemplateDetails* details() const { return m_details; }
    void deleteSelected();

Q_SIGNALS:
    void loaded(int count);
    void composerOpened(wabadesk::ui::TemplateComposer* composer);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void fitSplitter();
    void loadFromStore();
    void setTemplates(const QList<Template>& templates);
    void announceChanges(const QList<Template>& before, const QList<Template>& after);
    void rebuildFilterChoices();
    void updateSummary();
    void updateActions();

    api::ApiClient* m_client;
    store::Store* m_store = nullptr;
    store::ChangeHub* m_hub = nullptr;
    QString m_channelId;
    QPointer<api::ApiCall> m_call;
    TemplateTableModel* m_model;
    TemplateFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_language;
    QPushButton* m_refresh;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    BusyIndicator* m_busy;
    QLabel* m_summary;
    ErrorBanner* m_banner;
    NoticeBanner* m_notice;
    QTableView* m_table;
    TemplateDetails* m_details;
    QSplitter* m_splitter;
    QString m_lastLoaded;
    bool m_splitterFitted = false;
};

} // namespace wabadesk::ui
