<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use ShopCx\Chat\Rules;
use ShopCx\ConfigException;

/**
 * Validates the chat rules JSON when an admin saves it, so a typo shows up as a message on the
 * configuration page (naming the JSON path) instead of as a broken storefront later.
 */
class ChatRules extends Value
{
    public function beforeSave()
    {
        $json = trim((string) $this->getValue());
        if ($json !== '') {
            try {
                Rules::fromJson($json);
            } catch (ConfigException $e) {   // the only error fromJson() raises (php_stubs/chat.stub.php)
                throw new LocalizedException(__('The chat rules are not valid: %1', $e->getMessage()));
            }
            // The presets' rules are added beside these (Config::chatDocument()): a rule of the same name would clash.
            $presets = array_column(\ShopCx\CustomerService\Model\Config::CHAT_PRESETS, 0);
            foreach ((array) (json_decode($json, true)['rules'] ?? []) as $i => $rule) {
                if (is_array($rule) && in_array($rule['name'] ?? null, $presets, true)) {
                    throw new LocalizedException(__('The chat rules are not valid: %1',
                        sprintf('$.rules[%d].name "%s" is the name of a preset; choose another', $i, $rule['name'])));
                }
            }
        }
        $this->setValue($json);
        return parent::beforeSave();
    }
}
