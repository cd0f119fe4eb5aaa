--TEST--
Calendar: Easter Sunday, Good Friday, Easter Monday, Ascension, Whit Monday for every year 1970-2099 against ext/calendar's easter_days()
--EXTENSIONS--
shopcx
calendar
--FILE--
<?php
use ShopCx\Delivery\Calendar;

$nl = new Calendar('NL', ['locale' => 'en']);
$gb = new Calendar('GB', ['locale' => 'en']);
$bad = 0;
for ($y = 1970; $y <= 2099; $y++) {
    $easter = (new DateTimeImmutable("$y-03-21", new DateTimeZone('UTC')))->modify('+' . easter_days($y) . ' days');
    $checks = [
        [$nl, $easter, 'Easter Sunday'],
        [$nl, $easter->modify('+1 day'), 'Easter Monday'],
        [$nl, $easter->modify('+39 days'), 'Ascension Day'],
        [$nl, $easter->modify('+50 days'), 'Whit Monday'],
        [$gb, $easter->modify('-2 days'), 'Good Friday'],
    ];
    foreach ($checks as [$cal, $date, $name]) {
        $got = $cal->holidayName($date->format('Y-m-d'));
        if ($got === null || !str_contains($got, $name)) {
            echo "$y: expected $name on ", $date->format('Y-m-d'), ", got ", var_export($got, true), "\n";
            $bad++;
        }
    }
}
echo "$bad mismatches over 130 years\n";
?>
--EXPECT--
0 mismatches over 130 years
