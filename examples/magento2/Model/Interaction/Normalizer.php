<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Interaction;

/**
 * Checks one reported contact and turns it into a shopcx_interaction row. Times are Unix seconds or ISO 8601
 * strings; durations are derived from them (first response = firstResponseAt - opened, unless firstResponse
 * gives the seconds). Anything else is refused with a message naming the field: a helpdesk trigger that sends
 * the wrong placeholder should see why, not have its contacts silently dropped.
 */
final class Normalizer
{
    public const SOURCES = ['helpdesk', 'contact_form', 'chat_invitation'];

    /** @throws \InvalidArgumentException naming the field */
    public static function row(string $eventId, array $data, int $storeId, int $now, string $source = 'helpdesk'): array
    {
        if (!preg_match('/^[A-Za-z0-9._:-]{1,64}$/', $eventId)) {
            throw new \InvalidArgumentException('id must be 1-64 letters, digits or . _ : -');
        }
        $email = strtolower(trim((string) ($data['email'] ?? '')));
        if ($email === '' || strlen($email) > 255 || filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            throw new \InvalidArgumentException('data.email must be the customer\'s e-mail address');
        }
        $channel = (string) ($data['channel'] ?? '');
        if (!preg_match('/^[a-z][a-z0-9_]{0,31}$/', $channel)) {
            throw new \InvalidArgumentException('data.channel must be a lower-case name such as chat, email, phone');
        }
        $opened = self::time($data, 'opened', $now) ?? $now;
        $firstResponse = self::int($data, 'firstResponse', 0, 31536000);
        $firstAt = self::time($data, 'firstResponseAt', $now);
        if ($firstResponse === null && $firstAt !== null) {
            $firstResponse = max(0, $firstAt - $opened);
        }
        $resolvedAt = self::time($data, 'resolved', $now);
        $case = $data['case'] ?? null;
        if ($case !== null && !preg_match('/^[A-Za-z0-9._:#-]{1,64}$/', (string) $case)) {
            throw new \InvalidArgumentException('data.case must be 1-64 letters, digits or . _ : # -');
        }
        return [
            'event_id' => $eventId,
            'store_id' => $storeId,
            'source' => in_array($source, self::SOURCES, true) ? $source : 'helpdesk',
            'email' => $email,
            'customer_id' => self::int($data, 'customerId', 1, 4294967295),
            'channel' => $channel,
            'case_ref' => $case === null ? null : (string) $case,
            'opened_at' => $opened,
            'first_response' => $firstResponse,
            'resolved_at' => $resolvedAt,
            'contacts' => self::int($data, 'contacts', 1, 1000),
            'csat' => self::int($data, 'rating', 1, 5),
            'friendly' => self::int($data, 'friendly', 1, 5),
            'created_at' => $now,
        ];
    }

    private static function int(array $data, string $key, int $min, int $max): ?int
    {
        $v = $data[$key] ?? null;
        if ($v === null) {
            return null;
        }
        if (!is_int($v) || $v < $min || $v > $max) {
            throw new \InvalidArgumentException(sprintf('data.%s must be an integer from %d to %d', $key, $min, $max));
        }
        return $v;
    }

    private static function time(array $data, string $key, int $now): ?int
    {
        $v = $data[$key] ?? null;
        if ($v === null) {
            return null;
        }
        if (is_string($v) && !ctype_digit($v)) {
            try {
                $v = (new \DateTimeImmutable($v))->getTimestamp();
            } catch (\Exception) {
                throw new \InvalidArgumentException(sprintf('data.%s must be a Unix time or an ISO 8601 time', $key));
            }
        }
        $v = is_string($v) ? (int) $v : $v;
        // Not before 2000, not more than a day ahead of the shop's clock.
        if (!is_int($v) || $v < 946684800 || $v > $now + 86400) {
            throw new \InvalidArgumentException(sprintf('data.%s must be a Unix time or an ISO 8601 time, not in the future', $key));
        }
        return $v;
    }
}
