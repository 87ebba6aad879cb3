#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace wabadesk::ui {

// One required sample value per variable of a text ({{1}} → "Anna"), rebuilt as variables are typed; values already
// entered are kept for variables that stay. Empty fields are marked until filled.
class VariableSampleEditor : public QWidget {
    Q_OBJECT
public:
    // prefix names the fields: "<prefix>Sample_<variable>" (e.g. bodySample_1).
    explicit VariableSampleEditor(const QString& prefix, QWidget* parent = nullptr);

    void setVariables(const QStringList& variables);
    void setSamples(const QMap<QString, QString>& samples);
    QMap<QString, QString> samples() const;
    QStringList variables() const { return m_variables; }
    QLineEdit* field(const QString& variable) const { return m_fields.value(variable); }

Q_SIGNALS:
    void changed();

private:
    void updateMarks();

    QString m_prefix;
    QStringList m_variables;
    QMap<QString, QString> m_values; // also of variables removed for now, so retyping them restores the sample
    QMap<QString, QLineEdit*> m_fields;
    QFormLayout* m_form;
};

} // namespace wabadesk::ui
