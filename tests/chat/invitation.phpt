--TEST--
Invitation: message language (visitor, document, INI), merchant texts, pre-chat form, routing, toArray()
--EXTENSIONS--
shopcx
--INI--
shopcx.default_locale=de
--FILE--
<?php
use ShopCx\Chat\Rules;
use ShopCx\Chat\Invitation;

$now = 1795431600;
$team = ['agentsOnline' => 1];
$product = ['pageType' => 'product', 'secondsOnPage' => 150];

// Built-in texts in the visitor's language; without one, the INI default (de here)
$builtin = Rules::fromArray(['timezone' => 'UTC', 'rules' => [['name' => 'p', 'trigger' => 'productDwell']]]);
foreach (['nl', 'en-US', 'de', 'fr_BE', 'es', null] as $language) {
    $i = $builtin->evaluate($product + ['language' => $language], $now, $team);
    printf("%-6s %s: %s\n", $language ?? 'none', $i->locale, $i->message);
}
echo "\n";
// Every trigger has its own text
$all = ['productDwell', 'cartDwell', 'faqSearch', 'vipReturning', 'highValue', 'manyReturns', 'crossSell'];
foreach ($all as $trigger) {
    $r = Rules::fromArray(['timezone' => 'UTC', 'locale' => 'fr', 'rules' => [['name' => 'x', 'trigger' => $trigger, 'when' => ['pageType' => 'home', 'secondsOnPage' => 0]]]]);
    $i = $r->evaluate(['pageType' => 'home', 'secondsOnPage' => 0, 'visitCount' => 2, 'lifetimeValue' => 900, 'pagesViewed' => 1, 'productPrice' => 900, 'returnRate' => 0.5, 'crossSellCandidates' => 1, 'searchResults' => 0], $now, $team);
    printf("%-13s %s\n", $trigger, $i->message);
}
echo "\n";

// Merchant texts: per language with fallback to the document's locale, or one text for all
$merchant = Rules::fromArray([
    'timezone' => 'UTC',
    'locale' => 'nl',
    'routing' => ['order' => 'service', 'return' => 'returns', 'product' => 'sales'],
    'form' => ['fields' => ['email', 'questionType', 'message'], 'required' => ['email', 'questionType']],
    'rules' => [
        ['name' => 'translated', 'kind' => 'defensive', 'priority' => 2, 'questionType' => 'order',
         'when' => ['pageType' => 'checkout'], 'message' => ['nl' => 'Hulp bij het afrekenen?', 'fr' => 'Besoin d\'aide pour payer ?']],
        ['name' => 'only-english', 'kind' => 'defensive', 'priority' => 1,
         'when' => ['pageType' => 'faq'], 'message' => ['en' => 'Ask us anything.']],
        ['name' => 'one-text', 'kind' => 'opportunistic', 'when' => ['pageType' => 'product'], 'message' => 'Vragen? Wij helpen graag! 😊'],
    ],
]);
foreach ([['checkout', 'fr'], ['checkout', 'de'], ['checkout', 'en'], ['faq', 'de'], ['product', 'fr']] as [$page, $language]) {
    $i = $merchant->evaluate(['pageType' => $page, 'language' => $language], $now, $team);
    printf("%-9s %s -> %s: %s\n", $page, $language, $i->locale, $i->message);
}
echo "\n";
$i = $merchant->evaluate(['pageType' => 'checkout', 'language' => 'nl'], $now, ['agentsOnline' => 2, 'answerSeconds' => 8]);
var_dump($i->toArray());

// Built only by Rules::evaluate()
try {
    new Invitation();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $i->message = 'changed';
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(unserialize(serialize($i)) == $i);
?>
--EXPECT--
nl     nl: Twijfelt u nog over dit product? We helpen u graag kiezen.
en-US  en: Not sure about this product yet? We are happy to help you choose.
de     de: Noch unsicher bei diesem Produkt? Wir helfen Ihnen gern bei der Auswahl.
fr_BE  fr: Vous hésitez encore sur ce produit ? Nous vous aidons volontiers à choisir.
es     de: Noch unsicher bei diesem Produkt? Wir helfen Ihnen gern bei der Auswahl.
none   de: Noch unsicher bei diesem Produkt? Wir helfen Ihnen gern bei der Auswahl.

productDwell  Vous hésitez encore sur ce produit ? Nous vous aidons volontiers à choisir.
cartDwell     Une question sur votre commande, la livraison ou le paiement ? Écrivez-nous.
faqSearch     Vous ne trouvez pas ce que vous cherchez ? Posez votre question à notre équipe.
vipReturning  Ravis de vous revoir ! Pouvons-nous vous aider ?
highValue     Un très bon choix. Des questions avant de décider ? Notre spécialiste vous aide volontiers.
manyReturns   Vous hésitez sur le produit qui vous convient le mieux ? Nous vous conseillons volontiers.
crossSell     Envie de savoir ce qui va bien avec ? Nous vous conseillons volontiers.

checkout  fr -> fr: Besoin d'aide pour payer ?
checkout  de -> nl: Hulp bij het afrekenen?
checkout  en -> nl: Hulp bij het afrekenen?
faq       de -> en: Ask us anything.
product   fr -> fr: Vragen? Wij helpen graag! 😊

array(12) {
  ["rule"]=>
  string(10) "translated"
  ["kind"]=>
  string(9) "defensive"
  ["trigger"]=>
  NULL
  ["message"]=>
  string(23) "Hulp bij het afrekenen?"
  ["locale"]=>
  string(2) "nl"
  ["reason"]=>
  string(60) "rule "translated" (defensive, priority 2): pageType checkout"
  ["conditions"]=>
  array(1) {
    [0]=>
    string(17) "pageType checkout"
  }
  ["questionType"]=>
  string(5) "order"
  ["group"]=>
  string(7) "service"
  ["expectedAnswerSeconds"]=>
  int(8)
  ["form"]=>
  array(3) {
    [0]=>
    array(2) {
      ["field"]=>
      string(5) "email"
      ["required"]=>
      bool(true)
    }
    [1]=>
    array(3) {
      ["field"]=>
      string(12) "questionType"
      ["required"]=>
      bool(true)
      ["options"]=>
      array(3) {
        [0]=>
        string(5) "order"
        [1]=>
        string(6) "return"
        [2]=>
        string(7) "product"
      }
    }
    [2]=>
    array(2) {
      ["field"]=>
      string(7) "message"
      ["required"]=>
      bool(false)
    }
  }
  ["routing"]=>
  array(3) {
    ["order"]=>
    string(7) "service"
    ["return"]=>
    string(7) "returns"
    ["product"]=>
    string(5) "sales"
  }
}
Error: Call to private ShopCx\Chat\Invitation::__construct() from global scope
Error: Cannot modify readonly property ShopCx\Chat\Invitation::$message
bool(true)
