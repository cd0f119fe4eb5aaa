/* Stock levels and built-in label templates. Pure C. SPDX-License-Identifier: MIT */
#include "stock_core.h"

static const char *const level_names[SHOPCX_STOCK_LEVEL_COUNT] = {
	"in_stock", "low", "out_of_stock", "backorder", "preorder", "not_managed"
};

static const char *const template_names[SHOPCX_TPL_COUNT] = {
	"in_stock", "in_stock_qty", "low", "low_no_qty", "out_of_stock", "out_of_stock_date",
	"backorder", "backorder_date", "preorder", "preorder_date", "not_managed"
};

static const char *const builtin[SHOPCX_LOCALE_COUNT][SHOPCX_TPL_COUNT] = {
	{ "Op voorraad", "{qty} op voorraad", "Nog maar {qty} over!", "Bijna uitverkocht", "Uitverkocht",
	  "Uitverkocht, weer op voorraad vanaf {date}", "Op bestelling leverbaar", "Op bestelling leverbaar, verwacht op {date}",
	  "Pre-order", "Pre-order, leverbaar vanaf {date}", "Op voorraad" },
	{ "In stock", "{qty} in stock", "Only {qty} left!", "Almost sold out", "Out of stock",
	  "Out of stock, back on {date}", "Available on backorder", "On backorder, expected on {date}",
	  "Pre-order", "Pre-order, available from {date}", "In stock" },
	{ "Auf Lager", "{qty} auf Lager", "Nur noch {qty} verfügbar!", "Fast ausverkauft", "Ausverkauft",
	  "Ausverkauft, wieder verfügbar ab {date}", "Auf Bestellung lieferbar", "Auf Bestellung lieferbar, erwartet am {date}",
	  "Vorbestellbar", "Vorbestellbar, lieferbar ab {date}", "Auf Lager" },
	{ "En stock", "{qty} en stock", "Plus que {qty} en stock !", "Bientôt épuisé", "Rupture de stock",
	  "Rupture de stock, de retour le {date}", "Disponible sur commande", "Sur commande, attendu le {date}",
	  "Précommande", "Précommande, disponible à partir du {date}", "En stock" },
};

const char *shopcx_stock_level_name(shopcx_stock_level level)
{
	return level_names[level];
}

const char *shopcx_stock_template_name(shopcx_stock_template_key key)
{
	return template_names[key];
}

const char *shopcx_stock_builtin_template(shopcx_locale locale, shopcx_stock_template_key key)
{
	if (locale < 0 || locale >= SHOPCX_LOCALE_COUNT) {
		locale = SHOPCX_LOCALE_EN;
	}
	return builtin[locale][key];
}

void shopcx_stock_describe(const shopcx_stock_input *in, shopcx_stock_result *out)
{
	bool managed = in->managed < 0 ? in->has_qty : (in->managed == 1 && in->has_qty);
	/* A date already past tells the shopper nothing true: drop it. */
	int64_t available = (in->available_on >= 0 && (in->today < 0 || in->available_on >= in->today)) ? in->available_on : -1;

	out->show_qty = false;
	out->urgent = false;
	out->date = -1;

	/* A release date still ahead (or any, without a clock) makes it a pre-order, stock or not. */
	if (in->release >= 0 && (in->today < 0 || in->release > in->today)) {
		out->level = SHOPCX_STOCK_PREORDER;
		out->tpl = SHOPCX_TPL_PREORDER_DATE;
		out->date = in->release;
		return;
	}
	if (in->preorder) {
		out->level = SHOPCX_STOCK_PREORDER;
		out->tpl = SHOPCX_TPL_PREORDER;
		return;
	}
	if (!managed) {
		if (in->in_stock == 0) {
			goto out_of_stock;
		}
		out->level = SHOPCX_STOCK_NOT_MANAGED;
		out->tpl = SHOPCX_TPL_NOT_MANAGED;
		return;
	}
	if (in->qty > 0) {
		out->show_qty = in->qty < in->show_below;
		if (in->qty <= in->low_threshold) {
			out->level = SHOPCX_STOCK_LOW;
			out->urgent = true;
			out->tpl = out->show_qty ? SHOPCX_TPL_LOW : SHOPCX_TPL_LOW_NO_QTY;
		} else {
			out->level = SHOPCX_STOCK_IN;
			out->tpl = out->show_qty ? SHOPCX_TPL_IN_STOCK_QTY : SHOPCX_TPL_IN_STOCK;
		}
		return;
	}
	if (in->backorders) {
		out->level = SHOPCX_STOCK_BACKORDER;
		out->date = available;
		out->tpl = available >= 0 ? SHOPCX_TPL_BACKORDER_DATE : SHOPCX_TPL_BACKORDER;
		return;
	}
out_of_stock:
	out->level = SHOPCX_STOCK_OUT;
	out->date = available;
	out->tpl = available >= 0 ? SHOPCX_TPL_OUT_DATE : SHOPCX_TPL_OUT;
}
