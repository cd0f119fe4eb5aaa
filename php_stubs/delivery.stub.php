<?php

/**
 * ShopCX delivery promises: working-day calendars with public holidays, and delivery estimates
 * with cut-off countdowns.
 *
 * @generate-class-entries
 */

namespace ShopCx\Delivery {

/**
 * A working-day calendar: working weekdays minus public holidays of a country or region minus
 * extra closed dates, 1970-01-01 to 2099-12-31. Use one for the warehouse (dispatch days) and one
 * per carrier (delivery days, e.g. Saturday yes, Sunday no). Immutable once built.
 *
 * Countries and regions: NL, BE, DE with its 16 states (DE-BW, DE-BY, DE-BE, DE-BB, DE-HB,
 * DE-HH, DE-HE, DE-MV, DE-NI, DE-NW, DE-RP, DE-SL, DE-SN, DE-ST, DE-SH, DE-TH), FR, LU, AT,
 * GB (= England and Wales) with GB-ENG, GB-WLS, GB-SCT, GB-NIR ("UK" is accepted for "GB"),
 * US (federal holidays), or "" for no public holidays.
 *
 * Choices made where the law leaves room (add or reopen dates with the options if yours differ):
 * - NL: Liberation Day (5 May) only in years divisible by 5, when it is a common day off; Good
 *   Friday is not a holiday. King's Day on a Sunday moves to Saturday 26 April (since 2014);
 *   Queen's Day (30 April) on a Sunday moved to 1 May until 1979 and to 29 April from 1980.
 * - DE: DE-BY includes Assumption Day (15 August; a holiday in most Bavarian municipalities);
 *   Corpus Christi only where it is state-wide (not the parts of Saxony and Thuringia); Berlin's
 *   8 May in 2020 and 2025; Reformation Day everywhere in 2017. Before 1990 West German rules.
 * - FR: Whit Monday is included (still a public holiday in law, "journée de solidarité" for many
 *   employers); Alsace-Moselle's extra days are not (add them with "closed").
 * - GB: substitute days for New Year, 2 January (Scotland), St Patrick's Day and the Boyne
 *   (Northern Ireland), St Andrew's Day (Scotland, since 2007), Christmas and Boxing Day; the
 *   moved and extra bank holidays of 1977, 1995, 2002, 2011, 2012, 2020, 2022 and 2023.
 * - US: federal holidays with the observed-day rule (Saturday -> Friday, Sunday -> Monday; New
 *   Year's Day on a Saturday is observed on 31 December before). Executive-order closures and
 *   days of mourning are not included.
 * Holidays list both the actual date and the substitute/observed date; both count as closed.
 *
 * @strict-properties
 * @not-serializable
 */
final class Calendar
{
    /**
     * @param string $country country or region code, "" for none (see the class comment)
     * @param array $options
     *   - "workdays": working weekdays, ISO numbers 1 (Monday) .. 7 (Sunday) or "mon".."sun";
     *     default Monday to Friday; must not be empty
     *   - "closed": up to 1000 extra closed dates: "2026-12-24" (one-off), "12-31" (every year),
     *     "2026-07-20..2026-08-02" (a closed period of at most 366 days)
     *   - "open": up to 1000 dates ("2026-05-25") that are open even if a holiday or weekend
     *   - "locale": language of holiday names (nl, en, de, fr); default shopcx.default_locale
     */
    public function __construct(string $country = "", array $options = []) {}

    /** Same as new Calendar($code, $options). */
    public static function country(string $code, array $options = []): Calendar {}

    /** The canonical country/region code ("DE-BY", "NL", "" for none). */
    public function code(): string {}

    /**
     * Public holidays of a year (1970-2099) as "YYYY-MM-DD" => name, in date order. Two holidays
     * on one date share an entry ("Tag der Arbeit, Christi Himmelfahrt").
     *
     * @return array<string,string>
     */
    public function holidays(int $year): array {}

    /** Whether a date ("YYYY-MM-DD", or a DateTimeInterface's own local date) is a working day. */
    public function isOpen(string|\DateTimeInterface $date): bool {}

    /** The public holiday on that date in the calendar's locale (two on one date: "A, B"), or null. */
    public function holidayName(string|\DateTimeInterface $date): ?string {}

    /**
     * The date $days working days after $date ("YYYY-MM-DD"); $days = 0 gives $date itself when
     * open, else the next working day; negative counts go back. |$days| <= 3660.
     */
    public function addBusinessDays(string|\DateTimeInterface $date, int $days): string {}
}

/**
 * Delivery promises: "Voor 22:00 besteld, morgen in huis".
 *
 * Everything is computed from the options and the arguments, with the clock passed in, so a
 * page fragment can be cached and its countdown refreshed by a tiny uncached endpoint.
 *
 * @strict-properties
 * @not-serializable
 */
final class Estimator
{
    /**
     * @param array $options
     *   - "timezone" (required): the warehouse's IANA time zone, e.g. "Europe/Amsterdam";
     *     cut-offs are wall-clock times there, DST included
     *   - "warehouse" (required): Calendar of dispatch days, or a country/region code for one
     *     with Monday to Friday working days
     *   - "cutoff" (required): order deadline for same-day processing, "HH:MM" or "HH:MM:SS"
     *     ("24:00" = midnight) for every working day, or per weekday: ["mon" => "22:00", ...,
     *     "sat" => "12:00"]; weekdays left out (or null) process no orders
     *   - "handlingDays": working days from processing to dispatch (0-30, default 0)
     *   - "carriers": name => ["transit" => days or [min, max] (0-30), "calendar" => Calendar of
     *     delivery days or a code (default: the warehouse calendar)]; at most 16; the first is
     *     the default. Without it one carrier "default" with transit 1.
     *   - "locale": language of labels (nl, en, de, fr); default shopcx.default_locale
     *   - "register": form of address of the built-in labels, "formal" or "informal" (only French
     *     differs: "Commandez" / "Commande"); default shopcx.register when constructed
     *   - "labels": templates overriding the built-in texts: "beforeCutoff" (the order still
     *     makes today's cut-off) and "afterCutoff"; placeholders {when} (e.g. "morgen",
     *     "dinsdag 24 december", "tussen ma 23 en di 24 dec"), {cutoff} ("22:00"), {date}
     *     (earliest date, long form)
     */
    public function __construct(array $options) {}

    /**
     * The promise for an order placed at $now.
     *
     * @param array $item
     *   - "inStock": bool, default true
     *   - "restockDate": "YYYY-MM-DD" the goods arrive at the warehouse (when not in stock; a date
     *     already reached counts as in stock)
     *   - "backorderDays": working days to get the goods (when not in stock, no restock date),
     *     counted from the order day
     *   - "handlingDays": overrides the option for this item
     *   - "carrier": carrier name (default: the first)
     */
    public function estimate(int|\DateTimeInterface $now, array $item = []): Promise {}
}

/**
 * A delivery promise. Dates are "YYYY-MM-DD" in the warehouse's time zone.
 *
 * @strict-properties
 */
final class Promise
{
    /** Day the parcel leaves the warehouse. */
    public readonly string $dispatchDate;
    /** Earliest delivery day. */
    public readonly string $earliest;
    /** Latest delivery day (equal to earliest for a one-day transit). */
    public readonly string $latest;
    /**
     * Seconds left before the cut-off this promise depends on (for a countdown); 0 for restock
     * and backorder items, whose dates no cut-off moves (their label names no cut-off either).
     */
    public readonly int $orderWithinSeconds;
    /** The carrier used. */
    public readonly string $carrier;
    /** Ready-to-print sentence in the estimator's locale. */
    public readonly string $label;

    private function __construct() {}

    /** @return array{dispatchDate:string, earliest:string, latest:string, orderWithinSeconds:int, carrier:string, label:string} */
    public function toArray(): array {}
}

}
