#include "quickreplies/QuickRepliesDialog.h"

#include "common/Confirmation.h"
#include "quickreplies/QuickReplyModel.h"
#include "quickreplies/QuickReplyText.h"
#include "store/ChangeHub.h"
#include "theme/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

const auto kDialogName = QStringLiteral("quickRepliesDialog");

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, theme::negativeText(palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

QToolButton* toolButton(const QString& name, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

QuickRepliesDialog::QuickRepliesDialog(store::Store* store, store::ChangeHub* hub, QWidget* parent)
    : QDialog(parent)
    , m_library(store)
    , m_model(new QuickReplyModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_add(new QPushButton(tr("&New Reply"), this))
    , m_remove(toolButton(QStringLiteral("quickReplyRemove"), tr("Delete"), tr("Delete the quick reply"), this))
    , m_up(toolButton(QStringLiteral("quickReplyUp"), tr("Move Up"), tr("Move up (Ctrl+Up)"), this))
    , m_down(toolButton(QStringLiteral("quickReplyDown"), tr("Move Down"), tr("Move down (Ctrl+Down)"), this))
    , m_sort(toolButton(QStringLiteral("quickReplySort"), tr("Sort A–Z"), tr("Sort by shortcut"), this))
    , m_editorTitle(new QLabel(this))
    , m_shortcut(new QLineEdit(this))
    , m_shortcutError(errorLabel(QStringLiteral("quickReplyShortcutError"), this))
    , m_text(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_textError(errorLabel(QStringLiteral("quickReplyTextError"), this))
    , m_variables(new QToolButton(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_storeError(errorLabel(QStringLiteral("quickReplyStoreError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(kDialogName);
    setWindowTitle(tr("Quick Replies"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_search->setObjectName(QStringLiteral("quickReplySearch"));
    m_search->setPlaceholderText(tr("Search shortcuts and texts"));
    m_search->setAccessibleName(tr("Search quick replies"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::DisplayRole);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateButtons();
    });

    m_list->setObjectName(QStringLiteral("quickReplyList"));
    m_list->setAccessibleName(tr("Quick replies"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new QuickReplyDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuickRepliesDialog::currentChanged);

    m_add->setObjectName(QStringLiteral("quickReplyAdd"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(m_add, &QPushButton::clicked, this, [this] { addNew(); });
    connect(m_remove, &QToolButton::clicked, this, &QuickRepliesDialog::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    connect(m_sort, &QToolButton::clicked, this, &QuickRepliesDialog::sortByShortcut);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));

    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    m_editorTitle->setFont(titleFont);
    m_editorTitle->setObjectName(QStringLiteral("quickReplyEditorTitle"));

    m_shortcut->setObjectName(QStringLiteral("quickReplyShortcut"));
    m_shortcut->setAccessibleName(tr("Shortcut"));
    m_shortcut->setPlaceholderText(tr("thanks"));
    m_shortcut->setMaxLength(quickreplies::QuickReplyLibrary::kMaxShortcutLength + 1); // "/" typed first
    auto* slash = new QLabel(QStringLiteral("/"), this);
    QFont slashFont = slash->font();
    slashFont.setBold(true);
    slash->setFont(slashFont);
    auto* shortcutRow = new QHBoxLayout;
    shortcutRow->setSpacing(3);
    shortcutRow->addWidget(slash);
    shortcutRow->addWidget(m_shortcut, 1);

    m_text->setObjectName(QStringLiteral("quickReplyText"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setPlaceholderText(tr("Thank you, {first_name}! Is there anything else I can do for you?"));
    m_text->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("quickReplyCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_variables->setObjectName(QStringLiteral("quickReplyInsertVariable"));
    m_variables->setText(tr("Insert &Variable"));
    m_variables->setToolTip(tr("Filled in when the reply goes into a message"));
    m_variables->setPopupMode(QToolButton::InstantPopup);
    auto* variablesMenu = new QMenu(m_variables);
    const QList<std::pair<const char*, QString>> variables{
        {quickreplies::kNamePlaceholder, tr("The customer's name")},
        {quickreplies::kFirstNamePlaceholder, tr("The customer's first name")},
        {quickreplies::kAgentPlaceholder, tr("Your name (Preferences)")}};
    for (const auto& [placeholder, description] : variables) {
        const QString text = QString::fromLatin1(placeholder);
        QAction* action = variablesMenu->addAction(tr("%1 — %2").arg(text, description));
        action->setObjectName(QStringLiteral("quickReplyVariable_") + text.mid(1).chopped(1));
        connect(action, &QAction::triggered, this, [this, text] { insertVariable(text); });
    }
    m_variables->setMenu(variablesMenu);

    m_save->setObjectName(QStringLiteral("quickReplySave"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_revert->setObjectName(QStringLiteral("quickReplyRevert"));
    m_revert->setAutoDefault(false);
    m_add->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { showReply(m_current); });
    connect(m_shortcut, &QLineEdit::textEdited, this, [this] {
        m_shortcutTouched = true;
        m_dirty = true;
        updateChecks();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_textTouched = true;
        m_dirty = true;
        updateChecks();
    });

    m_buttons->setObjectName(QStringLiteral("quickReplyButtons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuickRepliesDialog::reject);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addStretch(1);
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addWidget(m_sort);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* shortcutLabel = new QLabel(tr("S&hortcut:"), this);
    shortcutLabel->setBuddy(m_shortcut);
    form->addRow(shortcutLabel, shortcutRow);
    form->addRow(QString(), m_shortcutError);
    auto* textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    auto* textFooter = new QHBoxLayout;
    textFooter->addWidget(m_variables);
    textFooter->addStretch(1);
    textFooter->addWidget(m_counter);
    form->addRow(QString(), textFooter);
    form->addRow(QString(), m_textError);
    auto* usage = new QLabel(tr("In a message, type / and the shortcut, then Enter or Tab."), this);
    usage->setObjectName(QStringLiteral("quickReplyUsage"));
    usage->setWordWrap(true);
    QPalette quiet = usage->palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    usage->setPalette(quiet);
    form->addRow(QString(), usage);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_revert);
    editorButtons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addWidget(m_editorTitle);
    right->addLayout(form, 1);
    right->addWidget(m_storeError);
    right->addLayout(editorButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(std::max(860, fontMetrics().averageCharWidth() * 120), std::max(500, fontMetrics().height() * 28));

    if (hub)
        connect(hub, &store::ChangeHub::quickRepliesChanged, this, &QuickRepliesDialog::reload);
    reload();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else
        addNew();
}

QuickRepliesDialog* QuickRepliesDialog::showFor(QWidget* window, store::Store* store, store::ChangeHub* hub)
{
    QWidget* top = window ? window->window() : nullptr;
    auto* dialog = top ? top->findChild<QuickRepliesDialog*>(kDialogName, Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new QuickRepliesDialog(store, hub, top);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

qint64 QuickRepliesDialog::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(QuickReplyModel::IdRole).toLongLong() : 0;
}

void QuickRepliesDialog::reload()
{
    const qint64 selected = m_current.id;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setReplies(m_library.replies());
        const int row = m_model->rowForId(selected);
        if (row >= 0)
            m_list->setCurrentIndex(m_filter->mapFromSource(m_model->index(row)));
    }
    m_list->viewport()->update();
    updateButtons();
}

QuickReply QuickRepliesDialog::edited() const
{
    QuickReply reply = m_current;
    reply.shortcut = quickreplies::QuickReplyLibrary::normalizedShortcut(m_shortcut->text());
    reply.text = m_text->toPlainText();
    return reply;
}

void QuickRepliesDialog::showReply(const QuickReply& reply)
{
    m_loading = true;
    m_current = reply;
    m_shortcut->setText(reply.shortcut);
    m_text->setPlainText(reply.text);
    m_loading = false;
    m_dirty = false;
    m_showErrors = false;
    m_shortcutTouched = false;
    m_textTouched = false;
    m_storeError->hide();
    m_editorTitle->setText(reply.id == 0 ? tr("New quick reply") : tr("/%1").arg(reply.shortcut));
    updateChecks();
}

void QuickRepliesDialog::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    // Ids, not indexes: saving resets the model.
    const qint64 target = current.isValid() ? current.data(QuickReplyModel::IdRole).toLongLong() : 0;
    const qint64 before = previous.isValid() ? previous.data(QuickReplyModel::IdRole).toLongLong() : 0;
    const auto select = [this](qint64 id) {
        const QSignalBlocker blocker(m_list->selectionModel());
        const int row = m_model->rowForId(id);
        if (row >= 0)
            m_list->setCurrentIndex(m_filter->mapFromSource(m_model->index(row)));
        else
            m_list->selectionModel()->clearCurrentIndex();
    };
    if (m_dirty && !saveCurrent()) {
        select(before); // invalid changes stay in front of the agent
        return;
    }
    select(target);
    const int row = m_model->rowForId(target);
    if (row >= 0)
        showReply(m_model->reply(row));
    updateButtons();
}

bool QuickRepliesDialog::addNew()
{
    if (m_dirty && !saveCurrent())
        return false;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->clearCurrentIndex();
        m_list->clearSelection();
    }
    showReply(QuickReply());
    m_shortcut->setFocus();
    updateButtons();
    return true;
}

bool QuickRepliesDialog::saveCurrent()
{
    QuickReply reply = edited();
    m_showErrors = true;
    const quickreplies::QuickReplyLibrary::Problems problems =
        quickreplies::QuickReplyLibrary::check(reply, m_library.replies());
    updateChecks();
    if (!problems.isEmpty())
        return false;
    if (!m_library.save(&reply)) {
        m_storeError->setText(m_library.lastError());
        m_storeError->show();
        return false;
    }
    m_current = reply;
    m_dirty = false;
    reload(); // selects it (the hub's signal comes later, queued)
    showReply(reply);
    return true;
}

void QuickRepliesDialog::selectShortcut(const QString& shortcut)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(QuickReplyModel::ShortcutRole).toString().compare(shortcut, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

void QuickRepliesDialog::removeCurrent()
{
    const QuickReply reply = m_current;
    if (reply.id == 0) {
        showReply(QuickReply()); // a new reply not saved yet: nothing to delete
        return;
    }
    Confirmation::Request request;
    request.objectName = QStringLiteral("quickReplyRemoveQuestion");
    request.title = tr("Delete Quick Reply");
    request.text = tr("Delete the quick reply /%1?").arg(reply.shortcut);
    request.informativeText = tr("Messages already sent with it stay as they are.");
    request.acceptText = tr("Delete");
    request.isDestructive = true;
    Confirmation::ask(this, request, this, [this, reply](const Confirmation::Answer& answer) {
        if (!answer.accepted)
            return;
        if (!m_library.remove(reply.id)) {
            m_storeError->setText(m_library.lastError());
            m_storeError->show();
            return;
        }
        const int row = m_list->currentIndex().row();
        m_dirty = false;
        m_current = QuickReply();
        reload();
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(std::min(row, m_filter->rowCount() - 1), 0));
        else
            addNew();
    });
}

void QuickRepliesDialog::move(int steps)
{
    if (m_current.id == 0 || !m_filter->filterRegularExpression().pattern().isEmpty())
        return;
    if (m_dirty && !saveCurrent())
        return;
    if (!m_library.move(m_current.id, steps)) {
        m_storeError->setText(m_library.lastError());
        m_storeError->show();
    }
    reload();
}

void QuickRepliesDialog::sortByShortcut()
{
    if (m_dirty && !saveCurrent())
        return;
    if (!m_library.sortByShortcut()) {
        m_storeError->setText(m_library.lastError());
        m_storeError->show();
    }
    reload();
}

void QuickRepliesDialog::insertVariable(const QString& placeholder)
{
    m_text->insertPlainText(placeholder);
    m_text->setFocus();
}

void QuickRepliesDialog::updateChecks()
{
    const QuickReply reply = edited();
    const quickreplies::QuickReplyLibrary::Problems problems =
        quickreplies::QuickReplyLibrary::check(reply, m_library.replies());
    const bool showShortcut = (m_showErrors || m_shortcutTouched) && !problems.shortcut.isEmpty();
    const bool showText = (m_showErrors || m_textTouched) && !problems.text.isEmpty();
    m_shortcutError->setText(problems.shortcut);
    m_shortcutError->setVisible(showShortcut);
    m_textError->setText(problems.text);
    m_textError->setVisible(showText);
    const QLocale locale;
    const qsizetype length = reply.text.size();
    m_counter->setText(
        tr("%1 / %2").arg(locale.toString(length), locale.toString(quickreplies::QuickReplyLibrary::kMaxTextLength)));
    QPalette counterPalette = palette();
    counterPalette.setColor(QPalette::WindowText, length > quickreplies::QuickReplyLibrary::kMaxTextLength
                                                      ? theme::negativeText(palette())
                                                      : palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(counterPalette);
    updateButtons();
}

void QuickRepliesDialog::updateButtons()
{
    const bool stored = m_current.id != 0;
    const bool filtered = !m_search->text().trimmed().isEmpty();
    const int row = m_model->rowForId(m_current.id);
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_remove->setEnabled(stored);
    m_up->setEnabled(stored && !filtered && row > 0);
    m_down->setEnabled(stored && !filtered && row >= 0 && row < m_model->rowCount() - 1);
    m_sort->setEnabled(m_model->rowCount() > 1);
}

void QuickRepliesDialog::reject()
{
    if (!m_dirty) {
        QDialog::reject();
        return;
    }
    const bool untouchedNew = m_current.id == 0 && edited().shortcut.isEmpty() && edited().text.trimmed().isEmpty();
    if (untouchedNew || saveCurrent()) {
        QDialog::reject();
        return;
    }
    Confirmation::Request request;
    request.objectName = QStringLiteral("quickReplyDiscardQuestion");
    request.title = tr("Quick Replies");
    request.text = tr("Discard the changes to this quick reply?");
    request.informativeText = tr("They break a rule (see the message under the field), so they cannot be saved.");
    request.acceptText = tr("Discard Changes");
    request.rejectText = tr("Keep Editing");
    request.isDestructive = true;
    Confirmation::ask(this, request, this, [this](const Confirmation::Answer& answer) {
        if (!answer.accepted)
            return;
        m_dirty = false;
        QDialog::reject();
    });
}

} // namespace wabadesk::ui
