<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Source;

use Magento\Framework\Data\OptionSourceInterface;
use ShopCx\CustomerService\Model\Cart\EmailReminderSender;

/** Cart reminders > E-mail format: which of the two templates a store view sends. */
class EmailFormat implements OptionSourceInterface
{
    public function toOptionArray(): array
    {
        return [
            ['value' => EmailReminderSender::FORMAT_HTML, 'label' => __('HTML (with pictures)')],
            ['value' => EmailReminderSender::FORMAT_TEXT, 'label' => __('Plain text')],
        ];
    }
}
