#include "webhook/WebhookAuthEditor.h"

#include "channels/WebhookUrlRules.h"
#include "common/SecretLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

constexpr int kNameColumn = 0;
constexpr int kValueColumn = 1;

// RFC 9110 token, as ChannelService checks it.
bool isHeaderName(const QString& name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$"));
    return token.match(name).hasMatch();
}

QString dots(qsizetype length)
{
    return QString(qMin<qsizetype>(length, 12), QChar(0x2022));
}

// The value column of the custom-header table: shown as dots, edited in a password field.
class MaskedValueDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale&) const override { return dots(value.toString().size()); }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new SecretLineEdit(parent);
        editor->setObjectName(QStringLiteral("webhookHeaderValueEditor"));
        editor->setFrame(false);
        return editor;
    }
};

QLabel* quietLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QString WebhookAuthEditor::secretHeaderName()
{
    return QStringLiteral("X-WabaDesk-Secret");
}

WebhookAuthEditor::WebhookAuthEditor(const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_secretState(new QLabel(this))
    , m_generate(new QPushButton(tr("&Generate Secret"), this))
    , m_user(new QLineEdit(this))
    , m_password(new SecretLineEdit(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_addHeader(new QPushButton(tr("Add Header"), this))
    , m_removeHeader(new QPushButton(tr("Remove Header"), this))
{
    setObjectName(prefix + QStringLiteral("Auth"));
    m_mode->setObjectName(prefix + QStringLiteral("AuthMode"));
    m_mode->setAccessibleName(tr("Authentication"));
    m_mode->addItem(tr("None"), int(Mode::None));
    m_mode->addItem(tr("Generated secret header (%1)").arg(secretHeaderName()), int(Mode::Secret));
    m_mode->addItem(tr("Basic credentials (Authorization: Basic …)"), int(Mode::Basic));
    m_mode->addItem(tr("Custom headers"), int(Mode::Custom));
    setFocusProxy(m_mode);

    // None
    auto* nonePage = new QWidget(m_pages);
    auto* noneLayout = new QVBoxLayout(nonePage);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    noneLayout->addWidget(quietLabel(tr("360dialog adds no header. Anyone who learns the URL can send fake events "
                                        "to it; choose a secret header unless something else protects the URL."),
                                     nonePage));

    // Generated secret
    auto* secretPage = new QWidget(m_pages);
    m_secretState->setObjectName(prefix + QStringLiteral("AuthSecretState"));
    m_secretState->setTextFormat(Qt::PlainText);
    m_generate->setObjectName(prefix + QStringLiteral("AuthGenerate"));
    m_generate->setToolTip(tr("Create a new random secret (32 bytes)"));
    connect(m_generate, &QPushButton::clicked, this, &WebhookAuthEditor::generateSecret);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretState, 1);
    secretRow->addWidget(m_generate);
    auto* secretLayout = new QVBoxLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addLayout(secretRow);
    secretLayout->addWidget(
        quietLabel(tr("360dialog sends this header with every delivery, and the listener refuses requests without "
                      "it. The value goes straight to 360dialog and into the keychain: there is nothing to copy."),
                   secretPage));

    // Basic credentials
    auto* basicPage = new QWidget(m_pages);
    m_user->setObjectName(prefix + QStringLiteral("AuthUser"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(prefix + QStringLiteral("AuthPassword"));
    m_password->setAccessibleName(tr("Password"));
    auto* basicLayout = new QFormLayout(basicPage);
    basicLayout->setContentsMargins(0, 0, 0, 0);
    basicLayout->addRow(tr("User:"), m_user);
    basicLayout->addRow(tr("Password:"), m_password);
    connect(m_user, &QLineEdit::textChanged, this, &WebhookAuthEditor::changed);
    connect(m_password, &QLineEdit::textChanged, this, &WebhookAuthEditor::changed);

    // Custom headers
    auto* customPage = new QWidget(m_pages);
    m_table->setObjectName(prefix + QStringLiteral("AuthHeaders"));
    m_table->setAccessibleName(tr("Custom headers"));
    m_table->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(kNameColumn, fontMetrics().averageCharWidth() * 26);
    m_table->verticalHeader()->setVisible(false);
    m_table->setItemDelegateForColumn(kValueColumn, new MaskedValueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    connect(m_table, &QTableWidget::itemChanged, this, &WebhookAuthEditor::changed);
    m_addHeader->setObjectName(prefix + QStringLiteral("AuthAddHeader"));
    m_removeHeader->setObjectName(prefix + QStringLiteral("AuthRemoveHeader"));
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, kNameColumn));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        Q_EMIT changed();
    });
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_addHeader);
    tableButtons->addWidget(m_removeHeader);
    tableButtons->addStretch(1);
    auto* customLayout = new QVBoxLayout(customPage);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_table);
    customLayout->addLayout(tableButtons);

    m_pages->addWidget(nonePage);
    m_pages->addWidget(secretPage);
    m_pages->addWidget(basicPage);
    m_pages->addWidget(customPage);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        // Only the current page decides the height.
        for (int i = 0; i < m_pages->count(); ++i)
            m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                              i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_pages->adjustSize();
        Q_EMIT changed();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_mode, 0, Qt::AlignLeft);
    layout->addWidget(m_pages);
    setMode(Mode::Secret);
    m_pages->setCurrentIndex(m_mode->currentIndex());
    updateSecretState();
}

WebhookAuthEditor::~WebhookAuthEditor()
{
    m_secret.fill('\0');
}

WebhookAuthEditor::Mode WebhookAuthEditor::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void WebhookAuthEditor::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void WebhookAuthEditor::setHeaders(const QMap<QString, QString>& headers)
{
    m_table->setRowCount(0);
    m_secret.fill('\0');
    m_secret.clear();
    m_user->clear();
    m_password->wipe();
    if (headers.isEmpty()) {
        setMode(Mode::None);
    } else if (headers.size() == 1 && headers.contains(secretHeaderName())) {
        m_secret = headers.value(secretHeaderName()).toUtf8();
        setMode(Mode::Secret);
    } else if (headers.size() == 1 &&
               headers.firstKey().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 &&
               headers.first().startsWith(QLatin1String("Basic "))) {
        const QByteArray decoded = QByteArray::fromBase64(headers.first().mid(6).toLatin1());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            m_user->setText(QString::fromUtf8(decoded.left(colon)));
            m_password->setText(QString::fromUtf8(decoded.mid(colon + 1)));
            setMode(Mode::Basic);
        }
    }
    if (!headers.isEmpty() && m_secret.isEmpty() && m_user->text().isEmpty()) {
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            addHeaderRow(it.key(), it.value());
        setMode(Mode::Custom);
    }
    updateSecretState();
    Q_EMIT changed();
}

QMap<QString, QString> WebhookAuthEditor::headers() const
{
    QMap<QString, QString> out;
    switch (mode()) {
    case Mode::None:
        break;
    case Mode::Secret:
        if (!m_secret.isEmpty())
            out.insert(secretHeaderName(), QString::fromUtf8(m_secret));
        break;
    case Mode::Basic:
        out.insert(QStringLiteral("Authorization"),
                   QString::fromLatin1(channels::basicAuthorization(m_user->text().trimmed(), m_password->text())));
        break;
    case Mode::Custom:
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem* name = m_table->item(row, kNameColumn);
            const QTableWidgetItem* value = m_table->item(row, kValueColumn);
            if (name && !name->text().trimmed().isEmpty())
                out.insert(name->text().trimmed(), value ? value->text() : QString());
        }
        break;
    }
    return out;
}

QStringList WebhookAuthEditor::problems() const
{
    QStringList out;
    switch (mode()) {
    case Mode::None:
        break;
    case Mode::Secret:
        if (m_secret.isEmpty())
            out << tr("Click “Generate Secret” to create the secret.");
        break;
    case Mode::Basic:
        if (m_user->text().trimmed().isEmpty())
            out << tr("Enter a user name.");
        else if (m_user->text().contains(QLatin1Char(':')))
            out << tr("The user name must not contain “:”.");
        if (m_password->text().isEmpty())
            out << tr("Enter a password.");
        break;
    case Mode::Custom: {
        QStringList seen;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem* nameItem = m_table->item(row, kNameColumn);
            const QTableWidgetItem* valueItem = m_table->item(row, kValueColumn);
            const QString name = nameItem ? nameItem->text().trimmed() : QString();
            const QString value = valueItem ? valueItem->text() : QString();
            if (name.isEmpty() && value.isEmpty())
                continue;
            if (!isHeaderName(name))
                out << tr("Row %1: “%2” is not a valid header name (letters, digits and -).").arg(row + 1).arg(name);
            else if (seen.contains(name, Qt::CaseInsensitive))
                out << tr("Row %1: the header %2 appears twice.").arg(row + 1).arg(name);
            seen << name;
            if (value.isEmpty())
                out << tr("Row %1: the header needs a value.").arg(row + 1);
            else if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
                out << tr("Row %1: the value must not contain line breaks.").arg(row + 1);
        }
        if (seen.isEmpty())
            out << tr("Add at least one header, or choose “None”.");
        break;
    }
    }
    return out;
}

void WebhookAuthEditor::generateSecret()
{
    m_secret.fill('\0');
    m_secret = channels::generateWebhookSecret();
    setMode(Mode::Secret);
    updateSecretState();
    Q_EMIT changed();
}

void WebhookAuthEditor::addHeaderRow(const QString& name, const QString& value)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, kNameColumn, new QTableWidgetItem(name));
    m_table->setItem(row, kValueColumn, new QTableWidgetItem(value));
}

void WebhookAuthEditor::updateSecretState()
{
    m_secretState->setText(
        m_secret.isEmpty()
            ? tr("%1: no secret yet").arg(secretHeaderName())
            : tr("%1: %2 (%3 characters)").arg(secretHeaderName(), dots(m_secret.size())).arg(m_secret.size()));
    m_generate->setText(m_secret.isEmpty() ? tr("&Generate Secret") : tr("&Generate New Secret"));
}

} // namespace wabadesk::ui
