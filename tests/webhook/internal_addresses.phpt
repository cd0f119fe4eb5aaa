--TEST--
Client refuses loopback, private, link-local, multicast, unspecified and reserved addresses at connect time (after DNS), unless allowInternal names the host or a range; proxies from the environment are not used
--EXTENSIONS--
shopcx
--FILE--
<?php
require __DIR__ . '/server.inc';
use ShopCx\Webhook\Client;

$srv = hook_server_start();
$port = $srv['port'];
$secret = str_repeat('k', 32);
$now = 1781258400;
$opts = ['jitter' => false, 'backoffBase' => 60, 'connectTimeout' => 500, 'timeout' => 2000];

// A loopback receiver: refused by default, final (not retryable), and nothing reached it.
hook_show('default', (new Client("{$srv['url']}/ok", $secret, $opts))->send('x', [], $now), $now);
echo "received: ", count(hook_requests($srv)), "\n";
// A name is checked on the address it resolves to, so "localhost" is refused like 127.0.0.1.
hook_show('localhost', (new Client("http://localhost:$port/ok", $secret, $opts))->send('x', [], $now), $now);
echo "received: ", count(hook_requests($srv)), "\n";

// Allowed: by address, by range, by the URL's host name.
hook_show('allow 127.0.0.1', (new Client("{$srv['url']}/ok", $secret, $opts + ['allowInternal' => ['127.0.0.1']]))->send('x', [], $now), $now);
hook_show('allow 127.0.0.0/8', (new Client("{$srv['url']}/ok", $secret, $opts + ['allowInternal' => ['127.0.0.0/8']]))->send('x', [], $now), $now);
hook_show('allow localhost', (new Client("http://localhost:$port/ok", $secret, $opts + ['allowInternal' => ['LocalHost']]))->send('x', [], $now), $now);
echo "received: ", count(hook_requests($srv)), "\n";
// Allowing other ranges or names does not allow loopback.
hook_show('allow 10/8, helpdesk', (new Client("{$srv['url']}/ok", $secret, $opts + ['allowInternal' => ['10.0.0.0/8', 'helpdesk.lan', 'fd00::/8']]))->send('x', [], $now), $now);
hook_show('allow 127.0.0.2/32', (new Client("{$srv['url']}/ok", $secret, $opts + ['allowInternal' => ['127.0.0.2/32']]))->send('x', [], $now), $now);

// A proxy from the environment is not used (the check must see the receiver, not a proxy).
putenv("http_proxy=http://127.0.0.1:" . hook_free_port());
putenv("HTTP_PROXY=http://127.0.0.1:" . hook_free_port());
hook_show('env proxy ignored', (new Client("{$srv['url']}/ok", $secret, $opts + ['allowInternal' => ['127.0.0.1']]))->send('x', [], $now), $now);
putenv('http_proxy');
putenv('HTTP_PROXY');
echo "received: ", count(hook_requests($srv)), "\n";

// Every internal class, as literals; each is refused before any packet is sent.
foreach (['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '169.254.169.254', '0.0.0.0',
    '224.0.0.1', '240.0.0.1', '198.18.0.1', '[::1]', '[::]', '[fd00::1]', '[fe80::1]', '[ff02::1]', '[::ffff:127.0.0.1]',
    '[::ffff:169.254.169.254]', '[64:ff9b::a00:1]'] as $host) {
    $r = (new Client("http://$host:$port/", $secret, $opts))->send('x', [], $now);
    printf("%-26s %s retryable=%s\n", $host, $r->error, var_export($r->retryable, true));
}
// An IPv4 range also covers the IPv4-mapped IPv6 form of its addresses.
$r = (new Client("http://[::ffff:10.1.2.3]:$port/", $secret, $opts + ['allowInternal' => ['10.0.0.0/8']]))->send('x', [], $now);
echo "mapped in 10/8: ", str_contains((string) $r->error, 'refused to connect') ? 'refused' : 'allowed', "\n";
// Public addresses pass the check (172.32/12 is outside the private 172.16/12); nothing listens there, so the
// attempt fails later, or times out: what matters is that it was not refused.
$r = (new Client("http://172.32.0.1:$port/", $secret, ['connectTimeout' => 200, 'timeout' => 400]))->send('x', [], $now);
echo "172.32.0.1: ", str_contains((string) $r->error, 'refused to connect') ? 'refused' : 'not refused', "\n";

// sendMany() applies the same check to every event.
$many = (new Client("{$srv['url']}/ok", $secret, $opts))->sendMany([['type' => 'a', 'payload' => []], ['type' => 'b', 'payload' => []]], $now);
foreach ($many as $k => $r) {
    echo "sendMany $k: ", $r->error, "\n";
}

// Bad option values
foreach (['127.0.0.1', ['a' => '127.0.0.1'], [1], ['not a host!'], ['10.0.0.0/33'], ['::1/129'], ['10.0.0.0/'], [''],
    [str_repeat('a', 254)], array_fill(0, 65, '10.0.0.1'), ["127.0.0.1\0"]] as $bad) {
    try {
        new Client("{$srv['url']}/ok", $secret, ['allowInternal' => $bad]);
        echo "accepted\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
default                delivered=false status=0 retryable=false retryAt=null error=refused to connect to an internal address (loopback); allow it with the option "allowInternal"
received: 0
localhost              delivered=false status=0 retryable=false retryAt=null error=refused to connect to an internal address (loopback); allow it with the option "allowInternal"
received: 0
allow 127.0.0.1        delivered=true status=200 retryable=false retryAt=null error=null
allow 127.0.0.0/8      delivered=true status=200 retryable=false retryAt=null error=null
allow localhost        delivered=true status=200 retryable=false retryAt=null error=null
received: 3
allow 10/8, helpdesk   delivered=false status=0 retryable=false retryAt=null error=refused to connect to an internal address (loopback); allow it with the option "allowInternal"
allow 127.0.0.2/32     delivered=false status=0 retryable=false retryAt=null error=refused to connect to an internal address (loopback); allow it with the option "allowInternal"
env proxy ignored      delivered=true status=200 retryable=false retryAt=null error=null
received: 4
10.1.2.3                   refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
172.16.0.1                 refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
172.31.255.255             refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
192.168.1.1                refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
100.64.0.1                 refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
169.254.169.254            refused to connect to an internal address (link-local); allow it with the option "allowInternal" retryable=false
0.0.0.0                    refused to connect to an internal address (unspecified); allow it with the option "allowInternal" retryable=false
224.0.0.1                  refused to connect to an internal address (multicast); allow it with the option "allowInternal" retryable=false
240.0.0.1                  refused to connect to an internal address (reserved); allow it with the option "allowInternal" retryable=false
198.18.0.1                 refused to connect to an internal address (reserved); allow it with the option "allowInternal" retryable=false
[::1]                      refused to connect to an internal address (loopback); allow it with the option "allowInternal" retryable=false
[::]                       refused to connect to an internal address (unspecified); allow it with the option "allowInternal" retryable=false
[fd00::1]                  refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
[fe80::1]                  refused to connect to an internal address (link-local); allow it with the option "allowInternal" retryable=false
[ff02::1]                  refused to connect to an internal address (multicast); allow it with the option "allowInternal" retryable=false
[::ffff:127.0.0.1]         refused to connect to an internal address (loopback); allow it with the option "allowInternal" retryable=false
[::ffff:169.254.169.254]   refused to connect to an internal address (link-local); allow it with the option "allowInternal" retryable=false
[64:ff9b::a00:1]           refused to connect to an internal address (private); allow it with the option "allowInternal" retryable=false
mapped in 10/8: allowed
172.32.0.1: not refused
sendMany 0: refused to connect to an internal address (loopback); allow it with the option "allowInternal"
sendMany 1: refused to connect to an internal address (loopback); allow it with the option "allowInternal"
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
ValueError: ShopCx\Webhook\Client::__construct(): Argument #3 ($options) option "allowInternal" must be a list of at most 64 host names, IP addresses or CIDR ranges
