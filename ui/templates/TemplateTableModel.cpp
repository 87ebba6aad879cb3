#include "templates/TemplateTableModel.h"

#include "templates/TemplateNotice.h"

#include "common/DisplayText.h"

#include <QLocale>

namespace wabadesk::ui {

ChipTone TemplateTableModel::statusTone(const QString& status)
{
    const QString s = status.toUpper();
    if (s == QLatin1String("APPROVED"))
        return ChipTone::Positive;
    if (s == QLatin1String("REJECTED") || s == QLatin1String("DISABLED") || s == QLatin1String("DELETED"))
        return ChipTone::Negative;
    if (s == QLatin1String("PENDING") || s == QLatin1String("IN_APPEAL") || s == QLatin1String("PAUSED") ||
        s == QLatin1String("LIMIT_EXCEEDED") || s == QLatin1String("PENDING_DELETION"))
        return ChipTone::Warning;
    return ChipTone::Neutral;
}

ChipTone TemplateTableModel::qualityTone(const QString& quality)
{
    const QString q = quality.toUpper();
    if (q == QLatin1String("GREEN") || q == QLatin1String("HIGH"))
        return ChipTone::Positive;
    if (q == QLatin1String("YELLOW") || q == QLatin1String("MEDIUM"))
        return ChipTone::Warning;
    if (q == QLatin1String("RED") || q == QLatin1String("LOW"))
        return ChipTone::Negative;
    return ChipTone::Neutral;
}

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
    case ToneRole:
        if (index.column() == Status)
            return int(statusTone(t.status));
        if (index.column() == Quality && !t.qualityScore.isEmpty())
            return int(qualityTone(t.qualityScore));
        return {};
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
