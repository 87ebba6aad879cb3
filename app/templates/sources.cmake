# The template composer's non-widget parts, relative to app/: the rule checker (REFERENCE.md §3.5), the editable
# definition and WhatsApp's template language codes.
set(WABADESK_TEMPLATES_SOURCES
    templates/PreviewText.cpp templates/PreviewText.h
    templates/TemplateDraft.cpp templates/TemplateDraft.h
    templates/TemplateLanguages.cpp templates/TemplateLanguages.h
    templates/TemplateRules.cpp templates/TemplateRules.h
    templates/TemplateSendBuilder.cpp templates/TemplateSendBuilder.h
)
