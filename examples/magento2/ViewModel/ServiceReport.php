<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\App\RequestInterface;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use ShopCx\CustomerService\Model\Interaction\ServiceKpis;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\ViewModel\Chart\Svg;

/** Reports > ShopCX customer service, "Service contacts": the KPIs per channel and week of the same store view and range. */
class ServiceReport implements ArgumentInterface
{
    private ?array $figures = null;

    public function __construct(
        private readonly ReportBuilder $reports,
        private readonly RequestInterface $request,
        private readonly ServiceKpis $kpis,
        private readonly Svg $charts
    ) {
    }

    public function charts(): Svg
    {
        return $this->charts;
    }

    public function figures(): array
    {
        if ($this->figures === null) {
            $store = $this->reports->store($this->request->getParam('store'));
            try {
                $range = $this->reports->range($store, $this->request->getParam('from'), $this->request->getParam('to'));
            } catch (\InvalidArgumentException) {
                $range = $this->reports->defaultRange($store);   // the main report shows the message
            }
            $this->figures = $this->kpis->weekly($store, $range->start, $range->end);
        }
        return $this->figures;
    }

    /** @return array<string, list<array{label: string, value: float, low: null, high: null, n: int}>> channel => contacts per week */
    public function contactsPerWeek(): array
    {
        $weeks = $this->figures()['weeks'];
        $channels = [];
        foreach ($weeks as $w) {
            $channels += array_fill_keys(array_keys($w['channels']), true);
        }
        ksort($channels);
        $out = [];
        foreach (array_keys($channels) as $channel) {
            foreach ($weeks as $w) {
                $n = (int) ($w['channels'][$channel]['volume'] ?? 0);
                $out[(string) $channel][] = ['label' => $w['week'], 'value' => (float) $n, 'low' => null, 'high' => null, 'n' => $n];
            }
        }
        return $out;
    }
}
