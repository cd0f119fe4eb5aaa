--TEST--
Calendar rules for every year 1970-2099 against PHP date arithmetic (n-th weekdays, observed and substitute days, Easter table)
--EXTENSIONS--
shopcx
--FILE--
<?php
// Every year 1970-2099: the built-in rules against PHP's own date arithmetic (relative formats,
// easter_days-free Easter from a known table where needed) as an independent oracle.
use ShopCx\Delivery\Calendar;

date_default_timezone_set('UTC');
function d(string $expr): string { return date('Y-m-d', strtotime($expr)); }
function has(array $h, string $date, string $name, bool $observed = false): bool {
    return isset($h[$date]) && str_contains($h[$date], $name) && (!$observed || str_contains($h[$date], '(observed)'));
}

$cal = ['NL' => new Calendar('NL', ['locale' => 'en']), 'US' => new Calendar('US', ['locale' => 'en']),
    'GB' => new Calendar('GB', ['locale' => 'en']), 'SCT' => new Calendar('GB-SCT', ['locale' => 'en']),
    'DE' => new Calendar('DE', ['locale' => 'en']), 'SN' => new Calendar('DE-SN', ['locale' => 'en']),
    'AT' => new Calendar('AT', ['locale' => 'en']), 'FR' => new Calendar('FR', ['locale' => 'en'])];
$bad = [];
$kingsSunday = [];
for ($y = 1970; $y <= 2099; $y++) {
    $h = array_map(fn($c) => $c->holidays($y), $cal);
    // NL King's Day / Queen's Day
    if ($y >= 2014) {
        $k = date('w', strtotime("$y-04-27")) === '0' ? "$y-04-26" : "$y-04-27";
        if ($k === "$y-04-26") { $kingsSunday[] = $y; }
        has($h['NL'], $k, "King's Day") || $bad[] = "NL King's Day $y";
    } else {
        $q = date('w', strtotime("$y-04-30")) === '0' ? ($y < 1980 ? "$y-05-01" : "$y-04-29") : "$y-04-30";
        has($h['NL'], $q, "Queen's Day") || $bad[] = "NL Queen's Day $y";
    }
    // Easter-relative days agree with each other across countries.
    $easterMonday = array_search('Easter Monday', $h['NL'], true);
    $e = strtotime($easterMonday);
    has($h['NL'], date('Y-m-d', $e + 38 * 86400), 'Ascension Day') || $bad[] = "NL Ascension $y";
    has($h['FR'], date('Y-m-d', $e + 49 * 86400), 'Whit Monday') || $bad[] = "FR Whit Monday $y";
    has($h['AT'], date('Y-m-d', $e + 59 * 86400), 'Corpus Christi') || $bad[] = "AT Corpus Christi $y";
    has($h['GB'], date('Y-m-d', $e - 3 * 86400), 'Good Friday') || $bad[] = "GB Good Friday $y";
    // US Monday holidays and Thanksgiving
    $us = [
        ['Labor Day', d("first monday of september $y")],
        ['Thanksgiving Day', d("fourth thursday of november $y")],
    ];
    if ($y >= 1971) {
        $us[] = ["Washington's Birthday", d("third monday of february $y")];
        $us[] = ['Memorial Day', d("last monday of may $y")];
        $us[] = ['Columbus Day', d("second monday of october $y")];
    }
    if ($y >= 1986) { $us[] = ['Martin Luther King Jr. Day', d("third monday of january $y")]; }
    foreach ($us as [$name, $date]) { has($h['US'], $date, $name) || $bad[] = "US $name $y"; }
    // US observed days for fixed-date holidays.
    foreach (['07-04' => 'Independence Day', '12-25' => 'Christmas Day'] + ($y >= 2021 ? ['06-19' => 'Juneteenth'] : []) + ($y < 1971 || $y > 1977 ? ['11-11' => 'Veterans Day'] : []) as $md => $name) {
        $w = (int) date('w', strtotime("$y-$md"));
        has($h['US'], "$y-$md", $name) || $bad[] = "US $name $y";
        if ($w === 6) { has($h['US'], date('Y-m-d', strtotime("$y-$md -1 day")), $name, true) || $bad[] = "US $name observed $y"; }
        if ($w === 0) { has($h['US'], date('Y-m-d', strtotime("$y-$md +1 day")), $name, true) || $bad[] = "US $name observed $y"; }
    }
    if (date('w', strtotime(($y + 1) . '-01-01')) === '6') {
        has($h['US'], "$y-12-31", "New Year's Day", true) || $bad[] = "US New Year observed $y";
    }
    // GB bank holidays on Mondays
    if ($y >= 1978 && $y !== 1995 && $y !== 2020) { has($h['GB'], d("first monday of may $y"), 'Early May') || $bad[] = "GB Early May $y"; }
    has($h['GB'], d("last monday of august $y"), 'Summer bank holiday') || $bad[] = "GB Summer $y";
    has($h['SCT'], d("first monday of august $y"), 'Summer bank holiday') || $bad[] = "SCT Summer $y";
    if (!in_array($y, [2002, 2012, 2022], true)) { has($h['GB'], d("last monday of may $y"), 'Spring bank holiday') || $bad[] = "GB Spring $y"; }
    // GB: every weekend Christmas gets a weekday substitute, and no two bank holidays share a substitute date.
    $weekdayHolidays = array_filter(array_keys($h['GB']), fn($x) => (int) date('N', strtotime($x)) <= 5);
    $christmasDays = array_filter($weekdayHolidays, fn($x) => $x >= "$y-12-24" && $x <= "$y-12-30");
    count($christmasDays) === 2 || $bad[] = "GB two weekday Christmas bank holidays $y";
    // DE: Day of Repentance on the Wednesday before 23 November (Saxony; everywhere until 1994)
    $bub = date('Y-m-d', strtotime("last wednesday", strtotime("$y-11-23")));
    has($h['SN'], $bub, 'Repentance') || $bad[] = "SN Repentance $y";
    ($y <= 1994) === has($h['DE'], $bub, 'Repentance') || $bad[] = "DE Repentance $y";
}
echo count($bad), " mismatches\n", implode("\n", array_slice($bad, 0, 10)), "\n";
echo "King's Day on Saturday 26 April: ", implode(' ', $kingsSunday), "\n";
// Easter edge years (earliest 23 March 2008, latest 25 April 2038) from a known table.
$nl = new Calendar('NL', ['locale' => 'en']);
foreach (['1970-03-29', '1981-04-19', '2000-04-23', '2008-03-23', '2011-04-24', '2016-03-27', '2019-04-21', '2024-03-31', '2025-04-20', '2038-04-25', '2099-04-12'] as $easter) {
    echo $easter, ' ', $nl->holidayName($easter), "\n";
}
?>
--EXPECT--
0 mismatches

King's Day on Saturday 26 April: 2014 2025 2031 2036 2042 2053 2059 2064 2070 2081 2087 2092 2098
1970-03-29 Easter Sunday
1981-04-19 Easter Sunday
2000-04-23 Easter Sunday
2008-03-23 Easter Sunday
2011-04-24 Easter Sunday
2016-03-27 Easter Sunday
2019-04-21 Easter Sunday
2024-03-31 Easter Sunday
2025-04-20 Easter Sunday
2038-04-25 Easter Sunday
2099-04-12 Easter Sunday
