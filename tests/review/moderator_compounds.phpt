--TEST--
Moderator::check(): Dutch and German compounds (abusive parts inside words, innocent compounds allowed), merchant parts and allowances
--EXTENSIONS--
shopcx
--FILE--
<?php
$m = new ShopCx\Review\Moderator(['minLength' => 0]);
$cases = [
    // abusive compounds: held or rejected
    'Wat een kutwinkel, nooit meer',
    'Stelletje kankerlijers daar',
    'Krijg de pleuris met je levertijd',
    'Teringbedrijf, drie keer gebeld',
    'Die klerewinkel stuurt niks',
    'Wat een coronalijer aan de telefoon',
    'Ein Scheißladen ist das',
    'Der Fahrer ist ein Riesenarschloch',
    'So ein Vollarsch am Telefon',
    'Blöde Drecksfotze',
    'Wat een kuuuutwinkel',
    'Stelletje k4nkerlijers',
    // innocent compounds: approved
    'Ik doneer aan kankerbestrijding en de kankerpatiënten, mijn tante had longkanker',
    'De kunstwinkel en de klerenkast, een uitglijer, hoera, het verhoor',
    'Die Kutsche, der Fischkutter, wir diskutieren akut über Schimmelpilz',
    'Der Gänsemarsch, die Nachbarschaft, eine Tischlampe, das verschlampe ich nie',
    'A fickle customer from Irkutsk with pleurisy',
    'Tyfusepidemie in de kankerkliniek, een skûtsje op het meer',
];
foreach ($cases as $text) {
    $v = $m->check($text);
    printf("%-7s [%s] %s\n", $v->decision, implode(',', $v->terms), $text);
}

// Only the languages chosen: a Dutch-only shop holds the German "Kutsche" (its allowance is German).
$nl = new ShopCx\Review\Moderator(['languages' => ['nl'], 'minLength' => 0]);
echo $nl->check('De Kutsche')->decision, ' ', $nl->check('kutwinkel')->decision, "\n";
$de = new ShopCx\Review\Moderator(['languages' => ['de'], 'minLength' => 0]);
echo $de->check('kutwinkel')->decision, ' ', $de->check('Scheißladen')->decision, "\n";

// The merchant allows one word that holds a part: only that word is cleared.
$wine = new ShopCx\Review\Moderator(['minLength' => 0, 'allow' => ['Kutjevo']]);
echo $m->check('Een fles Kutjevo graševina')->decision, ' ', $wine->check('Een fles Kutjevo graševina')->decision,
    ' ', $wine->check('Kutwinkel')->decision, "\n";

// A merchant's list file with a part and an allowed word holding it.
$file = tempnam(sys_get_temp_dir(), 'mod');
file_put_contents($file, "nep\thold\tpart\nnepal\tallow\tpart\n");
$own = new ShopCx\Review\Moderator(['minLength' => 0, 'lists' => [$file]]);
foreach (['Een nepwinkel', 'Thee uit Nepal, de Nepalese thee', 'Neppe nepalees-nepwinkel'] as $text) {
    $v = $own->check($text);
    printf("%-7s [%s] %s\n", $v->decision, implode(',', $v->terms), $text);
}
unlink($file);

// One word holding the same part many times (more matches than the scan keeps per word).
$v = $m->check(str_repeat('kut', 200) . ' ' . str_repeat('klerenkast', 50));
echo $v->decision, ' [', implode(',', $v->terms), "]\n";
echo $m->check(str_repeat('kankerbestrijding', 40))->decision, "\n";
?>
--EXPECT--
hold    [kut] Wat een kutwinkel, nooit meer
reject  [kanker,lijer] Stelletje kankerlijers daar
hold    [pleuris] Krijg de pleuris met je levertijd
hold    [tering] Teringbedrijf, drie keer gebeld
hold    [klere] Die klerewinkel stuurt niks
reject  [lijer] Wat een coronalijer aan de telefoon
hold    [scheiß] Ein Scheißladen ist das
reject  [arschloch] Der Fahrer ist ein Riesenarschloch
hold    [arsch] So ein Vollarsch am Telefon
reject  [fotze] Blöde Drecksfotze
hold    [kut] Wat een kuuuutwinkel
reject  [kanker,lijer] Stelletje k4nkerlijers
approve [] Ik doneer aan kankerbestrijding en de kankerpatiënten, mijn tante had longkanker
approve [] De kunstwinkel en de klerenkast, een uitglijer, hoera, het verhoor
approve [] Die Kutsche, der Fischkutter, wir diskutieren akut über Schimmelpilz
approve [] Der Gänsemarsch, die Nachbarschaft, eine Tischlampe, das verschlampe ich nie
approve [] A fickle customer from Irkutsk with pleurisy
approve [] Tyfusepidemie in de kankerkliniek, een skûtsje op het meer
hold hold
approve hold
hold approve hold
hold    [nep] Een nepwinkel
approve [] Thee uit Nepal, de Nepalese thee
hold    [nep] Neppe nepalees-nepwinkel
hold [kut]
approve
