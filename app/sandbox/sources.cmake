# Sources of the sandbox, relative to app/. Kept here so the sandbox's files are listed in its own folder.
set(WABADESK_SANDBOX_SOURCES
    sandbox/Sandbox.cpp sandbox/Sandbox.h
)
