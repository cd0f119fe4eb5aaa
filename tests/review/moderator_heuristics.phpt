--TEST--
Moderator::check(): shouting, repeated characters, too short, gibberish; options switch them
--EXTENSIONS--
shopcx
--FILE--
<?php
$m = new ShopCx\Review\Moderator();
foreach ([
    'THIS IS THE WORST LAMP I EVER BOUGHT',
    'Goed product, ZEER TEVREDEN met de levering',
    'Gooooood!!!!!! fast delivery',
    'Prijs 1000000 euro, haha nee, was 10 euro',
    'Top!',
    '   Ok    ',
    'asdfgh qwerty hjkl',
    'xkcdwq zzprt mnbvcx',
    'Prima product, alleen de handleiding was asdf',
    'Très bien, livraison rapide, je recommande',
] as $text) {
    $v = $m->check($text);
    printf("%-7s %s\n", $v->decision, implode(' | ', array_map(fn($r) => $r['code'] . ': ' . $r['message'], $v->reasons)));
}
$lenient = new ShopCx\Review\Moderator(['minLength' => 0, 'maxRepeat' => 10, 'shouting' => false]);
echo $lenient->check('TOP!!!!!!')->decision, "\n";
echo $m->check('')->decision, ' ', $m->check('')->reasons[0]['code'], "\n";
var_dump($m->check('Ok', null)->redactedTitle);
// Reason messages in the merchant's language (codes stay the same)
foreach (['nl', 'de', 'fr'] as $locale) {
    $v = (new ShopCx\Review\Moderator(['locale' => $locale]))->check('SUPER LAMP!!!!!! MAIL ME: a@b.nl');
    echo $locale, ': ', implode(' | ', array_map(fn($r) => $r['code'] . ' ' . $r['message'], $v->reasons)), "\n";
}
?>
--EXPECT--
hold    shouting: Written mostly in capitals
approve 
hold    repeated: Repeats a character 6 times
approve 
hold    short: Shorter than 10 characters
hold    short: Shorter than 10 characters
hold    gibberish: Looks like random typing
hold    gibberish: Looks like random typing
approve 
approve 
approve
hold short
NULL
nl: pii.email Bevat een e-mailadres | shouting Grotendeels in hoofdletters geschreven | repeated Herhaalt een teken 6 keer
de: pii.email Enthält eine E-Mail-Adresse | shouting Überwiegend in Großbuchstaben geschrieben | repeated Wiederholt ein Zeichen 6-mal
fr: pii.email Contient une adresse e-mail | shouting Écrit surtout en majuscules | repeated Répète un caractère 6 fois
