--TEST--
Calendar::isOpen(), holidayName(), addBusinessDays(): year end, leap days, working weekdays, closed periods, open overrides
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Delivery\Calendar;

$nl = Calendar::country('nl', ['locale' => 'nl']);
echo $nl->code(), "\n";
foreach (['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-28', '2025-04-26', '2025-04-27', '2024-02-29', '2025-05-05', '2024-05-05', '2026-05-05'] as $d) {
    printf("%s %s %s\n", $d, $nl->isOpen($d) ? 'open' : 'closed', var_export($nl->holidayName($d), true));
}
// Year end: Christmas Friday, weekend, then Monday 28; New Year 2027 on Friday.
echo $nl->addBusinessDays('2026-12-24', 1), ' ', $nl->addBusinessDays('2026-12-24', 2), ' ', $nl->addBusinessDays('2026-12-31', 1), "\n";
echo $nl->addBusinessDays('2026-12-25', 0), ' ', $nl->addBusinessDays('2026-12-28', -1), ' ', $nl->addBusinessDays('2026-12-24', 0), "\n";
// Leap day.
echo $nl->addBusinessDays('2024-02-28', 1), ' ', $nl->addBusinessDays('2023-02-28', 1), "\n";
// DateTimeInterface: its own local date counts, not UTC's.
$late = new DateTimeImmutable('2026-12-24 23:30', new DateTimeZone('Europe/Amsterdam'));
var_dump($nl->isOpen($late), $nl->isOpen($late->setTimezone(new DateTimeZone('UTC'))), $nl->isOpen($late->setTimezone(new DateTimeZone('Asia/Tokyo'))));
echo $nl->addBusinessDays(new DateTime('2026-04-24 10:00'), 1), "\n";   // Friday -> Monday 27 April is King's Day -> Tuesday

// Carrier calendar: Monday to Saturday, no Sunday.
$carrier = new Calendar('NL', ['workdays' => ['mon', 'TUE', 'wed', 'thu', 'fri', 'sat']]);
var_dump($carrier->isOpen('2026-11-28'), $carrier->isOpen('2026-11-29'));
echo $carrier->addBusinessDays('2026-12-24', 1), "\n";   // Fri 25 + Sat 26 are holidays, Sun closed -> Mon 28
$iso = new Calendar('DE-BY', ['workdays' => [1, 2, 3, 4, 5, 6, 7]]);
var_dump($iso->isOpen('2026-11-29'), $iso->isOpen('2026-08-15'));

// Closed dates: one-off, yearly, a period; "open" reopens a holiday.
$wh = new Calendar('NL', [
    'closed' => ['2026-12-24', '12-31', '2026-07-20..2026-08-02', '02-29'],
    'open' => ['2026-05-25'],
    'locale' => 'en',
]);
foreach (['2026-12-24', '2026-12-31', '2030-12-31', '2026-07-17', '2026-07-20', '2026-08-02', '2026-08-03', '2028-02-29', '2026-05-25', '2026-05-24'] as $d) {
    printf("%s %s %s\n", $d, $wh->isOpen($d) ? 'open' : 'closed', var_export($wh->holidayName($d), true));
}
echo $wh->addBusinessDays('2026-07-17', 1), ' ', $wh->addBusinessDays('2026-07-22', 0), ' ', $wh->addBusinessDays('2026-08-03', -1), "\n";
echo $wh->addBusinessDays('2026-12-23', 1), "\n";   // 24 closed, 25/26 holidays -> 28

// No country: weekdays only.
$plain = new Calendar();
echo $plain->code() === '' ? 'none' : 'bad', ' ', count($plain->holidays(2026)), ' ', var_export($plain->isOpen('2026-12-25'), true), "\n";
echo (new Calendar('uk-sct'))->code(), ' ', (new Calendar('de_by'))->code(), "\n";
// Range ends.
echo $plain->addBusinessDays('2099-12-30', 1), ' ', $plain->addBusinessDays('1970-01-02', -1), "\n";
// Default locale from INI.
ini_set('shopcx.default_locale', 'fr');
echo (new Calendar('BE'))->holidayName('2026-07-21'), "\n";
?>
--EXPECT--
NL
2026-12-24 open NULL
2026-12-25 closed 'Eerste kerstdag'
2026-12-26 closed 'Tweede kerstdag'
2026-12-28 open NULL
2025-04-26 closed 'Koningsdag'
2025-04-27 closed NULL
2024-02-29 open NULL
2025-05-05 closed 'Bevrijdingsdag'
2024-05-05 closed NULL
2026-05-05 open NULL
2026-12-28 2026-12-29 2027-01-04
2026-12-28 2026-12-24 2026-12-24
2024-02-29 2023-03-01
bool(true)
bool(true)
bool(false)
2026-04-28
bool(true)
bool(false)
2026-12-28
bool(true)
bool(false)
2026-12-24 closed NULL
2026-12-31 closed NULL
2030-12-31 closed NULL
2026-07-17 open NULL
2026-07-20 closed NULL
2026-08-02 closed NULL
2026-08-03 open NULL
2028-02-29 closed NULL
2026-05-25 open 'Whit Monday'
2026-05-24 closed 'Whit Sunday'
2026-08-03 2026-08-03 2026-07-17
2026-12-28
none 0 true
GB-SCT DE-BY
2099-12-31 1970-01-01
Fête nationale
