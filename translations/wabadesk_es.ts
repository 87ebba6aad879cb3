<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiClient</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: only lowercase letters, digits and underscores are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is available for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiValues</name>
    <message>
        <source>Abusive content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag and content mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelService</name>
    <message>
        <source>The channel is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationText</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A message preview in the conversation list: &quot;Photo: the caption&quot;, &quot;Location: Berlin Zoo&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customer service window open until %1: free-form messages can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written yet: start with a template message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service window closed: only template messages can be sent until the customer writes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorExplanations</name>
    <message>
        <source>The server could not be reached, or the connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS certificate or handshake failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent because it breaks the API&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is blocked for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and the channel&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL points at a 360dialog-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values listed and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the channel&apos;s API key; only the newest key of a channel works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact 360dialog support if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaArchiver</name>
    <message>
        <source>no media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the archive&apos;s size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>This message has no media to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaTypes</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files cannot be sent as %2. Supported: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a media type WhatsApp accepts (images JPEG/PNG, stickers WebP, audio AAC/AMR/MP3/M4A/OGG, video MP4/3GP, documents PDF/TXT/Office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1; %2 files may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePresentation</name>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide previous text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapped a reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from the WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what it said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapped a template button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template · %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message type is not supported by the WhatsApp Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message type (%1) is not supported by the WhatsApp Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the status of this message is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message type “%1”, kept as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show previous text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered (no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageValidation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (the customer&apos;s phone number or wa_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one of &quot;id&quot; or &quot;link&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not allowed for %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only allowed for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number between -90 and 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number between -180 and 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 header is only allowed on reply buttons and URL buttons; lists take a text header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a media header must not have a caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, image, video or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to 3 buttons (has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;reply&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; titles must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to 10 sections (has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; row ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have %1 rows in total; the limit is 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of button, list, cta_url, location_request_message (is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not allowed on a location request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;cta_url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;send_location&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be header, body or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the button&apos;s position, 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 20 lowercase letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain newlines, tabs or more than four consecutive spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (an empty string removes the reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;whatsapp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type the API can send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;read&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_product: must be &quot;whatsapp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites: must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites: at most 2 are allowed (%1 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites: &quot;%1…&quot; is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites: &quot;%1&quot; must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sample uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*%1* is your verification code. For your security, do not share this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*%1* is your verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain has no entry for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (on Linux: no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this journal record was already ingested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every event in it was already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLanguages</name>
    <message>
        <source>Afrikaans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Egypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Lebanon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Morocco)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Qatar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (UAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali (India)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Taiwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Ghana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (India)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Jamaica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Malaysia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (New Zealand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Qatar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (South Africa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Uganda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Ivory Coast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Morocco)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Argentina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Chile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Colombia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Costa Rica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Dominican Republic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Ecuador)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Honduras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Panama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Peru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Uruguay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRules</name>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; the limit is 512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and underscores in the name (&quot;%1&quot; is not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of WhatsApp&apos;s template language codes (like en_US, de, pt_BR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter_format must be POSITIONAL or NAMED, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component type; use HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has at most one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the body text; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1 characters long; the limit is 1,024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header format must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (error 2388047).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text header needs text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is %1 characters long; the limit is 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header can have at most one variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer is %1 characters long; the limit is 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer cannot contain variables (error 2388073).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable; write {{1}} or {{snake_case_name}} with both pairs of braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either numbered variables ({{1}}) or named ones ({{first_name}}), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the variables {{1}}, {{2}}, … in sequence without gaps ({{%1}} is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variables are %1 but the template&apos;s parameter format is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}: named variables are lower-case letters, digits and underscores, starting with a letter, at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body cannot start or end with a variable; add words before and after it (error 2388299).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two variables are next to each other; put words or punctuation between them (rejected as INVALID_FORMAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many variables for the length of the text: %1 variables and %2 words (error 2388293).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a sample value for the body variable {{%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.body_text must be a list inside a list: [[&quot;sample 1&quot;, &quot;sample 2&quot;]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a sample value for the header variable {{%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a sample %1 for the header; Meta reviews the template with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has 1 to 10 buttons, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type this app supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button label is %1 characters long; the limit is 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the quick replies together, all before or all after the other buttons (&quot;invalid combination&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has at most 2 URL buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an http(s) address of at most 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL can have one variable, {{1}}, and only at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a sample of the full address for the URL variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has at most 1 phone number button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the phone number in international form, e.g. +15550051310 (up to 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leading zero after the country code is removed by WhatsApp; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template has at most 1 copy code button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a sample code of 1 to 15 characters for the copy code button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password buttons belong to AUTHENTICATION templates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password button must be COPY_CODE, ONE_TAP or ZERO_TAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-tap and zero-tap buttons need 1 to 5 Android apps, each with a package name and an 11-character signature hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication templates have no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication templates have exactly one button: the one-time password button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp writes the body of authentication templates (&quot;{{1}} is your verification code.&quot;); this text is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expiry must be 1 to 90 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales wording (&quot;%1&quot;) in a UTILITY template is usually rejected as PROMOTIONAL; use MARKETING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Test event from the WabaDesk webhook inspector (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookParser</name>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 is what was expected (&quot;a string&quot;, &quot;an array&quot;, …), %2 what came (also untranslated JSON type names)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is a JSON array, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object is %1, not whatsapp_business_account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry is %1, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a Cloud API envelope (object, entry) nor the On-Premise shape (messages, statuses)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookUrlRules</name>
    <message>
        <source>Enter the URL where 360dialog should deliver webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a well-formed URL (expected e.g. https://hooks.example.com/whatsapp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must use https:// (360dialog only delivers to HTTPS with a valid certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name must not contain &quot;_&quot; (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not contain a port (&quot;:%1&quot;); 360dialog delivers to port 443 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; use an Authorization header instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>WabaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo channel&apos;s webhook could not be set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop client for WhatsApp Business through 360dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a local sandbox that behaves like 360dialog (no real messages, nothing saved, the system keychain untouched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep channels and history in DIR (default: $WABADESK_DATA_DIR, else the user&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary directory for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo channel (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo channel could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::channels::ChannelService</name>
    <message>
        <source>The base URL cannot be reached: %1. Check the URL, or whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network failed while checking: %1. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that you pasted the whole key and that it is the channel&apos;s newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this base URL does not answer like the 360dialog API (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the channel&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key must not contain spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already set up as &quot;%1&quot;. To use a new key, rotate that channel&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key belongs to another number (%1), not to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was replaced, but the webhook could not be re-applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header %1 must not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no API key for &quot;%1&quot;. Rotate the key to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::MessageSender</name>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the message to react to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caption can only go with a photo, a video or a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an interactive message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a template message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WabaDesk has no phone number for this customer, so it cannot write to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed: the customer has not written in the last 24 hours. Only an approved template can be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed: send an approved template instead of retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be queued again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent from WabaDesk can be sent again from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::outbox::OutboxSender</name>
    <message numerus="yes">
        <source> — gave up after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file to send no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AddChannelDialog</name>
    <message>
        <source>Enter the base URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an http(s) URL, e.g. https://waba-v2.360dialog.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over http:// the API key travels unencrypted. Use https:// unless this is a test server on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the legacy On-Premise API, which Meta ended on 23 October 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog &amp;Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the number&apos;s API key from the 360dialog Hub. WabaDesk checks it at once, names the channel from what 360dialog reports, and keeps the key in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — live numbers (the usual choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 360dialog&apos;s test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the D360-API-KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as dots. WabaDesk never writes it to a file, a log or the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: named from the API otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with 360dialog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is correct, but this computer has no keychain to keep it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is correct, but the keychain could not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet), and none is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WabaDesk keeps API keys only in the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet). It answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WabaDesk never writes a key to a file instead.

You can keep the key in memory for this run only: the channel works until you quit WabaDesk, and you add it again next time. To keep it, install or unlock a keychain and add the channel again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Key for This Run Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::AttachmentFiles</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelActions</name>
    <message>
        <source>&amp;Add Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current channel&apos;s API key with a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current channel and its key from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”; its key is kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of “%1” replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from WabaDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WabaDesk deletes the channel&apos;s API key and webhook secrets from the keychain and forgets its settings. Nothing changes at 360dialog: the number, its key and its webhook stay as they are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete this channel&apos;s local history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelErrorText</name>
    <message>
        <source>The API key was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a 360dialog API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key again from the 360dialog Hub (API keys of the number). Only the newest key of a number works; a key generated earlier stops working when a new one is generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL for typing mistakes. For the Cloud API it is https://waba-v2.360dialog.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet connection (and proxy or firewall), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at this address, but not like 360dialog. Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain (it may have asked for a password) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use a new key for that number, rotate the existing channel&apos;s key instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelSwitcher</name>
    <message>
        <source>Add Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WhatsApp number with its 360dialog API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations of every channel in one list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelText</name>
    <message>
        <source>Legacy On-Premise API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key kept for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of a channel&apos;s description.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — local sandbox at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>Status bar: channel name, service, base URL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This channel uses the legacy On-Premise API, which Meta ended on 23 October 2025.&lt;/b&gt; Messages through it no longer work. Migrate the number to the Cloud API in the 360dialog Hub, generate a new API key there, then remove this channel and add the number again with the 360dialog Cloud base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ChannelWorkspace</name>
    <message>
        <source>Opening the channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading its API key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading its API key from the keychain. The keychain may ask you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s key could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If the keychain no longer holds the key, use &lt;b&gt;Rotate Key…&lt;/b&gt; to enter it again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations are kept in the message store, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file, send a location, a contact card, buttons, a list or a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File, Photo or Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;Buttons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with &amp;Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Ctrl+Enter sends and Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a preview of the first link in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed: files can be sent again after the customer writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form messages are off until the customer writes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 — %3 too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caption can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed: reactions can be sent again after the customer writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ContactCardDialog</name>
    <message>
        <source>Send Contact Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and + - ( ) . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website must be a full address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as shown in the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationDelegate</name>
    <message numerus="yes">
        <source>%n message(s) could not be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationHeader</name>
    <message>
        <source>Find in conversation (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed · templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n h left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window open · %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Free-form messages are allowed until %1 (24 hours after the customer&apos;s last message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours since the customer&apos;s last message: only approved templates can be sent until they write again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationListPanel</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations with unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations whose 24-hour window is open (free-form replies possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations with messages that could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from customers appear here as they arrive. You can also write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name, number or last message contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches the selected filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationView</name>
    <message>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read and answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove my reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message info…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ConversationsArea</name>
    <message>
        <source>Message Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted message is not in this conversation&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Template to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the channel&apos;s templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::DesktopNotifier</name>
    <message>
        <source>📷 Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎥 Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎤 Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📄 Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>👤 Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🛒 Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show WabaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute All Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (notifications muted)</source>
        <extracomment>Tray tooltip suffix while every notification is muted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Notification title: the customer&apos;s name, then the channel (phone number) it wrote to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Notification body: the customers who wrote (a list), most recent first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The last item of a list of customer names: &quot;Ana, Bruno, Carla, Davi and 2 more&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values need correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1 (subcode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fbtrace_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error headline, then its explanation and what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (older) — Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (newer) — Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find — Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::InteractiveBuilderDialog</name>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1, row %2, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons and Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message above the buttons (required, up to 1,024 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional small print, up to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to three buttons the customer can tap once. Titles: up to 20 characters, each different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yes, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button that opens the list, e.g. Choose a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 rows in total. Rows with the same section name are grouped; with more than one section, each needs a name (up to 24 characters). Titles up to 24, descriptions up to 72 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message that goes above the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one button a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the button that opens the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one row a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerActions</name>
    <message>
        <source>Webhook &amp;Listener…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embedded webhook listener runs, and whether it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent webhook deliveries, what became of each, and their bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming messages and delivery statuses arrive through the webhook listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks sent to this address are stored and shown live. View → Webhook Inspector shows each delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address or port in Settings → Webhook Listener…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it in Settings → Webhook Listener…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received, %L3 refused</source>
        <extracomment>Status bar: the listener&apos;s URL, then how many requests it answered (and refused).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener: %1 — %L2 received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ListenerSettingsDialog</name>
    <message>
        <source>&amp;Run the webhook listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;Incoming messages and delivery statuses reach WabaDesk through this listener. 360dialog delivers only to a &lt;b&gt;public https:// URL&lt;/b&gt; (port 443, valid certificate), so a &lt;b&gt;reverse proxy&lt;/b&gt; (nginx, Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (Cloudflare Tunnel, ngrok) must forward that URL to the address below. Set the public URL as the channel&apos;s webhook, with a secret header, on the channel&apos;s Webhooks tab.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The listener accepts only requests that carry one of your channels&apos; webhook secrets; everything else is refused and never stored.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 accepts connections from this computer only (a proxy or tunnel running here); 0.0.0.0 accepts them from the network too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, e.g. fullchain.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, e.g. privkey.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed behind a proxy or tunnel that ends HTTPS itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use an address of this computer, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS needs a certificate file and a key file that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now listening at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::LocationDialog</name>
    <message>
        <source>Send Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste coordinates or a link from a map. The customer sees a pin they can open in their maps app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 52.5200, 13.4050 or a map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Main Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; shown only with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the coordinates as latitude, longitude (e.g. 52.5200, 13.4050) or paste a map link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2 — &lt;a href=&quot;%3&quot;&gt;check on the map&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a position: use latitude, longitude in degrees (−90 to 90, −180 to 180).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MainWindow</name>
    <message>
        <source>No channel yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;WabaDesk works with WhatsApp Business numbers connected through 360dialog. Add a number with its API key from the 360dialog Hub; WabaDesk checks the key and keeps it in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;To look around without a number, start WabaDesk with &lt;b&gt;--demo&lt;/b&gt;: it runs a local sandbox that behaves like 360dialog, with sample templates, a business profile and customers. Nothing leaves this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notifications for this channel; its messages still count as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WabaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels — %1</source>
        <extracomment>Window title when every channel&apos;s conversations are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: channel name, then the application name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unread Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Conversation &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About WabaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;WabaDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for WhatsApp Business through 360dialog.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MediaKindQuestion</name>
    <message>
        <source>Send File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “%1” as a %2 or as a document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp shows a photo or video in the chat and makes it smaller. A document keeps the original file and quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageDelegate</name>
    <message>
        <source>Queued: waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageInfoDialog</name>
    <message>
        <source>Message info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListModel</name>
    <message>
        <source>Original message not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::MessageQuote</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::NewConversationDialog</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s WhatsApp number. Businesses can write first only with an approved template; free-form messages are possible once the customer replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 151 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number with its country code, for example +49 151 12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits, spaces, dashes, dots, parentheses and one leading + can be part of a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the country code (for example +49 for Germany): this channel&apos;s country is not known, so a number starting with 0 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country has this code. Start with + and the country code, for example +44.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for a phone number: enter the country code, the area or mobile code and the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for a phone number in %1: enter the area or mobile code and the whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for a phone number (at most 15 digits with the country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>Shown under the number field when the number is valid: ✓ +49 1511 2345678 · Mobile · Germany</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the country code: this channel&apos;s country is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Enter sends the message, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ctrl+Enter sends the message, Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new customer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;read receipts when I open a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute these channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A muted channel raises no notification; its new messages still count as unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers see blue ticks once you have opened their conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages/s</source>
        <extracomment>Unit after the rate limit spin box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit per channel, messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit per channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp lets a number send 80 messages per second by default, up to 1,000 on higher tiers. The outbox never sends faster than this on any one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after restarting WabaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ProfilePanel</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under the business name; 1 to 139 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second webs&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the profile again from WhatsApp, discarding unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed fields to WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers see when they open this business&apos;s WhatsApp profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reload; showing the profile loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcher</name>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to conversation or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a conversation or channel — name, number or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching conversations and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute Notifications</source>
        <extracomment>%1: the channel&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute Notifications for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::QuickSwitcherModel</name>
    <message>
        <source> · </source>
        <extracomment>Separates the number and the channel in the quick switcher.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <extracomment>Subtitle of a channel in the quick switcher: &quot;Channel · +49 30 1234567&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::ReplyBar</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::RotateKeyDialog</name>
    <message>
        <source>Rotate API Key — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the API key of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Generate a new key for this number in the 360dialog Hub, then paste it here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Only the newest key of a number works:&lt;/b&gt; the moment a new key is generated, the old one stops working, and 360dialog resets the number&apos;s webhook.&lt;/p&gt;&lt;p&gt;WabaDesk checks the new key first, then replaces the old one in the keychain and sets the webhooks it knows again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new D360-API-KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was replaced (now %1), but a webhook was not set again.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Open the channel&apos;s Webhooks tab and save the webhook again.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The old key is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Key replaced.&lt;/b&gt; The channel now uses the key %1; the old key is gone from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone-number webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;No webhook had been set through WabaDesk, so there was none to set again. If 360dialog delivered to a webhook before, set it again in the Webhooks tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Webhook re-applied — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchPanel</name>
    <message>
        <source>Search messages in all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages · %1</source>
        <extracomment>Section header above the search results, with their number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::SearchResultModel</name>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button label (up to 25 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/track/{{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for {{1}} at the end of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let each message add its own ending to the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15550051310</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample code, up to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android package, e.g. com.example.app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App signature hash (11 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateComposer</name>
    <message>
        <source>Choose sample file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;For your security, do not share this code.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a template from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template as JSON, e.g. to keep it in version control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_update (lower-case letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered: {{1}}, {{2}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named: {{first_name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text, up to 60 characters, at most one variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for the Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a variable at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (*text*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (_text_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikethrough (~text~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monospace (```text```)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{1}}, your order {{2}} has shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 1,024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reviews the template with a sample %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the channel to upload a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to fix, %2 to check.</source>
        <extracomment>%1 is &quot;%n problem(s)&quot;, %2 is &quot;%n warning(s)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems shown beside the fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 uploaded as the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted. Waiting for WhatsApp&apos;s review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Approved. The template can be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Rejected (%1). Fix it and submit under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a template in JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePickerDialog</name>
    <message>
        <source>one-time-password templates are sent by your systems, not by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location headers are not supported here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the channel&apos;s templates from WhatsApp again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) not approved (pending, rejected or paused) are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No approved templates. Press Refresh to load them from WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved templates for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header {{%1}}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public https:// link to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the customer copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field (%1 is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp would refuse these parameters (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatePreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateSendDialog</name>
    <message>
        <source>Send a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel has no approved templates yet. Write one under Templates, and send it once WhatsApp has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/file or media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name shown (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as, e.g. $12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as, e.g. May 3, 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to copy, up to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload sent back (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no variables; it is sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header location (latitude and longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} currency code and amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp would refuse this (error %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplateTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::TemplatesPanel</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, language, category or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the templates from WhatsApp again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new template starting from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected template in all its languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last sync (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): quality is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Template from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its languages go (%1). WhatsApp does not let you reuse the name for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 in all its languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel has no templates yet. Updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates: %1. Updated at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 templates. Updated at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::VariableSampleEditor</name>
    <message>
        <source>Sample value (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookAuthEditor</name>
    <message>
        <source>&amp;Generate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated secret header (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic credentials (Authorization: Basic …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog adds no header. Anyone who learns the URL can send fake events to it; choose a secret header unless something else protects the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new random secret (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog sends this header with every delivery, and the listener refuses requests without it. The value goes straight to 360dialog and into the keychain: there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click “Generate Secret” to create the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must not contain “:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid header name (letters, digits and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the header %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the header needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the value must not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one header, or choose “None”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no secret yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate New Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookEventModel</name>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new statuses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookInspector</name>
    <message>
        <source>Send &amp;Test Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel for the test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a test message for this channel, with its webhook secret, to the listener&apos;s own URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed the selected body into the journal again; it is ingested like a redelivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries appear here as they arrive, with what became of each: stored, duplicate, quarantined or rejected. &lt;b&gt;Send Test Event&lt;/b&gt; tries the round trip through the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to see its body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: wamid, number, code, text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event went through the listener and came back in %1 ms: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed into the journal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at %1 from %2: %3. The body of a refused request is not read, and nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening at %1 · received: %2 · refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is not running. Start it in Settings → Webhook Listener….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no webhook secret yet, so the listener would refuse the test event. Set the channel&apos;s webhook with a secret header on its Webhooks tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test event to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener answered the test event with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event did not reach the listener: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying #%1 as #%2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSection</name>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone-number webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URL for every number of the WhatsApp Business Account. 360dialog uses it for numbers without a phone-number webhook; each event names its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where 360dialog delivers this number&apos;s incoming messages and delivery statuses. It takes precedence over the WABA webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook from 360dialog again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this webhook at 360dialog and keep its header values in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 360dialog now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from 360dialog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360dialog delivers nothing for this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the webhook at 360dialog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1: 360dialog delivers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WebhookSettingsPanel</name>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;360dialog delivers incoming messages and delivery statuses as HTTPS POST requests to a webhook URL. That URL must be &lt;b&gt;public&lt;/b&gt;, use &lt;b&gt;https://&lt;/b&gt; with a valid certificate on &lt;b&gt;port 443&lt;/b&gt; (no port in the URL), and its host name must not contain &lt;b&gt;“_”&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A desktop computer behind a router (NAT) cannot be reached from the internet directly. Put a &lt;b&gt;reverse proxy&lt;/b&gt; on a public host (for example nginx or Caddy) or a &lt;b&gt;tunnel&lt;/b&gt; (for example Cloudflare Tunnel or ngrok) in front of it, forwarding to the local address of WabaDesk&apos;s embedded webhook listener.&lt;/p&gt;&lt;p style=&apos;margin-bottom:0&apos;&gt;The embedded listener runs where &lt;b&gt;Settings → Webhook Listener…&lt;/b&gt; says. The authentication header you choose here goes to 360dialog and into the keychain, where the listener reads it: requests without it are refused and never stored.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:0&apos;&gt;This is a sandbox channel: http:// URLs on this computer (127.0.0.1, localhost) are accepted too, for local testing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::ui::WindowBanner</name>
    <message>
        <source>Send &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved message template; WhatsApp delivers those at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Window closes in %1 — after that, only templates reach the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window open — %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has not written to you yet. WhatsApp delivers only approved templates until they reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reported the 24-hour window as closed (error 131047). Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Free-form messages would not be delivered: send an approved template. The window reopens when the customer replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window ends %1 (24 hours after the customer&apos;s last message).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wabadesk::webhook::ListenerService</name>
    <message>
        <source>The journal cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal refused the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
