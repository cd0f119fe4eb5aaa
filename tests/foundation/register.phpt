--TEST--
Form of address: shopcx.register (formal by default, informal), one switch for surveys and chat; bad values
--EXTENSIONS--
shopcx
--INI--
; PCRE's JIT code reads past the subject on purpose; valgrind reports it (Debian's pcre2 has no valgrind hints)
pcre.jit=0
--FILE--
<?php
use ShopCx\Effort\Survey;
use ShopCx\Chat\Rules;

var_dump(ini_get('shopcx.register'));
$now = 1795431600;
$team = ['agentsOnline' => 1];
$rules = Rules::fromArray(['timezone' => 'UTC', 'rules' => [['name' => 'c', 'trigger' => 'cartDwell']]]);
$cart = ['pageType' => 'cart', 'secondsOnPage' => 90];

function texts(): void
{
    global $rules, $cart, $now, $team;
    foreach (['nl', 'de', 'fr', 'en'] as $lang) {
        $survey = array_column(Survey::effort()->questions($lang), 'text');
        $conversation = array_column(Survey::conversation()->questions($lang), 'text');
        $chat = $rules->evaluate($cart + ['language' => $lang], $now, $team)->message;
        echo "$lang | $survey[0] | $conversation[2] | $survey[3] | $chat\n";
    }
}
texts();
var_dump(ini_set('shopcx.register', 'INFORMAL'));
texts();

// Every Dutch text in one register says only "u" or only "je": the charter's one form of address.
foreach (['formal' => '/\b(je|jij|jouw|jullie)\b/iu', 'informal' => '/\b(u|uw)\b/iu'] as $register => $other) {
    ini_set('shopcx.register', $register);
    $found = [];
    foreach (['effort', 'ces', 'nps', 'csat', 'conversation'] as $name) {
        foreach (Survey::$name()->questions('nl') as $q) {
            if (preg_match($other, $q['text'])) {
                $found[] = $q['text'];
            }
        }
    }
    foreach (['productDwell', 'cartDwell', 'faqSearch', 'vipReturning', 'highValue', 'manyReturns', 'crossSell'] as $trigger) {
        $r = Rules::fromArray(['timezone' => 'UTC', 'rules' => [['name' => 'x', 'trigger' => $trigger, 'when' => ['pageType' => 'home', 'secondsOnPage' => 0]]]]);
        $m = $r->evaluate(['pageType' => 'home', 'secondsOnPage' => 0, 'visitCount' => 2, 'lifetimeValue' => 900, 'pagesViewed' => 1, 'productPrice' => 900, 'returnRate' => 0.5, 'crossSellCandidates' => 1, 'searchResults' => 0, 'language' => 'nl'], $now, $team)->message;
        if (preg_match($other, $m)) {
            $found[] = $m;
        }
    }
    echo "$register: ", $found ? implode(' / ', $found) : 'one form of address', "\n";
}

// Stock lines, the promise, moderation reasons, answer times and the review disclosure: Dutch texts that
// address nobody (so they hold in both registers) or, where they do, follow the register.
$neutral = [];
$stock = new ShopCx\Stock\Indicator(['locale' => 'nl']);
foreach ([[5, []], [2, []], [0, []], [0, ['availableOn' => '2026-12-15']], [0, ['backorders' => true]],
    [0, ['backorders' => true, 'availableOn' => '2026-12-15']], [0, ['preorder' => true]],
    [0, ['releaseDate' => '2026-12-15']], [null, []], [50, []]] as [$qty, $item]) {
    $neutral[] = $stock->describe($qty, $item)->label;
}
$moderator = new ShopCx\Review\Moderator(['locale' => 'nl']);
foreach (['kort', 'HEEL SLECHT PRODUCT ECHT WAAR!!!!!!!', 'Bel 0612345678 of mail a@b.nl www.x.nl', 'asdfghjkl qwertyuiop zxcvbnm', 'kutwinkel, nooit meer'] as $text) {
    foreach ($moderator->check($text)->reasons as $reason) {
        $neutral[] = $reason['message'];
    }
}
$neutral[] = ShopCx\Review\Invitation::disclosure('nl');
$open = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'hours' => ['mon' => '09:00-17:30', 'tue' => '09:00-17:30', 'wed' => '09:00-17:30', 'thu' => '09:00-17:30', 'fri' => '09:00-17:30'], 'rules' => []]);
foreach ([1796223540, 1796248800, 1796281200] as $t) {
    $neutral[] = $open->answerTime('chat', $t, 'nl')['text'];
    $neutral[] = $open->answerTime('email', $t, 'nl')['text'];
}
foreach (['formal', 'informal'] as $register) {
    $e = new ShopCx\Delivery\Estimator(['timezone' => 'Europe/Amsterdam', 'warehouse' => 'NL', 'cutoff' => '22:00',
        'locale' => 'nl', 'register' => $register]);
    foreach ([1796223540, 1796248800, 1796281200] as $t) {
        $neutral[] = $e->estimate($t)->label;
    }
}
$addressed = array_filter($neutral, fn ($t) => preg_match('/\b(u|uw|je|jij|jouw|jullie)\b/iu', $t));
echo count($neutral), " other Dutch texts: ", $addressed ? implode(' / ', $addressed) : 'none addresses the customer', "\n";

// Per call and per document, over the INI
ini_set('shopcx.register', 'formal');
echo Survey::nps()->questions('de', 'informal')[0]['text'], "\n";
echo Survey::nps()->questions('de', null)[0]['text'], "\n";
$informal = Rules::fromArray(['timezone' => 'UTC', 'register' => 'informal', 'rules' => [['name' => 'c', 'trigger' => 'cartDwell']]]);
echo $informal->evaluate($cart + ['language' => 'fr'], $now, $team)->message, "\n";
// A custom survey's texts are the merchant's own in either register
$custom = Survey::fromArray(['id' => 'x', 'questions' => [['id' => 'q', 'metric' => 'csat', 'text' => ['nl' => 'Hoe was het?']]]]);
echo $custom->questions('nl', 'informal')[0]['text'], "\n";

// The promise: only French addresses the customer ("Commandez" / "Commande")
$at = new DateTimeImmutable('2026-08-13 10:00', new DateTimeZone('Europe/Paris'));
foreach (['fr' => null, 'fr ' => 'informal', 'nl' => 'informal'] as $lang => $register) {
    $e = new ShopCx\Delivery\Estimator(['timezone' => 'Europe/Paris', 'warehouse' => 'FR', 'cutoff' => '14:30',
        'locale' => trim($lang), 'register' => $register]);
    echo $e->estimate($at)->label, "\n";
}

// Bad values
try {
    new ShopCx\Delivery\Estimator(['timezone' => 'Europe/Paris', 'warehouse' => 'FR', 'cutoff' => '14:30', 'register' => 'tu']);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(ini_set('shopcx.register', 'casual'));
var_dump(ini_get('shopcx.register'));
try {
    Survey::ces()->questions('nl', 'du');
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
foreach (['du', 1, null] as $bad) {
    try {
        Rules::fromArray(['timezone' => 'UTC', 'register' => $bad, 'rules' => []]);
    } catch (ShopCx\ConfigException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
string(6) "formal"
nl | Hoeveel moeite moest u doen bij het kiezen van uw product? | Is uw vraag hiermee opgelost? | Wilt u ons nog iets laten weten? | Vragen over uw bestelling, de verzending of het betalen? Chat met ons.
de | Wie viel Aufwand hatten Sie bei der Auswahl Ihres Produkts? | Ist Ihre Frage damit gelöst? | Möchten Sie uns noch etwas mitteilen? | Fragen zu Ihrer Bestellung, zum Versand oder zur Zahlung? Chatten Sie mit uns.
fr | Quel effort avez-vous dû fournir pour choisir votre produit ? | Votre question est-elle résolue ? | Souhaitez-vous nous dire autre chose ? | Une question sur votre commande, la livraison ou le paiement ? Écrivez-nous.
en | How much effort did you have to put in while choosing your product? | Was your question solved in this contact? | Is there anything else you would like to tell us? | Questions about your order, shipping or payment? Chat with us.
string(6) "formal"
nl | Hoeveel moeite moest je doen bij het kiezen van je product? | Is je vraag hiermee opgelost? | Wil je ons nog iets laten weten? | Vragen over je bestelling, de verzending of het betalen? Chat met ons.
de | Wie viel Aufwand hattest du bei der Auswahl deines Produkts? | Ist deine Frage damit gelöst? | Möchtest du uns noch etwas mitteilen? | Fragen zu deiner Bestellung, zum Versand oder zur Zahlung? Chatte mit uns.
fr | Quel effort as-tu dû fournir pour choisir ton produit ? | Ta question est-elle résolue ? | Souhaites-tu nous dire autre chose ? | Une question sur ta commande, la livraison ou le paiement ? Écris-nous.
en | How much effort did you have to put in while choosing your product? | Was your question solved in this contact? | Is there anything else you would like to tell us? | Questions about your order, shipping or payment? Chat with us.
formal: one form of address
informal: one form of address
%d other Dutch texts: none addresses the customer
Wie wahrscheinlich ist es, dass du unseren Shop einem Freund oder Kollegen empfiehlst?
Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund oder Kollegen empfehlen?
Une question sur ta commande, la livraison ou le paiement ? Écris-nous.
Hoe was het?
Commandez avant 14h30, livré demain
Commande avant 14h30, livré demain
Voor 14:30 besteld, morgen in huis
ValueError: ShopCx\Delivery\Estimator::__construct(): Argument #1 ($options) option "register" must be "formal" or "informal"

Warning: ini_set(): shopcx.register must be "formal" or "informal", "casual" given in %s on line %d
bool(false)
string(6) "formal"
ValueError: ShopCx\Effort\Survey::questions(): Argument #2 ($register) must be "formal" or "informal"
ShopCx\ConfigException: $.register must be "formal" or "informal"
ShopCx\ConfigException: $.register must be "formal" or "informal"
ShopCx\ConfigException: $.register must be "formal" or "informal"
