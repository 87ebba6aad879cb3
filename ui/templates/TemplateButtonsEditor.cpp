#include "templates/TemplateButtonsEditor.h"

#include "theme/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

QString typeTitle(const QString& type)
{
    if (type == QLatin1String("QUICK_REPLY"))
        return TemplateButtonsEditor::tr("Quick reply");
    if (type == QLatin1String("URL"))
        return TemplateButtonsEditor::tr("Website");
    if (type == QLatin1String("PHONE_NUMBER"))
        return TemplateButtonsEditor::tr("Call phone number");
    if (type == QLatin1String("COPY_CODE"))
        return TemplateButtonsEditor::tr("Copy offer code");
    if (type == QLatin1String("OTP"))
        return TemplateButtonsEditor::tr("One-time password");
    return type;
}

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& text, const QString& placeholder)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    return edit;
}

} // namespace

TemplateButtonsEditor::TemplateButtonsEditor(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
    , m_general(new QLabel(this))
    , m_add(new QToolButton(this))
{
    setObjectName(QStringLiteral("buttonsEditor"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
    m_general->setObjectName(QStringLiteral("buttonsProblem"));
    m_general->setWordWrap(true);
    m_general->setVisible(false);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setText(tr("Add button"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_add);
    m_add->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const bool isAuth = m_category == QLatin1String("AUTHENTICATION");
        const QStringList types = isAuth ? QStringList{QStringLiteral("OTP")}
                                         : QStringList{QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"),
                                                       QStringLiteral("PHONE_NUMBER"), QStringLiteral("COPY_CODE")};
        for (const QString& type : types) {
            QAction* action = menu->addAction(typeTitle(type));
            action->setObjectName(QStringLiteral("add_") + type);
            connect(action, &QAction::triggered, this, [this, type] { addButton(type); });
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(m_general);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    layout->addLayout(addRow);
}

void TemplateButtonsEditor::setButtons(const QList<templates::ButtonDraft>& buttons)
{
    m_buttons = buttons;
    m_suffixes.clear();
    for (const templates::ButtonDraft& b : buttons) {
        const qsizetype at = b.url.indexOf(QLatin1String("{{"));
        const QString prefix = at >= 0 ? b.url.left(at) : QString();
        m_suffixes.append(at >= 0 && b.urlExample.startsWith(prefix) ? b.urlExample.mid(prefix.size()) : b.urlExample);
    }
    rebuild();
}

void TemplateButtonsEditor::setCategory(const QString& category)
{
    m_category = category;
}

void TemplateButtonsEditor::addButton(const QString& type)
{
    templates::ButtonDraft b;
    b.type = type;
    if (type == QLatin1String("OTP")) {
        b.otpType = QStringLiteral("COPY_CODE");
        b.text = tr("Copy code");
    }
    if (type == QLatin1String("URL"))
        b.url = QStringLiteral("https://");
    // Quick replies join the other quick replies, so the group stays together (REFERENCE.md §3.5).
    qsizetype at = m_buttons.size();
    if (type == QLatin1String("QUICK_REPLY")) {
        for (qsizetype i = m_buttons.size() - 1; i >= 0; --i) {
            if (m_buttons.at(i).type == QLatin1String("QUICK_REPLY")) {
                at = i + 1;
                break;
            }
        }
    }
    m_buttons.insert(at, b);
    m_suffixes.insert(at, QString());
    rebuild();
    Q_EMIT changed();
}

void TemplateButtonsEditor::removeButton(int index)
{
    if (index < 0 || index >= m_buttons.size())
        return;
    m_buttons.removeAt(index);
    m_suffixes.removeAt(index);
    rebuild();
    Q_EMIT changed();
}

void TemplateButtonsEditor::moveButton(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= m_buttons.size() || to < 0 || to >= m_buttons.size())
        return;
    m_buttons.move(index, to);
    m_suffixes.move(index, to);
    rebuild();
    Q_EMIT changed();
}

void TemplateButtonsEditor::setProblems(const QMap<int, QStringList>& perButton, const QStringList& general)
{
    const QColor negative = theme::negativeText(palette());
    const auto show = [&negative](QLabel* label, const QStringList& lines) {
        label->setVisible(!lines.isEmpty());
        label->setText(lines.join(u'\n'));
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, negative);
        label->setPalette(p);
    };
    for (int i = 0; i < m_rowProblems.size(); ++i)
        show(m_rowProblems.at(i), perButton.value(i));
    show(m_general, general);
}

void TemplateButtonsEditor::updateUrlExample(int index)
{
    templates::ButtonDraft& b = m_buttons[index];
    b.urlExample = b.urlHasVariable() && !m_suffixes.at(index).isEmpty()
                       ? QString(b.url).replace(QStringLiteral("{{1}}"), m_suffixes.at(index))
                       : QString();
}

void TemplateButtonsEditor::rebuild()
{
    // Rows go later: rebuild() runs from their own buttons' signals. Taken out of the tree now, so their
    // object names are free for the new rows.
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_rowProblems.clear();
    for (int i = 0; i < m_buttons.size(); ++i)
        m_rows->addWidget(rowFor(i));
    m_add->setEnabled(m_buttons.size() < 10);
}

QWidget* TemplateButtonsEditor::rowFor(int i)
{
    const templates::ButtonDraft& b = m_buttons.at(i);
    auto* row = new QFrame(this);
    row->setObjectName(QStringLiteral("buttonRow%1").arg(i));
    row->setFrameShape(QFrame::StyledPanel);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString id = QStringLiteral("button%1").arg(i);

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(typeTitle(b.type).toHtmlEscaped()), row);
    auto* up = new QToolButton(row);
    up->setObjectName(id + QStringLiteral("Up"));
    up->setText(QStringLiteral("\u2191"));
    up->setToolTip(tr("Move up"));
    up->setAccessibleName(tr("Move up"));
    up->setEnabled(i > 0);
    connect(up, &QToolButton::clicked, this, [this, i] { moveButton(i, -1); });
    auto* down = new QToolButton(row);
    down->setObjectName(id + QStringLiteral("Down"));
    down->setText(QStringLiteral("\u2193"));
    down->setToolTip(tr("Move down"));
    down->setAccessibleName(tr("Move down"));
    down->setEnabled(i + 1 < m_buttons.size());
    connect(down, &QToolButton::clicked, this, [this, i] { moveButton(i, 1); });
    auto* remove = new QToolButton(row);
    remove->setObjectName(id + QStringLiteral("Remove"));
    remove->setText(QStringLiteral("\u2715"));
    remove->setToolTip(tr("Remove this button"));
    remove->setAccessibleName(tr("Remove button"));
    connect(remove, &QToolButton::clicked, this, [this, i] { removeButton(i); });
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(up);
    head->addWidget(down);
    head->addWidget(remove);

    const auto bind = [this, i](QLineEdit* edit, QString templates::ButtonDraft::*field) {
        connect(edit, &QLineEdit::textEdited, this, [this, i, field](const QString& text) {
            m_buttons[i].*field = text;
            updateUrlExample(i);
            Q_EMIT changed();
        });
    };
    const QString type = b.type;
    if (type != QLatin1String("COPY_CODE")) {
        auto* text = lineEdit(row, id + QStringLiteral("Text"), b.text, tr("Button label (up to 25 characters)"));
        text->setMaxLength(60);
        bind(text, &templates::ButtonDraft::text);
        form->addRow(tr("Label"), text);
    }
    if (type == QLatin1String("URL")) {
        auto* url = lineEdit(row, id + QStringLiteral("Url"), b.url, tr("https://example.com/track/{{1}}"));
        bind(url, &templates::ButtonDraft::url);
        form->addRow(tr("Address"), url);
        auto* suffix = lineEdit(row, id + QStringLiteral("Suffix"), m_suffixes.value(i),
                                tr("Sample for {{1}} at the end of the address"));
        suffix->setVisible(b.urlHasVariable());
        connect(suffix, &QLineEdit::textEdited, this, [this, i](const QString& text) {
            m_suffixes[i] = text;
            updateUrlExample(i);
            Q_EMIT changed();
        });
        connect(url, &QLineEdit::textChanged, suffix,
                [suffix](const QString& text) { suffix->setVisible(text.contains(QLatin1String("{{"))); });
        auto* variable = new QToolButton(row);
        variable->setObjectName(id + QStringLiteral("AddSuffix"));
        variable->setText(tr("Add {{1}}"));
        variable->setToolTip(tr("Let each message add its own ending to the address"));
        connect(variable, &QToolButton::clicked, this, [url] {
            if (!url->text().contains(QLatin1String("{{"))) {
                url->setText(url->text() + QStringLiteral("{{1}}"));
                Q_EMIT url->textEdited(url->text());
            }
        });
        auto* line = new QHBoxLayout;
        line->addWidget(suffix, 1);
        line->addWidget(variable);
        form->addRow(tr("Suffix sample"), line);
    } else if (type == QLatin1String("PHONE_NUMBER")) {
        auto* phone = lineEdit(row, id + QStringLiteral("Phone"), b.phoneNumber, tr("+15550051310"));
        bind(phone, &templates::ButtonDraft::phoneNumber);
        form->addRow(tr("Phone number"), phone);
    } else if (type == QLatin1String("COPY_CODE")) {
        auto* code = lineEdit(row, id + QStringLiteral("Code"), b.example, tr("Sample code, up to 15 characters"));
        bind(code, &templates::ButtonDraft::example);
        form->addRow(tr("Sample code"), code);
    } else if (type == QLatin1String("OTP")) {
        auto* kind = new QComboBox(row);
        kind->setObjectName(id + QStringLiteral("OtpType"));
        kind->addItem(tr("Copy code"), QStringLiteral("COPY_CODE"));
        kind->addItem(tr("One-tap autofill"), QStringLiteral("ONE_TAP"));
        kind->addItem(tr("Zero-tap"), QStringLiteral("ZERO_TAP"));
        kind->setCurrentIndex(qMax(0, kind->findData(b.otpType)));
        form->addRow(tr("Kind"), kind);
        const bool tap = b.otpType != QLatin1String("COPY_CODE");
        const QJsonObject app = b.supportedApps.at(0).toObject();
        auto* package =
            lineEdit(row, id + QStringLiteral("Package"), app.value(QStringLiteral("package_name")).toString(),
                     tr("Android package, e.g. com.example.app"));
        auto* hash = lineEdit(row, id + QStringLiteral("Hash"), app.value(QStringLiteral("signature_hash")).toString(),
                              tr("App signature hash (11 characters)"));
        const auto updateApp = [this, i, package, hash] {
            m_buttons[i].supportedApps = QJsonArray{QJsonObject{{QStringLiteral("package_name"), package->text()},
                                                                {QStringLiteral("signature_hash"), hash->text()}}};
            Q_EMIT changed();
        };
        connect(package, &QLineEdit::textEdited, this, updateApp);
        connect(hash, &QLineEdit::textEdited, this, updateApp);
        if (tap) {
            form->addRow(tr("App package"), package);
            form->addRow(tr("Signature hash"), hash);
        } else {
            package->hide();
            hash->hide();
        }
        connect(kind, &QComboBox::currentIndexChanged, this, [this, i, kind] {
            m_buttons[i].otpType = kind->currentData().toString();
            if (m_buttons[i].otpType == QLatin1String("COPY_CODE"))
                m_buttons[i].supportedApps = {};
            rebuild(); // the app fields come and go
            Q_EMIT changed();
        });
    }
    auto* problem = new QLabel(row);
    problem->setObjectName(id + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setVisible(false);
    m_rowProblems.append(problem);

    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(head);
    layout->addLayout(form);
    layout->addWidget(problem);
    return row;
}

} // namespace wabadesk::ui
