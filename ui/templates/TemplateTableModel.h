#pragma once

#include "common/Chip.h"
#include "model/Template.h"

#include <QAbstractTableModel>
#include <QList>

namespace wabadesk::ui {

// The channel's message templates as a read-only table: name, language, category, status, quality, rejection reason.
// Qt::DisplayRole gives readable words ("Approved"); Qt::UserRole the value as the API sent it (for sorting
// and tests); ToneRole how the status and quality read (a ChipTone, drawn as a coloured chip).
class TemplateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Language, Category, Status, Quality, Reason, ColumnCount };
    static constexpr int ToneRole = Qt::UserRole + 1;

    // APPROVED reads good; PENDING, IN_APPEAL, PAUSED, LIMIT_EXCEEDED need a look; REJECTED, DISABLED, DELETED are
    // bad (REFERENCE.md §3.1, §6.5). Quality GREEN, YELLOW, RED (Meta also says HIGH, MEDIUM, LOW).
    static ChipTone statusTone(const QString& status);
    static ChipTone qualityTone(const QString& quality);

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
