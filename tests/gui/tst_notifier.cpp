// Desktop notifications for new customer messages: what they say, when they are held back, and that customer text is
// never read as markup.
#include "notify/DesktopNotifier.h"
#include "store/ChangeHub.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QWidget>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::ui;

namespace {

store::NewMessageNotice notice(const QString& conversation, const QString& name, const QString& type,
                               const QString& preview)
{
    store::NewMessageNotice n;
    n.channelId = QStringLiteral("channel-a");
    n.conversationId = conversation;
    n.wamid = QStringLiteral("wamid.%1").arg(preview.size());
    n.senderName = name;
    n.type = type;
    n.preview = preview;
    n.at = QDateTime::currentDateTimeUtc();
    return n;
}

} // namespace

class TestNotifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        m_notifier = std::make_unique<DesktopNotifier>(&m_hub, m_window.get());
        m_shown.clear();
        m_notifier->setPresenter([this](const DesktopNotifier::Notice& n) { m_shown.append(n); });
    }
    void cleanup()
    {
        m_notifier.reset();
        m_window.reset();
    }

    void oneMessageNamesTheCustomer()
    {
        Q_EMIT m_hub.inboundMessages({notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"),
                                             QStringLiteral("Is my order on its way?"))});
        QCOMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.first().title, QStringLiteral("Ana"));
        QCOMPARE(m_shown.first().body, QStringLiteral("Is my order on its way?"));
        QCOMPARE(m_shown.first().conversationId, QStringLiteral("c/1"));
    }

    void markupIsShownAsTyped()
    {
        // A customer sends HTML and a link tag: the notification must not render or follow it.
        Q_EMIT m_hub.inboundMessages({notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"),
                                             QStringLiteral("<b>hi</b> <a href=\"http://evil\">x</a> & co"))});
        QCOMPARE(m_shown.size(), 1);
#if defined(Q_OS_LINUX)
        QCOMPARE(m_shown.first().body,
                 QStringLiteral("&lt;b&gt;hi&lt;/b&gt; &lt;a href=&quot;http://evil&quot;&gt;x&lt;/a&gt; &amp; co"));
#else
        QCOMPARE(m_shown.first().body, QStringLiteral("<b>hi</b> <a href=\"http://evil\">x</a> & co"));
#endif
    }

    void mediaWithoutCaptionInWords()
    {
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("image"), QString())});
        QCOMPARE(m_shown.size(), 1);
        QVERIFY2(m_shown.first().body.contains(QStringLiteral("Photo")), qPrintable(m_shown.first().body));
        // A customer who types the word "image" gets their word shown, not a photo label.
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("image"))});
        QCOMPARE(m_shown.last().body, QStringLiteral("image"));
    }

    void manyConversationsBecomeOneSummary()
    {
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("a")),
             notice(QStringLiteral("c/2"), QStringLiteral("Bruno"), QStringLiteral("text"), QStringLiteral("b")),
             notice(QStringLiteral("c/2"), QStringLiteral("Bruno"), QStringLiteral("text"), QStringLiteral("c"))});
        QCOMPARE(m_shown.size(), 1);
        // (English plurals come from translations/wabadesk_en.ts; untranslated the source reads "message(s)".)
        QVERIFY2(m_shown.first().title.startsWith(QStringLiteral("3 new message")), qPrintable(m_shown.first().title));
        QVERIFY(m_shown.first().conversationId.isEmpty());
        QVERIFY2(m_shown.first().body.contains(QStringLiteral("Bruno")) &&
                     m_shown.first().body.contains(QStringLiteral("Ana")),
                 qPrintable(m_shown.first().body));
    }

    void manyMessagesOfOneConversationAreShortened()
    {
        QList<store::NewMessageNotice> burst;
        for (int i = 0; i < 6; ++i)
            burst.append(notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"),
                                QStringLiteral("line %1").arg(i)));
        Q_EMIT m_hub.inboundMessages(burst);
        QCOMPARE(m_shown.size(), 1);
        const QStringList lines = m_shown.first().body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("4 more message")), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(2), QStringLiteral("line 5"));
    }

    void heldBackForTheConversationBeingRead()
    {
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_notifier->setVisibleConversation(QStringLiteral("c/1"));
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("seen"))});
        QCOMPARE(m_shown.size(), 0);
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/2"), QStringLiteral("Bruno"), QStringLiteral("text"), QStringLiteral("other"))});
        QCOMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.first().title, QStringLiteral("Bruno"));
    }

    void switchedOff()
    {
        m_notifier->setEnabled(false);
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("x"))});
        QCOMPARE(m_shown.size(), 0);
    }

    void channelInTitleWhenNamed()
    {
        m_notifier->setChannelNamer([](const QString& id) {
            return id == QLatin1String("channel-a") ? QStringLiteral("Berlin store") : QString();
        });
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("x"))});
        QCOMPARE(m_shown.first().title, QStringLiteral("Ana · Berlin store"));
    }

    void mutedChannelIsQuietOthersAreNot()
    {
        QSignalSpy changed(m_notifier.get(), &DesktopNotifier::mutedChannelsChanged);
        m_notifier->setChannelMuted(QStringLiteral("channel-a"), true);
        QCOMPARE(changed.size(), 1);
        m_notifier->setChannelMuted(QStringLiteral("channel-a"), true); // again: no change, no signal
        QCOMPARE(changed.size(), 1);
        m_notifier->setChannelMuted(QString(), true); // no channel: refused
        QCOMPARE(m_notifier->mutedChannels(), QSet<QString>{QStringLiteral("channel-a")});
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("psst"))});
        QCOMPARE(m_shown.size(), 0);
        // A batch with a muted and an unmuted channel: only the unmuted one is told.
        store::NewMessageNotice other =
            notice(QStringLiteral("c/9"), QStringLiteral("Bruno"), QStringLiteral("text"), QStringLiteral("hello"));
        other.channelId = QStringLiteral("channel-b");
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("x")), other});
        QCOMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.first().title, QStringLiteral("Bruno"));
        QCOMPARE(m_shown.first().conversationId, QStringLiteral("c/9"));
        // Unmuted: it speaks again.
        m_notifier->setChannelMuted(QStringLiteral("channel-a"), false);
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("again"))});
        QCOMPARE(m_shown.size(), 2);
        QCOMPARE(m_shown.last().title, QStringLiteral("Ana"));
    }

    void unreadBadgeOnTheIcon()
    {
        // Drawn into the top-right corner: red there with unread messages, the plain icon without.
        const QImage none = DesktopNotifier::badgedImage(QIcon(), 0, 32);
        const QImage three = DesktopNotifier::badgedImage(QIcon(), 3, 32);
        const QImage many = DesktopNotifier::badgedImage(QIcon(), 1234, 32);
        const auto reddish = [](const QImage& image) {
            const QColor c = image.pixelColor(image.width() - 4, 5);
            return c.red() > 180 && c.green() < 120 && c.blue() < 120;
        };
        QVERIFY(!reddish(none));
        QVERIFY(reddish(three));
        QVERIFY(reddish(many));
        QVERIFY(three != many); // "3" and "99+" differ
        QCOMPARE(none.size(), QSize(32, 32));
        // Negative counts (a bad sum) show no badge.
        m_notifier->setUnreadCount(-5);
        QCOMPARE(m_notifier->unreadCount(), 0);
        QVERIFY(!m_notifier->toolTip().contains(QStringLiteral("unread")));
        m_notifier->setUnreadCount(7);
        QVERIFY2(m_notifier->toolTip().contains(QStringLiteral("7 unread")), qPrintable(m_notifier->toolTip()));
        QVERIFY(reddish(m_notifier->icon().pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32)));
        if (const QString dir = qEnvironmentVariable("WABADESK_SCREENSHOTS"); !dir.isEmpty()) {
            QImage strip(4 * 72, 72, QImage::Format_ARGB32_Premultiplied);
            strip.fill(Qt::transparent);
            QPainter painter(&strip);
            const QIcon app(QStringLiteral(":/icons/wabadesk.svg"));
            for (int i = 0; i < 4; ++i)
                painter.drawImage(i * 72 + 4, 4,
                                  DesktopNotifier::badgedImage(app, QList<int>{0, 3, 42, 1234}.at(i), 64));
            painter.end();
            QVERIFY(strip.save(dir + QStringLiteral("/keys-tray-badge.png")));
        }
    }

    void trayMenuMutesAllAndQuits()
    {
        QMenu* menu = m_notifier->trayMenu();
        QVERIFY(menu);
        QStringList names;
        for (QAction* action : menu->actions())
            if (!action->isSeparator())
                names << action->objectName();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("trayShow"), QStringLiteral("trayMuteAll"), QStringLiteral("trayQuit")}));
        QSignalSpy enabled(m_notifier.get(), &DesktopNotifier::enabledChanged);
        m_notifier->muteAllAction()->trigger();
        QVERIFY(!m_notifier->isEnabled());
        QCOMPARE(enabled.size(), 1);
        QVERIFY(m_notifier->toolTip().contains(QStringLiteral("muted")));
        Q_EMIT m_hub.inboundMessages(
            {notice(QStringLiteral("c/1"), QStringLiteral("Ana"), QStringLiteral("text"), QStringLiteral("x"))});
        QCOMPARE(m_shown.size(), 0);
        // Switched on elsewhere (Preferences): the menu follows.
        m_notifier->setEnabled(true);
        QVERIFY(!m_notifier->muteAllAction()->isChecked());
        QCOMPARE(enabled.size(), 2);
        QSignalSpy quit(m_notifier.get(), &DesktopNotifier::quitRequested);
        menu->findChild<QAction*>(QStringLiteral("trayQuit"))->trigger();
        QCOMPARE(quit.size(), 1);
    }

private:
    store::ChangeHub m_hub;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<DesktopNotifier> m_notifier;
    QList<DesktopNotifier::Notice> m_shown;
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
