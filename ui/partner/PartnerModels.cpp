#include "partner/PartnerModels.h"

#include "partner/ChannelImporter.h"

#include <QLocale>

namespace wabadesk::ui {

void PartnerClientModel::setClients(const QList<partner::PartnerClientInfo>& clients,
                                    const QHash<QString, int>& channelCounts)
{
    beginResetModel();
    m_clients = clients;
    m_channelCounts = channelCounts;
    endResetModel();
}

std::optional<partner::PartnerClientInfo> PartnerClientModel::client(const QString& id) const
{
    for (const auto& c : m_clients)
        if (c.id == id)
            return c;
    return std::nullopt;
}

int PartnerClientModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

QVariant PartnerClientModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return {};
    const partner::PartnerClientInfo& c = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3\nClient id %4").arg(c.organisation, c.contactName, c.email, c.id);
    case IdRole:
        return c.id;
    case SearchRole:
        return QStringList{c.name, c.organisation, c.contactName, c.email, c.id}.join(QLatin1Char(' '));
    case ChannelCountRole:
        return m_channelCounts.value(c.id);
    case ContactRole:
        return c.contactName.isEmpty() ? c.email : c.contactName;
    default:
        return {};
    }
}

void PartnerChannelModel::setChannels(const QList<partner::PartnerChannel>& channels, const QList<Channel>& local)
{
    beginResetModel();
    m_channels = channels;
    m_local = local;
    endResetModel();
}

void PartnerChannelModel::setLocalChannels(const QList<Channel>& local)
{
    m_local = local;
    if (!m_channels.isEmpty())
        Q_EMIT dataChanged(index(0, LocalColumn), index(rowCount() - 1, LocalColumn));
}

std::optional<partner::PartnerChannel> PartnerChannelModel::channel(int row) const
{
    if (row < 0 || row >= m_channels.size())
        return std::nullopt;
    return m_channels.at(row);
}

std::optional<Channel> PartnerChannelModel::localChannel(int row) const
{
    const auto c = channel(row);
    return c ? partner::ChannelImporter::existingChannel(m_local, *c) : std::nullopt;
}

int PartnerChannelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int PartnerChannelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QString PartnerChannelModel::stateText(const partner::PartnerChannel& c)
{
    switch (c.state) {
    case partner::ChannelState::Created:
        return tr("Created");
    case partner::ChannelState::Ready:
        return tr("Ready");
    case partner::ChannelState::Running:
        return tr("Running");
    case partner::ChannelState::Other:
        break;
    }
    return c.status.isEmpty() ? tr("Unknown") : c.status;
}

QString PartnerChannelModel::qualityText(const QString& rating)
{
    const QString r = rating.toUpper();
    if (r == QLatin1String("GREEN") || r == QLatin1String("HIGH"))
        return tr("High");
    if (r == QLatin1String("YELLOW") || r == QLatin1String("MEDIUM"))
        return tr("Medium");
    if (r == QLatin1String("RED") || r == QLatin1String("LOW"))
        return tr("Low");
    return rating;
}

QString PartnerChannelModel::limitText(const QString& limit)
{
    // Meta's tiers: unique customers reached outside the service window in 24 h (REFERENCE.md §8.3).
    QString l = limit.toUpper();
    if (l.startsWith(QLatin1String("TIER_")))
        l = l.mid(5);
    if (l == QLatin1String("UNLIMITED"))
        return tr("Unlimited");
    const QLocale locale;
    if (l.endsWith(QLatin1Char('K'))) {
        bool ok = false;
        const int thousands = l.chopped(1).toInt(&ok);
        if (ok)
            return tr("%1 a day").arg(locale.toString(thousands * 1000));
    }
    bool ok = false;
    const int n = l.toInt(&ok);
    return ok ? tr("%1 a day").arg(locale.toString(n)) : limit;
}

QVariant PartnerChannelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size())
        return {};
    const partner::PartnerChannel& c = m_channels.at(index.row());
    if (role == IdRole)
        return c.id;
    const int column = index.column();
    if (role == ChipRole) {
        if (column == StatusColumn)
            return c.state == partner::ChannelState::Running ? PositiveChip
                   : c.state == partner::ChannelState::Ready ? NeutralChip
                                                             : WarningChip;
        if (column == QualityColumn && !c.qualityRating.isEmpty()) {
            const QString q = c.qualityRating.toUpper();
            return q == QLatin1String("GREEN") || q == QLatin1String("HIGH")      ? PositiveChip
                   : q == QLatin1String("YELLOW") || q == QLatin1String("MEDIUM") ? WarningChip
                   : q == QLatin1String("RED") || q == QLatin1String("LOW")       ? NegativeChip
                                                                                  : NeutralChip;
        }
        if (column == ModeColumn && c.accountMode.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0)
            return NeutralChip;
        return NoChip;
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case StatusColumn:
            return c.state == partner::ChannelState::Created
                       ? tr("The number is being set up; 360dialog gives a key once it is ready.")
                   : c.state == partner::ChannelState::Ready ? tr("Ready: a key can be generated; billing starts "
                                                                  "with the first conversation.")
                                                             : tr("Running: the number sends and receives.");
        case LimitColumn:
            return tr("Messaging limit: unique customers a business can start conversations with in 24 hours.");
        case LocalColumn: {
            const auto local = partner::ChannelImporter::existingChannel(m_local, c);
            return local ? tr("WabaDesk has this number as “%1”.").arg(local->name)
                         : tr("Not in WabaDesk on this computer.");
        }
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NumberColumn:
        return c.phoneNumber;
    case NameColumn:
        return c.phoneName.isEmpty() ? c.wabaName : c.phoneName;
    case StatusColumn:
        return stateText(c);
    case ModeColumn:
        return c.accountMode.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0 ? tr("Sandbox")
               : c.accountMode.isEmpty()                                                 ? QString()
                                                                                         : tr("Live");
    case QualityColumn:
        return c.qualityRating.isEmpty() ? QStringLiteral("—") : qualityText(c.qualityRating);
    case LimitColumn:
        return c.messagingLimit.isEmpty() ? QStringLiteral("—") : limitText(c.messagingLimit);
    case LocalColumn: {
        const auto local = partner::ChannelImporter::existingChannel(m_local, c);
        return local ? local->name : QStringLiteral("—");
    }
    default:
        return {};
    }
}

QVariant PartnerChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ModeColumn:
        return tr("Account");
    case QualityColumn:
        return tr("Quality");
    case LimitColumn:
        return tr("Messaging limit");
    case LocalColumn:
        return tr("In WabaDesk");
    default:
        return {};
    }
}

} // namespace wabadesk::ui
