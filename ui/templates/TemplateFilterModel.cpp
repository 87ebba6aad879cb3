#include "templates/TemplateFilterModel.h"

#include "templates/TemplateTableModel.h"

namespace wabadesk::ui {

void TemplateFilterModel::setStatus(const QString& status)
{
    m_status = status;
    invalidateFilter();
}

void TemplateFilterModel::setCategory(const QString& category)
{
    m_category = category;
    invalidateFilter();
}

void TemplateFilterModel::setLanguage(const QString& language)
{
    m_language = language;
    invalidateFilter();
}

void TemplateFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const auto value = [&](int column, int role) {
        return m->index(sourceRow, column, sourceParent).data(role).toString();
    };
    const auto matches = [&](const QString& wanted, int column) {
        return wanted.isEmpty() || value(column, Qt::UserRole).compare(wanted, Qt::CaseInsensitive) == 0;
    };
    if (!matches(m_status, TemplateTableModel::Status) || !matches(m_category, TemplateTableModel::Category) ||
        !matches(m_language, TemplateTableModel::Language))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        if (value(c, Qt::DisplayRole).contains(m_search, Qt::CaseInsensitive) ||
            value(c, Qt::UserRole).contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace wabadesk::ui
