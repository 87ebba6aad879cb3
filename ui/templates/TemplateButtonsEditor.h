#pragma once

#include "templates/TemplateDraft.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace wabadesk::ui {

// The buttons of a template: quick replies, URL (with an optional {{1}} suffix and its sample), phone number, copy
// code, and for AUTHENTICATION the one-time password button (copy code, one-tap, zero-tap). Rows can be moved and
// removed; "Add button" offers the types the category allows.
class TemplateButtonsEditor : public QWidget {
    Q_OBJECT
public:
    explicit TemplateButtonsEditor(QWidget* parent = nullptr);

    void setButtons(const QList<templates::ButtonDraft>& buttons);
    QList<templates::ButtonDraft> buttons() const { return m_buttons; }
    void setCategory(const QString& category);

    // Problems per button index, and those about the buttons as a whole (count, grouping).
    void setProblems(const QMap<int, QStringList>& perButton, const QStringList& general);

public Q_SLOTS:
    void addButton(const QString& type);
    void removeButton(int index);
    void moveButton(int index, int delta);

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    QWidget* rowFor(int index);
    void updateUrlExample(int index);

    QList<templates::ButtonDraft> m_buttons;
    QStringList m_suffixes; // URL buttons: the sample suffix the example is made from
    QString m_category;
    QVBoxLayout* m_rows;
    QList<QLabel*> m_rowProblems;
    QLabel* m_general;
    QToolButton* m_add;
};

} // namespace wabadesk::ui
