#pragma once

#include "model/Channel.h"
#include "partner/PartnerTypes.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>

namespace wabadesk::ui {

// The partner's clients for the console's list: the name shown, everything searchable (name, organisation, contact,
// email, id) under SearchRole, the number of channels beside the name.
class PartnerClientModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SearchRole, ChannelCountRole, ContactRole };
    using QAbstractListModel::QAbstractListModel;

    void setClients(const QList<partner::PartnerClientInfo>& clients, const QHash<QString, int>& channelCounts);
    const QList<partner::PartnerClientInfo>& clients() const { return m_clients; }
    std::optional<partner::PartnerClientInfo> client(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<partner::PartnerClientInfo> m_clients;
    QHash<QString, int> m_channelCounts;
};

// One client's channels: number, name, status, account mode, quality, messaging limit, and the WabaDesk channel that
// has the number. Status and quality cells carry ChipRole (the chip delegate's colour).
class PartnerChannelModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        StatusColumn,
        ModeColumn,
        QualityColumn,
        LimitColumn,
        LocalColumn,
        Columns
    };
    enum Chip { NoChip, PositiveChip, NeutralChip, WarningChip, NegativeChip };
    enum Role { ChipRole = Qt::UserRole + 1, IdRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setChannels(const QList<partner::PartnerChannel>& channels, const QList<Channel>& local);
    // Only the WabaDesk column changes (a channel was added or removed in WabaDesk).
    void setLocalChannels(const QList<Channel>& local);
    const QList<partner::PartnerChannel>& channels() const { return m_channels; }
    std::optional<partner::PartnerChannel> channel(int row) const;
    std::optional<Channel> localChannel(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateText(const partner::PartnerChannel& channel);
    static QString qualityText(const QString& rating);
    static QString limitText(const QString& limit);

private:
    QList<partner::PartnerChannel> m_channels;
    QList<Channel> m_local;
};

} // namespace wabadesk::ui
