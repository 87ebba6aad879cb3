# Sources of the sandbox, relative to app/. Kept here so the sandbox's files are listed in its own folder.
set(WABADESK_SANDBOX_SOURCES
    sandbox/AccountRoutes.cpp
    sandbox/ControlRoutes.cpp
    sandbox/DemoScenes.cpp sandbox/DemoScenes.h
    sandbox/HealthRoutes.cpp
    sandbox/CustomerMessages.cpp sandbox/CustomerMessages.h
    sandbox/CustomerStories.cpp sandbox/CustomerStories.h
    sandbox/MediaRoutes.cpp
    sandbox/MessageRoutes.cpp
    sandbox/MessageTraffic.cpp sandbox/MessageTraffic.h
    sandbox/PartnerData.cpp sandbox/PartnerData.h
    sandbox/PartnerRoutes.cpp
    sandbox/Sandbox.cpp sandbox/Sandbox.h
    sandbox/SandboxChannel.h
    sandbox/SandboxFaults.cpp sandbox/SandboxFaults.h
    sandbox/SandboxHttp.cpp sandbox/SandboxHttp.h
    sandbox/SandboxNumbers.cpp sandbox/SandboxNumbers.h
    sandbox/SandboxRouter.cpp sandbox/SandboxRouter.h
    sandbox/SandboxRoutes.h
    sandbox/SandboxServer.cpp sandbox/SandboxServer.h
    sandbox/SandboxState.cpp sandbox/SandboxState.h
    sandbox/ScriptedCustomers.cpp sandbox/ScriptedCustomers.h
    sandbox/SeedData.cpp sandbox/SeedData.h
    sandbox/TemplateRoutes.cpp
    sandbox/TemplateRules.cpp sandbox/TemplateRules.h
    sandbox/WebhookPayloads.cpp sandbox/WebhookPayloads.h
    sandbox/WebhookPoster.cpp sandbox/WebhookPoster.h
)
# The demo customers' voice note, video and photo (tools/make-demo-media.sh), read as :/sandbox/<name>.
set(WABADESK_SANDBOX_RESOURCES sandbox/media/voice-note.ogg sandbox/media/clip.mp4 sandbox/media/photo.jpg)
