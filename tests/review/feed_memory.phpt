--TEST--
Feed: 20,000 reviews written in flat memory, read back with XMLReader
--EXTENSIONS--
shopcx
dom
xmlreader
--FILE--
<?php
$path = __DIR__ . '/feed_memory.xml';
$feed = new ShopCx\Review\Feed($path, ['name' => 'Shop']);
$review = ['id' => 0, 'author' => 'Klant', 'date' => 1740873600, 'rating' => 4, 'verified' => true,
    'content' => str_repeat('Mooi product & snelle levering. ', 20), 'url' => 'https://shop.example/p/1#r',
    'product' => ['url' => 'https://shop.example/p/1', 'name' => 'Product <1>', 'sku' => 'SKU-1']];
$marks = [];
for ($i = 1; $i <= 20000; $i++) {
    $review['id'] = $i;
    $review['rating'] = 1 + $i % 5;
    $feed->add($review);
    if ($i === 1000 || $i === 20000) {
        $marks[] = memory_get_usage();
    }
}
var_dump($feed->close());
// Memory after 20,000 reviews is what it was after 1,000: nothing accumulates per review.
var_dump($marks[1] - $marks[0] < 16384);

$reader = new XMLReader();
$reader->open($path);
$count = 0;
$stars = 0;
while ($reader->read()) {
    if ($reader->nodeType === XMLReader::ELEMENT && $reader->name === 'overall') {
        $count++;
        $stars += (int) $reader->readString();
    }
}
$reader->close();
var_dump($count, $stars);   // 4,000 of each star: 4000 * 15
@unlink($path);
?>
--EXPECT--
int(20000)
bool(true)
int(20000)
int(60000)
