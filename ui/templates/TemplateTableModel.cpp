#include "templates/TemplateTableModel.h"

#include "templates/TemplateNotice.h"

#include "common/DisplayText.h"

#include <QLocale>

namespace wabadesk::ui {

TemplateTableModel::TemplateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TemplateTableModel::setTemplates(QList<Template> templates)
{
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

int TemplateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const Template& t = m_templates.at(index.row());
    const auto apiValue = [&t](int column) -> QString {
        switch (column) {
        case Name:
            return t.name;
        case Language:
            return t.language;
        case Category:
            return t.category;
        case Status:
            return t.status;
        case Quality:
            return t.qualityScore;
        case Reason:
            return t.rejectedReason == QLatin1String("NONE") ? QString() : t.rejectedReason;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
        case Language:
            return apiValue(index.column());
        case Quality:
            return t.qualityScore.isEmpty() ? tr("—") : readableApiValue(t.qualityScore);
        case Reason:
            // A rejection first; else what Meta changed lately (template_category_update, components update).
            return apiValue(Reason).isEmpty() ? TemplateNotice::text(t) : readableApiValue(apiValue(Reason));
        default:
            return readableApiValue(apiValue(index.column()));
        }
    case Qt::UserRole:
        return apiValue(index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !t.rejectedReason.isEmpty() && t.rejectedReason != QLatin1String("NONE"))
            return tr("Rejected because: %1").arg(readableApiValue(t.rejectedReason));
        if (index.column() == Name || index.column() == Reason || index.column() == Category) {
            QStringList lines{TemplateNotice::text(t), TemplateNotice::variables(t)};
            lines.removeAll(QString());
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Language) {
            const QLocale locale(t.language);
            if (locale.language() != QLocale::C)
                return QLocale::languageToString(locale.language());
        }
        return {};
    default:
        return {};
    }
}

QVariant TemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Language:
        return tr("Language");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Quality:
        return tr("Quality");
    case Reason:
        return tr("Notice");
    default:
        return {};
    }
}

} // namespace wabadesk::ui
