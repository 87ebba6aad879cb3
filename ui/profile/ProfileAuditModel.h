#pragma once

#include "model/ProfileAuditEntry.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace wabadesk::ui {

// The audit log of one channel's profile as a table: when (local time), field (readable), old value, new value,
// by (WabaDesk window / command line). Values keep their line breaks in the tooltip.
class ProfileAuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Field, Old, New, By, ColumnCount };
    static constexpr int FieldKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<ProfileAuditEntry>& entries);
    const QList<ProfileAuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProfileAuditEntry> m_entries;
};

// Filters the audit table by field (empty: all) and by text in the old or new value.
class ProfileAuditFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setField(const QString& fieldKey);
    void setText(const QString& text);
    // The entries that pass, in the shown order (for export).
    QList<ProfileAuditEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_field;
    QString m_text;
};

} // namespace wabadesk::ui
