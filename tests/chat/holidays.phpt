--TEST--
Rules: no invitations on public holidays and closed dates of a ShopCx\Delivery\Calendar (argument or "holidays" code)
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;
use ShopCx\Delivery\Calendar;

$allWeek = array_fill_keys(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '00:00-24:00');
$rule = ['name' => 'cart', 'trigger' => 'cartDwell'];
$visit = ['pageType' => 'cart', 'secondsOnPage' => 70];
$team = ['agentsOnline' => 1];
function day(Rules $rules, string $utc): void {
    global $visit, $team;
    $now = new DateTimeImmutable($utc);
    printf("  %s  %-5s %s\n", $utc, var_export($rules->isOpen($now), true), $rules->explain($visit, $now, $team));
}

echo "NL by code in the document (the calendar works Monday to Friday; the chat also on weekends)\n";
$nl = Rules::fromJson(json_encode(['timezone' => 'Europe/Amsterdam', 'holidays' => 'NL', 'hours' => $allWeek, 'rules' => [$rule]]));
day($nl, '2026-04-27T10:00:00Z');   // King's Day, a Monday
day($nl, '2026-04-28T10:00:00Z');
day($nl, '2026-04-06T10:00:00Z');   // Easter Monday
day($nl, '2026-05-05T10:00:00Z');   // Liberation Day: a day off only in lustrum years
day($nl, '2026-12-19T10:00:00Z');   // an ordinary Saturday: open
day($nl, '2026-12-26T10:00:00Z');   // Boxing Day on a Saturday: still a holiday
day($nl, '2026-12-24T22:59:59Z');   // 23:59 on Christmas Eve in Amsterdam
day($nl, '2026-12-24T23:00:00Z');   // 00:00 on Christmas Day

echo "DE-BY Calendar object with an extra closed date\n";
$calendar = new Calendar('DE-BY', ['closed' => ['2026-12-24']]);
$by = Rules::fromArray(['timezone' => 'Europe/Berlin', 'hours' => $allWeek, 'rules' => [$rule]], $calendar);
unset($calendar);   // the rules keep their calendar alive
day($by, '2026-01-06T12:00:00Z');   // Epiphany (Bavaria)
day($by, '2026-08-15T12:00:00Z');   // Assumption Day, a Saturday
day($by, '2026-08-17T12:00:00Z');
day($by, '2026-12-23T22:59:00Z');   // 23:59 local on the 23rd
day($by, '2026-12-23T23:00:00Z');   // already the 24th in Berlin: closed date
day($by, '2026-10-31T12:00:00Z');   // Reformation Day is not a Bavarian holiday

echo "A holiday the shop opens on anyway\n";
$open = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'rules' => [$rule]], new Calendar('NL', ['open' => ['2026-04-27']]));
day($open, '2026-04-27T10:00:00Z');
day($open, '2026-05-14T10:00:00Z');   // Ascension Day

echo "Errors\n";
foreach ([
    fn() => Rules::fromArray(['timezone' => 'UTC', 'holidays' => 'XX', 'rules' => []]),
    fn() => Rules::fromArray(['timezone' => 'UTC', 'holidays' => 'DE-XY', 'rules' => []]),
    fn() => Rules::fromArray(['timezone' => 'UTC', 'holidays' => 49, 'rules' => []]),
    fn() => Rules::fromArray(['timezone' => 'UTC', 'holidays' => 'NL', 'rules' => []], new Calendar('NL')),
    fn() => Rules::fromArray(['timezone' => 'UTC', 'rules' => []], new DateTimeZone('UTC')),
    fn() => Rules::fromJson('{"timezone": "UTC", "rules": []}', 'NL'),
] as $fn) {
    try {
        $fn();
        echo "  ACCEPTED\n";
    } catch (Throwable $e) {
        echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
NL by code in the document (the calendar works Monday to Friday; the chat also on weekends)
  2026-04-27T10:00:00Z  false holiday
  2026-04-28T10:00:00Z  true  invite
  2026-04-06T10:00:00Z  false holiday
  2026-05-05T10:00:00Z  true  invite
  2026-12-19T10:00:00Z  true  invite
  2026-12-26T10:00:00Z  false holiday
  2026-12-24T22:59:59Z  true  invite
  2026-12-24T23:00:00Z  false holiday
DE-BY Calendar object with an extra closed date
  2026-01-06T12:00:00Z  false holiday
  2026-08-15T12:00:00Z  false holiday
  2026-08-17T12:00:00Z  true  invite
  2026-12-23T22:59:00Z  true  invite
  2026-12-23T23:00:00Z  false holiday
  2026-10-31T12:00:00Z  true  invite
A holiday the shop opens on anyway
  2026-04-27T10:00:00Z  true  invite
  2026-05-14T10:00:00Z  false holiday
Errors
  ShopCx\ConfigException: $.holidays "XX" is not a country or region that ShopCx\Delivery\Calendar knows (such as "NL" or "DE-BY")
  ShopCx\ConfigException: $.holidays "DE-XY" is not a country or region that ShopCx\Delivery\Calendar knows (such as "NL" or "DE-BY")
  ShopCx\ConfigException: $.holidays must be a country or region code such as "NL" or "DE-BY"
  ShopCx\ConfigException: $.holidays and the $holidays argument are both given: use one of them
  TypeError: ShopCx\Chat\Rules::fromArray(): Argument #2 ($holidays) must be of type ?ShopCx\Delivery\Calendar, DateTimeZone given
  TypeError: ShopCx\Chat\Rules::fromJson(): Argument #2 ($holidays) must be of type ?ShopCx\Delivery\Calendar, string given
