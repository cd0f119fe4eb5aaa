--TEST--
Client::sign() and Client::verify(): HMAC-SHA256 over "<t>.<body>", replay window, key rotation
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Webhook\Client;

$secret = 'whsec_0123456789abcdef0123456789abcdef';
$body = '{"id":"evt_1","type":"review.negative","time":1781258400,"data":{"review":7}}';
$t = 1781258400;
$sig = Client::sign($secret, $body, $t);
echo $sig, "\n";
var_dump($sig === "t=$t,v1=" . hash_hmac('sha256', "$t.$body", $secret));
var_dump(Client::sign($secret, $body, new DateTimeImmutable('@1781258400')) === $sig);

// The replay window: 300 s by default, either side (clock skew), to the second.
foreach ([0, 300, 301, -300, -301] as $skew) {
    printf("receiver clock %+4d s: %s\n", $skew, var_export(Client::verify($secret, $body, $sig, $t + $skew), true));
}
var_dump(Client::verify($secret, $body, $sig, $t + 3600, 3600));
var_dump(Client::verify($secret, $body, $sig, $t + 3601, 3600));

// Anything else is false: another body, secret or timestamp, malformed headers.
$hex = substr($sig, strpos($sig, 'v1=') + 3);
$other = hash_hmac('sha256', "$t.$body", str_repeat('o', 32));
foreach ([
    'other body' => [$body . "\n", $sig],
    'other secret' => [$body, "t=$t,v1=$other"],
    'moved timestamp' => [$body, 't=' . ($t + 1) . ",v1=$hex"],
    'rotation: old, new' => [$body, "t=$t,v1=$other,v1=$hex"],
    'upper-case hex' => [$body, "t=$t,v1=" . strtoupper($hex)],
    'unknown scheme too' => [$body, "t=$t,v0=abc,v1=$hex"],
    'no timestamp' => [$body, "v1=$hex"],
    'two timestamps' => [$body, "t=$t,t=$t,v1=$hex"],
    'no signature' => [$body, "t=$t"],
    'short hex' => [$body, "t=$t,v1=" . substr($hex, 2)],
    'not hex' => [$body, "t=$t,v1=" . str_repeat('g', 64)],
    'negative t' => [$body, "t=-$t,v1=$hex"],
    'empty' => [$body, ''],
    'garbage' => [$body, str_repeat(',', 600)],
] as $label => [$b, $header]) {
    printf("%-20s %s\n", $label, var_export(Client::verify($secret, $b, $header, $t), true));
}
?>
--EXPECT--
t=1781258400,v1=1b4aa0000acc540014ca67e216e7525c4dd2b784dceb1a5a3862b9a986a7f33b
bool(true)
bool(true)
receiver clock   +0 s: true
receiver clock +300 s: true
receiver clock +301 s: false
receiver clock -300 s: true
receiver clock -301 s: false
bool(true)
bool(false)
other body           false
other secret         false
moved timestamp      false
rotation: old, new   true
upper-case hex       true
unknown scheme too   true
no timestamp         false
two timestamps       false
no signature         false
short hex            false
not hex              false
negative t           false
empty                false
garbage              false
