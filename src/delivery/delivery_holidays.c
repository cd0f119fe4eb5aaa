/*
 * Public-holiday rules (fixed dates, Easter-relative dates, n-th weekdays, substitute and observed
 * days) and holiday names in nl, en, de and fr. Pure C.
 *
 * Choices where the law leaves room are documented in php_stubs/delivery.stub.php and README.md:
 * NL Liberation Day only in years divisible by 5; NL Good Friday not a holiday; DE-BY includes
 * Assumption Day; FR includes Whit Monday; US federal holidays only (no executive-order closures).
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "delivery_calendar.h"

enum {
	H_NEW_YEAR, H_JAN2, H_EPIPHANY, H_WOMENS_DAY, H_ST_PATRICK, H_GOOD_FRIDAY, H_EASTER_SUNDAY,
	H_EASTER_MONDAY, H_KINGS_DAY, H_QUEENS_DAY, H_LABOUR_DAY, H_LIBERATION_DAY, H_VICTORY_DAY,
	H_EUROPE_DAY, H_ASCENSION, H_WHIT_SUNDAY, H_WHIT_MONDAY, H_CORPUS_CHRISTI, H_NATIONAL_DAY,
	H_GERMAN_UNITY, H_ASSUMPTION, H_CHILDRENS_DAY, H_REFORMATION, H_ALL_SAINTS, H_REPENTANCE,
	H_ARMISTICE, H_ST_ANDREW, H_IMMACULATE, H_CHRISTMAS, H_BOXING_DAY, H_EARLY_MAY, H_SPRING_BANK,
	H_SUMMER_BANK, H_BOYNE, H_ROYAL_WEDDING, H_JUBILEE, H_MILLENNIUM, H_STATE_FUNERAL, H_CORONATION,
	H_MLK, H_WASHINGTON, H_MEMORIAL, H_JUNETEENTH, H_INDEPENDENCE, H_LABOR_DAY_US, H_COLUMBUS,
	H_VETERANS, H_THANKSGIVING, H_COUNT
};

typedef struct {
	const char *name[SHOPCX_LOCALE_COUNT];
	const char *sub[SHOPCX_LOCALE_COUNT];   /* substitute day (GB and the general case) */
	const char *observed_en;                /* US English says "observed" */
} holiday_names;

#define NAMES(nl, en, de, fr) { { nl, en, de, fr }, \
	{ nl " (vervangende dag)", en " (substitute day)", de " (Ersatztag)", fr " (jour de remplacement)" }, \
	en " (observed)" }

static const holiday_names names[H_COUNT] = {
	[H_NEW_YEAR] = NAMES("Nieuwjaarsdag", "New Year's Day", "Neujahr", "Jour de l'an"),
	[H_JAN2] = NAMES("2 januari", "2nd January", "2. Januar", "2 janvier"),
	[H_EPIPHANY] = NAMES("Driekoningen", "Epiphany", "Heilige Drei Könige", "Épiphanie"),
	[H_WOMENS_DAY] = NAMES("Internationale Vrouwendag", "International Women's Day", "Internationaler Frauentag", "Journée internationale des femmes"),
	[H_ST_PATRICK] = NAMES("Sint-Patricksdag", "St Patrick's Day", "St. Patrick's Day", "Saint-Patrick"),
	[H_GOOD_FRIDAY] = NAMES("Goede Vrijdag", "Good Friday", "Karfreitag", "Vendredi saint"),
	[H_EASTER_SUNDAY] = NAMES("Eerste paasdag", "Easter Sunday", "Ostersonntag", "Pâques"),
	[H_EASTER_MONDAY] = NAMES("Tweede paasdag", "Easter Monday", "Ostermontag", "Lundi de Pâques"),
	[H_KINGS_DAY] = NAMES("Koningsdag", "King's Day", "Königstag", "Fête du Roi"),
	[H_QUEENS_DAY] = NAMES("Koninginnedag", "Queen's Day", "Königinnentag", "Fête de la Reine"),
	[H_LABOUR_DAY] = NAMES("Dag van de Arbeid", "Labour Day", "Tag der Arbeit", "Fête du Travail"),
	[H_LIBERATION_DAY] = NAMES("Bevrijdingsdag", "Liberation Day", "Tag der Befreiung", "Jour de la Libération"),
	[H_VICTORY_DAY] = NAMES("Dag van de Overwinning", "Victory in Europe Day", "Tag des Sieges", "Victoire 1945"),
	[H_EUROPE_DAY] = NAMES("Dag van Europa", "Europe Day", "Europatag", "Journée de l'Europe"),
	[H_ASCENSION] = NAMES("Hemelvaartsdag", "Ascension Day", "Christi Himmelfahrt", "Ascension"),
	[H_WHIT_SUNDAY] = NAMES("Eerste pinksterdag", "Whit Sunday", "Pfingstsonntag", "Pentecôte"),
	[H_WHIT_MONDAY] = NAMES("Tweede pinksterdag", "Whit Monday", "Pfingstmontag", "Lundi de Pentecôte"),
	[H_CORPUS_CHRISTI] = NAMES("Sacramentsdag", "Corpus Christi", "Fronleichnam", "Fête-Dieu"),
	[H_NATIONAL_DAY] = NAMES("Nationale feestdag", "National Day", "Nationalfeiertag", "Fête nationale"),
	[H_GERMAN_UNITY] = NAMES("Dag van de Duitse Eenheid", "German Unity Day", "Tag der Deutschen Einheit", "Jour de l'unité allemande"),
	[H_ASSUMPTION] = NAMES("Onze-Lieve-Vrouw-Hemelvaart", "Assumption Day", "Mariä Himmelfahrt", "Assomption"),
	[H_CHILDRENS_DAY] = NAMES("Wereldkinderdag", "World Children's Day", "Weltkindertag", "Journée mondiale de l'enfance"),
	[H_REFORMATION] = NAMES("Hervormingsdag", "Reformation Day", "Reformationstag", "Fête de la Réformation"),
	[H_ALL_SAINTS] = NAMES("Allerheiligen", "All Saints' Day", "Allerheiligen", "Toussaint"),
	[H_REPENTANCE] = NAMES("Boete- en biddag", "Day of Repentance and Prayer", "Buß- und Bettag", "Jour de pénitence et de prière"),
	[H_ARMISTICE] = NAMES("Wapenstilstand", "Armistice Day", "Waffenstillstand", "Armistice 1918"),
	[H_ST_ANDREW] = NAMES("Sint-Andriesdag", "St Andrew's Day", "Andreastag", "Saint-André"),
	[H_IMMACULATE] = NAMES("Onbevlekte Ontvangenis", "Immaculate Conception", "Mariä Empfängnis", "Immaculée Conception"),
	[H_CHRISTMAS] = NAMES("Eerste kerstdag", "Christmas Day", "1. Weihnachtsfeiertag", "Noël"),
	[H_BOXING_DAY] = NAMES("Tweede kerstdag", "Boxing Day", "2. Weihnachtsfeiertag", "Saint-Étienne"),
	[H_EARLY_MAY] = NAMES("Bankholiday begin mei", "Early May bank holiday", "Bankfeiertag Anfang Mai", "Jour férié de début mai"),
	[H_SPRING_BANK] = NAMES("Bankholiday eind mei", "Spring bank holiday", "Bankfeiertag Ende Mai", "Jour férié de fin mai"),
	[H_SUMMER_BANK] = NAMES("Bankholiday augustus", "Summer bank holiday", "Bankfeiertag im August", "Jour férié d'août"),
	[H_BOYNE] = NAMES("Slag aan de Boyne", "Battle of the Boyne", "Schlacht am Boyne", "Bataille de la Boyne"),
	[H_ROYAL_WEDDING] = NAMES("Koninklijk huwelijk", "Royal wedding", "Königliche Hochzeit", "Mariage royal"),
	[H_JUBILEE] = NAMES("Troonjubileum", "Jubilee bank holiday", "Thronjubiläum", "Jubilé royal"),
	[H_MILLENNIUM] = NAMES("Millenniumdag", "Millennium Day", "Millenniumstag", "Jour du millénaire"),
	[H_STATE_FUNERAL] = NAMES("Staatsbegrafenis van koningin Elizabeth II", "State Funeral of Queen Elizabeth II", "Staatsbegräbnis von Königin Elisabeth II.", "Funérailles nationales de la reine Élisabeth II"),
	[H_CORONATION] = NAMES("Kroning van koning Charles III", "Coronation of King Charles III", "Krönung von König Charles III.", "Couronnement du roi Charles III"),
	[H_MLK] = NAMES("Martin Luther Kingdag", "Martin Luther King Jr. Day", "Martin-Luther-King-Tag", "Jour de Martin Luther King"),
	[H_WASHINGTON] = NAMES("Presidentendag", "Washington's Birthday", "Presidents' Day", "Jour des présidents"),
	[H_MEMORIAL] = NAMES("Memorial Day", "Memorial Day", "Memorial Day", "Memorial Day"),
	[H_JUNETEENTH] = NAMES("Juneteenth", "Juneteenth National Independence Day", "Juneteenth", "Juneteenth"),
	[H_INDEPENDENCE] = NAMES("Onafhankelijkheidsdag", "Independence Day", "Unabhängigkeitstag", "Jour de l'Indépendance"),
	[H_LABOR_DAY_US] = NAMES("Labor Day", "Labor Day", "Labor Day", "Labor Day"),
	[H_COLUMBUS] = NAMES("Columbusdag", "Columbus Day", "Columbus Day", "Jour de Christophe Colomb"),
	[H_VETERANS] = NAMES("Veteranendag", "Veterans Day", "Veterans Day", "Jour des vétérans"),
	[H_THANKSGIVING] = NAMES("Thanksgiving", "Thanksgiving Day", "Thanksgiving", "Action de grâce"),
};

const char *shopcx_holiday_kind_name(uint16_t kind, bool substitute, uint8_t country, shopcx_locale locale)
{
	if (kind >= H_COUNT) {
		return NULL;
	}
	if (locale < 0 || locale >= SHOPCX_LOCALE_COUNT) {
		locale = SHOPCX_LOCALE_EN;
	}
	/* Austria's own names where they differ from Germany's. */
	if (country == SHOPCX_CC_AT && locale == SHOPCX_LOCALE_DE) {
		switch (kind) {
			case H_LABOUR_DAY: return "Staatsfeiertag";
			case H_CHRISTMAS: return "Christtag";
			case H_BOXING_DAY: return "Stefanitag";
		}
	}
	/* Belgium's Dutch names: "Paasmaandag" and "Kerstmis" where the Netherlands say "Tweede
	 * paasdag" and "Eerste kerstdag". */
	if (country == SHOPCX_CC_BE && locale == SHOPCX_LOCALE_NL && !substitute) {
		switch (kind) {
			case H_NEW_YEAR: return "Nieuwjaar";
			case H_EASTER_SUNDAY: return "Pasen";
			case H_EASTER_MONDAY: return "Paasmaandag";
			case H_LABOUR_DAY: return "Feest van de Arbeid";
			case H_ASCENSION: return "Onze-Lieve-Heer-Hemelvaart";
			case H_WHIT_SUNDAY: return "Pinksteren";
			case H_WHIT_MONDAY: return "Pinkstermaandag";
			case H_CHRISTMAS: return "Kerstmis";
		}
	}
	if (!substitute) {
		return names[kind].name[locale];
	}
	if (country == SHOPCX_CC_US && locale == SHOPCX_LOCALE_EN) {
		return names[kind].observed_en;
	}
	return names[kind].sub[locale];
}

/* ---- rule helpers ---- */

typedef struct {
	shopcx_holiday *out;
	size_t n, max;
	int64_t year;
} gen;

static void add(gen *g, int64_t days, int kind, bool sub)
{
	if (g->n < g->max) {
		g->out[g->n].days = days;
		g->out[g->n].kind = (uint16_t) kind;
		g->out[g->n].substitute = sub;
		g->n++;
	}
}

static int64_t ymd(const gen *g, int m, int d)
{
	return shopcx_days_from_civil(g->year, m, d);
}

/* n-th (n >= 1) or last (n == -1) weekday `wd` (0 = Sunday) of a month. */
static int64_t nth_weekday(int64_t year, int month, int wd, int n)
{
	if (n > 0) {
		int64_t first = shopcx_days_from_civil(year, month, 1);
		return first + (wd - shopcx_weekday_from_days(first) + 7) % 7 + 7 * (n - 1);
	} else {
		int64_t last = shopcx_days_from_civil(year, month, shopcx_days_in_month(year, month));
		return last - (shopcx_weekday_from_days(last) - wd + 7) % 7;
	}
}

static bool weekend(int64_t days)
{
	int w = shopcx_weekday_from_days(days);
	return w == 0 || w == 6;
}

/* ---- countries ---- */

static void rules_nl(gen *g, int64_t easter)
{
	int64_t y = g->year, d;

	add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	add(g, easter, H_EASTER_SUNDAY, false);
	add(g, easter + 1, H_EASTER_MONDAY, false);
	if (y >= 2014) {
		/* King's Day, 27 April; on a Sunday it moves back to Saturday the 26th. */
		d = ymd(g, 4, 27);
		add(g, shopcx_weekday_from_days(d) == 0 ? d - 1 : d, H_KINGS_DAY, false);
	} else {
		/* Queen's Day, 30 April; on a Sunday: Monday 1 May until 1979, Saturday 29 April from 1980. */
		d = ymd(g, 4, 30);
		if (shopcx_weekday_from_days(d) == 0) {
			d += y < 1980 ? 1 : -1;
		}
		add(g, d, H_QUEENS_DAY, false);
	}
	/* Liberation Day is a national holiday every year but a common day off only in lustrum years. */
	if (y % 5 == 0) {
		add(g, ymd(g, 5, 5), H_LIBERATION_DAY, false);
	}
	add(g, easter + 39, H_ASCENSION, false);
	add(g, easter + 49, H_WHIT_SUNDAY, false);
	add(g, easter + 50, H_WHIT_MONDAY, false);
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
	add(g, ymd(g, 12, 26), H_BOXING_DAY, false);
}

static void rules_be(gen *g, int64_t easter)
{
	add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	add(g, easter + 1, H_EASTER_MONDAY, false);
	add(g, ymd(g, 5, 1), H_LABOUR_DAY, false);
	add(g, easter + 39, H_ASCENSION, false);
	add(g, easter + 50, H_WHIT_MONDAY, false);
	add(g, ymd(g, 7, 21), H_NATIONAL_DAY, false);
	add(g, ymd(g, 8, 15), H_ASSUMPTION, false);
	add(g, ymd(g, 11, 1), H_ALL_SAINTS, false);
	add(g, ymd(g, 11, 11), H_ARMISTICE, false);
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
}

static bool region_in(uint8_t region, const uint8_t *list, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (list[i] == region) {
			return true;
		}
	}
	return false;
}
#define IN(region, ...) region_in(region, (const uint8_t[]) { __VA_ARGS__ }, \
	sizeof((const uint8_t[]) { __VA_ARGS__ }))

static void rules_de(gen *g, uint8_t r, int64_t easter)
{
	int64_t y = g->year, d;

	add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	if (IN(r, SHOPCX_RG_DE_BW, SHOPCX_RG_DE_BY) || (r == SHOPCX_RG_DE_ST && y >= 1991)) {
		add(g, ymd(g, 1, 6), H_EPIPHANY, false);
	}
	if ((r == SHOPCX_RG_DE_BE && y >= 2019) || (r == SHOPCX_RG_DE_MV && y >= 2023)) {
		add(g, ymd(g, 3, 8), H_WOMENS_DAY, false);
	}
	add(g, easter - 2, H_GOOD_FRIDAY, false);
	if (r == SHOPCX_RG_DE_BB) {
		add(g, easter, H_EASTER_SUNDAY, false);
	}
	add(g, easter + 1, H_EASTER_MONDAY, false);
	add(g, ymd(g, 5, 1), H_LABOUR_DAY, false);
	/* Berlin: 75th and 80th anniversary of the end of the Second World War. */
	if (r == SHOPCX_RG_DE_BE && (y == 2020 || y == 2025)) {
		add(g, ymd(g, 5, 8), H_LIBERATION_DAY, false);
	}
	add(g, easter + 39, H_ASCENSION, false);
	if (r == SHOPCX_RG_DE_BB) {
		add(g, easter + 49, H_WHIT_SUNDAY, false);
	}
	add(g, easter + 50, H_WHIT_MONDAY, false);
	if (IN(r, SHOPCX_RG_DE_BW, SHOPCX_RG_DE_BY, SHOPCX_RG_DE_HE, SHOPCX_RG_DE_NW, SHOPCX_RG_DE_RP, SHOPCX_RG_DE_SL)) {
		add(g, easter + 60, H_CORPUS_CHRISTI, false);
	}
	/* West Germany kept 17 June as Day of German Unity until 1990; 3 October since. */
	if (y <= 1990) {
		add(g, ymd(g, 6, 17), H_GERMAN_UNITY, false);
	}
	/* Bavaria: Assumption is a holiday in the (Catholic) majority of municipalities. */
	if (IN(r, SHOPCX_RG_DE_SL, SHOPCX_RG_DE_BY)) {
		add(g, ymd(g, 8, 15), H_ASSUMPTION, false);
	}
	if (r == SHOPCX_RG_DE_TH && y >= 2019) {
		add(g, ymd(g, 9, 20), H_CHILDRENS_DAY, false);
	}
	if (y >= 1990) {
		add(g, ymd(g, 10, 3), H_GERMAN_UNITY, false);
	}
	if (y == 2017
		|| (y >= 1990 && IN(r, SHOPCX_RG_DE_BB, SHOPCX_RG_DE_MV, SHOPCX_RG_DE_SN, SHOPCX_RG_DE_ST, SHOPCX_RG_DE_TH))
		|| (y >= 2018 && IN(r, SHOPCX_RG_DE_HB, SHOPCX_RG_DE_HH, SHOPCX_RG_DE_NI, SHOPCX_RG_DE_SH))) {
		add(g, ymd(g, 10, 31), H_REFORMATION, false);
	}
	if (IN(r, SHOPCX_RG_DE_BW, SHOPCX_RG_DE_BY, SHOPCX_RG_DE_NW, SHOPCX_RG_DE_RP, SHOPCX_RG_DE_SL)) {
		add(g, ymd(g, 11, 1), H_ALL_SAINTS, false);
	}
	/* Wednesday before 23 November: nationwide until 1994, Saxony only since 1995. */
	if (y <= 1994 || r == SHOPCX_RG_DE_SN) {
		d = ymd(g, 11, 22);
		add(g, d - (shopcx_weekday_from_days(d) - 3 + 7) % 7, H_REPENTANCE, false);
	}
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
	add(g, ymd(g, 12, 26), H_BOXING_DAY, false);
}

static void rules_fr(gen *g, int64_t easter)
{
	add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	add(g, easter + 1, H_EASTER_MONDAY, false);
	add(g, ymd(g, 5, 1), H_LABOUR_DAY, false);
	if (g->year >= 1982) {   /* 8 May was not a holiday from 1960 to 1981 */
		add(g, ymd(g, 5, 8), H_VICTORY_DAY, false);
	}
	add(g, easter + 39, H_ASCENSION, false);
	/* Still a public holiday in law since 2005, though many employers use it as "journée de solidarité". */
	add(g, easter + 50, H_WHIT_MONDAY, false);
	add(g, ymd(g, 7, 14), H_NATIONAL_DAY, false);
	add(g, ymd(g, 8, 15), H_ASSUMPTION, false);
	add(g, ymd(g, 11, 1), H_ALL_SAINTS, false);
	add(g, ymd(g, 11, 11), H_ARMISTICE, false);
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
}

static void rules_lu(gen *g, int64_t easter)
{
	add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	add(g, easter + 1, H_EASTER_MONDAY, false);
	add(g, ymd(g, 5, 1), H_LABOUR_DAY, false);
	if (g->year >= 2019) {
		add(g, ymd(g, 5, 9), H_EUROPE_DAY, false);
	}
	add(g, easter + 39, H_ASCENSION, false);
	add(g, easter + 50, H_WHIT_MONDAY, false);
	add(g, ymd(g, 6, 23), H_NATIONAL_DAY, false);
	add(g, ymd(g, 8, 15), H_ASSUMPTION, false);
	add(g, ymd(g, 11, 1), H_ALL_SAINTS, false);
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
	add(g, ymd(g, 12, 26), H_BOXING_DAY, false);
}

static void rules_at(gen *g, int64_t easter)
{
	add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	add(g, ymd(g, 1, 6), H_EPIPHANY, false);
	add(g, easter + 1, H_EASTER_MONDAY, false);
	add(g, ymd(g, 5, 1), H_LABOUR_DAY, false);
	add(g, easter + 39, H_ASCENSION, false);
	add(g, easter + 50, H_WHIT_MONDAY, false);
	add(g, easter + 60, H_CORPUS_CHRISTI, false);
	add(g, ymd(g, 8, 15), H_ASSUMPTION, false);
	add(g, ymd(g, 10, 26), H_NATIONAL_DAY, false);
	add(g, ymd(g, 11, 1), H_ALL_SAINTS, false);
	add(g, ymd(g, 12, 8), H_IMMACULATE, false);
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
	add(g, ymd(g, 12, 26), H_BOXING_DAY, false);
}

/*
 * UK substitute days: a fixed-date bank holiday on a weekend moves to the next weekday that is
 * not already a bank holiday, in rule order (so Christmas on Sunday with Boxing Day on Monday
 * gives "Christmas Day (substitute day)" on Tuesday 27th).
 */
static void gb_substitutes(gen *g, const size_t *idx, size_t count)
{
	size_t i, j;
	for (i = 0; i < count; i++) {
		int64_t d = g->out[idx[i]].days;
		uint16_t kind = g->out[idx[i]].kind;
		bool taken;
		if (!weekend(d)) {
			continue;
		}
		do {
			d++;
			taken = weekend(d);
			for (j = 0; j < g->n && !taken; j++) {
				taken = g->out[j].days == d && !weekend(g->out[j].days);
			}
		} while (taken);
		add(g, d, kind, true);
	}
}

static void rules_gb(gen *g, uint8_t r, int64_t easter)
{
	int64_t y = g->year;
	bool scotland = r == SHOPCX_RG_GB_SCT, ni = r == SHOPCX_RG_GB_NIR;
	size_t subst[8], ns = 0;

	/* New Year's Day has been a bank holiday in England, Wales and Northern Ireland since 1974. */
	if (y >= 1974 || scotland) {
		subst[ns++] = g->n;
		add(g, ymd(g, 1, 1), H_NEW_YEAR, false);
	}
	if (scotland) {
		subst[ns++] = g->n;
		add(g, ymd(g, 1, 2), H_JAN2, false);
	}
	if (ni) {
		subst[ns++] = g->n;
		add(g, ymd(g, 3, 17), H_ST_PATRICK, false);
	}
	add(g, easter - 2, H_GOOD_FRIDAY, false);
	if (!scotland) {
		add(g, easter + 1, H_EASTER_MONDAY, false);
	}
	if (y == 2011) {
		add(g, ymd(g, 4, 29), H_ROYAL_WEDDING, false);
	}
	/* Early May bank holiday since 1978; moved to 8 May for VE Day anniversaries in 1995 and 2020. */
	if (y == 1995 || y == 2020) {
		add(g, ymd(g, 5, 8), H_EARLY_MAY, false);
	} else if (y >= 1978) {
		add(g, nth_weekday(y, 5, 1, 1), H_EARLY_MAY, false);
	}
	if (y == 2023) {
		add(g, ymd(g, 5, 8), H_CORONATION, false);
	}
	/* Spring bank holiday, moved for the Golden (2002), Diamond (2012) and Platinum (2022) Jubilees. */
	if (y == 2002) {
		add(g, ymd(g, 6, 3), H_JUBILEE, false);
		add(g, ymd(g, 6, 4), H_SPRING_BANK, false);
	} else if (y == 2012) {
		add(g, ymd(g, 6, 4), H_SPRING_BANK, false);
		add(g, ymd(g, 6, 5), H_JUBILEE, false);
	} else if (y == 2022) {
		add(g, ymd(g, 6, 2), H_SPRING_BANK, false);
		add(g, ymd(g, 6, 3), H_JUBILEE, false);
	} else {
		add(g, nth_weekday(y, 5, 1, -1), H_SPRING_BANK, false);
	}
	if (y == 1977) {
		add(g, ymd(g, 6, 7), H_JUBILEE, false);
	}
	if (ni) {
		subst[ns++] = g->n;
		add(g, ymd(g, 7, 12), H_BOYNE, false);
	}
	if (y == 1981) {
		add(g, ymd(g, 7, 29), H_ROYAL_WEDDING, false);
	}
	add(g, scotland ? nth_weekday(y, 8, 1, 1) : nth_weekday(y, 8, 1, -1), H_SUMMER_BANK, false);
	if (y == 2022) {
		add(g, ymd(g, 9, 19), H_STATE_FUNERAL, false);
	}
	if (y == 1973) {
		add(g, ymd(g, 11, 14), H_ROYAL_WEDDING, false);
	}
	if (scotland && y >= 2007) {
		subst[ns++] = g->n;
		add(g, ymd(g, 11, 30), H_ST_ANDREW, false);
	}
	subst[ns++] = g->n;
	add(g, ymd(g, 12, 25), H_CHRISTMAS, false);
	subst[ns++] = g->n;
	add(g, ymd(g, 12, 26), H_BOXING_DAY, false);
	if (y == 1999) {
		add(g, ymd(g, 12, 31), H_MILLENNIUM, false);
	}
	gb_substitutes(g, subst, ns);
}

/* US federal: a holiday on Saturday is observed on Friday, on Sunday on Monday. */
static void us_fixed(gen *g, int m, int d, int kind)
{
	int64_t day = ymd(g, m, d);
	int w = shopcx_weekday_from_days(day);
	add(g, day, kind, false);
	if (w == 6 && !(m == 1 && d == 1)) {   /* New Year on Saturday is observed on 31 December before */
		add(g, day - 1, kind, true);
	} else if (w == 0) {
		add(g, day + 1, kind, true);
	}
}

static void rules_us(gen *g)
{
	int64_t y = g->year;

	us_fixed(g, 1, 1, H_NEW_YEAR);
	if (y >= 1986) {
		add(g, nth_weekday(y, 1, 1, 3), H_MLK, false);
	}
	/* The Uniform Monday Holiday Act took effect in 1971. */
	add(g, y >= 1971 ? nth_weekday(y, 2, 1, 3) : ymd(g, 2, 22), H_WASHINGTON, false);
	add(g, y >= 1971 ? nth_weekday(y, 5, 1, -1) : ymd(g, 5, 30), H_MEMORIAL, false);
	if (y >= 2021) {
		us_fixed(g, 6, 19, H_JUNETEENTH);
	}
	us_fixed(g, 7, 4, H_INDEPENDENCE);
	add(g, nth_weekday(y, 9, 1, 1), H_LABOR_DAY_US, false);
	add(g, y >= 1971 ? nth_weekday(y, 10, 1, 2) : ymd(g, 10, 12), H_COLUMBUS, false);
	/* Veterans Day was the fourth Monday of October from 1971 to 1977. */
	if (y >= 1971 && y <= 1977) {
		add(g, nth_weekday(y, 10, 1, 4), H_VETERANS, false);
	} else {
		us_fixed(g, 11, 11, H_VETERANS);
	}
	add(g, nth_weekday(y, 11, 4, 4), H_THANKSGIVING, false);
	us_fixed(g, 12, 25, H_CHRISTMAS);
	/* Next New Year's Day on a Saturday: observed on Friday 31 December of this year. */
	if (shopcx_weekday_from_days(shopcx_days_from_civil(y + 1, 1, 1)) == 6) {
		add(g, ymd(g, 12, 31), H_NEW_YEAR, true);
	}
}

size_t shopcx_holidays_of_year(uint8_t country, uint8_t region, int64_t year, shopcx_holiday *out, size_t max)
{
	gen g = { out, 0, max, year };
	int64_t easter = shopcx_easter_days(year);
	size_t i, j;

	switch (country) {
		case SHOPCX_CC_NL: rules_nl(&g, easter); break;
		case SHOPCX_CC_BE: rules_be(&g, easter); break;
		case SHOPCX_CC_DE: rules_de(&g, region, easter); break;
		case SHOPCX_CC_FR: rules_fr(&g, easter); break;
		case SHOPCX_CC_LU: rules_lu(&g, easter); break;
		case SHOPCX_CC_AT: rules_at(&g, easter); break;
		case SHOPCX_CC_GB: rules_gb(&g, region, easter); break;
		case SHOPCX_CC_US: rules_us(&g); break;
		default: break;
	}
	/* Stable insertion sort by date: a handful of entries. */
	for (i = 1; i < g.n; i++) {
		shopcx_holiday h = out[i];
		for (j = i; j > 0 && out[j - 1].days > h.days; j--) {
			out[j] = out[j - 1];
		}
		out[j] = h;
	}
	return g.n;
}
