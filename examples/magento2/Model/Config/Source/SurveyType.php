<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Source;

use Magento\Framework\Data\OptionSourceInterface;

class SurveyType implements OptionSourceInterface
{
    public function toOptionArray(): array
    {
        return [
            ['value' => 'ces', 'label' => __('Customer effort (CES)')],
            ['value' => 'nps', 'label' => __('Net promoter (NPS)')],
            ['value' => 'csat', 'label' => __('Satisfaction (CSAT)')],
            ['value' => 'effort', 'label' => __('Effort, full questionnaire')],
            ['value' => 'conversation', 'label' => __('After a conversation (friendly, informed, solved)')],
            ['value' => 'custom', 'label' => __('Custom survey (JSON below)')],
        ];
    }
}
