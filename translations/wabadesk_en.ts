<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConversationText</name>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerErrors</name>
    <message numerus="yes">
        <source>Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Wait %n second, then try again.</numerusform>
            <numerusform>Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingReport</name>
    <message numerus="yes">
        <source>This month: %n charged (%1)</source>
        <translation>
            <numerusform>This month: %n charged (%1)</numerusform>
            <numerusform>This month: %n charged (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n free</source>
        <translation>
            <numerusform> · %n free</numerusform>
            <numerusform> · %n free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>This code expires in %n minute(s).</source>
        <translation>
            <numerusform>This code expires in %n minute.</numerusform>
            <numerusform>This code expires in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateNotice</name>
    <message numerus="yes">
        <source>Variables: numbered (%n)</source>
        <translation>
            <numerusform>Variables: numbered (%n)</numerusform>
            <numerusform>Variables: numbered (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WabadeskCli</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening for webhooks at %1 (accepted credentials: %n; data in %2). Ctrl+C stops.</source>
        <translation>
            <numerusform>Listening for webhooks at %1 (accepted credentials: %n; data in %2). Ctrl+C stops.</numerusform>
            <numerusform>Listening for webhooks at %1 (accepted credentials: %n; data in %2). Ctrl+C stops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %n second(s)</source>
        <translation>
            <numerusform>Retry after: %n second</numerusform>
            <numerusform>Retry after: %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for 360dialog&apos;s rate limit…</source>
        <translation>
            <numerusform>Waiting %n second for 360dialog&apos;s rate limit…</numerusform>
            <numerusform>Waiting %n seconds for 360dialog&apos;s rate limit…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Partner API key %1 works for partner %2 (%n client(s)); it is in the keychain.</source>
        <translation>
            <numerusform>The Partner API key %1 works for partner %2 (%n client); it is in the keychain.</numerusform>
            <numerusform>The Partner API key %1 works for partner %2 (%n clients); it is in the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::OutboxSender</name>
    <message numerus="yes">
        <source> — gave up after %n attempt(s)</source>
        <translation>
            <numerusform> — gave up after %n attempt</numerusform>
            <numerusform> — gave up after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ApplyToChannelsDialog</name>
    <message numerus="yes">
        <source>Applying to %n channel(s)…</source>
        <translation>
            <numerusform>Applying to %n channel…</numerusform>
            <numerusform>Applying to %n channels…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSwitcher</name>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationDelegate</name>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation>
            <numerusform>%n message could not be sent</numerusform>
            <numerusform>%n messages could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationHeader</name>
    <message numerus="yes">
        <source>Window open · %n h left</source>
        <translation>
            <numerusform>Window open · %n h left</numerusform>
            <numerusform>Window open · %n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n min left</source>
        <translation>
            <numerusform>Window open · %n min left</numerusform>
            <numerusform>Window open · %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%1 — %n unread message(s)</source>
        <translation>
            <numerusform>%1 — %n unread message</numerusform>
            <numerusform>%1 — %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)…</source>
        <translation>
            <numerusform>%n more message…</numerusform>
            <numerusform>%n more messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The last item of a list of customer names: &quot;Ana, Bruno, Carla, Davi and 2 more&quot;</extracomment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaLibraryModel</name>
    <message numerus="yes">
        <source>expires in %n d</source>
        <translation>
            <numerusform>expires in %n d</numerusform>
            <numerusform>expires in %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>expires in %n h</numerusform>
            <numerusform>expires in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>expires in %n min</numerusform>
            <numerusform>expires in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaPanel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PartnerClientDelegate</name>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PricingReportDialog</name>
    <message numerus="yes">
        <source>%n message(s) charged</source>
        <translation>
            <numerusform>%n message charged</numerusform>
            <numerusform>%n messages charged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfileHistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <extracomment>%1 of %2 changes shown after filtering.</extracomment>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcher</name>
    <message numerus="yes">
        <source>%n match(es) · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>
            <numerusform>%n match · ↑↓ to choose · Enter to open · Esc to close</numerusform>
            <numerusform>%n matches · ↑↓ to choose · Enter to open · Esc to close</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcherModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateComposer</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePickerDialog</name>
    <message numerus="yes">
        <source>%n template(s) not approved (pending, rejected or paused) are not shown.</source>
        <translation>
            <numerusform>%n template not approved (pending, rejected or paused) is not shown.</numerusform>
            <numerusform>%n templates not approved (pending, rejected or paused) are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsageChart</name>
    <message numerus="yes">
        <source>%n period(s), %1 conversations in all</source>
        <translation>
            <numerusform>%n period, %1 conversations in all</numerusform>
            <numerusform>%n periods, %1 conversations in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::UsagePanel</name>
    <message numerus="yes">
        <source>360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n second(s).</source>
        <translation>
            <numerusform>360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n second.</numerusform>
            <numerusform>360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WindowBanner</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
