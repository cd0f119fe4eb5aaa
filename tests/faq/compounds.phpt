--TEST--
Dutch and German compounds: "verzendkosten" finds "kosten van verzending" and the other way round, "Rücksendeetikett" finds "Etikett für die Rücksendung", linking -s-; English and French never split
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

function top(Index $ix, string $q, string $lang): void
{
    $r = $ix->search($q, 3, ['lang' => $lang]);
    printf("%-30s %s\n", $q, $r->hits ? implode(', ', array_map(fn ($h) => $h->id . ' ' . number_format($h->score, 2), $r->hits)) : '-');
}

// The compound in the entry, the words apart in the query: the entry counts as its parts too.
$nl = Index::build([
    ['id' => 'shipping-cost', 'question' => 'Wat zijn de verzendkosten?', 'answer' => 'Boven de 50 euro is het gratis, daaronder 4,95.'],
    ['id' => 'shipping-time', 'question' => 'Wanneer komt mijn verzending aan?', 'answer' => 'Binnen twee werkdagen.'],
    ['id' => 'return-cost', 'question' => 'Zijn er kosten verbonden aan retourneren?', 'answer' => 'Retourneren is gratis.'],
    ['id' => 'insurance', 'question' => 'Welke verzekeringsvoorwaarden gelden?', 'answer' => 'De voorwaarden van onze partner.'],
    ['id' => 'insurer', 'question' => 'Wie is de verzekering?', 'answer' => 'Een Nederlandse verzekeraar.'],
], ['lang' => 'nl']);
top($nl, 'kosten van verzending', 'nl');
top($nl, 'verzendkosten', 'nl');
top($nl, 'voorwaarden van de verzekering', 'nl');   // linking -s-: verzekering + s + voorwaarden

// The words apart in the entry, the compound in the query: the query is split against the index.
$nl2 = Index::build([
    ['id' => 'shipping-cost', 'question' => 'Wat zijn de kosten van verzending?', 'answer' => 'Boven de 50 euro is het gratis.'],
    ['id' => 'shipping-time', 'question' => 'Wanneer komt mijn pakket aan?', 'answer' => 'Binnen twee werkdagen.'],
    ['id' => 'return-cost', 'question' => 'Is retourneren gratis?', 'answer' => 'Ja.'],
], ['lang' => 'nl']);
top($nl2, 'verzendkosten', 'nl');
$r = $nl2->search('verzendkosten', 3, ['lang' => 'nl']);
echo 'answered: ', var_export($r->answered, true), ', unknown: ', json_encode($r->unknownWords), "\n";

$de = Index::build([
    ['id' => 'label', 'question' => 'Wo finde ich das Rücksendeetikett?', 'answer' => 'Im Kundenkonto unter Bestellungen.'],
    ['id' => 'return-time', 'question' => 'Wie lange dauert eine Rücksendung?', 'answer' => 'Etwa fünf Werktage.'],
    ['id' => 'print', 'question' => 'Kann ich ein Etikett drucken?', 'answer' => 'Ja, als PDF.'],
], ['lang' => 'de']);
top($de, 'Etikett für die Rücksendung', 'de');
$de2 = Index::build([
    ['id' => 'label', 'question' => 'Wo finde ich das Etikett für die Rücksendung?', 'answer' => 'Im Kundenkonto.'],
    ['id' => 'return-time', 'question' => 'Wie lange dauert die Erstattung?', 'answer' => 'Etwa fünf Werktage.'],
], ['lang' => 'de']);
top($de2, 'Rücksendeetikett', 'de');
top($de2, 'Ruecksendeetikett', 'de');   // typed without the umlaut

// English is not split: "notebook" is not "note" + "book".
$en = Index::build([
    ['id' => 'notebook', 'question' => 'Is the notebook waterproof?', 'answer' => 'Yes.'],
    ['id' => 'book', 'question' => 'Can I return a book?', 'answer' => 'Within 30 days.'],
    ['id' => 'note', 'question' => 'Can I add a note to my order?', 'answer' => 'At checkout.'],
], ['lang' => 'en']);
top($en, 'book', 'en');
top($en, 'notebook', 'en');
// Nor French: "portefeuille" is not found by "feuille".
$fr = Index::build([
    ['id' => 'wallet', 'question' => 'Le portefeuille est-il en cuir ?', 'answer' => 'Oui.'],
    ['id' => 'paper', 'question' => 'Quelle feuille de papier pour la porte ?', 'answer' => 'A4.'],
], ['lang' => 'fr']);
top($fr, 'feuille', 'fr');
?>
--EXPECT--
kosten van verzending          shipping-cost 0.56, shipping-time 0.19, return-cost 0.19
verzendkosten                  shipping-cost 0.56
voorwaarden van de verzekering insurance 0.57, insurer 0.18
verzendkosten                  shipping-cost 0.51
answered: true, unknown: []
Etikett für die Rücksendung  label 0.49, print 0.22, return-time 0.20
Rücksendeetikett              label 0.48
Ruecksendeetikett              label 0.48
book                           book 0.51
notebook                       notebook 0.51
feuille                        paper 0.47
