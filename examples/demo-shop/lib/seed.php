<?php
/**
 * Creates the demo database: products with variants, FAQ entries and reviews in Dutch and English,
 * past survey answers, funnel counts and abandoned carts for the admin page.
 * Run by the first request, or by hand: php -d extension=modules/shopcx.so examples/demo-shop/lib/seed.php
 */
declare(strict_types=1);

namespace Demo;

use PDO;

function seed(string $path): void
{
    $tmp = $path . '.' . getmypid() . '.tmp';
    @unlink($tmp);
    $db = new PDO('sqlite:' . $tmp, null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    $db->exec(<<<'SQL'
        CREATE TABLE products (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, category TEXT, name_nl TEXT, name_en TEXT,
            desc_nl TEXT, desc_en TEXT, price_cents INTEGER);
        CREATE TABLE variants (id INTEGER PRIMARY KEY, product_id INTEGER, sku TEXT, label_nl TEXT, label_en TEXT,
            stock INTEGER, restock_days INTEGER, backorder_days INTEGER);
        CREATE TABLE faq (id INTEGER PRIMARY KEY, lang TEXT, question TEXT, answer TEXT, category TEXT, tags TEXT, popularity INTEGER);
        CREATE TABLE reviews (id INTEGER PRIMARY KEY, product_id INTEGER, order_key TEXT UNIQUE, author TEXT, rating INTEGER,
            title TEXT, body TEXT, status TEXT, reasons TEXT, lang TEXT, created_at INTEGER);
        -- Seeded carts keep their times as "seconds before now" (rebase = 1) so the admin page always has
        -- reminders to show, whatever the shop clock says; visitors' carts store real times.
        CREATE TABLE carts (id INTEGER PRIMARY KEY, sid TEXT, customer TEXT, name TEXT, email TEXT, consent INTEGER,
            opted_out INTEGER DEFAULT 0, status TEXT, created_at INTEGER, updated_at INTEGER, reminders TEXT DEFAULT '[]',
            rebase INTEGER DEFAULT 0);
        CREATE INDEX carts_sid ON carts (sid, status);
        CREATE TABLE cart_items (cart_id INTEGER, variant_id INTEGER, qty INTEGER, price_cents INTEGER,
            PRIMARY KEY (cart_id, variant_id));
        CREATE TABLE orders (id INTEGER PRIMARY KEY, cart_id INTEGER, email TEXT, name TEXT, lang TEXT, created_at INTEGER);
        CREATE TABLE events (id INTEGER PRIMARY KEY, sid TEXT, step TEXT, at INTEGER);
        CREATE TABLE funnel_base (step TEXT PRIMARY KEY, count INTEGER, ord INTEGER);
        -- Customer-service contacts for the KPIs and the service badge ("ago": seconds before now, like the seeded carts).
        CREATE TABLE interactions (id INTEGER PRIMARY KEY, customer TEXT, channel TEXT, case_id TEXT, topic TEXT,
            complaint INTEGER, resolved INTEGER, first_response INTEGER, duration INTEGER, abandoned INTEGER,
            friendly INTEGER, csat INTEGER, ago INTEGER);
        -- Webhooks: what the shop sent (with the client's verdict) and what the simulated helpdesk received.
        CREATE TABLE webhooks (id INTEGER PRIMARY KEY, type TEXT, event_id TEXT, delivered INTEGER, status INTEGER,
            retryable INTEGER, retry_at INTEGER, error TEXT, at INTEGER);
        CREATE TABLE helpdesk (event_id TEXT PRIMARY KEY, type TEXT, data TEXT, received_at INTEGER);
        CREATE TABLE survey_responses (id INTEGER PRIMARY KEY, survey TEXT, answers TEXT, at INTEGER, ref TEXT, comment TEXT);
        SQL);
    $db->beginTransaction();

    $products = [
        ['noorderlicht', 'lamps', 'Noorderlicht hanglamp', 'Northern Light pendant', 'Hanglamp van gebogen eikenfineer, 45 cm, dimbaar.',
            'Pendant lamp in bent oak veneer, 45 cm, dimmable.', 14900, [
                ['NL-OAK', 'Eiken', 'Oak', 24, null, null], ['NL-WAL', 'Walnoot', 'Walnut', 3, null, null],
                ['NL-BLK', 'Zwart', 'Black', 0, 6, null]]],
        ['duinzand', 'lamps', 'Duinzand tafellamp', 'Dune table lamp', 'Tafellamp met linnen kap en voet van keramiek.',
            'Table lamp with a linen shade and a ceramic base.', 7950, [
                ['DZ-WHT', 'Wit', 'White', 12, null, null], ['DZ-SND', 'Zand', 'Sand', 0, null, 8]]],
        ['kompas', 'lamps', 'Kompas vloerlamp', 'Compass floor lamp', 'Verstelbare vloerlamp van messing, 160 cm.',
            'Adjustable brass floor lamp, 160 cm.', 21900, [['KP-BRS', 'Messing', 'Brass', 7, null, null]]],
        ['veluwe', 'chairs', 'Veluwe fauteuil', 'Veluwe armchair', 'Fauteuil met wollen bekleding en eiken poten.',
            'Armchair with wool upholstery and oak legs.', 64900, [
                ['VF-GRN', 'Mosgroen', 'Moss green', 2, null, null], ['VF-GRY', 'Grijs', 'Grey', 15, null, null]]],
        ['zeeland', 'chairs', 'Zeeland eetkamerstoel', 'Zeeland dining chair', 'Stapelbare eetkamerstoel van massief essen.',
            'Stackable dining chair in solid ash.', 18900, [
                ['ZE-NAT', 'Naturel', 'Natural', 40, null, null], ['ZE-BLK', 'Zwart', 'Black', 0, null, 12]]],
        ['lepel', 'chairs', 'Lepel kruk', 'Spoon stool', 'Lage kruk met een zitting als een lepel.',
            'Low stool with a spoon-shaped seat.', 8900, [['LK-OAK', 'Eiken', 'Oak', 9, null, null]]],
    ];
    $p = $db->prepare('INSERT INTO products (slug, category, name_nl, name_en, desc_nl, desc_en, price_cents) VALUES (?,?,?,?,?,?,?)');
    $v = $db->prepare('INSERT INTO variants (product_id, sku, label_nl, label_en, stock, restock_days, backorder_days) VALUES (?,?,?,?,?,?,?)');
    foreach ($products as $row) {
        $variants = array_pop($row);
        $p->execute($row);
        $pid = (int) $db->lastInsertId();
        foreach ($variants as $vr) {
            $v->execute([$pid, ...$vr]);
        }
    }

    $f = $db->prepare('INSERT INTO faq (lang, question, answer, category, tags, popularity) VALUES (?,?,?,?,?,?)');
    foreach (faq_entries() as $lang => $entries) {
        foreach ($entries as [$question, $answer, $category, $tags, $popularity]) {
            $f->execute([$lang, $question, $answer, $category, $tags, $popularity]);
        }
    }

    // Past reviews: a few per product, in both languages, all approved.
    $now = time();
    $authors = ['Anouk', 'Bram', 'Chloé', 'Daan', 'Emma', 'Finn', 'Grace', 'Hugo', 'Iris', 'Jasper', 'Kim', 'Lotte'];
    $texts = [
        5 => [['nl', 'Prachtig', 'Mooie afwerking en snel bezorgd, precies zoals op de foto.'],
              ['en', 'Beautiful', 'Lovely finish and quick delivery, exactly like the photo.']],
        4 => [['nl', 'Goed', 'Fijne kwaliteit, montage duurde wat langer dan verwacht.'],
              ['en', 'Very good', 'Good quality, assembly took a little longer than expected.']],
        3 => [['nl', 'Redelijk', 'Het is oké, de kleur is iets donkerder dan op de site.'],
              ['en', 'Fine', 'It is okay, the colour is a bit darker than on the site.']],
        2 => [['en', 'Disappointing', 'One of the screws was missing and customer service took two days.']],
        1 => [['nl', 'Beschadigd', 'Kwam beschadigd aan, retour verliep gelukkig soepel.']],
    ];
    $ratings = [5, 5, 4, 5, 3, 4, 5, 2, 4, 5, 1, 4, 5, 3, 5, 4, 5, 4];
    $r = $db->prepare("INSERT INTO reviews (product_id, order_key, author, rating, title, body, status, reasons, lang, created_at)
        VALUES (?,?,?,?,?,?,'approved','[]',?,?)");
    foreach ($ratings as $i => $rating) {
        [$lang, $title, $body] = $texts[$rating][$i % count($texts[$rating])];
        $r->execute([1 + $i % 6, "seed-$i:1", $authors[$i % count($authors)], $rating, $title, $body, $lang, $now - (40 - $i) * 86400]);
    }

    // Twelve weeks of survey answers with a slowly improving trend, for the admin charts.
    mt_srand(12);
    $s = $db->prepare("INSERT INTO survey_responses (survey, answers, at, ref) VALUES (?,?,?,'seed')"); // migrate() numbers the refs
    for ($week = 12; $week >= 1; $week--) {
        $better = (12 - $week) / 12;
        for ($i = 0; $i < 14; $i++) {
            $at = $now - $week * 7 * 86400 + mt_rand(0, 7 * 86400 - 1);
            $s->execute(['ces', json_encode(['ces' => min(7, max(1, (int) round(4.3 + 1.6 * $better + mt_rand(-20, 20) / 10)))]), $at]);
            $s->execute(['nps', json_encode(['nps' => min(10, max(0, (int) round(6.8 + 2 * $better + mt_rand(-35, 25) / 10)))]), $at + 60]);
            $s->execute(['csat', json_encode(['csat' => min(5, max(1, (int) round(3.5 + $better + mt_rand(-15, 12) / 10)))]), $at + 120]);
            $s->execute(['effort', json_encode(['choosing' => mt_rand(1, 2), 'purchasing' => mt_rand(1, 3), 'after' => mt_rand(1, 2)]), $at + 180]);
        }
    }

    // 40 days of contacts: chat answers in seconds, e-mail in hours, phone in a minute or two.
    $in = $db->prepare('INSERT INTO interactions (customer, channel, case_id, topic, complaint, resolved, first_response, duration,
        abandoned, friendly, csat, ago) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
    $topics = ['delivery', 'returns', 'sizes', 'payment', 'damaged', 'product'];
    for ($i = 0; $i < 160; $i++) {
        $channel = ['chat', 'chat', 'chat', 'email', 'email', 'phone'][mt_rand(0, 5)];
        $case = 'k' . intdiv($i, mt_rand(0, 4) === 0 ? 2 : 1);
        $first = match ($channel) { 'chat' => mt_rand(3, 23), 'email' => mt_rand(600, 26 * 3600), 'phone' => mt_rand(20, 140) };
        $in->execute(['c' . mt_rand(1, 110), $channel, $case, $topics[mt_rand(0, 5)], (int) (mt_rand(0, 9) === 0), (int) (mt_rand(0, 9) < 8),
            $first, mt_rand(60, 900), (int) ($channel !== 'email' && mt_rand(0, 19) === 0), mt_rand(3, 5),
            [5, 5, 5, 5, 5, 4, 4, 4, 3, 2][mt_rand(0, 9)], mt_rand(600, 40 * 86400)]);
    }

    $fb = $db->prepare('INSERT INTO funnel_base (step, count, ord) VALUES (?,?,?)');
    foreach ([['category', 9400], ['product', 6100], ['cart', 1450], ['checkout_start', 780], ['checkout_end', 540]] as $i => [$step, $n]) {
        $fb->execute([$step, $n, $i]);
    }

    // Carts in every state a reminder run meets (times in seconds before now, see the table comment).
    $c = $db->prepare("INSERT INTO carts (sid, customer, name, email, consent, opted_out, status, created_at, updated_at, reminders, rebase)
        VALUES ('seed', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    $ci = $db->prepare('INSERT INTO cart_items (cart_id, variant_id, qty, price_cents) VALUES (?,?,?,?)');
    $carts = [
        // customer, name, email, consent, opted out, status, idle seconds, reminders sent (seconds ago), items
        ['c-101', 'Anouk de Vries', 'anouk@example.nl', 1, 0, 'open', 600, [], [[1, 1, 14900]]],
        ['c-102', 'Ben Carter', 'ben@example.com', 1, 0, 'open', 5400, [], [[7, 1, 64900]]],
        ['c-103', 'Claire Dubois', 'claire@example.fr', 1, 0, 'open', 90000, [86400], [[4, 2, 7950], [6, 1, 21900]]],
        ['c-104', 'Dirk Jansen', 'dirk@example.nl', 1, 0, 'open', 7200, [3000], [[9, 4, 18900]]],
        [null, 'Guest', 'guest@example.nl', 0, 0, 'open', 8000, [], [[11, 1, 8900]]],
        ['c-106', 'Eva Bakker', 'eva@example.nl', 1, 1, 'open', 9000, [], [[2, 1, 14900]]],
        ['c-107', 'Femke Smit', 'femke@example.nl', 1, 0, 'ordered', 20000, [], [[8, 1, 64900]]],
        ['c-108', 'Gijs Visser', 'gijs@example.nl', 1, 0, 'open', 30 * 86400, [29 * 86400], [[1, 1, 14900]]],
        ['c-109', 'Hanna Müller', 'hanna@example.de', 1, 0, 'open', 270000, [266400, 183600], [[10, 6, 18900]]],
    ];
    foreach ($carts as [$customer, $name, $email, $consent, $optedOut, $status, $idle, $sent, $items]) {
        $c->execute([$customer, $name, $email, $consent, $optedOut, $status, $idle + 1200, $idle, json_encode($sent)]);
        $id = (int) $db->lastInsertId();
        foreach ($items as [$variant, $qty, $price]) {
            $ci->execute([$id, $variant, $qty, $price]);
        }
    }
    $db->commit();
    unset($p, $v, $f, $r, $s, $c, $ci, $fb, $in); // statements keep the connection open
    $db = null;

    foreach (['secret.key', 'webhook.key'] as $key) {
        file_put_contents(dirname($path) . "/$key", \ShopCx\Token::generateSecret());
        chmod(dirname($path) . "/$key", 0600);
    }
    rename($tmp, $path);
    // Write-ahead log: page views keep reading while one php-fpm worker records an event.
    (new PDO('sqlite:' . $path))->exec('PRAGMA journal_mode = WAL');
    foreach (glob(dirname($path) . '/faq-*.idx') as $old) {
        unlink($old);
    }
    require_once __DIR__ . '/cx.php';
    faq_rebuild_all(new PDO('sqlite:' . $path), dirname($path));
}

/** question, answer (HTML), category, tags, popularity */
function faq_entries(): array
{
    return [
        'en' => [
            ['How do I return my order?', 'You can return any item within 30 days. Start a return in <b>My account</b>, print the label and drop the parcel at a PostNL point. We refund within 5 working days.', 'returns', 'return,refund,label', 120],
            ['When will my order be delivered?', 'Orders placed before 22:00 on a working day (Saturday before 12:00) leave our warehouse the same day and PostNL delivers them the next day, Saturdays included.', 'delivery', 'delivery,shipping,time', 150],
            ['How much are the shipping costs?', 'Shipping is free from € 50. Below that we charge € 4.95 per order.', 'delivery', 'shipping,costs,free', 80],
            ['Can I change or cancel my order?', 'Until the order leaves the warehouse you can change or cancel it in My account or by chat.', 'orders', 'cancel,change', 60],
            ['How do I track my parcel?', 'You receive a Track & Trace link by e-mail as soon as your parcel leaves the warehouse.', 'delivery', 'track,trace,parcel', 90],
            ['Which payment methods do you accept?', 'iDEAL, Bancontact, credit card, PayPal and Klarna (pay later).', 'payment', 'payment,ideal,paypal,klarna', 70],
            ['My lamp arrived damaged, what now?', 'We are sorry! Send us a photo via chat or e-mail within 14 days and we send a new one at once, no need to return the damaged item first.', 'returns', 'damaged,broken,warranty', 40],
            ['Which light bulbs fit the Northern Light pendant?', 'An E27 LED bulb up to 60 W, ideally warm white (2700 K) and dimmable.', 'products', 'bulb,e27,led', 30],
            ['How do I clean an oak veneer lamp?', 'Dust with a dry, soft cloth. Do not use water or cleaning agents on the veneer.', 'products', 'clean,care,oak', 20],
            ['Do you deliver to Belgium and Germany?', 'Yes. Delivery to Belgium and Germany takes one to two working days; shipping is free from € 75.', 'delivery', 'belgium,germany,abroad', 35],
            ['How long is the warranty?', 'Two years on all products, five years on the frames of our chairs.', 'products', 'warranty,guarantee', 25],
            ['Can I pick up my order?', 'Yes, at our showroom in Utrecht, Monday to Saturday, once you received the pickup e-mail.', 'delivery', 'pickup,showroom,utrecht', 15],
        ],
        'nl' => [
            ['Hoe stuur ik mijn bestelling retour?', 'Je kunt elk artikel binnen 30 dagen retourneren. Meld de retour aan via <b>Mijn account</b>, print het label en lever het pakket in bij een PostNL-punt. We betalen binnen 5 werkdagen terug.', 'retour', 'retour,terugbetaling,label', 120],
            ['Wanneer wordt mijn bestelling bezorgd?', 'Op werkdagen voor 22:00 besteld (zaterdag voor 12:00) gaat dezelfde dag de deur uit; PostNL bezorgt de volgende dag, ook op zaterdag.', 'bezorging', 'bezorging,levering,levertijd', 150],
            ['Wat zijn de verzendkosten?', 'Vanaf € 50 verzenden we gratis. Daaronder rekenen we € 4,95 per bestelling.', 'bezorging', 'verzendkosten,gratis', 80],
            ['Kan ik mijn bestelling wijzigen of annuleren?', 'Zolang de bestelling het magazijn nog niet uit is, kun je hem wijzigen of annuleren via Mijn account of de chat.', 'bestellen', 'annuleren,wijzigen', 60],
            ['Hoe volg ik mijn pakket?', 'Je ontvangt een Track & Trace-link per e-mail zodra je pakket het magazijn verlaat.', 'bezorging', 'volgen,pakket,track', 90],
            ['Welke betaalmethoden accepteren jullie?', 'iDEAL, Bancontact, creditcard, PayPal en Klarna (achteraf betalen).', 'betalen', 'betalen,ideal,paypal,klarna', 70],
            ['Mijn lamp is beschadigd aangekomen, wat nu?', 'Vervelend! Stuur binnen 14 dagen een foto via de chat of e-mail en we sturen direct een nieuwe; het beschadigde exemplaar hoef je niet eerst terug te sturen.', 'retour', 'beschadigd,kapot,garantie', 40],
            ['Welke lampen passen in de Noorderlicht hanglamp?', 'Een E27-ledlamp tot 60 W, bij voorkeur warmwit (2700 K) en dimbaar.', 'producten', 'lamp,e27,led', 30],
            ['Hoe maak ik een lamp van eikenfineer schoon?', 'Afstoffen met een droge, zachte doek. Gebruik geen water of schoonmaakmiddel op het fineer.', 'producten', 'schoonmaken,onderhoud,eiken', 20],
            ['Bezorgen jullie ook in België en Duitsland?', 'Ja. Bezorging in België en Duitsland duurt een tot twee werkdagen; vanaf € 75 gratis.', 'bezorging', 'belgie,duitsland,buitenland', 35],
            ['Hoe lang is de garantie?', 'Twee jaar op alle producten, vijf jaar op de frames van onze stoelen.', 'producten', 'garantie', 25],
            ['Kan ik mijn bestelling ophalen?', 'Ja, in onze showroom in Utrecht, maandag tot en met zaterdag, zodra je de ophaalmail hebt ontvangen.', 'bezorging', 'ophalen,showroom,utrecht', 15],
        ],
    ];
}

if (PHP_SAPI === 'cli' && realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    require_once __DIR__ . '/shop.php';
    $path = var_dir() . '/shop.sqlite';
    @unlink($path);
    seed($path);
    echo "seeded $path\n";
}
