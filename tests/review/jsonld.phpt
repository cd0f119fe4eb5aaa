--TEST--
Summary::jsonLd(): schema.org Product with AggregateRating and Reviews, escaped for a script tag
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Review\Summary;
$summary = Summary::fromRatings([5, 4, 4, 3, null]);
$product = [
    'name' => 'Lamp "Noord" </script><!--',
    'url' => 'https://shop.example/lamp?a=1&b=2',
    'image' => ['https://shop.example/lamp-1.jpg', 'https://shop.example/lamp-2.jpg'],
    'description' => "Warm licht\nmet dimmer",
    'sku' => 'LMP-1', 'gtin' => '8712345678906', 'mpn' => 'N-1', 'brand' => 'Noordlicht',
    'price' => '49.95', 'currency' => 'EUR', 'availability' => 'InStock',
];
$reviews = [
    ['author' => 'Jan', 'rating' => 5, 'title' => 'Top', 'body' => 'Mooi </script> licht', 'date' => '2025-03-01'],
    ['author' => 'Ann', 'rating' => 4, 'date' => 1740873600],
    ['author' => 'Zoë', 'rating' => 3, 'date' => new DateTimeImmutable('2025-03-03 23:30', new DateTimeZone('Europe/Amsterdam'))],
    ['author' => '', 'rating' => 4],            // no author: left out
    ['author' => 'Piet', 'rating' => null],     // no stars: left out
];
$json = $summary->jsonLd($product, $reviews);
var_dump(str_contains($json, '</'), str_contains($json, '<!--'));
$ld = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
echo json_encode($ld, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";

// Without a price there are no offers (documented omission); a plain image string stays a string.
$ld = json_decode($summary->jsonLd(['name' => 'Lamp', 'image' => 'https://shop.example/l.jpg', 'price' => null]), true);
var_dump(isset($ld['offers']), $ld['image'], isset($ld['review']), $ld['aggregateRating']['ratingValue']);
// Integer and float prices
echo json_decode($summary->jsonLd(['name' => 'A', 'price' => 10, 'currency' => 'EUR']), true)['offers']['price'], ' ';
echo json_decode($summary->jsonLd(['name' => 'A', 'price' => 9.5, 'currency' => 'USD']), true)['offers']['price'], "\n";
// No ratings: no markup at all, even with reviews
var_dump(Summary::fromRatings([])->jsonLd($product, [['author' => 'Jan', 'body' => 'Leuk']]));
// Mean rounding: 2/3 of 5 and 1/3 of 4 -> 4.67
echo json_decode(Summary::fromRatings([5, 5, 4])->jsonLd(['name' => 'A']), true)['aggregateRating']['ratingValue'], "\n";
?>
--EXPECT--
bool(false)
bool(false)
{
    "@context": "https://schema.org",
    "@type": "Product",
    "name": "Lamp \"Noord\" </script><!--",
    "image": [
        "https://shop.example/lamp-1.jpg",
        "https://shop.example/lamp-2.jpg"
    ],
    "description": "Warm licht\nmet dimmer",
    "sku": "LMP-1",
    "gtin": "8712345678906",
    "mpn": "N-1",
    "url": "https://shop.example/lamp?a=1&b=2",
    "brand": {
        "@type": "Brand",
        "name": "Noordlicht"
    },
    "offers": {
        "@type": "Offer",
        "price": "49.95",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
        "url": "https://shop.example/lamp?a=1&b=2"
    },
    "aggregateRating": {
        "@type": "AggregateRating",
        "ratingValue": 4,
        "ratingCount": 4,
        "bestRating": 5,
        "worstRating": 1
    },
    "review": [
        {
            "@type": "Review",
            "datePublished": "2025-03-01",
            "author": {
                "@type": "Person",
                "name": "Jan"
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 5,
                "bestRating": 5,
                "worstRating": 1
            },
            "name": "Top",
            "reviewBody": "Mooi </script> licht"
        },
        {
            "@type": "Review",
            "datePublished": "2025-03-02",
            "author": {
                "@type": "Person",
                "name": "Ann"
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 4,
                "bestRating": 5,
                "worstRating": 1
            }
        },
        {
            "@type": "Review",
            "datePublished": "2025-03-03",
            "author": {
                "@type": "Person",
                "name": "Zoë"
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 3,
                "bestRating": 5,
                "worstRating": 1
            }
        }
    ]
}
bool(false)
string(26) "https://shop.example/l.jpg"
bool(false)
float(4)
10 9.50
NULL
4.67
