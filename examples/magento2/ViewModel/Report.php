<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\App\RequestInterface;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use ShopCx\CustomerService\Model\ReportBuilder;

class Report implements ArgumentInterface
{
    public function __construct(private readonly ReportBuilder $reports, private readonly RequestInterface $request)
    {
    }

    public function figures(): array
    {
        return $this->reports->build(max(0, (int) $this->request->getParam('store', 0)));
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
