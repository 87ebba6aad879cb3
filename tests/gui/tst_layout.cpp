// The whole interface as a user sees it (issue #14, "a check that would have caught most of this"): the real main
// window over a sandbox channel with customers, a conversation open, every tab of every tab widget (with the first
// row of every table selected, so that detail panes show), every dialog that an action of the menus or the tool bar
// or a button ending in "…" opens (and the tabs of those dialogs, e.g. the Preferences pages), in English and in
// German, on a screen of the size given with --screen=WxH (ctest runs it at 1440×900 and 1024×700). LayoutCheck
// says what counts as broken. Dialogs, modal (exec) or not, are inspected and closed by a watcher that runs in every
// event loop, so nothing ever waits for a click; every dialog is cancelled (nothing is deleted or sent).
#include "DeskWindowFixture.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "channels/ChannelWorkspace.h"
#include "common/BusyIndicator.h"
#include "common/Translations.h"
#include "conversations/ConversationsArea.h"
#include "store/Store.h"
#include "theme/Theme.h"
#include "webhook/ListenerService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QColorDialog>
#include <QDialog>
#include <QFileDialog>
#include <QFontDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

#include <memory>

using namespace wabadesk;

class TestLayout : public QObject, protected test::DeskWindowFixture {
    Q_OBJECT
public:
    explicit TestLayout(const QSize& screen)
        : m_screen(screen)
    {}

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyScreenFits_data();
    void everyScreenFits();

private:
    void fillDesk();
    void ingest(const QJsonObject& message, const QString& name);
    void settle();
    void waitIdle(QWidget* window);
    void selectFirstRows(QWidget* window);
    void visit(QWidget* window, const QString& place, bool openDialogs);
    void clickEllipsisButtons(QWidget* scope, const QString& place);
    void triggerActions();
    void runOpener(const QString& place, const std::function<void()>& open);
    void watch();
    void inspectAndClose(QWidget* window);
    QWidgetList openWindows() const;

    QSize m_screen;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<webhook::ListenerService> m_listener;
    std::unique_ptr<test::LayoutCheck> m_check;
    QTimer m_watcher;
    QSet<QWidget*> m_inspecting;    // windows being inspected now (a dialog opened from one is inspected meanwhile)
    int m_depth = 0;                // how deep in dialogs opened from dialogs
    QHash<QWidget*, int> m_pending; // windows that appeared, and for how many ticks
    QString m_opener;               // what opened the windows that appear now
    QSet<QString> m_clicked;        // "…" buttons already clicked in this run
    QStringList m_allFindings;
    qint64 m_seq = 0;
};

void TestLayout::initTestCase()
{
    isolateSettings(QStringLiteral("tst_layout_%1x%2").arg(m_screen.width()).arg(m_screen.height()));
    ui::theme::apply(*qApp, ui::theme::Scheme::Light);
    m_watcher.setInterval(20);
    connect(&m_watcher, &QTimer::timeout, this, &TestLayout::watch);
}

void TestLayout::cleanup()
{
    m_watcher.stop();
    m_window.reset();
    m_listener.reset(); // before the hub its ingest worker reports to
    stopDesk();
    m_translations.reset();
    QLocale::setDefault(QLocale::c());
}

void TestLayout::everyScreenFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QStringLiteral("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de") << QStringLiteral("de") << QLocale(QLocale::German, QLocale::Germany);
}

void TestLayout::everyScreenFits()
{
    QFETCH(QString, language);
    QFETCH(QLocale, locale);
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->install(language));
    QLocale::setDefault(locale); // dates and numbers as a German desk writes them
    QString error;
    QVERIFY2(startDesk(&error, [this] { fillDesk(); }), qPrintable(error));
    QVERIFY(m_listener && m_listener->isRunning());
    m_window->setListener(m_listener.get(), m_network.get()); // Webhook Listener… and the inspector, as in the app
    m_window->move(0, 0);
    m_window->resize(m_screen);
    const QString context = QStringLiteral("%1 %2×%3").arg(language).arg(m_screen.width()).arg(m_screen.height());
    m_check = std::make_unique<test::LayoutCheck>(context, m_screen);
    m_clicked.clear();
    m_watcher.start();

    QVERIFY(desk()->openConversation(m_channel.id + QStringLiteral("/4915112345678")));
    settle();
    visit(m_window.get(), QStringLiteral("main window"), true);
    triggerActions();

    m_watcher.stop();
    const QStringList findings = m_check->findings();
    for (const QString& finding : findings)
        qInfo().noquote() << finding;
    qInfo("%s: %d screens inspected (%s), %lld findings", qPrintable(context), m_check->inspected(),
          qPrintable(m_check->places().join(QStringLiteral("; "))), qint64(findings.size()));
    QVERIFY(m_check->inspected() > 20); // the tabs and the dialogs were reached
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

// Three customers with text, one with a photo, and an uploaded document: every list and table has rows. The
// embedded listener runs and the sandbox delivers to it, as in the demo.
void TestLayout::fillDesk()
{
    m_listener =
        std::make_unique<webhook::ListenerService>(m_service.get(), store::StoreLocation::inDataDir(m_dataDir->path()));
    m_listener->setPersistSettings(false);
    m_listener->setChangeHub(m_hub.get());
    webhook::ListenerSettings settings;
    settings.port = 0;
    QString error;
    QVERIFY2(m_listener->applySettings(settings, &error), qPrintable(error));
    m_sandbox->setWebhook(m_listener->url(), {});

    addCustomer(QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt"),
                QStringLiteral("Hallo! Ist meine Bestellung schon unterwegs? Ich brauche sie bis Freitag."), 600);
    addCustomer(QStringLiteral("447700900123"), QStringLiteral("Oliver Bennett"),
                QStringLiteral("Can I change the delivery address of order A-1042?"), 300);
    addCustomer(QStringLiteral("5511987654321"), QStringLiteral("Beatriz Souza"),
                QStringLiteral("Obrigada pela ajuda!"), 60);
    ingest(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                       {QStringLiteral("image"),
                        QJsonObject{
                            {QStringLiteral("id"), QStringLiteral("1049172362613472")},
                            {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                            {QStringLiteral("sha256"), QStringLiteral("jJYo/OHs5cEKNZcZnzX1tCbtvVdW5Amr+bZSuXdCSj4=")},
                            {QStringLiteral("caption"), QStringLiteral("So sieht der Karton aus")}}}},
           QStringLiteral("Anna Schmidt"));
    MediaItem upload;
    upload.channelId = m_channel.id;
    upload.mediaId = QStringLiteral("2871533042199731");
    upload.kind = QStringLiteral("document");
    upload.fileName = QStringLiteral("Lieferbedingungen Frühjahr 2026.pdf");
    upload.mimeType = QStringLiteral("application/pdf");
    upload.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    upload.bytes = 482133;
    upload.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(m_store->recordUpload(upload));
}

// A customer's message of any type, routed to the channel as the listener would ingest it.
void TestLayout::ingest(const QJsonObject& content, const QString& name)
{
    const QString waId = QStringLiteral("4915112345678");
    QJsonObject message = content;
    message.insert(QStringLiteral("from"), waId);
    message.insert(QStringLiteral("id"), QStringLiteral("wamid.layout.%1").arg(++m_seq));
    message.insert(QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch() - 30));
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), m_channel.phoneNumber},
                                                 {QStringLiteral("phone_number_id"), m_channel.phoneNumberId}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("wa_id"), waId},
                                {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject envelope{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                        {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}};
    m_store->ingest({{m_store->lastJournalSeq() + 1,
                      QDateTime::currentDateTimeUtc(),
                      QJsonDocument(envelope).toJson(QJsonDocument::Compact),
                      {}}});
}

void TestLayout::settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

// Lists that load from the sandbox (templates, the profile, webhooks) show a busy indicator until they have.
void TestLayout::waitIdle(QWidget* window)
{
    const bool idle = QTest::qWaitFor(
        [window] {
            const QList<ui::BusyIndicator*> busy = window->findChildren<ui::BusyIndicator*>();
            for (const ui::BusyIndicator* indicator : busy)
                if (indicator->isRunning() && indicator->isVisibleTo(window))
                    return false;
            return true;
        },
        5000);
    if (!idle)
        qWarning("%s is still busy after 5 s", qPrintable(test::LayoutCheck::describe(window)));
    settle();
}

void TestLayout::selectFirstRows(QWidget* window)
{
    const QList<QTableView*> tables = window->findChildren<QTableView*>();
    for (QTableView* table : tables)
        if (table->isVisibleTo(window) && table->model() && table->model()->rowCount() > 0 &&
            !table->selectionModel()->hasSelection())
            table->selectRow(0);
    settle();
}

// Inspects `window` now, then every tab of every tab widget in it (nested ones too), and with `openDialogs` the
// dialogs that the "…" buttons of each tab open.
void TestLayout::visit(QWidget* window, const QString& place, bool openDialogs)
{
    // A dialog's button may close (and delete) the dialog itself (Channel Settings' "Edit Webhooks…").
    const QPointer<QWidget> alive(window);
    waitIdle(window);
    selectFirstRows(window);
    m_check->inspect(window, place);
    if (openDialogs)
        clickEllipsisButtons(window, place);
    if (!alive || !window->isVisible())
        return;
    QSet<QTabWidget*> visited;
    QList<QPointer<QTabWidget>> tabWidgets;
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>())
        tabWidgets << tabs;
    for (const QPointer<QTabWidget>& tabs : tabWidgets) {
        if (!alive || !window->isVisible())
            return;
        if (!tabs || visited.contains(tabs) || !tabs->isVisibleTo(window))
            continue;
        visited.insert(tabs);
        const int original = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            const QString tabPlace = place + QStringLiteral(" › ") + tabs->tabText(i).remove(u'&');
            waitIdle(window);
            selectFirstRows(window);
            m_check->inspect(window, tabPlace);
            if (openDialogs)
                clickEllipsisButtons(tabs->widget(i), tabPlace);
            if (!alive || !tabs)
                return;
            // Tab widgets inside this page are visited with the page shown.
            const QList<QTabWidget*> nested = tabs->widget(i)->findChildren<QTabWidget*>();
            for (QTabWidget* inner : nested) {
                if (visited.contains(inner) || !inner->isVisibleTo(window))
                    continue;
                visited.insert(inner);
                for (int j = 0; j < inner->count(); ++j) {
                    inner->setCurrentIndex(j);
                    waitIdle(window);
                    m_check->inspect(window, tabPlace + QStringLiteral(" › ") + inner->tabText(j).remove(u'&'));
                }
            }
        }
        tabs->setCurrentIndex(original);
        settle();
    }
}

// Buttons whose text ends with "…" open a dialog (the platform convention): each once per run.
void TestLayout::clickEllipsisButtons(QWidget* scope, const QString& place)
{
    static const QRegularExpression ellipsis(QStringLiteral("(\u2026|\\.\\.\\.)$"));
    const QPointer<QWidget> guardedScope(scope);
    QList<QPointer<QAbstractButton>> buttons;
    for (QAbstractButton* button : scope->findChildren<QAbstractButton*>())
        buttons << button;
    for (const QPointer<QAbstractButton>& button : std::as_const(buttons)) {
        if (!button)
            continue;
        const QString text = button->text().remove(u'&').trimmed();
        if (!guardedScope)
            return;
        if (!button || !button->isVisibleTo(scope->window()) || !button->isEnabled() ||
            !ellipsis.match(text).hasMatch())
            continue;
        const QString key = button->objectName().isEmpty() ? text : button->objectName();
        if (m_clicked.contains(key))
            continue;
        m_clicked.insert(key);
        QPointer<QAbstractButton> guard(button);
        runOpener(place + QStringLiteral(" › ") + text, [guard] {
            if (guard)
                guard->click();
        });
    }
}

// Every action of the menus and the tool bar (a checkable one is set back; Quit is left alone).
void TestLayout::triggerActions()
{
    QList<QAction*> actions;
    QList<std::pair<QAction*, QString>> queue;
    for (QAction* top : m_window->menuBar()->actions())
        queue.append({top, QString()});
    const QList<QToolBar*> bars = m_window->findChildren<QToolBar*>();
    for (QToolBar* bar : bars)
        for (QAction* a : bar->actions())
            queue.append({a, bar->windowTitle()});
    while (!queue.isEmpty()) {
        const auto [action, path] = queue.takeFirst();
        const QString here = (path.isEmpty() ? QString() : path + QStringLiteral(" › ")) + action->text().remove(u'&');
        if (action->isSeparator() || actions.contains(action))
            continue;
        actions.append(action);
        if (QMenu* menu = action->menu()) {
            for (QAction* a : menu->actions())
                queue.append({a, here});
            continue;
        }
        if (!action->isEnabled() || action->menuRole() == QAction::QuitRole)
            continue;
        const bool checked = action->isChecked();
        runOpener(here, [action] { action->trigger(); });
        if (action->isCheckable() && action->isChecked() != checked)
            action->trigger();
        settle();
    }
}

void TestLayout::runOpener(const QString& place, const std::function<void()>& open)
{
    const QString outer = m_opener;
    const QWidgetList before = openWindows(); // the dialog this one is opened from, if any
    const auto opened = [this, &before] {
        QWidgetList now = openWindows();
        now.removeIf([&before](QWidget* w) { return before.contains(w); });
        return now;
    };
    m_opener = place;
    open(); // a modal dialog's exec() returns once the watcher has closed it
    settle();
    if (!QTest::qWaitFor([&opened] { return opened().isEmpty(); }, 5000))
        for (QWidget* window : opened())
            qWarning("%s is still open after %s", qPrintable(test::LayoutCheck::describe(window)), qPrintable(place));
    m_opener = outer;
}

// The windows besides the main one that are shown now (pop-ups and tool tips are not windows to inspect).
QWidgetList TestLayout::openWindows() const
{
    QWidgetList open;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        if (window != m_window.get() && window->isVisible() && !qobject_cast<QMenu*>(window) &&
            window->windowType() != Qt::ToolTip && window->windowType() != Qt::Popup)
            open << window;
    return open;
}

// Runs in every event loop (also a dialog's exec()): a window that appeared is inspected once it has been shown for
// a few ticks (laid out and polished), then closed.
void TestLayout::watch()
{
    if (!m_window)
        return;
    // Inspecting runs events: a closed dialog may be deleted meanwhile.
    QList<QPointer<QWidget>> windows;
    for (QWidget* window : QApplication::topLevelWidgets())
        windows << window;
    for (const QPointer<QWidget>& window : std::as_const(windows)) {
        if (!window || window == m_window.get() || !window->isVisible() || m_inspecting.contains(window))
            continue;
        if (qobject_cast<QMenu*>(window) || window->windowType() == Qt::ToolTip || window->windowType() == Qt::Popup) {
            window->close();
            continue;
        }
        if (++m_pending[window] < 3)
            continue;
        m_pending.remove(window);
        // Queued, not here: a timer does not fire again while its own slot runs, and a dialog opened from this one
        // (a file dialog's exec()) needs the next tick.
        m_inspecting.insert(window);
        QWidget* raw = window;
        QMetaObject::invokeMethod(
            this,
            [this, window, raw] {
                if (window)
                    inspectAndClose(window);
                m_inspecting.remove(raw);
            },
            Qt::QueuedConnection);
    }
    const QWidgetList open = openWindows();
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = open.contains(it.key()) ? std::next(it) : m_pending.erase(it);
}

// A dialog is inspected with its tabs, and the dialogs its own "…" buttons open (one level: Channel Settings' Rotate
// Key…, the composer's Import…), then cancelled.
void TestLayout::inspectAndClose(QWidget* window)
{
    const QPointer<QWidget> alive(window);
    // Qt's own dialogs are Qt's business.
    const bool qtDialog =
        qobject_cast<QFileDialog*>(window) || qobject_cast<QColorDialog*>(window) || qobject_cast<QFontDialog*>(window);
    if (!qtDialog) {
        // A window manager keeps a window on the screen: one that opened larger is shrunk (to its minimum at most).
        if (window->width() > m_screen.width() || window->height() > m_screen.height())
            window->resize(window->size().boundedTo(m_screen));
        settle();
        ++m_depth;
        visit(window, QStringLiteral("%1 (%2)").arg(m_opener, window->windowTitle()), m_depth <= 1);
        --m_depth;
    }
    if (!alive || !window->isVisible())
        return; // it closed itself
    if (auto* dialog = qobject_cast<QDialog*>(window))
        dialog->reject();
    else
        window->close();
}

int main(int argc, char** argv)
{
    // --screen=WxH (default 1440×900): the offscreen platform's one screen, so that windows open as on that screen.
    QSize screen(1440, 900);
    QList<char*> arguments;
    static const QRegularExpression size(QStringLiteral("^--screen=(\\d+)x(\\d+)$"));
    for (int i = 0; i < argc; ++i) {
        const QRegularExpressionMatch m = size.match(QString::fromLocal8Bit(argv[i]));
        if (m.hasMatch())
            screen = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        else
            arguments.append(argv[i]);
    }
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/tst_layout-XXXXXX.json"));
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") && config.open()) {
        const QJsonObject one{{QStringLiteral("name"), QStringLiteral("test")},
                              {QStringLiteral("x"), 0},
                              {QStringLiteral("y"), 0},
                              {QStringLiteral("width"), screen.width()},
                              {QStringLiteral("height"), screen.height()},
                              {QStringLiteral("logicalDpi"), 96},
                              {QStringLiteral("logicalBaseDpi"), 96},
                              {QStringLiteral("dpr"), 1}};
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{one}},
                                               {QStringLiteral("windowFrameMargins"), false}})
                         .toJson());
        config.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    }
    int count = int(arguments.size());
    QApplication app(count, arguments.data());
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestLayout test(screen);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, count, arguments.data());
}

#include "tst_layout.moc"
