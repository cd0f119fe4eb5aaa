--TEST--
Moderator::check(): word lists per language, folding, leetspeak, repeats and false-positive traps
--EXTENSIONS--
shopcx
--FILE--
<?php
$m = new ShopCx\Review\Moderator(['minLength' => 0]);
$cases = [
    // English
    'en reject' => 'This is fucking useless, what a load',
    'en hold' => 'Honestly this is crap, returned it',
    'en leet' => 'Total sh1t, broke after a day',
    'en repeat' => 'What a piece of shiiiiit this is',
    'en fullwidth' => 'Ｆｕｃｋ this thing',
    'en trap' => 'Scunthorpe fan; the assessment passed, cocktail glasses and a shiitake grinder arrived',
    'en spelled' => 'f.u.c.k this, s-h-i-t',
    'en spelled trap' => 'The A B C of lamps: x y z',
    'en trap 2' => 'We had to cull the list; Essex class, Dickens novel, grape juice, fire retardant, a niggardly portion',
    'cross-language' => 'Pros and cons: the dog took a bite, the suckers hold, we live on a cul-de-sac',
    // Dutch
    'nl hold' => 'Echt een kutproduct, zonde van het geld',
    'nl leet' => 'K4NKER zooi dit',
    'nl reject' => 'De bezorger is een kankerlijer',
    'nl trap' => 'Het lampje ging flikkeren, de mist hing laag en de kutsu was mooi. Geil product!',
    'nl medical' => 'Mijn moeder heeft kanker, deze pruik zit heel fijn',
    'nl plain negative' => 'Waardeloos, nooit meer',
    'nl rent, shower' => 'Fietsen huren ging snel, de douche is mooi',
    // German
    'de hold' => 'So ein Scheißdreck, total verarscht',
    'de reject' => 'Der Verkäufer ist ein Hurensohn',
    'de suffix' => 'Der Fahrer war ein Vollidiot',
    'de trap' => 'Sehr preiswert, die Kutsche ist schön und der Wankelmotor läuft',
    'de thick' => 'Das Kabel ist sehr dick und stabil',
    // French
    'fr hold' => 'Produit de merde, je suis déçu',
    'fr reject' => 'Le livreur est un enculé',
    'fr accent' => 'Quelle MÉRDE',
    'fr trap' => 'La culasse et le violon sont arrivés, la convoitise est grande, je suis content',
    'fr delay' => 'Livraison en retard de trois jours, douche très belle, le chien a de la gueule',
];
foreach ($cases as $name => $text) {
    $v = $m->check($text);
    printf("%-17s %-7s [%s] %s\n", $name, $v->decision, implode(',', $v->terms), implode(',', array_column($v->reasons, 'code')));
}
$en = new ShopCx\Review\Moderator(['languages' => ['en'], 'minLength' => 0]);
echo $en->check('Kutproduct')->decision, ' ', $en->check('fuck')->decision, "\n";
?>
--EXPECT--
en reject         reject  [fuck] term.reject
en hold           hold    [crap] term.hold
en leet           hold    [shit] term.hold
en repeat         hold    [piece of shit] term.hold,repeated
en fullwidth      reject  [fuck] term.reject
en trap           approve [] 
en spelled        reject  [fuck,shit] term.reject,term.hold
en spelled trap   approve [] 
en trap 2         approve [] 
cross-language    approve [] 
nl hold           hold    [kutproduct] term.hold
nl leet           hold    [kanker] term.hold
nl reject         reject  [kankerlijer] term.reject
nl trap           approve [] 
nl medical        hold    [kanker] term.hold
nl plain negative approve [] 
nl rent, shower   approve [] 
de hold           hold    [scheiß] term.hold
de reject         reject  [hurensohn] term.reject
de suffix         hold    [idiot] term.hold
de trap           approve [] 
de thick          approve [] 
fr hold           hold    [merde] term.hold
fr reject         reject  [encul] term.reject
fr accent         hold    [merde] term.hold
fr trap           approve [] 
fr delay          approve [] 
approve reject
