/* Built-in survey texts, written for ShopCX. Pure C data. SPDX-License-Identifier: MIT */
#include "effort_texts.h"

#include <stddef.h>

/* Order of every text array: nl, en, de, fr (shopcx_locale). A question has its formal text and
 * then its informal one (English has one form: NULL there, and everywhere for a text that does not
 * address the customer). */
#define T4(nl, en, de, fr) { nl, en, de, fr }
#define INFORMAL(nl, de, fr) { nl, NULL, de, fr }

static const effort_builtin_question comment_question = {
	"comment", EFFORT_METRIC_COMMENT, 0, 0, false, NULL, EFFORT_LABELS_NONE,
	T4("Wilt u ons nog iets laten weten?", "Is there anything else you would like to tell us?",
		"Möchten Sie uns noch etwas mitteilen?", "Souhaitez-vous nous dire autre chose ?"),
	INFORMAL("Wil je ons nog iets laten weten?", "Möchtest du uns noch etwas mitteilen?", "Souhaites-tu nous dire autre chose ?")
};

static const effort_builtin_question effort_questions[] = {
	{ "choosing", EFFORT_METRIC_EFFORT, 1, 3, true, "choosing", EFFORT_LABELS_EFFORT,
		T4("Hoeveel moeite moest u doen bij het kiezen van uw product?",
			"How much effort did you have to put in while choosing your product?",
			"Wie viel Aufwand hatten Sie bei der Auswahl Ihres Produkts?",
			"Quel effort avez-vous dû fournir pour choisir votre produit ?"),
		INFORMAL("Hoeveel moeite moest je doen bij het kiezen van je product?",
			"Wie viel Aufwand hattest du bei der Auswahl deines Produkts?",
			"Quel effort as-tu dû fournir pour choisir ton produit ?") },
	{ "purchasing", EFFORT_METRIC_EFFORT, 1, 3, true, "purchasing", EFFORT_LABELS_EFFORT,
		T4("Hoeveel moeite moest u doen bij het afronden van uw aankoop?",
			"How much effort did you have to put in while making your purchase?",
			"Wie viel Aufwand hatten Sie beim Abschließen Ihres Kaufs?",
			"Quel effort avez-vous dû fournir pour effectuer votre achat ?"),
		INFORMAL("Hoeveel moeite moest je doen bij het afronden van je aankoop?",
			"Wie viel Aufwand hattest du beim Abschließen deines Kaufs?",
			"Quel effort as-tu dû fournir pour effectuer ton achat ?") },
	{ "after", EFFORT_METRIC_EFFORT, 1, 3, true, "after", EFFORT_LABELS_EFFORT,
		T4("Hoeveel moeite moest u doen na uw aankoop?",
			"How much effort did you have to put in after your purchase?",
			"Wie viel Aufwand hatten Sie nach Ihrem Kauf?",
			"Quel effort avez-vous dû fournir après votre achat ?"),
		INFORMAL("Hoeveel moeite moest je doen na je aankoop?",
			"Wie viel Aufwand hattest du nach deinem Kauf?",
			"Quel effort as-tu dû fournir après ton achat ?") },
	comment_question
};

static const effort_builtin_question ces_questions[] = {
	{ "ces", EFFORT_METRIC_CES, 1, 7, true, NULL, EFFORT_LABELS_CES,
		T4("De winkel maakte het mij gemakkelijk om mijn vraag opgelost te krijgen.",
			"The shop made it easy for me to handle my issue.",
			"Der Shop hat es mir leicht gemacht, mein Anliegen zu klären.",
			"La boutique m'a permis de régler facilement ma demande."),
		INFORMAL(NULL, NULL, NULL) },
	comment_question
};

static const effort_builtin_question nps_questions[] = {
	{ "nps", EFFORT_METRIC_NPS, 0, 10, true, NULL, EFFORT_LABELS_NPS,
		T4("Hoe waarschijnlijk is het dat u onze winkel aanbeveelt aan een vriend of collega?",
			"How likely is it that you would recommend our shop to a friend or colleague?",
			"Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund oder Kollegen empfehlen?",
			"Quelle est la probabilité que vous recommandiez notre boutique à un ami ou à un collègue ?"),
		INFORMAL("Hoe waarschijnlijk is het dat je onze winkel aanbeveelt aan een vriend of collega?",
			"Wie wahrscheinlich ist es, dass du unseren Shop einem Freund oder Kollegen empfiehlst?",
			"Quelle est la probabilité que tu recommandes notre boutique à un ami ou à un collègue ?") },
	comment_question
};

static const effort_builtin_question csat_questions[] = {
	{ "csat", EFFORT_METRIC_CSAT, 1, 5, true, NULL, EFFORT_LABELS_CSAT,
		/* The charter's CSAT is about the service, also when it is asked after an order. */
		T4("Hoe tevreden bent u over onze service?",
			"How satisfied are you with our service?",
			"Wie zufrieden sind Sie mit unserem Service?",
			"Dans quelle mesure êtes-vous satisfait de notre service ?"),
		INFORMAL("Hoe tevreden ben je over onze service?",
			"Wie zufrieden bist du mit unserem Service?",
			"Dans quelle mesure es-tu satisfait de notre service ?") },
	comment_question
};

static const effort_builtin_question conversation_questions[] = {
	{ "friendly", EFFORT_METRIC_RATING, 1, 5, true, NULL, EFFORT_LABELS_FRIENDLY,
		T4("Hoe vriendelijk werd u geholpen?",
			"How friendly was the help you received?",
			"Wie freundlich wurde Ihnen geholfen?",
			"La personne qui vous a aidé a-t-elle été aimable ?"),
		INFORMAL("Hoe vriendelijk werd je geholpen?", "Wie freundlich wurde dir geholfen?",
			"La personne qui t'a aidé a-t-elle été aimable ?") },
	{ "informed", EFFORT_METRIC_RATING, 1, 5, true, NULL, EFFORT_LABELS_INFORMED,
		T4("Hoe goed geïnformeerd was degene die u hielp?",
			"How well informed was the person who helped you?",
			"Wie gut informiert war die Person, die Ihnen geholfen hat?",
			"La personne qui vous a aidé était-elle bien informée ?"),
		INFORMAL("Hoe goed geïnformeerd was degene die je hielp?",
			"Wie gut informiert war die Person, die dir geholfen hat?",
			"La personne qui t'a aidé était-elle bien informée ?") },
	{ "solved", EFFORT_METRIC_YESNO, 0, 1, true, NULL, EFFORT_LABELS_YESNO,
		T4("Is uw vraag hiermee opgelost?",
			"Was your question solved in this contact?",
			"Ist Ihre Frage damit gelöst?",
			"Votre question est-elle résolue ?"),
		INFORMAL("Is je vraag hiermee opgelost?", "Ist deine Frage damit gelöst?", "Ta question est-elle résolue ?") },
	comment_question
};

#define COUNT_OF(a) ((int) (sizeof(a) / sizeof((a)[0])))

const effort_builtin_survey effort_builtin_surveys[EFFORT_BUILTIN_COUNT] = {
	{ "effort", COUNT_OF(effort_questions), effort_questions },
	{ "ces", COUNT_OF(ces_questions), ces_questions },
	{ "nps", COUNT_OF(nps_questions), nps_questions },
	{ "csat", COUNT_OF(csat_questions), csat_questions },
	{ "conversation", COUNT_OF(conversation_questions), conversation_questions },
};

typedef struct {
	int min, max;
	const char *const (*text)[SHOPCX_LOCALE_COUNT];
} label_table;

static const char *const effort_labels[3][SHOPCX_LOCALE_COUNT] = {
	T4("vrijwel geen", "virtually none", "so gut wie keinen", "pratiquement aucun"),
	T4("een beetje", "a bit", "ein wenig", "un peu"),
	T4("veel te veel", "far too much", "viel zu viel", "beaucoup trop"),
};
static const char *const ces_labels[7][SHOPCX_LOCALE_COUNT] = {
	T4("helemaal mee oneens", "strongly disagree", "stimme überhaupt nicht zu", "pas du tout d'accord"),
	T4("mee oneens", "disagree", "stimme nicht zu", "pas d'accord"),
	T4("enigszins mee oneens", "somewhat disagree", "stimme eher nicht zu", "plutôt pas d'accord"),
	T4("neutraal", "neither agree nor disagree", "weder noch", "ni d'accord ni pas d'accord"),
	T4("enigszins mee eens", "somewhat agree", "stimme eher zu", "plutôt d'accord"),
	T4("mee eens", "agree", "stimme zu", "d'accord"),
	T4("helemaal mee eens", "strongly agree", "stimme voll und ganz zu", "tout à fait d'accord"),
};
/* NPS labels only its two ends; the points between stay numbers. */
static const char *const nps_labels[11][SHOPCX_LOCALE_COUNT] = {
	T4("zeer onwaarschijnlijk", "not at all likely", "äußerst unwahrscheinlich", "pas du tout probable"),
	{ NULL }, { NULL }, { NULL }, { NULL }, { NULL }, { NULL }, { NULL }, { NULL }, { NULL },
	T4("zeer waarschijnlijk", "extremely likely", "äußerst wahrscheinlich", "très probable"),
};
static const char *const csat_labels[5][SHOPCX_LOCALE_COUNT] = {
	T4("zeer ontevreden", "very dissatisfied", "sehr unzufrieden", "très insatisfait"),
	T4("ontevreden", "dissatisfied", "unzufrieden", "insatisfait"),
	T4("neutraal", "neutral", "neutral", "neutre"),
	T4("tevreden", "satisfied", "zufrieden", "satisfait"),
	T4("zeer tevreden", "very satisfied", "sehr zufrieden", "très satisfait"),
};
static const char *const yesno_labels[2][SHOPCX_LOCALE_COUNT] = {
	T4("nee", "no", "nein", "non"),
	T4("ja", "yes", "ja", "oui"),
};
static const char *const friendly_labels[5][SHOPCX_LOCALE_COUNT] = {
	T4("helemaal niet vriendelijk", "not friendly at all", "gar nicht freundlich", "pas du tout aimable"),
	T4("niet zo vriendelijk", "not very friendly", "wenig freundlich", "peu aimable"),
	T4("redelijk vriendelijk", "fairly friendly", "einigermaßen freundlich", "assez aimable"),
	T4("vriendelijk", "friendly", "freundlich", "aimable"),
	T4("zeer vriendelijk", "very friendly", "sehr freundlich", "très aimable"),
};
static const char *const informed_labels[5][SHOPCX_LOCALE_COUNT] = {
	T4("zeer slecht", "very poorly", "sehr schlecht", "très mal"),
	T4("slecht", "poorly", "schlecht", "mal"),
	T4("redelijk", "fairly well", "einigermaßen", "moyennement"),
	T4("goed", "well", "gut", "bien"),
	T4("zeer goed", "very well", "sehr gut", "très bien"),
};

static const label_table label_tables[EFFORT_LABELS_COUNT] = {
	{ 0, -1, NULL },
	{ 1, 3, effort_labels },
	{ 1, 7, ces_labels },
	{ 0, 10, nps_labels },
	{ 1, 5, csat_labels },
	{ 0, 1, yesno_labels },
	{ 1, 5, friendly_labels },
	{ 1, 5, informed_labels },
};

const char *effort_label(effort_label_set set, int value, shopcx_locale locale)
{
	const label_table *t;
	if (set <= EFFORT_LABELS_NONE || set >= EFFORT_LABELS_COUNT || locale < 0 || locale >= SHOPCX_LOCALE_COUNT) {
		return NULL;
	}
	t = &label_tables[set];
	if (value < t->min || value > t->max) {
		return NULL;
	}
	return t->text[value - t->min][locale];
}

effort_label_set effort_default_labels(effort_metric metric)
{
	switch (metric) {
		case EFFORT_METRIC_EFFORT: return EFFORT_LABELS_EFFORT;
		case EFFORT_METRIC_CES: return EFFORT_LABELS_CES;
		case EFFORT_METRIC_NPS: return EFFORT_LABELS_NPS;
		case EFFORT_METRIC_CSAT: return EFFORT_LABELS_CSAT;
		case EFFORT_METRIC_YESNO: return EFFORT_LABELS_YESNO;
		default: return EFFORT_LABELS_NONE;
	}
}
