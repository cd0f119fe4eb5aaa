--TEST--
Survey built-ins: effort (three stages), CES 2.0, NPS, CSAT and the post-conversation ratings, with texts in nl, en, de, fr
--EXTENSIONS--
shopcx
--INI--
shopcx.default_locale=de
--FILE--
<?php
use ShopCx\Effort\Survey;

foreach (['effort', 'ces', 'nps', 'csat', 'conversation'] as $name) {
    $s = Survey::$name();
    echo "== ", $s->id(), "\n";
    foreach ($s->questions('en') as $q) {
        printf("%s %s %s..%s %s stage=%s: %s | %s\n", $q['id'], $q['metric'], $q['min'] ?? '-', $q['max'] ?? '-',
            $q['required'] ? 'required' : 'optional', $q['stage'] ?? '-', $q['text'], json_encode($q['labels']));
    }
}
echo "== effort survey in every language\n";
foreach (['nl', 'en', 'de', 'fr'] as $loc) {
    $q = Survey::effort()->questions($loc);
    echo "$loc: {$q[0]['text']} [", implode(' / ', $q[0]['labels']), "]\n";
}
echo "== regions, and the INI default (de)\n";
echo Survey::ces()->questions('fr_BE')[0]['text'], "\n";
echo Survey::ces()->questions('NL-nl')[0]['labels'][7], "\n";
echo Survey::ces()->questions()[0]['text'], "\n";
echo Survey::nps()->questions(null)[0]['labels'][10], "\n";
?>
--EXPECT--
== effort
choosing effort 1..3 required stage=choosing: How much effort did you have to put in while choosing your product? | {"1":"virtually none","2":"a bit","3":"far too much"}
purchasing effort 1..3 required stage=purchasing: How much effort did you have to put in while making your purchase? | {"1":"virtually none","2":"a bit","3":"far too much"}
after effort 1..3 required stage=after: How much effort did you have to put in after your purchase? | {"1":"virtually none","2":"a bit","3":"far too much"}
comment comment -..- optional stage=-: Is there anything else you would like to tell us? | []
== ces
ces ces 1..7 required stage=-: The shop made it easy for me to handle my issue. | {"1":"strongly disagree","2":"disagree","3":"somewhat disagree","4":"neither agree nor disagree","5":"somewhat agree","6":"agree","7":"strongly agree"}
comment comment -..- optional stage=-: Is there anything else you would like to tell us? | []
== nps
nps nps 0..10 required stage=-: How likely is it that you would recommend our shop to a friend or colleague? | {"0":"not at all likely","10":"extremely likely"}
comment comment -..- optional stage=-: Is there anything else you would like to tell us? | []
== csat
csat csat 1..5 required stage=-: How satisfied are you with our service? | {"1":"very dissatisfied","2":"dissatisfied","3":"neutral","4":"satisfied","5":"very satisfied"}
comment comment -..- optional stage=-: Is there anything else you would like to tell us? | []
== conversation
friendly rating 1..5 required stage=-: How friendly was the help you received? | {"1":"not friendly at all","2":"not very friendly","3":"fairly friendly","4":"friendly","5":"very friendly"}
informed rating 1..5 required stage=-: How well informed was the person who helped you? | {"1":"very poorly","2":"poorly","3":"fairly well","4":"well","5":"very well"}
solved yesno 0..1 required stage=-: Was your question solved in this contact? | ["no","yes"]
comment comment -..- optional stage=-: Is there anything else you would like to tell us? | []
== effort survey in every language
nl: Hoeveel moeite moest u doen bij het kiezen van uw product? [vrijwel geen / een beetje / veel te veel]
en: How much effort did you have to put in while choosing your product? [virtually none / a bit / far too much]
de: Wie viel Aufwand hatten Sie bei der Auswahl Ihres Produkts? [so gut wie keinen / ein wenig / viel zu viel]
fr: Quel effort avez-vous dû fournir pour choisir votre produit ? [pratiquement aucun / un peu / beaucoup trop]
== regions, and the INI default (de)
La boutique m'a permis de régler facilement ma demande.
helemaal mee eens
Der Shop hat es mir leicht gemacht, mein Anliegen zu klären.
äußerst wahrscheinlich
