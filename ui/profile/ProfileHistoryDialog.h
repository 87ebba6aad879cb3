#pragma once

#include "model/Channel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class ProfileAuditFilter;
class ProfileAuditModel;

// The audit log of one channel's business profile (store table profile_audit): every change with when, field,
// before → after and whether it came from the window or the command line. Filter by field and text; Export… writes
// what is shown as CSV (profile::auditCsv). Follows new changes while open (ChangeHub::profileAuditChanged).
class ProfileHistoryDialog : public QDialog {
    Q_OBJECT
public:
    ProfileHistoryDialog(store::Store* store, store::ChangeHub* hub, const Channel& channel, QWidget* parent = nullptr);

    void reload();
    // Writes the rows shown to `path`; false with `error` set when the file cannot be written.
    bool exportCsv(const QString& path, QString* error) const;
    QTableView* table() const { return m_table; }
    ProfileAuditFilter* filter() const { return m_filter; }

private:
    void exportWithDialog();
    void updateCount();

    store::Store* m_store;
    Channel m_channel;
    ProfileAuditModel* m_model;
    ProfileAuditFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_field;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_export;
};

} // namespace wabadesk::ui
