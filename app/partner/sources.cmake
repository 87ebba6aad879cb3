# The Partner API (UPDATES-2026.md §12), relative to app/: its client, rate limiter, model, errors, the partner's
# account (id and key) and "Add to WabaDesk".
set(WABADESK_PARTNER_SOURCES
    partner/ChannelImporter.cpp partner/ChannelImporter.h
    partner/PartnerAccount.cpp partner/PartnerAccount.h
    partner/PartnerClient.cpp partner/PartnerClient.h
    partner/PartnerErrors.cpp partner/PartnerErrors.h
    partner/PartnerJson.cpp partner/PartnerJson.h
    partner/PartnerTypes.cpp partner/PartnerTypes.h
    partner/RateLimiter.cpp partner/RateLimiter.h
)
