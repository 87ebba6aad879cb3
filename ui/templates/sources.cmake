# The template area of wabadesk_ui, relative to ui/: library panel, composer and its parts, send dialog.
set(WABADESK_UI_TEMPLATES_SOURCES
    templates/TemplateButtonsEditor.cpp templates/TemplateButtonsEditor.h
    templates/TemplateComposer.cpp templates/TemplateComposer.h
    templates/TemplateDetails.cpp templates/TemplateDetails.h
    templates/TemplateFilterModel.cpp templates/TemplateFilterModel.h
    templates/TemplateNotice.cpp templates/TemplateNotice.h
    templates/TemplatePreview.cpp templates/TemplatePreview.h
    templates/TemplateSendDialog.cpp templates/TemplateSendDialog.h
    templates/TemplateTableModel.cpp templates/TemplateTableModel.h
    templates/TemplateViewDialog.cpp templates/TemplateViewDialog.h
    templates/TemplatesPanel.cpp templates/TemplatesPanel.h
    templates/VariableSampleEditor.cpp templates/VariableSampleEditor.h
)
