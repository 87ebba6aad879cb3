// The conversation list with N conversations (default 10,000): loading the model, filter-as-you-type per keystroke,
// a chip filter, one live update (a customer writes: the row moves to the top), and painting one screen of rows
// offscreen. Prints "<name> <value> <unit>" lines; asserts nothing.
// Usage: build/bench/bench_conversationlist [conversations=10000]
#include "conversations/ConversationDelegate.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationListModel.h"
#include "conversations/SearchResultModel.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace wabadesk;

namespace {

QByteArray body(int customer, qint64 timestamp, const QString& text)
{
    const QString waId = QStringLiteral("49151%1").arg(customer, 8, 10, QLatin1Char('0'));
    const QJsonObject message{{QStringLiteral("from"), waId},
                              {QStringLiteral("id"), QStringLiteral("wamid.b%1.%2").arg(customer).arg(timestamp)},
                              {QStringLiteral("timestamp"), QString::number(timestamp)},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QJsonObject contact{{QStringLiteral("wa_id"), waId},
                              {QStringLiteral("profile"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Customer %1").arg(customer)}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930123")},
                                                 {QStringLiteral("phone_number_id"), QStringLiteral("1122334455667")}}},
        {QStringLiteral("contacts"), QJsonArray{contact}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;

    QTemporaryDir dir;
    QString error;
    std::unique_ptr<store::Store> store = store::Store::open(store::StoreLocation::inDataDir(dir.path()), &error);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    store::ChangeHub hub;
    store->setChangeHub(&hub);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<store::JournalRecord> records;
    for (int i = 0; i < count; ++i) {
        records.append({i + 1,
                        QDateTime::currentDateTimeUtc(),
                        body(i, now - qint64(i) * 97, QStringLiteral("Order %1 question about delivery").arg(i)),
                        {}});
    }
    QElapsedTimer t;
    t.start();
    store->ingest(records);
    print("conversationlist_fill", double(t.elapsed()) / 1000.0, "s");

    t.restart();
    const qsizetype read = store->conversations(QString()).size();
    print("conversationlist_store_read", double(t.nsecsElapsed()) / 1e6, "ms");
    Q_UNUSED(read)
    t.restart();
    ui::ConversationListModel model(store.get(), &hub);
    print("conversationlist_load", double(t.nsecsElapsed()) / 1e6, "ms");
    ui::ConversationFilterModel filter;
    filter.setSourceModel(&model);
    int shown = filter.rowCount(); // the proxy filters lazily: rowCount() makes it map the rows

    // Typing "customer 9999" one key at a time: each keystroke re-filters every row.
    const QString typed = QStringLiteral("customer 9999");
    t.restart();
    for (int i = 1; i <= typed.size(); ++i) {
        filter.setText(typed.left(i));
        shown = filter.rowCount();
    }
    print("conversationlist_filter_per_keystroke", double(t.nsecsElapsed()) / 1e6 / double(typed.size()), "ms");
    filter.setText(QString());
    t.restart();
    filter.setFilters(ui::ConversationFilterModel::WindowOpen);
    shown = filter.rowCount();
    print("conversationlist_filter_window_open", double(t.nsecsElapsed()) / 1e6, "ms");
    filter.setFilters(ui::ConversationFilterModel::NoFilter);

    // The oldest conversation gets a message: ingest plus the model's move to the top.
    t.restart();
    store->ingest({{count + 1, QDateTime::currentDateTimeUtc(), body(count - 1, now + 5, QStringLiteral("Hi")), {}}});
    print("conversationlist_live_update_incl_ingest", double(t.nsecsElapsed()) / 1e6, "ms");

    // The message search as the panel runs it: FTS5 plus the name and time of each of the 50 results.
    ui::SearchResultModel results(store.get(), store::Store::openerFor(store->location()));
    t.restart();
    results.search(QStringLiteral("delivery"));
    print("conversationlist_message_search_50_results", double(t.nsecsElapsed()) / 1e6, "ms");

    QListView view;
    view.setModel(&filter);
    view.setItemDelegate(new ui::ConversationDelegate(&view));
    view.setUniformItemSizes(true);
    view.resize(380, 900);
    view.show();
    QApplication::processEvents();
    const int frames = 30;
    t.restart();
    for (int i = 0; i < frames; ++i) {
        view.verticalScrollBar()->setValue(i * 240);
        view.viewport()->repaint();
    }
    print("conversationlist_paint_per_frame", double(t.nsecsElapsed()) / 1e6 / frames, "ms");
    Q_UNUSED(shown)
    return 0;
}
