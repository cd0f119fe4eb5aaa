--TEST--
Rules: "closed" takes yearly "MM-DD" dates beside "YYYY-MM-DD" (local dates in the document's zone)
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;
use ShopCx\ConfigException;

$rule = ['name' => 'cart', 'trigger' => 'cartDwell'];
$visit = ['pageType' => 'cart', 'secondsOnPage' => 70];
$team = ['agentsOnline' => 1];
$rules = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'closed' => ['12-24', '12-31', '02-29', '2027-01-02'], 'rules' => [$rule]]);
foreach ([
    '2026-12-23T22:59:59Z',   // 23:59:59 on the 23rd in Amsterdam: open
    '2026-12-23T23:00:00Z',   // midnight: the 24th
    '2027-12-24T12:00:00Z',   // the next year too
    '2031-12-31T12:00:00Z',
    '2027-01-01T12:00:00Z',
    '2027-01-02T12:00:00Z',   // the one-off date
    '2028-01-02T12:00:00Z',   // ... only that year
    '2028-02-29T12:00:00Z',   // leap day in a leap year
    '2027-03-01T12:00:00Z',   // no leap day in 2027: 1 March stays open
] as $utc) {
    $now = new DateTimeImmutable($utc);
    printf("%s %-5s %s\n", $utc, var_export($rules->isOpen($now), true), $rules->explain($visit, $now, $team));
}

foreach ([['12-32'], ['13-01'], ['00-10'], ['2-29'], ['12/24'], ['1224'], [' 12-24'], ['02-30'], [12]] as $closed) {
    try {
        Rules::fromArray(['timezone' => 'UTC', 'closed' => $closed, 'rules' => [$rule]]);
        echo "accepted ", json_encode($closed), "\n";
    } catch (ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
2026-12-23T22:59:59Z true  invite
2026-12-23T23:00:00Z false closed-date
2027-12-24T12:00:00Z false closed-date
2031-12-31T12:00:00Z false closed-date
2027-01-01T12:00:00Z true  invite
2027-01-02T12:00:00Z false closed-date
2028-01-02T12:00:00Z true  invite
2028-02-29T12:00:00Z false closed-date
2027-03-01T12:00:00Z true  invite
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
$.closed[0] must be a date "YYYY-MM-DD" between 1970 and 2099 or a yearly "MM-DD"
