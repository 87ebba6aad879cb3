#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api

namespace wabadesk::ui {

class BusyIndicator;
class ErrorBanner;
class TemplateTableModel;

// The channel's message templates (GET /v1/configs/templates) in a sortable, filterable table.
// Loads once when created and again on Refresh; a failed load keeps the rows it had and shows the error.
// A call still running when the panel goes away ends without touching it (the panel is the call's context).
class TemplatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit TemplatesPanel(api::ApiClient* client, QWidget* parent = nullptr);

    void reload();
    bool isLoading() const { return !m_call.isNull(); }

Q_SIGNALS:
    void loaded(int count);

private:
    void updateSummary();

    api::ApiClient* m_client;
    QPointer<api::ApiCall> m_call;
    TemplateTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QPushButton* m_refresh;
    BusyIndicator* m_busy;
    QLabel* m_summary;
    ErrorBanner* m_banner;
    QTableView* m_table;
    QString m_lastLoaded;
};

} // namespace wabadesk::ui
