#pragma once

#include "model/BusinessProfile.h"
#include "profile/ProfileRules.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wabadesk::ui {

// The business profile's fields (REFERENCE.md §4.2) as a form: a character counter under every text field, the
// reason under a field that breaks a rule (and its label in the error colour), the industry as readable names, and
// the photo as a round thumbnail with a "Choose Photo…" button. It only shows values; ProfileEditor decides.
class ProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget* parent = nullptr);

    BusinessProfile values() const; // normalized (profile::normalized)
    void setValues(const BusinessProfile& profile);
    // Marks the fields with problems (all others are cleared).
    void showProblems(const QList<profile::Problem>& problems);
    // The photo shown in the photo row: the current picture, or the one chosen to upload (`pending`).
    void setPhoto(const QImage& photo, bool pending);
    QWidget* editor(profile::Field field) const { return m_editors.value(field); }

Q_SIGNALS:
    void edited();
    void choosePhotoRequested();

private:
    void addRow(profile::Field field, const QString& label, QWidget* editor, QWidget* secondEditor = nullptr);
    void updateCounters();
    void updateCounter(QLabel* counter, int length, int limit);

    QFormLayout* m_layout;
    QLineEdit* m_about;
    QLineEdit* m_address;
    QPlainTextEdit* m_description;
    QLineEdit* m_email;
    QLineEdit* m_website1;
    QLineEdit* m_website2;
    QComboBox* m_vertical;
    QLabel* m_photo;
    QLabel* m_photoNote;
    QPushButton* m_choosePhoto;
    QHash<profile::Field, QWidget*> m_editors;
    QHash<profile::Field, QLabel*> m_errors;
    QHash<profile::Field, QLabel*> m_labels;
    QHash<QWidget*, QLabel*> m_counters; // per text editor
};

} // namespace wabadesk::ui
