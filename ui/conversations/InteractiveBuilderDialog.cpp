#include "conversations/InteractiveBuilderDialog.h"

#include "api/MessageValidation.h"
#include "theme/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

constexpr int kMaxButtons = 3;
constexpr int kMaxRows = 10;
enum Column { SectionColumn, TitleColumn, DescriptionColumn };

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// "interactive.action.buttons[1].reply.title: is 25 characters long…" → "Button 2: is 25 characters long…": the
// validator's JSON paths in the words of this form.
QString readableProblem(const QString& problem)
{
    struct Rule {
        const char* pattern;
        const char* label; // %1, %2: 1-based indexes
    };
    static const Rule rules[] = {
        {"^interactive\\.action\\.buttons\\[(\\d+)\\]\\.reply\\.(title|id)",
         QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Button %1")},
        {"^interactive\\.action\\.sections\\[(\\d+)\\]\\.rows\\[(\\d+)\\]\\.(title|id)",
         QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Section %1, row %2")},
        {"^interactive\\.action\\.sections\\[(\\d+)\\]\\.rows\\[(\\d+)\\]\\.description",
         QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Section %1, row %2, description")},
        {"^interactive\\.action\\.sections\\[(\\d+)\\]\\.title",
         QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Section %1 name")},
        {"^interactive\\.action\\.sections", QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "The list")},
        {"^interactive\\.action\\.buttons", QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "The buttons")},
        {"^interactive\\.action\\.button", QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "List button")},
        {"^interactive\\.header\\.text", QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Header")},
        {"^interactive\\.body\\.text", QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Message")},
        {"^interactive\\.footer\\.text", QT_TRANSLATE_NOOP("wabadesk::ui::InteractiveBuilderDialog", "Footer")},
    };
    for (const Rule& rule : rules) {
        const QRegularExpression re(QString::fromLatin1(rule.pattern));
        const QRegularExpressionMatch m = re.match(problem);
        if (!m.hasMatch())
            continue;
        QString label = InteractiveBuilderDialog::tr(rule.label);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            bool isNumber = false;
            const int n = m.captured(i).toInt(&isNumber);
            if (isNumber)
                label = label.arg(n + 1);
        }
        return label + problem.mid(m.capturedEnd(0));
    }
    return problem;
}

// Makes `id` unique within `used` by appending _2, _3, …
QString uniqueId(const QString& id, QSet<QString>* used)
{
    QString candidate = id;
    for (int n = 2; used->contains(candidate); ++n)
        candidate = id + QStringLiteral("_%1").arg(n);
    used->insert(candidate);
    return candidate;
}

} // namespace

InteractiveBuilderDialog::InteractiveBuilderDialog(const QString& to, QWidget* parent)
    : QDialog(parent)
    , m_to(to)
    , m_header(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_footer(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_listButton(new QLineEdit(this))
    , m_rows(new QTableWidget(0, 3, this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("interactiveBuilder"));
    setWindowTitle(tr("Buttons and Lists"));

    m_header->setObjectName(QStringLiteral("interactiveHeader"));
    m_header->setPlaceholderText(tr("Optional, up to 60 characters"));
    m_body->setObjectName(QStringLiteral("interactiveBody"));
    m_body->setPlaceholderText(tr("The message above the buttons (required, up to 1,024 characters)"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 4 + 14);
    m_footer->setObjectName(QStringLiteral("interactiveFooter"));
    m_footer->setPlaceholderText(tr("Optional small print, up to 60 characters"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Header:"), m_header);
    form->addRow(tr("&Message:"), m_body);
    form->addRow(tr("&Footer:"), m_footer);

    // Reply buttons.
    auto* buttonsPage = new QWidget(m_tabs);
    auto* buttonsForm = new QFormLayout(buttonsPage);
    buttonsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* buttonsIntro = new QLabel(tr("Up to three buttons the customer can tap once. Titles: up to 20 characters, "
                                       "each different."),
                                    buttonsPage);
    buttonsIntro->setWordWrap(true);
    buttonsIntro->setForegroundRole(QPalette::PlaceholderText);
    buttonsForm->addRow(buttonsIntro);
    for (int i = 0; i < kMaxButtons; ++i) {
        auto* title = new QLineEdit(buttonsPage);
        title->setObjectName(QStringLiteral("interactiveButton%1").arg(i + 1));
        title->setPlaceholderText(i == 0 ? tr("e.g. Yes, please") : tr("Optional"));
        m_buttonTitles.append(title);
        buttonsForm->addRow(tr("Button &%1:").arg(i + 1), title);
        connect(title, &QLineEdit::textChanged, this, &InteractiveBuilderDialog::updateState);
    }
    m_tabs->addTab(buttonsPage, tr("Reply &Buttons"));

    // List.
    auto* listPage = new QWidget(m_tabs);
    auto* listLayout = new QVBoxLayout(listPage);
    auto* listForm = new QFormLayout;
    listForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_listButton->setObjectName(QStringLiteral("interactiveListButton"));
    m_listButton->setPlaceholderText(tr("The button that opens the list, e.g. Choose a time"));
    listForm->addRow(tr("List &button:"), m_listButton);
    listLayout->addLayout(listForm);
    m_rows->setObjectName(QStringLiteral("interactiveListRows"));
    m_rows->setHorizontalHeaderLabels({tr("Section"), tr("Title"), tr("Description")});
    m_rows->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_rows->horizontalHeader()->resizeSection(SectionColumn, fontMetrics().averageCharWidth() * 16);
    m_rows->horizontalHeader()->resizeSection(TitleColumn, fontMetrics().averageCharWidth() * 22);
    m_rows->verticalHeader()->setVisible(false);
    m_rows->setToolTip(tr("Up to 10 rows in total. Rows with the same section name are grouped; with more than one "
                          "section, each needs a name (up to 24 characters). Titles up to 24, descriptions up to 72 "
                          "characters."));
    listLayout->addWidget(m_rows, 1);
    auto* rowButtons = new QHBoxLayout;
    auto* addRow = new QPushButton(tr("&Add Row"), listPage);
    addRow->setObjectName(QStringLiteral("interactiveAddRow"));
    auto* removeRow = new QPushButton(tr("&Remove Row"), listPage);
    removeRow->setObjectName(QStringLiteral("interactiveRemoveRow"));
    rowButtons->addWidget(addRow);
    rowButtons->addWidget(removeRow);
    rowButtons->addStretch(1);
    listLayout->addLayout(rowButtons);
    connect(addRow, &QPushButton::clicked, this, &InteractiveBuilderDialog::addListRow);
    connect(removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_rows->currentRow() >= 0 ? m_rows->currentRow() : m_rows->rowCount() - 1;
        if (row >= 0)
            m_rows->removeRow(row);
        updateState();
    });
    connect(m_rows, &QTableWidget::itemChanged, this, &InteractiveBuilderDialog::updateState);
    connect(m_listButton, &QLineEdit::textChanged, this, &InteractiveBuilderDialog::updateState);
    for (int i = 0; i < 3; ++i)
        addListRow();
    m_tabs->addTab(listPage, tr("&List"));
    m_tabs->setObjectName(QStringLiteral("interactiveKind"));

    m_problems->setObjectName(QStringLiteral("interactiveProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, theme::negativeText(palette()));
    m_problems->setPalette(problemPalette);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("interactiveSend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_header, &QLineEdit::textChanged, this, &InteractiveBuilderDialog::updateState);
    connect(m_footer, &QLineEdit::textChanged, this, &InteractiveBuilderDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &InteractiveBuilderDialog::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &InteractiveBuilderDialog::updateState);
    resize(fontMetrics().averageCharWidth() * 84, fontMetrics().lineSpacing() * 34);
    updateState();
}

void InteractiveBuilderDialog::addListRow()
{
    if (m_rows->rowCount() >= kMaxRows)
        return;
    const int row = m_rows->rowCount();
    m_rows->insertRow(row);
    // Pre-fill the section name of the row above, so one section is the easy case.
    if (row > 0)
        m_rows->setItem(row, SectionColumn, new QTableWidgetItem(cellText(m_rows, row - 1, SectionColumn)));
    updateState();
}

void InteractiveBuilderDialog::setKind(Kind kind)
{
    m_tabs->setCurrentIndex(kind == Kind::List ? 1 : 0);
}

InteractiveBuilderDialog::Kind InteractiveBuilderDialog::kind() const
{
    return m_tabs->currentIndex() == 1 ? Kind::List : Kind::ReplyButtons;
}

QString InteractiveBuilderDialog::idForTitle(const QString& title)
{
    QString id;
    bool gap = false;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber()) {
            if (gap && !id.isEmpty())
                id += QLatin1Char('_');
            id += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    if (id.isEmpty())
        id = QStringLiteral("option");
    return id.left(200);
}

QList<api::ReplyButton> InteractiveBuilderDialog::buttons() const
{
    QList<api::ReplyButton> result;
    QSet<QString> used;
    for (const QLineEdit* title : m_buttonTitles) {
        const QString text = title->text().trimmed();
        if (!text.isEmpty())
            result.append({uniqueId(idForTitle(text), &used), text});
    }
    return result;
}

QList<api::ListSection> InteractiveBuilderDialog::sections() const
{
    QList<api::ListSection> result;
    QSet<QString> used;
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const QString title = cellText(m_rows, row, TitleColumn);
        if (title.isEmpty())
            continue;
        const QString section = cellText(m_rows, row, SectionColumn);
        if (result.isEmpty() || result.last().title != section)
            result.append({section, {}});
        result.last().rows.append(
            {uniqueId(idForTitle(title), &used), title, cellText(m_rows, row, DescriptionColumn)});
    }
    return result;
}

api::OutgoingMessage InteractiveBuilderDialog::message() const
{
    const QString body = m_body->toPlainText().trimmed();
    const QString header = m_header->text().trimmed();
    const QString footer = m_footer->text().trimmed();
    if (kind() == Kind::List)
        return api::messages::list(m_to, body, m_listButton->text().trimmed(), sections(), header, footer);
    api::InteractiveHeader h;
    h.text = header;
    return api::messages::replyButtons(m_to, body, buttons(), h, footer);
}

QStringList InteractiveBuilderDialog::problems() const
{
    QStringList problems;
    if (m_body->toPlainText().trimmed().isEmpty())
        problems.append(tr("Write the message that goes above the %1.")
                            .arg(kind() == Kind::List ? tr("list button") : tr("buttons")));
    if (kind() == Kind::ReplyButtons && buttons().isEmpty())
        problems.append(tr("Give at least one button a title."));
    if (kind() == Kind::List) {
        if (m_listButton->text().trimmed().isEmpty())
            problems.append(tr("Name the button that opens the list."));
        if (sections().isEmpty())
            problems.append(tr("Give at least one row a title."));
    }
    if (!problems.isEmpty())
        return problems;
    for (const QString& problem : api::validateMessage(message().toJson()))
        problems.append(readableProblem(problem));
    return problems;
}

void InteractiveBuilderDialog::updateState()
{
    const QStringList problems = this->problems();
    const bool untouched = m_body->toPlainText().isEmpty();
    m_problems->setText(problems.mid(0, 3).join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty() && !untouched);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace wabadesk::ui
