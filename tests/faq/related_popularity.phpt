--TEST--
related() by content similarity boosted by co-views; synonyms; the popularity prior and setPopularity()
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/webshop.inc';
use ShopCx\Faq\Index;

$ix = Index::build(webshop_faq(), ['lang' => 'nl', 'synonyms' => [['retour', 'terugsturen', 'retourneren', 'omruilen'], ['betalen', 'afrekenen']]]);
function ids(array $hits): string {
    return implode(', ', array_map(fn($h) => sprintf('%s %.3f', $h->id, $h->score), $hits)) ?: '-';
}
echo "-- synonyms: any word of a group finds the others\n";
foreach (['omruilen', 'terugsturen', 'afrekenen'] as $q) {
    printf("%-12s %s\n", $q, ids($ix->search($q, 3)->hits));
}
$plain = Index::build(webshop_faq(), ['lang' => 'nl']);
printf("%-12s %s (without synonyms)\n", 'omruilen', ids($plain->search('omruilen', 3)->hits));

echo "-- related(): content similarity\n";
echo ids($ix->related('order-change', 3)), "\n";
echo ids($ix->related('return-how', 3)), "\n";
echo "-- co-views lift an entry among the similar ones\n";
echo ids($ix->related('order-change', 3, ['pay-invoice' => 50, 'order-cancel' => 1, 'unknown-id' => 99])), "\n";
echo "-- the related entry itself is never returned; unknown ids are an error\n";
try { $ix->related('nope'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { $ix->related('order-change', 5, ['x' => -1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$num = Index::build([['id' => 12, 'question' => 'Pakket kwijt'], ['id' => 13, 'question' => 'Pakket beschadigd']], ['lang' => 'nl']);
echo ids($num->related(12)), "\n";

echo "-- popularity prior: equal text, the more popular entry first\n";
$twins = Index::build([
    ['id' => 'a', 'question' => 'Cadeaubon inwisselen', 'popularity' => 1],
    ['id' => 'b', 'question' => 'Cadeaubon inwisselen', 'popularity' => 500],
], ['lang' => 'nl']);
echo ids($twins->search('cadeaubon')->hits), "\n";
$twins->setPopularity(['a' => 900, 'b' => 2, 'ghost' => 5]);
echo ids($twins->search('cadeaubon')->hits), "\n";
$twins->setPopularity([]);
echo ids($twins->search('cadeaubon')->hits), "\n";
try { $twins->setPopularity(['a' => 'many']); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
-- synonyms: any word of a group finds the others
omruilen     return-how 0.524, return-refund 0.132
terugsturen  return-how 0.524, return-refund 0.132
afrekenen    pay-invoice 0.534, return-refund 0.277, pay-methods 0.218
omruilen     - (without synonyms)
-- related(): content similarity
order-cancel 0.099, pay-invoice 0.044, privacy-data 0.039
return-refund 0.066
-- co-views lift an entry among the similar ones
order-cancel 0.114, pay-invoice 0.081, privacy-data 0.039
-- the related entry itself is never returned; unknown ids are an error
ShopCx\Faq\Index::related(): Argument #1 ($id) must be the id of an entry of this index
ShopCx\Faq\Index::related(): Argument #3 ($coViews) must map ids to counts between 0 and 1e12
13 0.086
-- popularity prior: equal text, the more popular entry first
b 0.545, a 0.501
a 0.545, b 0.504
a 0.496, b 0.496
ShopCx\Faq\Index::setPopularity(): Argument #1 ($popularity) must map ids to numbers between 0 and 1e12
