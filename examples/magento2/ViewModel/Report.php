<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\App\RequestInterface;
use Magento\Framework\AuthorizationInterface;
use Magento\Framework\Data\Form\FormKey;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use ShopCx\CustomerService\Controller\Adminhtml\FailedWebhookAction;
use ShopCx\CustomerService\Api\WebhookOutboxInterface;
use ShopCx\CustomerService\Model\Report\DateRange;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\ViewModel\Chart\Svg;

/** Reports > ShopCX customer service: date range, figures, chart series and the webhook events that failed. */
class Report implements ArgumentInterface
{
    /** survey id => [question id, value field, interval field, scale min, scale max, unit] */
    private const TRENDS = [
        'ces' => ['ces', 'mean', 'ci', 1.0, 7.0, ''],
        'nps' => ['nps', 'nps', 'npsCi', -100.0, 100.0, ''],
        'csat' => ['csat', 'csat', 'csatCi', 0.0, 100.0, ' %'],
    ];

    private ?array $figures = null;
    private ?DateRange $range = null;
    private ?string $rangeError = null;

    public function __construct(
        private readonly ReportBuilder $reports,
        private readonly RequestInterface $request,
        private readonly Svg $charts,
        private readonly WebhookOutboxInterface $outbox,
        private readonly AuthorizationInterface $authorization,
        private readonly FormKey $formKey,
        private readonly UrlInterface $url
    ) {
    }

    public function store(): int
    {
        return $this->reports->store($this->request->getParam('store'));
    }

    /** The ?from=&to= range; dates that are not valid give the default range and rangeError(). */
    public function range(): DateRange
    {
        if ($this->range === null) {
            try {
                $this->range = $this->reports->range($this->store(), $this->request->getParam('from'), $this->request->getParam('to'));
            } catch (\InvalidArgumentException $e) {
                $this->rangeError = $e->getMessage();
                $this->range = $this->reports->defaultRange($this->store());
            }
        }
        return $this->range;
    }

    /** Why the typed dates were not used, or null. */
    public function rangeError(): ?string
    {
        $this->range();
        return $this->rangeError;
    }

    public function figures(): array
    {
        return $this->figures ??= $this->reports->build($this->store(), $this->range());
    }

    /** The date filter's GET form goes to the page itself. */
    public function reportUrl(): string
    {
        return $this->url->getUrl('shopcx/report/index');
    }

    public function canManageWebhooks(): bool
    {
        return (bool) $this->authorization->isAllowed(FailedWebhookAction::ADMIN_RESOURCE);
    }

    /** POST target of a failed event's button: "retry" or "delete". */
    public function webhookActionUrl(string $action): string
    {
        return $this->url->getUrl('shopcx/webhook/' . ($action === 'delete' ? 'delete' : 'retry'));
    }

    public function formKey(): string
    {
        return (string) $this->formKey->getFormKey();
    }

    public function charts(): Svg
    {
        return $this->charts;
    }

    /** @return array{0: float, 1: float, 2: string} scale min, max and unit of a survey's trend */
    public function scale(string $survey): array
    {
        [, , , $min, $max, $unit] = self::TRENDS[$survey];
        return [$min, $max, $unit];
    }

    /**
     * The weekly series of a survey's headline figure (CES mean, NPS, CSAT %) with its 95% interval,
     * oldest first, for the weeks in the date range; weeks without answers are left out. [] for a
     * report kept without weekly buckets.
     *
     * @return list<array{label: string, value: float, low: ?float, high: ?float, n: int}>
     */
    public function trend(string $survey): array
    {
        [$question, $field, $interval] = self::TRENDS[$survey];
        $points = [];
        foreach ($this->figures()['surveys'][$survey]['buckets'] ?? [] as $bucket) {
            $q = $bucket['questions'][$question] ?? null;
            if ($q === null || ($q['count'] ?? 0) === 0 || !isset($q[$field])) {
                continue;
            }
            $points[] = ['label' => (string) $bucket['bucket'], 'value' => (float) $q[$field],
                'low' => isset($q[$interval]['low']) ? (float) $q[$interval]['low'] : null,
                'high' => isset($q[$interval]['high']) ? (float) $q[$interval]['high'] : null,
                'n' => (int) $q['count']];
        }
        return $points;
    }

    /** @return array<int, int> stars (1-5) => reviews saved in the date range's weeks */
    public function ratings(): array
    {
        return $this->figures()['ratings'];
    }

    /** @return list<array> webhook events given up on (newest first) */
    public function failedWebhooks(): array
    {
        return $this->outbox->failed();
    }

    /** One line per survey result: "NPS 40 · mean 7.8", "CES mean 5.2 · low effort 61 %", "CSAT 82 % · mean 4.1". */
    public function headline(?array $result): string
    {
        if ($result === null || ($result['responses'] ?? 0) === 0) {
            return '–';
        }
        $parts = [];
        foreach ($result['questions'] as $q) {
            if (!isset($q['mean'])) {
                continue;
            }
            if (isset($q['nps'])) {
                $parts[] = 'NPS ' . round((float) $q['nps']);
            } elseif (isset($q['csat'])) {
                $parts[] = 'CSAT ' . round((float) $q['csat']) . ' %';
            }
            $parts[] = 'mean ' . round((float) $q['mean'], 1);
            if (isset($q['lowEffort'])) {
                $parts[] = 'low effort ' . round(100 * (float) $q['lowEffort']) . ' %';
            }
        }
        return implode(' · ', $parts);
    }
}
