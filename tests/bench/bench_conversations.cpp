// The agent's desk at scale (issue #5, item 9): a store of 1,000,000 messages over 10,000 conversations, one of which
// holds 100,000. Measures, as the app runs them (offscreen; one paint per frame, rendered into an image): opening the
// big conversation to its first painted frame, scrolling up through it one viewport per step (page-ins included), a far
// jump to its oldest message and scrolling back down, FTS search (Store::search), opening the conversation list and
// filtering it per keystroke, and peak RSS. Prints `<name> <value> <unit>` lines; asserts nothing. Targets (issue #5):
// open < 100 ms, scroll step < 16 ms, search < 100 ms, RSS < 200 MB.
//
// The store is filled through Store::ingest with batched webhook envelopes (the real parser and writers: messages,
// contacts, conversations, reactions, FTS index, journal), and cached in
// ./bench_conversations-<messages>-<conversations>/ so that reruns skip the fill; --rebuild fills it again.
//
// Usage: build/bench/bench_conversations [--messages N] [--conversations C] [--steps S] [--rebuild]
#include "conversations/ConversationDelegate.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationListModel.h"
#include "conversations/ConversationView.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessageListView.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "store/StoreConnection.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace wabadesk;

namespace {

const QString kPhoneNumberId = QStringLiteral("1122334455667");
const QString kChannel = QStringLiteral("bench");

// Deterministic pseudo-random numbers (the same store on every machine).
struct Random {
    quint64 state;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

// Words: a few common ones (most messages have one) and 5,000 rare made-up ones (a few hundred hits each).
const QStringList& commonWords()
{
    static const QStringList words{
        QStringLiteral("order"),    QStringLiteral("delivery"), QStringLiteral("parcel"),   QStringLiteral("tomorrow"),
        QStringLiteral("please"),   QStringLiteral("thanks"),   QStringLiteral("invoice"),  QStringLiteral("address"),
        QStringLiteral("refund"),   QStringLiteral("status"),   QStringLiteral("hello"),    QStringLiteral("question"),
        QStringLiteral("payment"),  QStringLiteral("received"), QStringLiteral("tracking"), QStringLiteral("number"),
        QStringLiteral("*urgent*"), QStringLiteral("_today_"),  QStringLiteral("😊"),        QStringLiteral("size"),
    };
    return words;
}

QString rareWord(int i)
{
    static const char* const syllables[] = {"ka", "lo", "mi", "zu", "ve", "ta", "ri", "no", "sa", "be",
                                            "qu", "ix", "do", "fe", "gu", "ha", "jo", "pe", "wy", "xo"};
    QString word;
    for (int k = 0; k < 3; ++k) {
        word += QLatin1String(syllables[i % 20]);
        i /= 20;
    }
    return word;
}

QString messageText(Random& random)
{
    const int length = 3 + random.below(38);
    QStringList words;
    for (int w = 0; w < length; ++w)
        words.append(random.below(10) < 7 ? commonWords().at(random.below(int(commonWords().size())))
                                          : rareWord(random.below(5000)));
    if (random.below(20) == 0)
        words.append(QStringLiteral("https://shop.example.com/orders/%1").arg(random.next()));
    if (random.below(25) == 0)
        words.insert(words.size() / 2, QStringLiteral("\n"));
    return words.join(QLatin1Char(' '));
}

QString waIdOf(int conversation)
{
    return QStringLiteral("49151%1").arg(conversation, 8, 10, QLatin1Char('0'));
}

QString nameOf(int conversation)
{
    static const QStringList first{QStringLiteral("Anna"),   QStringLiteral("Ben"),   QStringLiteral("Chiara"),
                                   QStringLiteral("Dmitri"), QStringLiteral("Elif"),  QStringLiteral("Farid"),
                                   QStringLiteral("Greta"),  QStringLiteral("Hiro"),  QStringLiteral("Ines"),
                                   QStringLiteral("Jonas"),  QStringLiteral("Kemal"), QStringLiteral("Lucía")};
    return QStringLiteral("%1 Customer%2").arg(first.at(conversation % first.size())).arg(conversation);
}

QJsonObject envelope(const QString& field, const QJsonObject& value)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                       {QStringLiteral("entry"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                                               {QStringLiteral("field"), field}}}}}}}};
}

QJsonObject valueBase()
{
    return QJsonObject{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930123456")},
                                                 {QStringLiteral("phone_number_id"), kPhoneNumberId}}}};
}

// Envelopes for one conversation's messages: customer messages (with the contact) and the business's echoes.
class Filler {
public:
    explicit Filler(store::Store* store)
        : m_store(store)
    {}

    // Message i of conversation c at time t; every 3rd is ours (an echo), every 11th quotes one 5 back, every 40th
    // gets a reaction from the customer.
    void add(int conversation, int i, qint64 at, Random& random)
    {
        const QString wamid = QStringLiteral("wamid.c%1.%2").arg(conversation).arg(i);
        QJsonObject item{{QStringLiteral("id"), wamid},
                         {QStringLiteral("timestamp"), QString::number(at)},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), messageText(random)}}}};
        if (i % 11 == 5)
            item.insert(
                QStringLiteral("context"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.c%1.%2").arg(conversation).arg(i - 5)}});
        if (i % 3 == 2) {
            item.insert(QStringLiteral("from"), QStringLiteral("4930123456"));
            item.insert(QStringLiteral("to"), waIdOf(conversation));
            m_echoes.append(item);
        } else {
            item.insert(QStringLiteral("from"), waIdOf(conversation));
            m_inbound.append(item);
        }
        if (i % 40 == 39) {
            m_inbound.append(
                QJsonObject{{QStringLiteral("from"), waIdOf(conversation)},
                            {QStringLiteral("id"), QStringLiteral("wamid.c%1.r%2").arg(conversation).arg(i)},
                            {QStringLiteral("timestamp"), QString::number(at + 1)},
                            {QStringLiteral("type"), QStringLiteral("reaction")},
                            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), wamid},
                                                                     {QStringLiteral("emoji"), QStringLiteral("👍")}}}});
        }
        m_conversation = conversation;
        if (m_inbound.size() + m_echoes.size() >= 200)
            flushEnvelopes();
    }

    // Ends the current conversation's envelopes (the next add may be another customer).
    void flushEnvelopes()
    {
        if (!m_inbound.isEmpty()) {
            QJsonObject value = valueBase();
            value.insert(QStringLiteral("contacts"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), nameOf(m_conversation)}}},
                             {QStringLiteral("wa_id"), waIdOf(m_conversation)}}});
            value.insert(QStringLiteral("messages"), m_inbound);
            append(envelope(QStringLiteral("messages"), value));
        }
        if (!m_echoes.isEmpty()) {
            QJsonObject value = valueBase();
            value.insert(QStringLiteral("message_echoes"), m_echoes);
            append(envelope(QStringLiteral("smb_message_echoes"), value));
        }
        m_inbound = {};
        m_echoes = {};
    }

    bool finish()
    {
        flushEnvelopes();
        return ingestPending();
    }
    bool ok() const { return m_ok; }

private:
    void append(const QJsonObject& body)
    {
        m_records.append(
            {++m_seq, QDateTime::currentDateTimeUtc(), QJsonDocument(body).toJson(QJsonDocument::Compact), {}});
        if (m_records.size() >= 100) // ~20,000 messages per transaction
            ingestPending();
    }
    bool ingestPending()
    {
        if (m_records.isEmpty())
            return m_ok;
        if (m_store->ingest(m_records).size() != m_records.size())
            m_ok = false;
        m_records.clear();
        return m_ok;
    }

    store::Store* m_store;
    QList<store::JournalRecord> m_records;
    QJsonArray m_inbound;
    QJsonArray m_echoes;
    int m_conversation = 0;
    qint64 m_seq = 0;
    bool m_ok = true;
};

// Conversation 0 is the big one (messages/10, one a minute up to an hour ago); the others share the rest.
bool fill(store::Store* store, int messages, int conversations, qint64 now)
{
    Random random{42};
    Filler filler(store);
    const int big = messages / 10;
    for (int i = 0; i < big; ++i) {
        filler.add(0, i, now - 3600 - qint64(big - i) * 60, random);
        if (i % 20000 == 0)
            std::fprintf(stderr, "fill: %d of %d messages\r", i, messages);
    }
    filler.flushEnvelopes();
    const int rest = messages - big;
    const int others = std::max(1, conversations - 1);
    int written = big;
    for (int c = 1; c <= others; ++c) {
        const int count = rest / others + (c <= rest % others ? 1 : 0);
        const qint64 last = now - qint64(c) * 97; // conversation 1 is the most recent
        for (int i = 0; i < count; ++i)
            filler.add(c, i, last - qint64(count - i) * 600, random);
        filler.flushEnvelopes();
        written += count;
        if (c % 500 == 0)
            std::fprintf(stderr, "fill: %d of %d messages\r", written, messages);
        if (!filler.ok())
            return false;
    }
    std::fprintf(stderr, "\n");
    return filler.finish();
}

// Lets paint events through only while the benchmark renders a frame into its image.
class RenderOnly : public QObject {
public:
    bool allowed = false;
    bool eventFilter(QObject*, QEvent* event) override { return event->type() == QEvent::Paint && !allowed; }
};

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

// Resets VmHWM (Linux ≥ 4.0), so that the fill does not count in the desk's peak.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
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

void printSeries(const char* name, const std::vector<double>& v)
{
    const QByteArray base(name);
    print(QByteArray(base + "_median").constData(), percentile(v, 0.5), "ms");
    print(QByteArray(base + "_p95").constData(), percentile(v, 0.95), "ms");
    print(QByteArray(base + "_max").constData(), percentile(v, 1.0), "ms");
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 countRows(const store::StoreLocation& location, const QString& sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = store::openRawConnection(location, QStringLiteral("bench-count"));
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-count"));
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int messages = 1000000;
    int conversations = 10000;
    int steps = 200;
    bool rebuild = false;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--rebuild"))
            rebuild = true;
        else if (!std::strcmp(argv[i], "--messages") && hasValue)
            messages = std::max(1000, atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--conversations") && hasValue)
            conversations = std::max(2, atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--steps") && hasValue)
            steps = std::max(1, atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: %s [--messages N] [--conversations C] [--steps S] [--rebuild]\n", argv[0]);
            return 2;
        }
    }

    // The cached store: filled once per (messages, conversations); "complete" is written after the fill.
    const QString dataDir =
        QDir::current().absoluteFilePath(QStringLiteral("bench_conversations-%1-%2").arg(messages).arg(conversations));
    const QString marker = dataDir + QStringLiteral("/complete");
    if (rebuild || !QFileInfo::exists(marker))
        QDir(dataDir).removeRecursively();
    QDir().mkpath(dataDir);
    const bool needFill = !QFileInfo::exists(marker);
    QString error;
    std::unique_ptr<store::Store> store = store::Store::open(store::StoreLocation::inDataDir(dataDir), &error);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    store->setChannelRoutes({{kPhoneNumberId, kChannel}});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (needFill) {
        QElapsedTimer fillTimer;
        fillTimer.start();
        if (!fill(store.get(), messages, conversations, now)) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(store->lastError()));
            return 1;
        }
        store->makeDurable();
        print("fill_time", double(fillTimer.elapsed()) / 1000.0, "s");
        QFile done(marker);
        done.open(QIODevice::WriteOnly);
        done.write(QByteArray::number(now));
    } else {
        std::fprintf(stderr, "using the cached store in %s (--rebuild to fill it again)\n", qPrintable(dataDir));
    }
    print(
        "store_messages",
        double(countRows(store->location(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE type <> 'reaction'"))),
        "messages");
    print("store_conversations",
          double(countRows(store->location(), QStringLiteral("SELECT COUNT(*) FROM conversations"))), "conversations");
    print("store_file_size", double(QFileInfo(store->location().connection).size()) / 1048576.0, "MB");
    resetPeakRss();

    store::ChangeHub hub;
    store->setChangeHub(&hub);
    const QString bigId = kChannel + QLatin1Char('/') + waIdOf(0);

    // The conversation list: load 10,000 conversations, first frame, filter per keystroke.
    {
        QElapsedTimer t;
        t.start();
        ui::ConversationListModel model(store.get(), &hub);
        ui::ConversationFilterModel filter;
        filter.setSourceModel(&model);
        QListView list;
        list.setAttribute(Qt::WA_DontShowOnScreen);
        list.setModel(&filter);
        list.setItemDelegate(new ui::ConversationDelegate(&list));
        list.setUniformItemSizes(true);
        list.resize(380, 1000);
        list.show();
        QCoreApplication::processEvents();
        QImage frame(list.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        RenderOnly renderOnly;
        list.viewport()->installEventFilter(&renderOnly);
        auto render = [&] {
            renderOnly.allowed = true;
            list.viewport()->render(&frame);
            renderOnly.allowed = false;
        };
        render();
        print("conversationlist_open_to_first_paint", msSince(t), "ms");
        print("conversationlist_rows", double(filter.rowCount()), "rows");

        std::vector<double> keys;
        for (const QString& typed : {QStringLiteral("lucía customer4711"), QStringLiteral("refund")}) {
            for (int i = 1; i <= typed.size(); ++i) {
                t.restart();
                filter.setText(typed.left(i));
                QCoreApplication::processEvents();
                render();
                keys.push_back(msSince(t));
            }
            filter.setText(QString());
        }
        printSeries("conversationlist_filter_keystroke", keys);
    }

    // FTS search as the search panel runs it (50 hits).
    {
        const QStringList queries{QStringLiteral("delivery"),
                                  QStringLiteral("refund invoice"),
                                  QStringLiteral("kalomi"),
                                  QStringLiteral("zuveta parcel"),
                                  QStringLiteral("trac"),
                                  QStringLiteral("Customer4711"),
                                  QStringLiteral("nothing-matches"),
                                  QStringLiteral("shop.example.com")};
        std::vector<double> times;
        for (int round = 0; round < 2; ++round) {
            for (const QString& query : queries) {
                QElapsedTimer t;
                t.start();
                const QList<store::SearchHit> hits = store->search(query);
                times.push_back(msSince(t));
                if (round == 1)
                    std::fprintf(stderr, "search %-18s %6.1f ms, %lld hits\n", qPrintable(query), times.back(),
                                 qlonglong(hits.size()));
            }
        }
        printSeries("search", times);
    }

    // The big conversation in the view, as the desk shows it.
    ui::ConversationView view(store.get(), &hub);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(900, 1000);
    view.show();
    QCoreApplication::processEvents();
    ui::MessageListView* list = view.listView();
    QImage frame(list->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    // One paint per frame, into the image: the offscreen platform's backing store would paint the viewport too.
    RenderOnly renderOnly;
    list->viewport()->installEventFilter(&renderOnly);
    auto render = [&] {
        renderOnly.allowed = true;
        list->viewport()->render(&frame);
        renderOnly.allowed = false;
    };
    QScrollBar* bar = list->verticalScrollBar();
    auto settle = [] {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };

    {
        QElapsedTimer t;
        t.start();
        view.setConversation(bigId);
        settle();
        render();
        print("open_to_first_paint", msSince(t), "ms");
        print("open_rows", double(view.model()->rowCount()), "rows");
    }

    // Scrolling up: one viewport height per step, page-ins included, a frame painted per step.
    const int stepPixels = list->viewport()->height();
    auto scrollSteps = [&](int count, int direction, std::vector<double>* times) {
        for (int i = 0; i < count; ++i) {
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + direction * stepPixels);
            settle();
            render();
            times->push_back(msSince(t));
        }
    };
    std::vector<double> up;
    const qint64 newestRowId =
        view.model()->index(view.model()->rowCount() - 1).data(ui::MessageListModel::RowIdRole).toLongLong();
    scrollSteps(steps, -1, &up);
    printSeries("scroll_up_step", up);
    print("scroll_up_rows_loaded", double(view.model()->rowCount()), "rows");
    {
        const QModelIndex top = list->indexAt(QPoint(10, 10));
        const qint64 topRowId = top.data(ui::MessageListModel::RowIdRole).toLongLong();
        print("scroll_up_messages_passed", double(newestRowId - topRowId), "rows");
    }

    // A far jump: to the oldest message (a reply quote or a search hit), then scrolling down from there.
    {
        QElapsedTimer t;
        t.start();
        const bool found = view.jumpToMessage(QStringLiteral("wamid.c0.0"));
        settle();
        render();
        print("jump_to_oldest", msSince(t), "ms");
        print("jump_to_oldest_found", found ? 1 : 0, "bool");
        print("jump_rows_loaded", double(view.model()->rowCount()), "rows");
    }
    std::vector<double> down;
    scrollSteps(steps, +1, &down);
    printSeries("scroll_down_step", down);
    print("scroll_down_rows_loaded", double(view.model()->rowCount()), "rows");
    {
        QElapsedTimer t;
        t.start();
        const bool found =
            view.jumpToDate(QDateTime::fromSecsSinceEpoch(now - 3600 - qint64(messages / 20) * 60).date());
        settle();
        render();
        print("jump_to_date_middle", msSince(t), "ms");
        print("jump_to_date_found", found ? 1 : 0, "bool");
    }
    {
        // End / "jump to the newest".
        QElapsedTimer t;
        t.start();
        list->findChild<QToolButton*>(QStringLiteral("jumpToNewestButton"))->click();
        settle();
        render();
        print("jump_to_newest", msSince(t), "ms");
        print("jump_to_newest_at_bottom", list->isAtBottom() ? 1 : 0, "bool");
    }
    print("peak_rss", double(peakRssKb()) / 1024.0, "MB");
    return 0;
}
