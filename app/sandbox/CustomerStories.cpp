#include "sandbox/CustomerStories.h"

namespace wabadesk::sandbox {

namespace {

Say said(Say::Kind kind, const char* text = "", const char* detail = "")
{
    return Say{kind, QString::fromUtf8(text), QString::fromUtf8(detail), 0, 0};
}
Say text(const char* body)
{
    return said(Say::Kind::Text, body);
}
Say quote(const char* body)
{
    return said(Say::Kind::QuoteAgent, body);
}
Say react(const char* emoji)
{
    return said(Say::Kind::ReactAgent, emoji);
}
Say editOpening(const char* corrected)
{
    return said(Say::Kind::EditOpening, corrected);
}
Say location(double latitude, double longitude, const char* name, const char* address)
{
    Say say = said(Say::Kind::Location, name, address);
    say.latitude = latitude;
    say.longitude = longitude;
    return say;
}

} // namespace

QList<Story> customerStories()
{
    using K = Say::Kind;
    return {
        // Anna: her parcel has not come. She sends a voice note, corrects her first message, and gives the new
        // address when asked.
        {QStringLiteral("4915112345678"),
         {text("Hallo! Ist meine Bestellung A-1001 schon unterwegs?")},
         {said(K::Voice),
          editOpening("Hallo! Ist meine Bestellung A-1001 schon unterwegs? Sie sollte gestern kommen.")},
         {{text("*Wichtig:* bitte an die _neue_ Adresse liefern, nicht an die ~alte~. Ich bin umgezogen:"),
           location(52.5219184, 13.4132147, "Alexanderplatz 1", "Alexanderplatz 1, 10178 Berlin")},
          {react("👍"), quote("Danke, das hilft mir sehr!")}},
         {}},
        // João: a T-shirt came with a flaw; a photo, later a video of it; the invoice when asked.
        {QStringLiteral("5511987654321"),
         {text("Olá! A camiseta do pedido B-2002 chegou com defeito na costura."),
          said(K::Image, "Foto do produto com defeito")},
         {said(K::Video, "Olha o defeito no vídeo")},
         {{quote("Prefiro trocar por uma M. Vocês entregam em Campinas?")},
          {said(K::Document, "Nota fiscal B-2002.pdf")},
          {react("❤️"), text("Perfeito, obrigado!")}},
         {}},
        // Lucía: ordered from the catalogue yesterday and wants another delivery day; her window closes in 4 h.
        {QStringLiteral("34612345678"),
         {said(K::Order, "Para regalo, por favor"), text("Hola, ¿puedo cambiar la fecha de entrega de este pedido?"),
          said(K::Unsupported, "poll")},
         {},
         {{quote("El viernes por la mañana sería perfecto. Si no estoy, lo recoge mi hermana:"),
           said(K::Contact, "Carmen García", "+34 612 987 654")},
          {text("Por cierto, en la factura pone <b>not bold</b> y <br> en medio, ¿es un error?")},
          {said(K::Sticker), text("¡Genial, gracias!")}},
         {}},
        // Oliver: wrote 30 hours ago; only a template reaches him now. He answers it.
        {QStringLiteral("447700900123"),
         {text("Hi, could you send me the tracking link for order D-4004?")},
         {},
         {{quote("Thanks, that's exactly what I needed!")}},
         {}},
        // Mehmet: the first answer to him fails (his app was out of date, 131026); he says so, and a Retry reaches
        // him.
        {QStringLiteral("905321234567"),
         {text("Hi! Do you ship to Istanbul? And how long does it take?")},
         {},
         {{quote("Got it now, thank you! Then I'll order today.")}, {react("🙏")}},
         {text("Hello? I didn't get any answer. Sorry, my WhatsApp was out of date, I've just updated it.")}},
    };
}

} // namespace wabadesk::sandbox
