<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use ShopCx\Chat\Rules;
use ShopCx\ConfigException;

/**
 * One weekday's chat hours ("09:00-17:30" or "09:00-12:30, 13:30-17:30"), checked on save by the rules
 * themselves, so "9 to 5" is a message on the configuration page rather than a chat that never invites.
 */
class ChatHours extends Value
{
    public function beforeSave()
    {
        $intervals = array_values(array_filter(array_map('trim', explode(',', (string) $this->getValue())), fn(string $s) => $s !== ''));
        if ($intervals !== []) {
            try {
                Rules::fromArray(['version' => 1, 'timezone' => 'UTC', 'hours' => ['mon' => $intervals], 'rules' => []]);
            } catch (ConfigException $e) {
                throw new LocalizedException(__('The chat hours "%1" are not valid: use HH:MM-HH:MM, several separated by commas (at most 4).',
                    implode(', ', $intervals)));
            }
        }
        $this->setValue(implode(', ', $intervals));
        return parent::beforeSave();
    }
}
