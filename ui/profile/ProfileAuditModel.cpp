#include "profile/ProfileAuditModel.h"

#include "profile/ProfileRules.h"

#include <QLocale>

namespace wabadesk::ui {

namespace {

QString readableValue(const ProfileAuditEntry& e, const QString& value)
{
    if (value.isEmpty())
        return ProfileAuditModel::tr("(empty)");
    if (e.field == QLatin1String("vertical"))
        return profile::verticalName(value);
    QString oneLine = value;
    return oneLine.replace(QLatin1Char('\n'), QStringLiteral(" · "));
}

} // namespace

void ProfileAuditModel::setEntries(const QList<ProfileAuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ProfileAuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProfileAuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileAuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ProfileAuditEntry& e = m_entries.at(index.row());
    if (role == FieldKeyRole)
        return e.field;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Field:
            if (const auto field = profile::fieldFromKey(e.field))
                return profile::fieldName(*field);
            return e.field;
        case Old:
            return role == Qt::ToolTipRole ? e.oldValue : readableValue(e, e.oldValue);
        case New:
            return role == Qt::ToolTipRole ? e.newValue : readableValue(e, e.newValue);
        case By:
            if (e.by == ProfileAuditEntry::byCli())
                return tr("Command line");
            if (e.by == ProfileAuditEntry::byDesk())
                return tr("WabaDesk");
            return e.by;
        }
    }
    return {};
}

QVariant ProfileAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Field:
        return tr("Field");
    case Old:
        return tr("Before");
    case New:
        return tr("After");
    case By:
        return tr("Changed with");
    }
    return {};
}

void ProfileAuditFilter::setField(const QString& fieldKey)
{
    m_field = fieldKey;
    invalidateFilter();
}

void ProfileAuditFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

QList<ProfileAuditEntry> ProfileAuditFilter::visibleEntries() const
{
    const auto* model = qobject_cast<const ProfileAuditModel*>(sourceModel());
    QList<ProfileAuditEntry> out;
    for (int row = 0; model && row < rowCount(); ++row)
        out.append(model->entries().at(mapToSource(index(row, 0)).row()));
    return out;
}

bool ProfileAuditFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = qobject_cast<const ProfileAuditModel*>(sourceModel());
    if (!model)
        return true;
    const ProfileAuditEntry& e = model->entries().at(sourceRow);
    if (!m_field.isEmpty() && e.field != m_field)
        return false;
    return m_text.isEmpty() || e.oldValue.contains(m_text, Qt::CaseInsensitive) ||
           e.newValue.contains(m_text, Qt::CaseInsensitive);
}

} // namespace wabadesk::ui
