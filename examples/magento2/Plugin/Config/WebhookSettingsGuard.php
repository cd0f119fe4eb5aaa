<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Plugin\Config;

use Magento\Config\Model\Config as ConfigSave;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\AuthorizationInterface;
use Magento\Framework\Exception\LocalizedException;
use Magento\Store\Model\ScopeInterface;

/**
 * Stores > Configuration saves the whole ShopCX section at once, so an admin with "ShopCX settings" also
 * posts the webhook fields. Whoever sets the webhook URL decides where the shop sends signed customer data
 * (and, with the internal hosts, which machines inside the network it may reach): a change of the URL, the
 * secret or the internal hosts needs ShopCx_CustomerService::webhook_settings. Posting them unchanged (the
 * form always does; an obscured secret comes back as asterisks) is fine. Declared for the admin area only:
 * bin/magento config:set does not save through this model, and shell access is trusted anyway.
 */
class WebhookSettingsGuard
{
    public const RESOURCE = 'ShopCx_CustomerService::webhook_settings';
    private const SECTION = 'shopcx';
    private const GROUP = 'webhook';
    private const FIELDS = ['url', 'secret', 'allow_internal'];

    public function __construct(
        private readonly AuthorizationInterface $authorization,
        private readonly ScopeConfigInterface $scopeConfig
    ) {
    }

    /** @throws LocalizedException when a protected field would change and the admin may not change it */
    public function beforeSave(ConfigSave $subject): void
    {
        if ($subject->getSection() !== self::SECTION) {
            return;
        }
        $groups = $subject->getGroups();
        $fields = is_array($groups) ? ($groups[self::GROUP]['fields'] ?? []) : [];
        if (!is_array($fields)) {
            return;
        }
        [$scope, $code] = $this->scope($subject);
        $changed = [];
        foreach (self::FIELDS as $field) {
            if (isset($fields[$field]) && is_array($fields[$field]) && $this->changes($field, $fields[$field], $scope, $code)) {
                $changed[] = $field;
            }
        }
        if ($changed !== [] && !$this->authorization->isAllowed(self::RESOURCE)) {
            throw new LocalizedException(__('You are not allowed to change the helpdesk webhook URL, secret or internal hosts. Ask an administrator with the permission "Helpdesk webhook URL, secret and internal hosts".'));
        }
    }

    /** @return array{string, int|string|null} the scope the form saves to */
    private function scope(ConfigSave $subject): array
    {
        if ((string) $subject->getStore() !== '') {
            return [ScopeInterface::SCOPE_STORE, $subject->getStore()];
        }
        if ((string) $subject->getWebsite() !== '') {
            return [ScopeInterface::SCOPE_WEBSITE, $subject->getWebsite()];
        }
        return [ScopeConfigInterface::SCOPE_TYPE_DEFAULT, null];
    }

    /** Whether saving this posted field changes the value the shop would use in that scope. */
    private function changes(string $field, array $posted, string $scope, int|string|null $code): bool
    {
        $path = self::SECTION . '/' . self::GROUP . '/' . $field;
        $current = (string) $this->scopeConfig->getValue($path, $scope, $code);
        if (!empty($posted['inherit'])) {
            // "Use Default": the scope's own value goes, the default's applies.
            $new = $scope === ScopeConfigInterface::SCOPE_TYPE_DEFAULT ? $current
                : (string) $this->scopeConfig->getValue($path, ScopeConfigInterface::SCOPE_TYPE_DEFAULT);
        } elseif (!array_key_exists('value', $posted)) {
            return false;   // nothing posted for it: Magento leaves it as it is
        } else {
            $new = is_scalar($posted['value']) ? (string) $posted['value'] : '';
            if ($field === 'secret' && preg_match('/^\*+$/', $new)) {
                return false;   // the obscured field sent back unchanged (the Encrypted backend keeps the value)
            }
        }
        $normalize = fn(string $v) => trim(str_replace("\r\n", "\n", $v));
        return $normalize($new) !== $normalize($current);
    }
}
