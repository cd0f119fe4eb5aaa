--TEST--
Calendar::holidays(): built-in holiday tables per country and region, edge years, substitute and observed days
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Delivery\Calendar;

function show(string $c, int $y, string $l = 'en'): void {
    echo "$c $y: ";
    foreach ((new Calendar($c, ['locale' => $l]))->holidays($y) as $d => $n) {
        echo substr($d, 5), " $n | ";
    }
    echo "\n";
}
// NL: King's Day on Sunday -> Saturday 26 (2014, 2025), Queen's Day rules (2006, 1978),
// Liberation Day in lustrum years only (2025 yes, 2014 no), Easter edge years 2008 (23 March) and 2038 (25 April).
show('NL', 2014, 'nl'); show('NL', 2025, 'nl'); show('NL', 2006, 'nl'); show('NL', 1978, 'nl'); show('NL', 2008, 'nl'); show('NL', 2038, 'nl');
// GB: substitute days, moved and extra bank holidays.
show('GB', 2020); show('GB', 2012); show('GB', 2002); show('GB', 1999); show('GB', 2021); show('GB', 2022); show('GB', 2023); show('GB', 1977); show('GB', 1970);
show('GB-SCT', 2021); show('GB-SCT', 2020); show('GB-NIR', 2021); show('GB-WLS', 2011);
// US: observed days (New Year's Day 2022 observed on 31 December 2021), Juneteenth since 2021, 1971-77 Veterans Day.
show('US', 2021); show('US', 2020); show('US', 2023); show('US', 1976); show('US', 1970);
show('DE', 2017, 'de'); show('DE-SN', 2026, 'de'); show('DE-BE', 2025, 'de'); show('DE-TH', 2026, 'de'); show('DE-BB', 2026, 'de');
show('DE-BY', 2026, 'de'); show('DE-NW', 2038, 'de'); show('DE-HH', 2018, 'de'); show('DE', 1994, 'de'); show('DE', 2008, 'de'); show('DE', 1985, 'en');
show('FR', 2026, 'fr'); show('FR', 1980, 'fr'); show('LU', 2026, 'fr'); show('LU', 2018, 'fr'); show('AT', 2026, 'de'); show('AT', 2008, 'en');
show('BE', 2026, 'nl'); show('BE', 2038, 'fr'); show('NL', 2099, 'de'); show('', 2026);
// Counts over the whole range stay plausible (no rule silently lost).
foreach (['NL', 'BE', 'DE', 'DE-BY', 'FR', 'LU', 'AT', 'GB', 'GB-SCT', 'GB-NIR', 'US'] as $c) {
    $cal = new Calendar($c);
    $n = 0;
    for ($y = 1970; $y <= 2099; $y++) { $n += count($cal->holidays($y)); }
    echo "$c 1970-2099: $n dates\n";
}
?>
--EXPECT--
NL 2014: 01-01 Nieuwjaarsdag | 04-20 Eerste paasdag | 04-21 Tweede paasdag | 04-26 Koningsdag | 05-29 Hemelvaartsdag | 06-08 Eerste pinksterdag | 06-09 Tweede pinksterdag | 12-25 Eerste kerstdag | 12-26 Tweede kerstdag | 
NL 2025: 01-01 Nieuwjaarsdag | 04-20 Eerste paasdag | 04-21 Tweede paasdag | 04-26 Koningsdag | 05-05 Bevrijdingsdag | 05-29 Hemelvaartsdag | 06-08 Eerste pinksterdag | 06-09 Tweede pinksterdag | 12-25 Eerste kerstdag | 12-26 Tweede kerstdag | 
NL 2006: 01-01 Nieuwjaarsdag | 04-16 Eerste paasdag | 04-17 Tweede paasdag | 04-29 Koninginnedag | 05-25 Hemelvaartsdag | 06-04 Eerste pinksterdag | 06-05 Tweede pinksterdag | 12-25 Eerste kerstdag | 12-26 Tweede kerstdag | 
NL 1978: 01-01 Nieuwjaarsdag | 03-26 Eerste paasdag | 03-27 Tweede paasdag | 05-01 Koninginnedag | 05-04 Hemelvaartsdag | 05-14 Eerste pinksterdag | 05-15 Tweede pinksterdag | 12-25 Eerste kerstdag | 12-26 Tweede kerstdag | 
NL 2008: 01-01 Nieuwjaarsdag | 03-23 Eerste paasdag | 03-24 Tweede paasdag | 04-30 Koninginnedag | 05-01 Hemelvaartsdag | 05-11 Eerste pinksterdag | 05-12 Tweede pinksterdag | 12-25 Eerste kerstdag | 12-26 Tweede kerstdag | 
NL 2038: 01-01 Nieuwjaarsdag | 04-25 Eerste paasdag | 04-26 Tweede paasdag | 04-27 Koningsdag | 06-03 Hemelvaartsdag | 06-13 Eerste pinksterdag | 06-14 Tweede pinksterdag | 12-25 Eerste kerstdag | 12-26 Tweede kerstdag | 
GB 2020: 01-01 New Year's Day | 04-10 Good Friday | 04-13 Easter Monday | 05-08 Early May bank holiday | 05-25 Spring bank holiday | 08-31 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-28 Boxing Day (substitute day) | 
GB 2012: 01-01 New Year's Day | 01-02 New Year's Day (substitute day) | 04-06 Good Friday | 04-09 Easter Monday | 05-07 Early May bank holiday | 06-04 Spring bank holiday | 06-05 Jubilee bank holiday | 08-27 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 
GB 2002: 01-01 New Year's Day | 03-29 Good Friday | 04-01 Easter Monday | 05-06 Early May bank holiday | 06-03 Jubilee bank holiday | 06-04 Spring bank holiday | 08-26 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 
GB 1999: 01-01 New Year's Day | 04-02 Good Friday | 04-05 Easter Monday | 05-03 Early May bank holiday | 05-31 Spring bank holiday | 08-30 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 12-28 Boxing Day (substitute day) | 12-31 Millennium Day | 
GB 2021: 01-01 New Year's Day | 04-02 Good Friday | 04-05 Easter Monday | 05-03 Early May bank holiday | 05-31 Spring bank holiday | 08-30 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 12-28 Boxing Day (substitute day) | 
GB 2022: 01-01 New Year's Day | 01-03 New Year's Day (substitute day) | 04-15 Good Friday | 04-18 Easter Monday | 05-02 Early May bank holiday | 06-02 Spring bank holiday | 06-03 Jubilee bank holiday | 08-29 Summer bank holiday | 09-19 State Funeral of Queen Elizabeth II | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 
GB 2023: 01-01 New Year's Day | 01-02 New Year's Day (substitute day) | 04-07 Good Friday | 04-10 Easter Monday | 05-01 Early May bank holiday | 05-08 Coronation of King Charles III | 05-29 Spring bank holiday | 08-28 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 
GB 1977: 01-01 New Year's Day | 01-03 New Year's Day (substitute day) | 04-08 Good Friday | 04-11 Easter Monday | 05-30 Spring bank holiday | 06-07 Jubilee bank holiday | 08-29 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 
GB 1970: 03-27 Good Friday | 03-30 Easter Monday | 05-25 Spring bank holiday | 08-31 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-28 Boxing Day (substitute day) | 
GB-SCT 2021: 01-01 New Year's Day | 01-02 2nd January | 01-04 2nd January (substitute day) | 04-02 Good Friday | 05-03 Early May bank holiday | 05-31 Spring bank holiday | 08-02 Summer bank holiday | 11-30 St Andrew's Day | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 12-28 Boxing Day (substitute day) | 
GB-SCT 2020: 01-01 New Year's Day | 01-02 2nd January | 04-10 Good Friday | 05-08 Early May bank holiday | 05-25 Spring bank holiday | 08-03 Summer bank holiday | 11-30 St Andrew's Day | 12-25 Christmas Day | 12-26 Boxing Day | 12-28 Boxing Day (substitute day) | 
GB-NIR 2021: 01-01 New Year's Day | 03-17 St Patrick's Day | 04-02 Good Friday | 04-05 Easter Monday | 05-03 Early May bank holiday | 05-31 Spring bank holiday | 07-12 Battle of the Boyne | 08-30 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 12-28 Boxing Day (substitute day) | 
GB-WLS 2011: 01-01 New Year's Day | 01-03 New Year's Day (substitute day) | 04-22 Good Friday | 04-25 Easter Monday | 04-29 Royal wedding | 05-02 Early May bank holiday | 05-30 Spring bank holiday | 08-29 Summer bank holiday | 12-25 Christmas Day | 12-26 Boxing Day | 12-27 Christmas Day (substitute day) | 
US 2021: 01-01 New Year's Day | 01-18 Martin Luther King Jr. Day | 02-15 Washington's Birthday | 05-31 Memorial Day | 06-18 Juneteenth National Independence Day (observed) | 06-19 Juneteenth National Independence Day | 07-04 Independence Day | 07-05 Independence Day (observed) | 09-06 Labor Day | 10-11 Columbus Day | 11-11 Veterans Day | 11-25 Thanksgiving Day | 12-24 Christmas Day (observed) | 12-25 Christmas Day | 12-31 New Year's Day (observed) | 
US 2020: 01-01 New Year's Day | 01-20 Martin Luther King Jr. Day | 02-17 Washington's Birthday | 05-25 Memorial Day | 07-03 Independence Day (observed) | 07-04 Independence Day | 09-07 Labor Day | 10-12 Columbus Day | 11-11 Veterans Day | 11-26 Thanksgiving Day | 12-25 Christmas Day | 
US 2023: 01-01 New Year's Day | 01-02 New Year's Day (observed) | 01-16 Martin Luther King Jr. Day | 02-20 Washington's Birthday | 05-29 Memorial Day | 06-19 Juneteenth National Independence Day | 07-04 Independence Day | 09-04 Labor Day | 10-09 Columbus Day | 11-10 Veterans Day (observed) | 11-11 Veterans Day | 11-23 Thanksgiving Day | 12-25 Christmas Day | 
US 1976: 01-01 New Year's Day | 02-16 Washington's Birthday | 05-31 Memorial Day | 07-04 Independence Day | 07-05 Independence Day (observed) | 09-06 Labor Day | 10-11 Columbus Day | 10-25 Veterans Day | 11-25 Thanksgiving Day | 12-24 Christmas Day (observed) | 12-25 Christmas Day | 12-31 New Year's Day (observed) | 
US 1970: 01-01 New Year's Day | 02-22 Washington's Birthday | 05-30 Memorial Day | 07-03 Independence Day (observed) | 07-04 Independence Day | 09-07 Labor Day | 10-12 Columbus Day | 11-11 Veterans Day | 11-26 Thanksgiving Day | 12-25 Christmas Day | 
DE 2017: 01-01 Neujahr | 04-14 Karfreitag | 04-17 Ostermontag | 05-01 Tag der Arbeit | 05-25 Christi Himmelfahrt | 06-05 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 10-31 Reformationstag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-SN 2026: 01-01 Neujahr | 04-03 Karfreitag | 04-06 Ostermontag | 05-01 Tag der Arbeit | 05-14 Christi Himmelfahrt | 05-25 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 10-31 Reformationstag | 11-18 Buß- und Bettag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-BE 2025: 01-01 Neujahr | 03-08 Internationaler Frauentag | 04-18 Karfreitag | 04-21 Ostermontag | 05-01 Tag der Arbeit | 05-08 Tag der Befreiung | 05-29 Christi Himmelfahrt | 06-09 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-TH 2026: 01-01 Neujahr | 04-03 Karfreitag | 04-06 Ostermontag | 05-01 Tag der Arbeit | 05-14 Christi Himmelfahrt | 05-25 Pfingstmontag | 09-20 Weltkindertag | 10-03 Tag der Deutschen Einheit | 10-31 Reformationstag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-BB 2026: 01-01 Neujahr | 04-03 Karfreitag | 04-05 Ostersonntag | 04-06 Ostermontag | 05-01 Tag der Arbeit | 05-14 Christi Himmelfahrt | 05-24 Pfingstsonntag | 05-25 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 10-31 Reformationstag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-BY 2026: 01-01 Neujahr | 01-06 Heilige Drei Könige | 04-03 Karfreitag | 04-06 Ostermontag | 05-01 Tag der Arbeit | 05-14 Christi Himmelfahrt | 05-25 Pfingstmontag | 06-04 Fronleichnam | 08-15 Mariä Himmelfahrt | 10-03 Tag der Deutschen Einheit | 11-01 Allerheiligen | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-NW 2038: 01-01 Neujahr | 04-23 Karfreitag | 04-26 Ostermontag | 05-01 Tag der Arbeit | 06-03 Christi Himmelfahrt | 06-14 Pfingstmontag | 06-24 Fronleichnam | 10-03 Tag der Deutschen Einheit | 11-01 Allerheiligen | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE-HH 2018: 01-01 Neujahr | 03-30 Karfreitag | 04-02 Ostermontag | 05-01 Tag der Arbeit | 05-10 Christi Himmelfahrt | 05-21 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 10-31 Reformationstag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE 1994: 01-01 Neujahr | 04-01 Karfreitag | 04-04 Ostermontag | 05-01 Tag der Arbeit | 05-12 Christi Himmelfahrt | 05-23 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 11-16 Buß- und Bettag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE 2008: 01-01 Neujahr | 03-21 Karfreitag | 03-24 Ostermontag | 05-01 Tag der Arbeit, Christi Himmelfahrt | 05-12 Pfingstmontag | 10-03 Tag der Deutschen Einheit | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
DE 1985: 01-01 New Year's Day | 04-05 Good Friday | 04-08 Easter Monday | 05-01 Labour Day | 05-16 Ascension Day | 05-27 Whit Monday | 06-17 German Unity Day | 11-20 Day of Repentance and Prayer | 12-25 Christmas Day | 12-26 Boxing Day | 
FR 2026: 01-01 Jour de l'an | 04-06 Lundi de Pâques | 05-01 Fête du Travail | 05-08 Victoire 1945 | 05-14 Ascension | 05-25 Lundi de Pentecôte | 07-14 Fête nationale | 08-15 Assomption | 11-01 Toussaint | 11-11 Armistice 1918 | 12-25 Noël | 
FR 1980: 01-01 Jour de l'an | 04-07 Lundi de Pâques | 05-01 Fête du Travail | 05-15 Ascension | 05-26 Lundi de Pentecôte | 07-14 Fête nationale | 08-15 Assomption | 11-01 Toussaint | 11-11 Armistice 1918 | 12-25 Noël | 
LU 2026: 01-01 Jour de l'an | 04-06 Lundi de Pâques | 05-01 Fête du Travail | 05-09 Journée de l'Europe | 05-14 Ascension | 05-25 Lundi de Pentecôte | 06-23 Fête nationale | 08-15 Assomption | 11-01 Toussaint | 12-25 Noël | 12-26 Saint-Étienne | 
LU 2018: 01-01 Jour de l'an | 04-02 Lundi de Pâques | 05-01 Fête du Travail | 05-10 Ascension | 05-21 Lundi de Pentecôte | 06-23 Fête nationale | 08-15 Assomption | 11-01 Toussaint | 12-25 Noël | 12-26 Saint-Étienne | 
AT 2026: 01-01 Neujahr | 01-06 Heilige Drei Könige | 04-06 Ostermontag | 05-01 Staatsfeiertag | 05-14 Christi Himmelfahrt | 05-25 Pfingstmontag | 06-04 Fronleichnam | 08-15 Mariä Himmelfahrt | 10-26 Nationalfeiertag | 11-01 Allerheiligen | 12-08 Mariä Empfängnis | 12-25 Christtag | 12-26 Stefanitag | 
AT 2008: 01-01 New Year's Day | 01-06 Epiphany | 03-24 Easter Monday | 05-01 Labour Day, Ascension Day | 05-12 Whit Monday | 05-22 Corpus Christi | 08-15 Assumption Day | 10-26 National Day | 11-01 All Saints' Day | 12-08 Immaculate Conception | 12-25 Christmas Day | 12-26 Boxing Day | 
BE 2026: 01-01 Nieuwjaar | 04-06 Paasmaandag | 05-01 Feest van de Arbeid | 05-14 Onze-Lieve-Heer-Hemelvaart | 05-25 Pinkstermaandag | 07-21 Nationale feestdag | 08-15 Onze-Lieve-Vrouw-Hemelvaart | 11-01 Allerheiligen | 11-11 Wapenstilstand | 12-25 Kerstmis | 
BE 2038: 01-01 Jour de l'an | 04-26 Lundi de Pâques | 05-01 Fête du Travail | 06-03 Ascension | 06-14 Lundi de Pentecôte | 07-21 Fête nationale | 08-15 Assomption | 11-01 Toussaint | 11-11 Armistice 1918 | 12-25 Noël | 
NL 2099: 01-01 Neujahr | 04-12 Ostersonntag | 04-13 Ostermontag | 04-27 Königstag | 05-21 Christi Himmelfahrt | 05-31 Pfingstsonntag | 06-01 Pfingstmontag | 12-25 1. Weihnachtsfeiertag | 12-26 2. Weihnachtsfeiertag | 
 2026: 
NL 1970-2099: 1195 dates
BE 1970-2099: 1299 dates
DE 1970-2099: 1196 dates
DE-BY 1970-2099: 1715 dates
FR 1970-2099: 1411 dates
LU 1970-2099: 1377 dates
AT 1970-2099: 1689 dates
GB 1970-2099: 1149 dates
GB-SCT 1970-2099: 1311 dates
GB-NIR 1970-2099: 1484 dates
US 1970-2099: 1533 dates
