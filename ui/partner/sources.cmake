# The partner console of wabadesk_ui (issue #20), relative to ui/: window, set-up, models, delegates, usage,
# "Add to WabaDesk" and the main window's action.
set(WABADESK_UI_PARTNER_SOURCES
    partner/AddToWabaDeskDialog.cpp partner/AddToWabaDeskDialog.h
    partner/PartnerActions.cpp partner/PartnerActions.h
    partner/PartnerClientDelegate.cpp partner/PartnerClientDelegate.h
    partner/PartnerConsole.cpp partner/PartnerConsole.h
    partner/PartnerModels.cpp partner/PartnerModels.h
    partner/PartnerSetupPanel.cpp partner/PartnerSetupPanel.h
    partner/StatusChipDelegate.cpp partner/StatusChipDelegate.h
    partner/UsageChart.cpp partner/UsageChart.h
    partner/UsagePanel.cpp partner/UsagePanel.h
)
