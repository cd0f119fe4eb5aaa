<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Report;

/**
 * The report's from/to dates (inclusive, whole days in the store's timezone), from the admin's input.
 * Weekly survey buckets cannot be split: a week counts when any of its days is in the range.
 */
final class DateRange
{
    public const DEFAULT_WEEKS = 12;
    public const MAX_DAYS = 731;
    private const WEEK = 7 * 86400;

    private function __construct(
        public readonly string $from,
        public readonly string $to,
        /** first second of $from */
        public readonly int $start,
        /** first second after $to */
        public readonly int $end
    ) {
    }

    /** The last 12 weeks up to and including today. */
    public static function lastWeeks(string $timezone, int $now): self
    {
        $today = (new \DateTimeImmutable('@' . $now))->setTimezone(new \DateTimeZone($timezone))->setTime(0, 0);
        return self::between($today->modify('-' . (self::DEFAULT_WEEKS * 7 - 1) . ' days'), $today);
    }

    /**
     * @param mixed $from "YYYY-MM-DD", or empty for 12 weeks before $to
     * @param mixed $to "YYYY-MM-DD", or empty for today
     * @throws \InvalidArgumentException with a message for the admin
     */
    public static function fromInput(mixed $from, mixed $to, string $timezone, int $now): self
    {
        $default = self::lastWeeks($timezone, $now);
        $zone = new \DateTimeZone($timezone);
        $end = self::isEmpty($to) ? self::parse($default->to, $zone) : self::parse($to, $zone);
        $start = self::isEmpty($from) ? $end->modify('-' . (self::DEFAULT_WEEKS * 7 - 1) . ' days') : self::parse($from, $zone);
        if ($start > $end) {
            throw new \InvalidArgumentException((string) __('The start date %1 is after the end date %2.',
                $start->format('Y-m-d'), $end->format('Y-m-d')));
        }
        if ((int) $start->diff($end)->days + 1 > self::MAX_DAYS) {
            throw new \InvalidArgumentException((string) __('The date range can be at most %1 days.', self::MAX_DAYS));
        }
        return self::between($start, $end);
    }

    private static function isEmpty(mixed $value): bool
    {
        return $value === null || $value === '';
    }

    private static function parse(mixed $value, \DateTimeZone $zone): \DateTimeImmutable
    {
        $text = is_string($value) ? $value : '';
        $date = preg_match('/^\d{4}-\d{2}-\d{2}$/', $text) ? \DateTimeImmutable::createFromFormat('!Y-m-d', $text, $zone) : false;
        // createFromFormat() rolls 2026-02-30 over to March: only a date that reads back the same is one.
        if ($date === false || $date->format('Y-m-d') !== $text || (int) $date->format('Y') < 2000) {
            throw new \InvalidArgumentException((string) __('"%1" is not a date; use the form YYYY-MM-DD, e.g. 2026-01-31.',
                mb_substr(is_scalar($value) ? (string) $value : gettype($value), 0, 40)));
        }
        return $date;
    }

    private static function between(\DateTimeImmutable $start, \DateTimeImmutable $end): self
    {
        return new self($start->format('Y-m-d'), $end->format('Y-m-d'), $start->getTimestamp(), $end->modify('+1 day')->getTimestamp());
    }

    /** Whether the week starting at $weekStart has a day in the range. */
    public function overlapsWeek(int $weekStart): bool
    {
        return $weekStart < $this->end && $weekStart + self::WEEK > $this->start;
    }

    public function toArray(): array
    {
        return ['from' => $this->from, 'to' => $this->to];
    }
}
