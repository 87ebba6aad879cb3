#pragma once

#include "model/Template.h"

#include <QAbstractTableModel>
#include <QList>

namespace wabadesk::ui {

// The channel's message templates as a read-only table: name, language, category, status, quality, rejection reason.
// Qt::DisplayRole gives readable words ("Approved"); Qt::UserRole the value as the API sent it (for sorting
// and tests).
class TemplateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Language, Category, Status, Quality, Reason, ColumnCount };

    explicit TemplateTableModel(QObject* parent = nullptr);

    void setTemplates(QList<Template> templates);
    const QList<Template>& templates() const { return m_templates; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Template> m_templates;
};

} // namespace wabadesk::ui
