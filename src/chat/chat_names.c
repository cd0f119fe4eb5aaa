/*
 * Chat rules: names used in documents and visits, and the built-in invitation texts (nl, en,
 * de, fr). Pure C. SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "chat_core.h"

static const char *const field_names[CHAT_F_COUNT] = {
	"secondsOnPage", "cartValue", "cartItems", "visitCount", "pagesViewed", "lifetimeValue",
	"searchResults", "productPrice", "returnRate", "crossSellCandidates",
	"pageType", "url", "addedToCart", "segment", "language", "device", "category"
};

const char *chat_field_name(chat_field f)
{
	return (f >= 0 && f < CHAT_F_COUNT) ? field_names[f] : "?";
}

chat_num_kind chat_field_num_kind(chat_field f)
{
	switch (f) {
		case CHAT_F_CART_VALUE:
		case CHAT_F_LIFETIME_VALUE:
		case CHAT_F_PRODUCT_PRICE:
			return CHAT_NUM_MONEY;
		case CHAT_F_RETURN_RATE:
			return CHAT_NUM_RATE;
		default:
			return CHAT_NUM_INT;
	}
}

int chat_field_from_name(const char *key)
{
	int i;
	for (i = 0; i < CHAT_F_COUNT; i++) {
		if (strcmp(field_names[i], key) == 0) {
			return i;
		}
	}
	return -1;
}

static const char *const page_names[CHAT_PAGE_COUNT] = {
	"home", "category", "product", "search", "faq", "cart", "checkout", "account", "content", "other"
};
static const char *const device_names[CHAT_DEVICE_COUNT] = { "desktop", "mobile", "tablet" };

static int name_index(const char *const *names, int count, const char *s, size_t len)
{
	int i;
	for (i = 0; i < count; i++) {
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) {
			return i;
		}
	}
	return -1;
}

int chat_page_from_name(const char *s, size_t len)
{
	return name_index(page_names, CHAT_PAGE_COUNT, s, len);
}

const char *chat_page_name(int page)
{
	return (page >= 0 && page < CHAT_PAGE_COUNT) ? page_names[page] : "?";
}

int chat_device_from_name(const char *s, size_t len)
{
	return name_index(device_names, CHAT_DEVICE_COUNT, s, len);
}

const char *chat_device_name(int device)
{
	return (device >= 0 && device < CHAT_DEVICE_COUNT) ? device_names[device] : "?";
}

uint32_t chat_language_code(const char *s, size_t len)
{
	uint32_t code = 0;
	size_t i, n = 0;
	while (n < len && s[n] != '-' && s[n] != '_') {
		n++;
	}
	if (n < 2 || n > 3) {
		return 0;
	}
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z') {
			c = (char) (c - 'A' + 'a');
		}
		if (c < 'a' || c > 'z') {
			return 0;
		}
		code = (code << 8) | (uint32_t) (unsigned char) c;
	}
	return code;
}


static const char *const trigger_names[CHAT_TRIGGER_COUNT] = {
	"", "productDwell", "cartDwell", "faqSearch", "vipReturning", "highValue", "manyReturns", "crossSell"
};

const char *chat_trigger_name(chat_trigger t)
{
	return (t > 0 && t < CHAT_TRIGGER_COUNT) ? trigger_names[t] : "";
}

int chat_trigger_from_name(const char *s, size_t len)
{
	int t;
	for (t = 1; t < CHAT_TRIGGER_COUNT; t++) {
		if (strlen(trigger_names[t]) == len && memcmp(trigger_names[t], s, len) == 0) {
			return t;
		}
	}
	return -1;
}

const char *chat_kind_name(chat_kind k)
{
	return k == CHAT_KIND_OPPORTUNISTIC ? "opportunistic" : "defensive";
}


static const char *const form_names[CHAT_FORM_FIELD_COUNT] = { "name", "email", "questionType", "message" };

const char *chat_form_field_name(int index)
{
	return (index >= 0 && index < CHAT_FORM_FIELD_COUNT) ? form_names[index] : "?";
}


/*
 * Built-in invitation texts, one per trigger, language and form of address (formal first, then
 * informal; English has one form). Short, friendly, promising only what the availability checks
 * guarantee: someone is there to answer. Nothing assumes what the shop sells.
 */
#define TEXT(nl, en, de, fr, nl_i, de_i, fr_i) { { nl, en, de, fr }, { nl_i, NULL, de_i, fr_i } }
static const shopcx_text builtin[CHAT_TRIGGER_COUNT] = {
	[CHAT_TRIGGER_NONE] = TEXT(
		"Kunnen we u helpen? Chat met ons.",
		"Can we help? Chat with us.",
		"Können wir Ihnen helfen? Chatten Sie mit uns.",
		"Pouvons-nous vous aider ? Écrivez-nous.",
		"Kunnen we je helpen? Chat met ons.",
		"Können wir dir helfen? Chatte mit uns.",
		"Pouvons-nous t'aider ? Écris-nous."),
	[CHAT_TRIGGER_PRODUCT_DWELL] = TEXT(
		"Twijfelt u nog over dit product? We helpen u graag kiezen.",
		"Not sure about this product yet? We are happy to help you choose.",
		"Noch unsicher bei diesem Produkt? Wir helfen Ihnen gern bei der Auswahl.",
		"Vous hésitez encore sur ce produit ? Nous vous aidons volontiers à choisir.",
		"Twijfel je nog over dit product? We helpen je graag kiezen.",
		"Noch unsicher bei diesem Produkt? Wir helfen dir gern bei der Auswahl.",
		"Tu hésites encore sur ce produit ? Nous t'aidons volontiers à choisir."),
	[CHAT_TRIGGER_CART_DWELL] = TEXT(
		"Vragen over uw bestelling, de verzending of het betalen? Chat met ons.",
		"Questions about your order, shipping or payment? Chat with us.",
		"Fragen zu Ihrer Bestellung, zum Versand oder zur Zahlung? Chatten Sie mit uns.",
		"Une question sur votre commande, la livraison ou le paiement ? Écrivez-nous.",
		"Vragen over je bestelling, de verzending of het betalen? Chat met ons.",
		"Fragen zu deiner Bestellung, zum Versand oder zur Zahlung? Chatte mit uns.",
		"Une question sur ta commande, la livraison ou le paiement ? Écris-nous."),
	[CHAT_TRIGGER_FAQ_SEARCH] = TEXT(
		"Niet gevonden wat u zoekt? Stel uw vraag direct aan ons team.",
		"Cannot find what you are looking for? Ask our team directly.",
		"Nicht gefunden, was Sie suchen? Fragen Sie direkt unser Team.",
		"Vous ne trouvez pas ce que vous cherchez ? Posez votre question à notre équipe.",
		"Niet gevonden wat je zoekt? Stel je vraag direct aan ons team.",
		"Nicht gefunden, was du suchst? Frag direkt unser Team.",
		"Tu ne trouves pas ce que tu cherches ? Pose ta question à notre équipe."),
	[CHAT_TRIGGER_VIP_RETURNING] = TEXT(
		"Welkom terug! Kunnen we u ergens mee helpen?",
		"Welcome back! Is there anything we can help you with?",
		"Willkommen zurück! Können wir Ihnen bei etwas helfen?",
		"Ravis de vous revoir ! Pouvons-nous vous aider ?",
		"Welkom terug! Kunnen we je ergens mee helpen?",
		"Willkommen zurück! Können wir dir bei etwas helfen?",
		"Ravis de te revoir ! Pouvons-nous t'aider ?"),
	[CHAT_TRIGGER_HIGH_VALUE] = TEXT(
		"Een mooie keuze. Nog vragen voordat u beslist? Onze specialist helpt u graag.",
		"A fine choice. Any questions before you decide? Our specialist is happy to help.",
		"Eine gute Wahl. Noch Fragen vor der Entscheidung? Unser Fachberater hilft Ihnen gern.",
		"Un très bon choix. Des questions avant de décider ? Notre spécialiste vous aide volontiers.",
		"Een mooie keuze. Nog vragen voordat je beslist? Onze specialist helpt je graag.",
		"Eine gute Wahl. Noch Fragen vor der Entscheidung? Unser Fachberater hilft dir gern.",
		"Un très bon choix. Des questions avant de décider ? Notre spécialiste t'aide volontiers."),
	[CHAT_TRIGGER_MANY_RETURNS] = TEXT(
		"Twijfelt u welk product het beste bij u past? We adviseren u graag.",
		"Not sure which product suits you best? We are happy to advise you.",
		"Unsicher, welches Produkt am besten zu Ihnen passt? Wir beraten Sie gern.",
		"Vous hésitez sur le produit qui vous convient le mieux ? Nous vous conseillons volontiers.",
		"Twijfel je welk product het beste bij je past? We adviseren je graag.",
		"Unsicher, welches Produkt am besten zu dir passt? Wir beraten dich gern.",
		"Tu hésites sur le produit qui te convient le mieux ? Nous te conseillons volontiers."),
	[CHAT_TRIGGER_CROSS_SELL] = TEXT(
		"Benieuwd wat hier goed bij past? We denken graag met u mee.",
		"Wondering what goes well with this? We are happy to suggest something.",
		"Möchten Sie wissen, was gut dazu passt? Wir beraten Sie gern.",
		"Envie de savoir ce qui va bien avec ? Nous vous conseillons volontiers.",
		"Benieuwd wat hier goed bij past? We denken graag met je mee.",
		"Möchtest du wissen, was gut dazu passt? Wir beraten dich gern.",
		"Envie de savoir ce qui va bien avec ? Nous te conseillons volontiers."),
};

const char *chat_builtin_text(chat_trigger t, shopcx_locale locale, shopcx_register reg)
{
	if (t < 0 || t >= CHAT_TRIGGER_COUNT) {
		t = CHAT_TRIGGER_NONE;
	}
	return shopcx_text_get(&builtin[t], locale, reg);
}
