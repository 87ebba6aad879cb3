# The business-profile editor's non-widget parts, relative to app/: the rules (REFERENCE.md §4.2) shared by the
# editor, the CLI, ApiClient and the sandbox; the validated, audited update path; copying to other channels; CSV.
set(WABADESK_PROFILE_SOURCES
    profile/ProfileAuditCsv.cpp profile/ProfileAuditCsv.h
    profile/ProfileCopier.cpp profile/ProfileCopier.h
    profile/ProfilePhotoLoader.cpp profile/ProfilePhotoLoader.h
    profile/ProfileRules.cpp profile/ProfileRules.h
    profile/ProfileUpdater.cpp profile/ProfileUpdater.h
)
