--TEST--
Rules::answerTime(): when the chat opens or closes and when an e-mail is answered, on weekdays, Saturdays, holidays, closed dates, a minute before closing and across DST, in nl/en/de/fr; errors
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$doc = [
    'timezone' => 'Europe/Amsterdam', 'locale' => 'nl', 'holidays' => 'NL',
    'hours' => ['mon' => '09:00-17:30', 'tue' => '09:00-17:30', 'wed' => '09:00-17:30', 'thu' => '09:00-21:00',
        'fri' => '09:00-17:30', 'sat' => ['10:00-12:30', '13:30-16:00']],
    'closed' => ['2026-12-24', '2026-12-31'],
    'rules' => [],
];
$rules = Rules::fromArray($doc);
$zone = new DateTimeZone('Europe/Amsterdam');
function at(string $local): DateTimeImmutable
{
    return new DateTimeImmutable($local, new DateTimeZone('Europe/Amsterdam'));
}
function show(Rules $r, string $channel, string $local, ?string $locale = 'en'): void
{
    $a = $r->answerTime($channel, at($local), $locale);
    $when = $a['at'] === null ? '-' : (new DateTimeImmutable('@' . $a['at']))->setTimezone(new DateTimeZone('Europe/Amsterdam'))->format('D Y-m-d H:i');
    printf("%-5s %-22s %-4s %-22s %s\n", $channel, at($local)->format('D Y-m-d H:i'), $a['open'] ? 'open' : '-', $when, $a['text']);
}

echo "-- chat\n";
show($rules, 'chat', '2026-12-04 10:00');   // Friday
show($rules, 'chat', '2026-12-04 17:29');   // a minute before closing
show($rules, 'chat', '2026-12-04 17:30');   // closed: Saturday morning
show($rules, 'chat', '2026-12-05 12:45');   // Saturday lunch break
show($rules, 'chat', '2026-12-05 16:30');   // Saturday evening: Monday
show($rules, 'chat', '2026-12-03 20:59');   // Thursday late opening
show($rules, 'chat', '2026-12-23 18:00');   // 24 Dec closed, 25 and 26 Dec holidays, 27 Dec Sunday
show($rules, 'chat', '2026-12-25 11:00');   // on Christmas Day
show($rules, 'chat', '2026-10-24 16:30');   // Saturday before the end of DST: Monday 09:00 CET
echo "-- email (24 hours by default)\n";
show($rules, 'email', '2026-12-04 10:00');  // due Saturday 10:00: open
show($rules, 'email', '2026-12-04 16:30');  // due Saturday 16:30: closed, Monday
show($rules, 'email', '2026-12-05 11:00');  // due Sunday: Monday
show($rules, 'email', '2026-12-23 12:00');  // due on a closed date: Monday 28 December
show($rules, 'email', '2026-12-25 11:00');  // on a holiday: due 26 December (a holiday), Monday
echo "-- languages (document locale nl by default)\n";
foreach ([null, 'de', 'fr', 'nl_BE'] as $locale) {
    echo $rules->answerTime('chat', at('2026-12-05 16:30'), $locale)['text'], ' | ',
        $rules->answerTime('chat', at('2026-12-04 17:29'), $locale)['text'], ' | ',
        $rules->answerTime('email', at('2026-12-04 10:00'), $locale)['text'], ' | ',
        $rules->answerTime('email', at('2026-12-04 16:30'), $locale)['text'], ' | ',
        $rules->answerTime('chat', at('2026-12-04 17:30'), $locale)['text'], "\n";
}
echo "-- response times\n";
foreach ([7200 => 'en', 1800 => 'de', 259200 => 'nl', 90 => 'fr'] as $seconds => $locale) {
    $r = Rules::fromArray(['responseTimes' => ['email' => $seconds]] + $doc);
    echo $r->answerTime('email', at('2026-12-07 09:00'), $locale)['text'], "\n";
}
echo "-- no hours: open every day but closed dates and holidays\n";
$always = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'holidays' => 'NL', 'rules' => []]);
show($always, 'chat', '2026-12-05 03:00');
show($always, 'chat', '2026-12-25 12:00');
show($always, 'email', '2026-12-24 12:00');
$midnight = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'hours' => ['sun' => '20:00-24:00'], 'rules' => []]);
show($midnight, 'chat', '2026-12-06 22:00');
$never = Rules::fromArray(['timezone' => 'Europe/Amsterdam', 'hours' => ['mon' => []], 'rules' => []]);
show($never, 'chat', '2026-12-06 22:00');
show($never, 'email', '2026-12-06 22:00');
// The same instant as an int
var_dump($rules->answerTime('chat', at('2026-12-04 17:29')->getTimestamp(), 'en') === $rules->answerTime('chat', at('2026-12-04 17:29'), 'en'));

echo "-- errors\n";
foreach ([['phone', 0, null], ['chat', 0, 'es']] as [$channel, $now, $locale]) {
    try {
        $rules->answerTime($channel, $now, $locale);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach ([['email' => 30], ['phone' => 60], 'fast', ['email' => '86400']] as $bad) {
    try {
        Rules::fromArray(['responseTimes' => $bad] + $doc);
    } catch (ShopCx\ConfigException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
-- chat
chat  Fri 2026-12-04 10:00   open Fri 2026-12-04 17:30   Chat is open until 17:30.
chat  Fri 2026-12-04 17:29   open Fri 2026-12-04 17:30   Chat is open until 17:30.
chat  Fri 2026-12-04 17:30   -    Sat 2026-12-05 10:00   Chat opens tomorrow at 10:00.
chat  Sat 2026-12-05 12:45   -    Sat 2026-12-05 13:30   Chat opens today at 13:30.
chat  Sat 2026-12-05 16:30   -    Mon 2026-12-07 09:00   Chat opens on Monday 7 December at 09:00.
chat  Thu 2026-12-03 20:59   open Thu 2026-12-03 21:00   Chat is open until 21:00.
chat  Wed 2026-12-23 18:00   -    Mon 2026-12-28 09:00   Chat opens on Monday 28 December at 09:00.
chat  Fri 2026-12-25 11:00   -    Mon 2026-12-28 09:00   Chat opens on Monday 28 December at 09:00.
chat  Sat 2026-10-24 16:30   -    Mon 2026-10-26 09:00   Chat opens on Monday 26 October at 09:00.
-- email (24 hours by default)
email Fri 2026-12-04 10:00   open Sat 2026-12-05 10:00   We answer e-mails within 24 hours.
email Fri 2026-12-04 16:30   -    Mon 2026-12-07 09:00   E-mails sent now are answered on Monday 7 December at the latest.
email Sat 2026-12-05 11:00   -    Mon 2026-12-07 09:00   E-mails sent now are answered on Monday 7 December at the latest.
email Wed 2026-12-23 12:00   -    Mon 2026-12-28 09:00   E-mails sent now are answered on Monday 28 December at the latest.
email Fri 2026-12-25 11:00   -    Mon 2026-12-28 09:00   E-mails sent now are answered on Monday 28 December at the latest.
-- languages (document locale nl by default)
De chat opent maandag 7 december om 09:00. | De chat is open tot 17:30. | We beantwoorden e-mails binnen 24 uur. | E-mails die nu binnenkomen, beantwoorden we uiterlijk maandag 7 december. | De chat opent morgen om 10:00.
Der Chat öffnet am Montag, 7. Dezember um 09:00 Uhr. | Der Chat ist bis 17:30 Uhr geöffnet. | Wir beantworten E-Mails innerhalb von 24 Stunden. | Jetzt gesendete E-Mails beantworten wir spätestens am Montag, 7. Dezember. | Der Chat öffnet morgen um 10:00 Uhr.
Le chat ouvre le lundi 7 décembre à 09h00. | Le chat est ouvert jusqu'à 17h30. | Nous répondons aux e-mails sous 24 heures. | Nous répondons aux e-mails envoyés maintenant au plus tard le lundi 7 décembre. | Le chat ouvre demain à 10h00.
De chat opent maandag 7 december om 09:00. | De chat is open tot 17:30. | We beantwoorden e-mails binnen 24 uur. | E-mails die nu binnenkomen, beantwoorden we uiterlijk maandag 7 december. | De chat opent morgen om 10:00.
-- response times
We answer e-mails within 2 hours.
Wir beantworten E-Mails innerhalb von 30 Minuten.
We beantwoorden e-mails binnen 3 dagen.
Nous répondons aux e-mails sous 2 minutes.
-- no hours: open every day but closed dates and holidays
chat  Sat 2026-12-05 03:00   open -                      Chat is open.
chat  Fri 2026-12-25 12:00   -    Sun 2026-12-27 00:00   Chat opens on Sunday 27 December at 00:00.
email Thu 2026-12-24 12:00   -    Sun 2026-12-27 00:00   E-mails sent now are answered on Sunday 27 December at the latest.
chat  Sun 2026-12-06 22:00   open Mon 2026-12-07 00:00   Chat is open until 23:59.
chat  Sun 2026-12-06 22:00   -    -                      Chat is closed.
email Sun 2026-12-06 22:00   -    -                      E-mails are not answered at present.
bool(true)
-- errors
ValueError: ShopCx\Chat\Rules::answerTime(): Argument #1 ($channel) must be "chat" or "email"
ValueError: ShopCx\Chat\Rules::answerTime(): Argument #3 ($locale) must be one of nl, en, de, fr (optionally with a region, e.g. nl_BE)
ShopCx\ConfigException: $.responseTimes.email must be seconds from 60 to 2592000 (30 days)
ShopCx\ConfigException: $.responseTimes.phone is not a known field
ShopCx\ConfigException: $.responseTimes must be an object such as {"email": 86400}
ShopCx\ConfigException: $.responseTimes.email must be seconds from 60 to 2592000 (30 days)
