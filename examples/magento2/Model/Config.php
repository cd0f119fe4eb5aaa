<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Store\Model\ScopeInterface;
use ShopCx\Cart\Detector;
use ShopCx\Chat\Rules;
use ShopCx\Delivery\Calendar;
use ShopCx\Delivery\Estimator;
use ShopCx\CustomerService\Model\Faq\Synonyms;
use ShopCx\CustomerService\Model\Feedback\Surveys;
use ShopCx\Effort\Survey;
use ShopCx\Outreach\Policy;
use ShopCx\Review\Invitation;
use ShopCx\Review\Moderator;
use ShopCx\Stock\Indicator;
use ShopCx\Token;

/**
 * Reads Stores > Configuration > ShopCX for one store view and builds the ShopCX objects from it.
 * Objects are cached per store for the request: building validates, and validating once is enough.
 */
class Config
{
    public const LOCALES = ['nl', 'en', 'de', 'fr'];

    private array $cache = [];

    public function __construct(private readonly ScopeConfigInterface $scopeConfig)
    {
    }

    public function value(string $path, int $storeId): string
    {
        return trim((string) $this->scopeConfig->getValue($path, ScopeInterface::SCOPE_STORE, $storeId));
    }

    public function flag(string $path, int $storeId): bool
    {
        return $this->value($path, $storeId) === '1';
    }

    public function int(string $path, int $storeId): int
    {
        return (int) $this->value($path, $storeId);
    }

    /** The store view's language as ShopCX knows it (nl_NL -> nl); English for any other. */
    public function locale(int $storeId): string
    {
        $lang = strtolower(substr($this->value('general/locale/code', $storeId), 0, 2));
        return in_array($lang, self::LOCALES, true) ? $lang : 'en';
    }

    public function timezone(int $storeId): string
    {
        return $this->value('general/locale/timezone', $storeId) ?: 'UTC';
    }

    /** "mon,tue" -> ['mon', 'tue'] */
    private function list(string $path, int $storeId, string $sep = ','): array
    {
        return array_values(array_filter(array_map('trim', explode($sep, $this->value($path, $storeId))), fn(string $s) => $s !== ''));
    }

    private function cached(string $key, int $storeId, callable $build): mixed
    {
        return $this->cache[$key][$storeId] ??= $build();
    }

    public function stockIndicator(int $storeId): Indicator
    {
        return $this->cached('stock', $storeId, fn() => new Indicator([
            'lowThreshold' => max(0, $this->int('shopcx/stock/low_threshold', $storeId)),
            'locale' => $this->locale($storeId),
            'timezone' => $this->timezone($storeId),
        ]));
    }

    public function calendar(int $storeId, ?array $workdays = null): Calendar
    {
        $country = strtoupper($this->value('shopcx/delivery/holiday_country', $storeId));
        return new Calendar($country, [
            'workdays' => $workdays ?? $this->list('shopcx/delivery/workdays', $storeId),
            'locale' => $this->locale($storeId),
        ]);
    }

    /** @throws \ShopCx\ConfigException|\ValueError when the delivery settings do not make sense */
    public function estimator(int $storeId): Estimator
    {
        return $this->cached('estimator', $storeId, function () use ($storeId) {
            $workdays = $this->list('shopcx/delivery/workdays', $storeId);
            $weekday = $this->value('shopcx/delivery/cutoff_weekday', $storeId);
            $saturday = $this->value('shopcx/delivery/cutoff_saturday', $storeId);
            $cutoff = [];
            foreach ($workdays as $day) {
                $time = $day === 'sat' ? $saturday : ($day === 'sun' ? '' : $weekday);
                if ($time !== '') {
                    $cutoff[$day] = $time;
                }
            }
            $carriers = [];
            foreach ($this->json('shopcx/delivery/carriers', $storeId) as $name => $carrier) {
                $days = array_map('trim', explode(',', (string) ($carrier['workdays'] ?? 'mon,tue,wed,thu,fri')));
                $carriers[(string) $name] = ['transit' => (int) ($carrier['transit'] ?? 1),
                    'calendar' => $this->calendar($storeId, $days)];
            }
            return new Estimator([
                'timezone' => $this->timezone($storeId),
                'warehouse' => $this->calendar($storeId, $workdays),
                'cutoff' => $cutoff,
                'carriers' => $carriers,
                'locale' => $this->locale($storeId),
            ]);
        });
    }

    /** An object-shaped JSON setting; a broken one is a ShopCx\ConfigException naming the setting. */
    public function json(string $path, int $storeId): array
    {
        $raw = $this->value($path, $storeId);
        if ($raw === '') {
            return [];
        }
        try {
            $data = json_decode($raw, true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new \ShopCx\ConfigException(sprintf('%s is not valid JSON: %s', $path, $e->getMessage()));
        }
        if (!is_array($data)) {
            throw new \ShopCx\ConfigException(sprintf('%s must be a JSON object', $path));
        }
        return $data;
    }

    /** Opening hours per weekday, as the admin enters them: "09:00-17:30" or "09:00-12:30, 13:30-17:30"; empty = closed. */
    public const CHAT_HOURS = ['mon' => 'shopcx/chat/hours_mon', 'tue' => 'shopcx/chat/hours_tue', 'wed' => 'shopcx/chat/hours_wed',
        'thu' => 'shopcx/chat/hours_thu', 'fri' => 'shopcx/chat/hours_fri', 'sat' => 'shopcx/chat/hours_sat', 'sun' => 'shopcx/chat/hours_sun'];

    /**
     * The charter's presets: switch => [rule name, trigger, priority, threshold setting, condition the threshold sets].
     * Their thresholds override the trigger's own ("more than two minutes" = 120 seconds).
     */
    public const CHAT_PRESETS = [
        'shopcx/chat/preset_cart_dwell' => ['cart-dwell', 'cartDwell', 90, 'shopcx/chat/cart_dwell_seconds', 'secondsOnPage'],
        'shopcx/chat/preset_product_dwell' => ['product-dwell', 'productDwell', 50, 'shopcx/chat/product_dwell_seconds', 'secondsOnPage'],
        'shopcx/chat/preset_faq_search' => ['faq-search', 'faqSearch', 40, 'shopcx/chat/faq_search_seconds', 'secondsOnPage'],
        'shopcx/chat/preset_vip_returning' => ['vip-returning', 'vipReturning', 30, 'shopcx/chat/vip_lifetime_value', 'lifetimeValue'],
    ];

    /**
     * The chat rules document built from the settings a merchant understands: opening hours per weekday in the
     * store's time zone, the presets ticked with their thresholds, the e-mail answer promise. The expert JSON
     * (shopcx/chat/rules), when set, adds its rules after the presets and its other keys (its own "hours",
     * "caps", ...) replace the settings'. Null when chat invitations are off or there is no rule.
     *
     * @throws \ShopCx\ConfigException when the expert JSON is not valid JSON
     */
    public function chatDocument(int $storeId): ?array
    {
        if (!$this->flag('shopcx/chat/enabled', $storeId)) {
            return null;
        }
        $rules = [];
        foreach (self::CHAT_PRESETS as $switch => [$name, $trigger, $priority, $threshold, $condition]) {
            if ($this->flag($switch, $storeId)) {
                $value = $this->value($threshold, $storeId);
                $rules[] = ['name' => $name, 'trigger' => $trigger, 'priority' => $priority,
                    'when' => [$condition => $condition === 'lifetimeValue' ? (float) $value : (int) $value]];
            }
        }
        $expert = $this->json('shopcx/chat/rules', $storeId);
        $rules = array_merge($rules, is_array($expert['rules'] ?? null) ? $expert['rules'] : []);
        if ($rules === [] && $expert === []) {
            return null;
        }
        return ['rules' => $rules] + $this->serviceHoursDocument($storeId);
    }

    /**
     * The service hours part of the document (no rules): version, time zone, language, hours per weekday, the
     * e-mail answer promise, and the expert JSON's keys other than its rules. Every weekday empty: never open.
     *
     * @throws \ShopCx\ConfigException when the expert JSON is not valid JSON
     */
    public function serviceHoursDocument(int $storeId): array
    {
        $hours = [];
        foreach (self::CHAT_HOURS as $day => $path) {
            $intervals = $this->list($path, $storeId);
            if ($intervals !== []) {
                $hours[$day] = count($intervals) === 1 ? $intervals[0] : $intervals;
            }
        }
        // An empty PHP array is not an object to the rules: a closed Monday (and no other day) says "never open".
        $document = ['version' => 1, 'timezone' => $this->timezone($storeId), 'locale' => $this->locale($storeId),
            'hours' => $hours === [] ? ['mon' => []] : $hours,
            'responseTimes' => ['email' => max(1, $this->int('shopcx/chat/email_response_hours', $storeId)) * 3600]];
        $expert = $this->json('shopcx/chat/rules', $storeId);
        unset($expert['rules']);
        return array_merge($document, $expert, ['rules' => []]);
    }

    /** The service hours and holidays as Rules without rules, for Rules::answerTime(). @throws \ShopCx\ConfigException */
    public function serviceHours(int $storeId): Rules
    {
        return $this->cached('hours', $storeId, function () use ($storeId) {
            $document = $this->serviceHoursDocument($storeId);
            return Rules::fromArray($document, $this->holidaysFor($document, $storeId));
        });
    }

    /** The delivery calendar's holidays, unless the expert JSON names its own ("holidays": "DE-BY"): then those. */
    private function holidaysFor(array $document, int $storeId): ?Calendar
    {
        return array_key_exists('holidays', $document) ? null : $this->chatHolidays($storeId);
    }

    /**
     * The holidays of the delivery calendar (its country's public holidays), for the chat when the setting
     * says so; null without a holiday country.
     */
    public function chatHolidays(int $storeId): ?Calendar
    {
        if (!$this->flag('shopcx/chat/use_holidays', $storeId) || $this->value('shopcx/delivery/holiday_country', $storeId) === '') {
            return null;
        }
        return $this->calendar($storeId);
    }

    /** Null when chat invitations are off or no rules are set. @throws \ShopCx\ConfigException */
    public function chatRules(int $storeId): ?Rules
    {
        return $this->cached('chat', $storeId, function () use ($storeId) {
            $document = $this->chatDocument($storeId);
            return $document === null ? null : Rules::fromArray($document, $this->holidaysFor($document, $storeId));
        });
    }

    public function outreachPolicy(int $storeId): Policy
    {
        return $this->cached('outreach', $storeId, fn() => new Policy([
            'timezone' => $this->timezone($storeId),
            'cooldowns' => [
                'survey' => $this->int('shopcx/outreach/cooldown_survey', $storeId),
                'review' => $this->int('shopcx/outreach/cooldown_review', $storeId),
                'cart' => $this->int('shopcx/outreach/cooldown_cart', $storeId),
            ],
            'quietHours' => ['start' => $this->value('shopcx/outreach/quiet_start', $storeId),
                'end' => $this->value('shopcx/outreach/quiet_end', $storeId), 'exempt' => ['chat']],
        ]));
    }

    public function cartDetector(int $storeId): Detector
    {
        return $this->cached('cart', $storeId, fn() => new Detector([
            'idle' => $this->int('shopcx/cart/idle', $storeId),
            'reminders' => array_map('intval', $this->list('shopcx/cart/reminders', $storeId)),
            'expiry' => $this->int('shopcx/cart/expiry', $storeId),
            'minValue' => (float) $this->value('shopcx/cart/min_value', $storeId),
            'quietHours' => [$this->value('shopcx/cart/quiet_start', $storeId), $this->value('shopcx/cart/quiet_end', $storeId)],
            'timezone' => $this->timezone($storeId),
        ]));
    }

    public function moderator(int $storeId): Moderator
    {
        return $this->cached('moderator', $storeId, fn() => new Moderator(array_filter([
            'languages' => $this->list('shopcx/review/languages', $storeId),
            'minLength' => $this->int('shopcx/review/min_length', $storeId),
            'deny' => $this->list('shopcx/review/deny_terms', $storeId, "\n"),
            'hold' => $this->list('shopcx/review/hold_terms', $storeId, "\n"),
            'allow' => $this->list('shopcx/review/allow_terms', $storeId, "\n"),
        ], fn($v) => $v !== [])));
    }

    /**
     * The signing key for review, survey and cart links. @throws \ValueError when it is shorter than 32 bytes
     *
     * Used as the scope config returns it: etc/config.xml declares the secrets with the Encrypted backend
     * model, so Magento (MetadataConfigTypeProcessor) has already decrypted the stored value, and a value
     * from an environment variable is in clear. Decrypting again turned the key into 32 bytes of garbage.
     */
    public function tokens(int $storeId): Token
    {
        return $this->cached('token', $storeId, fn() => new Token(
            $this->value('shopcx/security/token_secret', $storeId),
            $this->value('shopcx/security/token_key_id', $storeId) ?: 'k1'
        ));
    }

    public function reviewInvitation(int $storeId): Invitation
    {
        $days = max(1, min(365, $this->int('shopcx/review/link_ttl_days', $storeId) ?: 60));
        return new Invitation($this->tokens($storeId), $days * 86400);
    }

    /**
     * The FAQ synonym groups of a store view: the starter set of its language (unless switched off)
     * and the merchant's own lines. @return list<list<string>> @throws \InvalidArgumentException for a bad line
     */
    public function faqSynonyms(int $storeId): array
    {
        return Synonyms::merge($this->faqStarterSynonyms($storeId), Synonyms::parse($this->value('shopcx/faq/synonyms', $storeId)));
    }

    /** The starter set of the store view's language, when "Use the starter synonyms" is on. @return list<list<string>> */
    public function faqStarterSynonyms(int $storeId): array
    {
        return $this->flag('shopcx/faq/starter_synonyms', $storeId) ? Synonyms::STARTER[$this->locale($storeId)] : [];
    }

    /**
     * The survey customers answer: a built-in one, or the custom JSON (checked on save by
     * Backend\SurveyJson). @throws \ShopCx\ConfigException for custom JSON that is not valid (set by config:set)
     */
    public function survey(int $storeId): Survey
    {
        $type = $this->value('shopcx/survey/type', $storeId);
        if ($type === 'custom') {
            return $this->customSurvey($storeId) ?? Surveys::get('ces');
        }
        return Surveys::get(in_array($type, ['ces', 'nps', 'csat', 'effort', 'conversation'], true) ? $type : 'ces');
    }

    /** The custom survey JSON of the store view, null when empty. @throws \ShopCx\ConfigException */
    public function customSurvey(int $storeId): ?Survey
    {
        $json = $this->value('shopcx/survey/custom_json', $storeId);
        return $json === '' ? null : $this->cached('custom_survey', $storeId, fn() => Survey::fromJson($json));
    }

    /** The definition stored answers of this id are reported with (the custom survey for its id). */
    public function surveyById(string $id, int $storeId): Survey
    {
        try {
            $custom = $this->customSurvey($storeId);
        } catch (\ShopCx\ConfigException) {
            $custom = null;
        }
        return Surveys::get($id, $custom);
    }

    /**
     * The webhook client refuses internal addresses (loopback, private, link-local) so the URL cannot
     * reach the shop's own network; "Internal webhook hosts allowed" names the helpdesk that lives there.
     */
    public function webhookClientOptions(int $storeId): array
    {
        $allow = $this->list('shopcx/webhook/allow_internal', $storeId, "\n");
        $allow = array_values(array_filter(array_map('trim', explode(',', implode(',', $allow))), fn(string $s) => $s !== ''));
        return $allow === [] ? [] : ['allowInternal' => $allow];
    }

    /** Already decrypted by the scope config, as the token secret. */
    public function webhookSecret(int $storeId): string
    {
        return $this->value('shopcx/webhook/secret', $storeId);
    }
}
