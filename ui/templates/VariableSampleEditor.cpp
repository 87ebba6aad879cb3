#include "templates/VariableSampleEditor.h"

#include "theme/Theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace wabadesk::ui {

VariableSampleEditor::VariableSampleEditor(const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_form(new QFormLayout(this))
{
    setObjectName(prefix + QStringLiteral("Samples"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setVisible(false);
}

void VariableSampleEditor::setVariables(const QStringList& variables)
{
    if (variables == m_variables)
        return;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_values.insert(it.key(), it.value()->text());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_variables = variables;
    for (const QString& v : variables) {
        auto* edit = new QLineEdit(m_values.value(v), this);
        edit->setObjectName(m_prefix + QStringLiteral("Sample_") + v);
        edit->setPlaceholderText(tr("Sample value (required)"));
        edit->setAccessibleName(tr("Sample for {{%1}}").arg(v));
        connect(edit, &QLineEdit::textChanged, this, [this, v](const QString& text) {
            m_values.insert(v, text);
            updateMarks();
            Q_EMIT changed();
        });
        auto* label = new QLabel(QStringLiteral("{{%1}}").arg(v), this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        m_fields.insert(v, edit);
    }
    setVisible(!variables.isEmpty());
    updateMarks();
}

void VariableSampleEditor::setSamples(const QMap<QString, QString>& samples)
{
    m_values = samples;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setText(samples.value(it.key()));
    }
    updateMarks();
}

QMap<QString, QString> VariableSampleEditor::samples() const
{
    QMap<QString, QString> out;
    for (const QString& v : m_variables)
        out.insert(v, m_values.value(v));
    return out;
}

void VariableSampleEditor::updateMarks()
{
    const QColor negative = theme::negativeText(palette());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool empty = it.value()->text().trimmed().isEmpty();
        it.value()->setStyleSheet(empty ? QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; "
                                                         "padding: 2px; }")
                                              .arg(negative.name())
                                        : QString());
    }
}

} // namespace wabadesk::ui
