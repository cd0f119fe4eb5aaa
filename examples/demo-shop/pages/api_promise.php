<?php
/** The countdown's source: tiny, uncached, computed from the shop clock on every request. */
declare(strict_types=1);

namespace Demo;

$variant = q('SELECT * FROM variants WHERE id = ?', [(int) ($_GET['variant'] ?? 0)])->fetch();
if (!$variant) {
    json_out(['error' => 'unknown variant'], 404);
}
$p = promise($variant);
json_out(['label' => $p->label, 'orderWithinSeconds' => $p->orderWithinSeconds, 'earliest' => $p->earliest,
    'latest' => $p->latest, 'carrier' => $p->carrier, 'now' => now(), 'clock' => local(now(), 'D d M Y H:i:s')]);
