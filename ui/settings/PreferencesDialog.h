#pragma once

#include "model/Channel.h"
#include "settings/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace wabadesk::ui {

// Settings → Preferences… (Ctrl+,), in three pages: General (the interface language, used from the next start; the
// theme, System / Light / Dark, applied at once; how Enter behaves in the composer), Notifications (desktop
// notifications, muted channels, read receipts) and Sending and Media (the outbox's rate limit per channel, the media
// archive). OK and Apply emit applied() with the values; the window applies and saves them. Restore Defaults only
// fills in the defaults (nothing is applied until OK/Apply).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(const Preferences& current, const QList<Channel>& channels, QWidget* parent = nullptr);

    // What the dialog shows now.
    Preferences preferences() const;
    void setPreferences(const Preferences& preferences);

Q_SIGNALS:
    void applied(const wabadesk::ui::Preferences& preferences);

private:
    void updateEnabled();
    void fitToPages();

    QList<Channel> m_channels;
    QSet<QString> m_unlistedMuted; // muted channels the dialog does not list: kept as they are
    QTabWidget* m_pages;
    QComboBox* m_language;
    QComboBox* m_theme;
    QRadioButton* m_enterSends;
    QRadioButton* m_ctrlEnterSends;
    QLineEdit* m_agentName;
    QCheckBox* m_notifications;
    QListWidget* m_muted;
    QCheckBox* m_readReceipts;
    QSpinBox* m_rate;
    QSpinBox* m_archiveMax;
    QSpinBox* m_retention;
    QDialogButtonBox* m_buttons;
};

} // namespace wabadesk::ui
