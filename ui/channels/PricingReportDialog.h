#pragma once

#include "store/StoreTypes.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

// Channel → Pricing Report…: a month's outgoing messages per pricing category and type, which of them are charged
// (PMP, UPDATES-2026.md §7), and Export CSV… (one click, then where to save). Read from the store's messages as
// their statuses priced them.
class PricingReportDialog : public QDialog {
    Q_OBJECT
public:
    PricingReportDialog(store::Store* store, const QString& channelId, const QString& channelName,
                        QWidget* parent = nullptr);

    QDate month() const;
    void setMonth(const QDate& anyDay);
    QList<store::PricingCount> counts() const { return m_counts; }
    // Writes the CSV to `path`; false and why when it cannot.
    bool exportCsv(const QString& path, QString* error = nullptr);

    // Where Export CSV… asks to save; tests replace it.
    void setFileChooser(std::function<QString(const QString& suggested)> chooser) { m_choose = std::move(chooser); }

private:
    void reload();
    void exportClicked();

    store::Store* m_store;
    QString m_channelId;
    QComboBox* m_month;
    QTableWidget* m_table;
    QLabel* m_total;
    QPushButton* m_export;
    QList<store::PricingCount> m_counts;
    std::function<QString(const QString&)> m_choose;
};

} // namespace wabadesk::ui
