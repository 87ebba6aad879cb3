#pragma once

#include <QSortFilterProxyModel>

namespace wabadesk::ui {

// Filters TemplateTableModel rows by status, category and language (each "" = any; compared case-insensitively, as
// 360dialog lists statuses in lower case and webhooks in upper case, REFERENCE.md §3.1) and by a search text
// matched against every column.
class TemplateFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(const QString& status);
    void setCategory(const QString& category);
    void setLanguage(const QString& language);
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_category;
    QString m_language;
    QString m_search;
};

} // namespace wabadesk::ui
