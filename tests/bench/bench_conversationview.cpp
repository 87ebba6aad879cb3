// The conversation view on a long history: a store with N messages in one conversation (varied lengths, some
// formatting, links, replies, statuses), then: time to open it to the first painted frame, time to lay out one
// page of rows, time to page in older history, and paint time per frame while scrolling (offscreen, the viewport
// rendered into an image). Prints `<name> <value> <unit>` lines; asserts nothing.
// Usage: build/bench/bench_conversationview [messages=10000]
#include "conversations/ConversationView.h"
#include "conversations/MessageDelegate.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessageListView.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wabadesk;

namespace {

const QString kCustomer = QStringLiteral("4915112345678");

QString sampleText(int i)
{
    static const QStringList words{QStringLiteral("order"),    QStringLiteral("*delivery*"), QStringLiteral("parcel"),
                                   QStringLiteral("tomorrow"), QStringLiteral("_please_"),   QStringLiteral("thanks"),
                                   QStringLiteral("invoice"),  QStringLiteral("address"),    QStringLiteral("refund"),
                                   QStringLiteral("😊"),        QStringLiteral("~old~"),      QStringLiteral("status")};
    const int length = 3 + (i * 7919) % 60; // 3..62 words: one line to a long paragraph
    QStringList out;
    for (int w = 0; w < length; ++w)
        out.append(words.at((i + w * 31) % words.size()));
    if (i % 17 == 0)
        out.append(QStringLiteral("https://shop.example.com/orders/%1").arg(i));
    if (i % 23 == 0)
        out.insert(out.size() / 2, QStringLiteral("\n"));
    return out.join(QLatin1Char(' '));
}

QByteArray body(const QJsonArray& messages, const QJsonArray& statuses)
{
    QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930123456")},
                                                 {QStringLiteral("phone_number_id"), QStringLiteral("100")}}}};
    if (!messages.isEmpty()) {
        value.insert(QStringLiteral("messages"), messages);
        value.insert(QStringLiteral("contacts"),
                     QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Bench Customer")}}},
                                            {QStringLiteral("wa_id"), kCustomer}}});
    }
    if (!statuses.isEmpty())
        value.insert(QStringLiteral("statuses"), statuses);
    const QJsonObject envelope{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                        {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

// Inbound messages from the customer and echoes of the business (our side), 90 s apart.
bool fill(store::Store& store, int count, QString* conversationId)
{
    const qint64 start = QDateTime::currentSecsSinceEpoch() - qint64(count) * 90;
    QList<store::JournalRecord> records;
    qint64 seq = 0;
    QJsonArray inbound;
    QJsonArray echoes;
    auto flush = [&] {
        if (!inbound.isEmpty())
            records.append({++seq, QDateTime::currentDateTimeUtc(), body(inbound, {}), {}});
        if (!echoes.isEmpty()) {
            QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                              {QStringLiteral("metadata"),
                               QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930123456")},
                                           {QStringLiteral("phone_number_id"), QStringLiteral("100")}}},
                              {QStringLiteral("message_echoes"), echoes}};
            const QJsonObject envelope{
                {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                {QStringLiteral("entry"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("1")},
                     {QStringLiteral("changes"),
                      QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                             {QStringLiteral("field"), QStringLiteral("smb_message_echoes")}}}}}}}};
            records.append(
                {++seq, QDateTime::currentDateTimeUtc(), QJsonDocument(envelope).toJson(QJsonDocument::Compact), {}});
        }
        inbound = {};
        echoes = {};
    };
    for (int i = 0; i < count; ++i) {
        QJsonObject item{{QStringLiteral("id"), QStringLiteral("wamid.bench%1").arg(i)},
                         {QStringLiteral("timestamp"), QString::number(start + qint64(i) * 90)},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), sampleText(i)}}}};
        if (i % 11 == 5)
            item.insert(QStringLiteral("context"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.bench%1").arg(i - 5)}});
        if (i % 3 == 2) {
            item.insert(QStringLiteral("from"), QStringLiteral("4930123456"));
            item.insert(QStringLiteral("to"), kCustomer);
            echoes.append(item);
        } else {
            item.insert(QStringLiteral("from"), kCustomer);
            inbound.append(item);
        }
        if (inbound.size() + echoes.size() >= 100)
            flush();
        if (records.size() >= 50) {
            if (store.ingest(records).size() != records.size())
                return false;
            records.clear();
        }
    }
    flush();
    if (!records.isEmpty() && store.ingest(records).size() != records.size())
        return false;
    const QList<Conversation> conversations = store.conversations(QString());
    if (conversations.isEmpty())
        return false;
    *conversationId = conversations.first().id;
    return true;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;

    QTemporaryDir dir;
    QString error;
    std::unique_ptr<store::Store> store = store::Store::open(store::StoreLocation::inDataDir(dir.path()), &error);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    store->setChannelRoutes({{QStringLiteral("100"), QStringLiteral("bench")}});
    QElapsedTimer timer;
    timer.start();
    QString conversationId;
    if (!fill(*store, count, &conversationId)) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(store->lastError()));
        return 1;
    }
    print("fill_messages", count, "messages");
    print("fill_time", double(timer.elapsed()), "ms");

    store::ChangeHub hub;
    ui::ConversationView view(store.get(), &hub);
    view.resize(900, 1000);
    view.show();
    QCoreApplication::processEvents();
    ui::MessageListView* list = view.listView();
    QImage frame(list->viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    // Open: model page read, layout of the rows, first frame painted.
    timer.restart();
    view.setConversation(conversationId);
    list->doItemsLayout();
    list->scrollToBottom();
    list->viewport()->render(&frame);
    print("open_to_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");

    // Layout of one page: 50 rows from an empty cache.
    view.delegate()->clearCache();
    QStyleOptionViewItem option;
    option.widget = list;
    option.font = list->font();
    option.palette = list->palette();
    timer.restart();
    for (int row = 0; row < std::min(view.model()->rowCount(), 60); ++row)
        view.delegate()->layoutFor(option, view.model()->index(row));
    print("layout_page", double(timer.nsecsElapsed()) / 1e6, "ms");

    // The store's part of a page: 50 messages before the oldest loaded one (with their reactions).
    {
        const qint64 before = view.model()->index(1).data(ui::MessageListModel::RowIdRole).toLongLong();
        timer.restart();
        const QList<StoredMessage> page = store->messages(conversationId, ui::MessageListModel::PageSize, before);
        print("store_page_read", double(timer.nsecsElapsed()) / 1e6, "ms");
    }
    // Paging in older history, as scrolling to the top does (store read + rows + item layout).
    std::vector<double> pages;
    for (int i = 0; i < 20 && view.model()->canFetchOlder(); ++i) {
        timer.restart();
        view.model()->fetchOlder();
        list->doItemsLayout();
        pages.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    print("page_in_older_median", percentile(pages, 0.5), "ms");
    print("page_in_older_max", percentile(pages, 1.0), "ms");
    print("rows_loaded", view.model()->rowCount(), "rows");

    // Scrolling: 120-pixel steps from the bottom to the top of what is loaded, one frame painted per step.
    std::vector<double> frames;
    QScrollBar* bar = list->verticalScrollBar();
    for (int value = bar->maximum(); value > 0; value -= 120) {
        timer.restart();
        bar->setValue(value);
        list->viewport()->render(&frame);
        frames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    print("scroll_frames", double(frames.size()), "frames");
    print("scroll_frame_median", percentile(frames, 0.5), "ms");
    print("scroll_frame_p95", percentile(frames, 0.95), "ms");
    print("scroll_frame_max", percentile(frames, 1.0), "ms");

    // The same again: layouts now come from the cache.
    frames.clear();
    for (int value = 0; value < bar->maximum(); value += 120) {
        timer.restart();
        bar->setValue(value);
        list->viewport()->render(&frame);
        frames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    print("scroll_frame_cached_median", percentile(frames, 0.5), "ms");
    print("scroll_frame_cached_max", percentile(frames, 1.0), "ms");

    // Jump to the very first message (loads every page), as a reply quote or search hit would.
    timer.restart();
    view.jumpToMessage(QStringLiteral("wamid.bench0"));
    list->viewport()->render(&frame);
    print("jump_to_oldest", double(timer.nsecsElapsed()) / 1e6, "ms");
    print("rows_loaded_all", view.model()->rowCount(), "rows");
    print("peak_rss", double(peakRssKb()) / 1024.0, "MB");
    return 0;
}
