--TEST--
Feed: Google product-reviews XML 2.3, well-formed and escaped, to a path or a stream
--EXTENSIONS--
shopcx
dom
--FILE--
<?php
use ShopCx\Review\Feed;
$path = __DIR__ . '/feed.xml';
$feed = new Feed($path, ['name' => 'Lampen & Co <NL>', 'favicon' => 'https://shop.example/favicon.ico']);
$feed->add([
    'id' => 'r-1', 'author' => 'Jan "de" Vries', 'date' => 1740873600, 'rating' => 5, 'title' => 'Top <b>',
    'content' => "Mooi\x01 licht\x0b & snel\u{FFFE} geleverd\r\nZeker 'aanrader'", 'url' => 'https://shop.example/lamp?a=1&b=2#r-1',
    'verified' => true,
    'product' => ['url' => 'https://shop.example/lamp?a=1&b=2', 'name' => 'Lamp', 'gtin' => '8712345678906', 'sku' => 'LMP-1', 'mpn' => 'N-1', 'brand' => 'Noord'],
]);
$feed->add([
    'id' => 2, 'author' => null, 'date' => new DateTimeImmutable('2025-03-02 10:00:00+01:00'), 'rating' => 3,
    'content' => 'Prima', 'url' => 'https://shop.example/lamp#r-2', 'verified' => false,
    'product' => ['url' => 'https://shop.example/lamp'],
]);
$feed->add(['id' => 3, 'author' => 'Ann', 'date' => '2025-03-04', 'rating' => 4, 'content' => 'Goed', 'url' => 'https://shop.example/x',
    'product' => ['url' => 'https://shop.example/x']]);
var_dump($feed->close());

$doc = new DOMDocument();
var_dump($doc->load($path));
$x = new DOMXPath($doc);
echo $x->evaluate('string(/feed/version)'), ' ', $x->evaluate('string(/feed/publisher/name)'), ' ', $x->evaluate('count(//review)'), "\n";
foreach ($x->query('//review') as $r) {
    echo $x->evaluate('string(review_id)', $r), ' | ', $x->evaluate('string(reviewer/name)', $r), ' | ',
        $x->evaluate('string(reviewer/name/@is_anonymous)', $r), ' | ', $x->evaluate('string(review_timestamp)', $r), ' | ',
        $x->evaluate('string(ratings/overall)', $r), ' | ', $x->evaluate('string(products/product/product_url)', $r), ' | ',
        $x->evaluate('string(collection_method)', $r), "\n";
}
var_dump($x->evaluate('string(//review[1]/content)'), $x->evaluate('string(//review[1]/title)'));
echo implode(',', array_map(fn($n) => $n->nodeName, iterator_to_array($x->query('//review[1]/*')))), "\n";
echo implode("\n", array_slice(explode("\n", file_get_contents($path)), 0, 4)), "\n";
@unlink($path);

// A caller's stream stays open after close()
$mem = fopen('php://memory', 'w+');
$feed = new Feed($mem, ['name' => 'Shop']);
var_dump($feed->close(), is_resource($mem));
rewind($mem);
var_dump((new DOMDocument())->loadXML(stream_get_contents($mem)));
?>
--EXPECT--
int(3)
bool(true)
2.3 Lampen & Co <NL> 3
r-1 | Jan "de" Vries |  | 2025-03-02T00:00:00Z | 5 | https://shop.example/lamp?a=1&b=2 | post_fulfillment
2 | Anonymous | true | 2025-03-02T09:00:00Z | 3 | https://shop.example/lamp | unsolicited
3 | Ann |  | 2025-03-04T00:00:00Z | 4 | https://shop.example/x | 
string(43) "Mooi licht & snel geleverd
Zeker 'aanrader'"
string(7) "Top <b>"
review_id,reviewer,review_timestamp,title,content,review_url,ratings,products,is_spam,collection_method
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.google.com/shopping/reviews/schema/product/2.3/product_reviews.xsd">
<version>2.3</version>
<publisher><name>Lampen &amp; Co &lt;NL&gt;</name><favicon>https://shop.example/favicon.ico</favicon></publisher>
int(0)
bool(true)
bool(true)
