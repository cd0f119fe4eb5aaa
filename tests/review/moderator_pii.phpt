--TEST--
Moderator::check(): links, e-mail addresses and phone numbers are held and redacted
--EXTENSIONS--
shopcx
--FILE--
<?php
$m = new ShopCx\Review\Moderator();
$texts = [
    'Mail me: jan.de-vries+shop@example.co.uk, thanks',
    'Kijk op https://example.com/path?q=1. Of www.example.nl!',
    'Goedkoper bij bol.com en coolblue.nl, maar product.De levering was snel',
    'NL mobiel 06-12345678, vast 020 123 4567, (010) 1234567',
    'BE 0470 12 34 56 of +32 470 12 34 56',
    'DE 030 12345678, +49 (0)30 1234567, 0049 89 1234567',
    'FR 06 12 34 56 78 ou +33 6 12 34 56 78',
    'Besteld 01-02-2024 10:30, 1.299,00 euro, bestelnummer 123456789, 3 stuks van 0,99',
];
foreach ($texts as $text) {
    $v = $m->check($text);
    echo $v->decision, ' ', implode(',', array_column($v->reasons, 'code')), "\n  ", $v->redacted, "\n";
}
$v = $m->check('Prima product, echt een aanrader', 'Bel 0612345678');
var_dump($v->redacted, $v->redactedTitle, $v->reasons);
// Placeholders and reasons in the moderator's locale
foreach (['nl', 'de', 'fr', 'en'] as $locale) {
    $m = new ShopCx\Review\Moderator(['locale' => $locale, 'minLength' => 0]);
    $v = $m->check('Mail jan@example.nl, bel 0612345678, zie www.example.com');
    $g = $m->check('asdfgh qwrtzx');
    echo $locale, ': ', $v->redacted, ' | ', implode(' / ', array_column($v->reasons, 'message')), ' / ', $g->reasons[0]['message'], "\n";
}
?>
--EXPECT--
hold pii.email
  Mail me: [email], thanks
hold pii.url
  Kijk op [link]. Of [link]!
hold pii.url
  Goedkoper bij [link] en [link], maar product.De levering was snel
hold pii.phone
  NL mobiel [phone], vast [phone], [phone]
hold pii.phone
  BE [phone] of [phone]
hold pii.phone
  DE [phone], [phone], [phone]
hold pii.phone
  FR [phone] ou [phone]
approve 
  Besteld 01-02-2024 10:30, 1.299,00 euro, bestelnummer 123456789, 3 stuks van 0,99
string(32) "Prima product, echt een aanrader"
string(11) "Bel [phone]"
array(1) {
  [0]=>
  array(3) {
    ["code"]=>
    string(9) "pii.phone"
    ["field"]=>
    string(5) "title"
    ["message"]=>
    string(23) "Contains a phone number"
  }
}
nl: Mail [e-mailadres], bel [telefoonnummer], zie [link] | Bevat een e-mailadres / Bevat een link / Bevat een telefoonnummer / Lijkt op willekeurige tekens
de: Mail [E-Mail-Adresse], bel [Telefonnummer], zie [Link] | Enthält eine E-Mail-Adresse / Enthält einen Link / Enthält eine Telefonnummer / Sieht nach zufällig getippten Zeichen aus
fr: Mail [adresse e-mail], bel [téléphone], zie [lien] | Contient une adresse e-mail / Contient un lien / Contient un numéro de téléphone / Ressemble à des caractères tapés au hasard
en: Mail [email], bel [phone], zie [link] | Contains an e-mail address / Contains a link / Contains a phone number / Looks like random typing
