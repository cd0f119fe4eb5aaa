<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Config\Model\Config as ConfigSave;
use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Plugin\Config\WebhookSettingsGuard;

/**
 * Issue 24: an admin who may edit the ShopCX settings could point the webhook at any host (an internal
 * service included) and have the shop POST signed data there. Changing the URL, the secret or the internal
 * hosts now needs its own ACL resource; saving the section with them unchanged does not.
 */
final class WebhookSettingsAclTest extends TestCase
{
    private const CONFIG_ONLY = ['ShopCx_CustomerService::config'];
    private const WEBHOOK = ['ShopCx_CustomerService::config', WebhookSettingsGuard::RESOURCE];

    private FakeScopeConfig $scope;

    protected function setUp(): void
    {
        $this->scope = (new FakeScopeConfig())->set('shopcx/webhook/url', 'https://helpdesk.example/hook', 0);
    }

    /** What the Save controller posts for the whole section: every field with its value, secrets obscured. */
    private function post(array $webhook = [], string $website = '', array $other = []): ConfigSave
    {
        $fields = $webhook + [
            'enabled' => ['value' => '1'],
            'url' => ['value' => 'https://helpdesk.example/hook'],
            'secret' => ['value' => '******'],
            'allow_internal' => ['value' => ''],
        ];
        return new ConfigSave(['section' => 'shopcx', 'website' => $website, 'store' => '',
            'groups' => ['stock' => ['fields' => ['low_threshold' => ['value' => $other['low'] ?? '5']]], 'webhook' => ['fields' => $fields]]]);
    }

    private function save(ConfigSave $config, array $allowed): ?string
    {
        try {
            (new WebhookSettingsGuard(new FixedAuthorization($allowed), $this->scope))->beforeSave($config);
            $config->save();
            return null;
        } catch (LocalizedException $e) {
            return $e->getMessage();
        }
    }

    public function testTheRestOfTheSectionSavesWithoutThePermission(): void
    {
        $config = $this->post([], '', ['low' => '3']);
        self::assertNull($this->save($config, self::CONFIG_ONLY));
        self::assertTrue($config->saved);
        // An empty secret posted back empty (none set at that scope) is no change either.
        $this->scope = (new FakeScopeConfig())->set('shopcx/webhook/url', 'https://helpdesk.example/hook', 0)->set('shopcx/webhook/secret', '', 0);
        self::assertNull($this->save($this->post(['secret' => ['value' => '']]), self::CONFIG_ONLY));
    }

    /** @return array<string, array{array}> */
    public static function changes(): array
    {
        return [
            'url to an internal service' => [['url' => ['value' => 'http://169.254.169.254/latest/meta-data/']]],
            'new secret' => [['secret' => ['value' => 'a-secret-the-attacker-knows-0123456789']]],
            'secret cleared' => [['secret' => ['value' => '']]],
            'internal hosts' => [['allow_internal' => ['value' => "10.0.0.0/8"]]],
        ];
    }

    /** @dataProvider changes */
    public function testAChangeNeedsThePermission(array $change): void
    {
        $config = $this->post($change);
        $refused = $this->save($config, self::CONFIG_ONLY);
        self::assertNotNull($refused);
        self::assertStringContainsString('not allowed to change the helpdesk webhook', $refused);
        self::assertFalse($config->saved, 'nothing of the section is saved');
        $config = $this->post($change);
        self::assertNull($this->save($config, self::WEBHOOK));
        self::assertTrue($config->saved);
    }

    public function testUseDefaultOnAWebsiteIsAChangeOnlyWhenTheValueDiffers(): void
    {
        // Website 1 has its own URL; "Use Default" would switch it to the default's.
        $this->scope->set('shopcx/webhook/url', 'https://eu-helpdesk.example/hook', 1);
        self::assertNotNull($this->save($this->post(['url' => ['inherit' => '1']], '1'), self::CONFIG_ONLY));
        self::assertNull($this->save($this->post(['url' => ['value' => 'https://eu-helpdesk.example/hook']], '1'), self::CONFIG_ONLY));
        $this->scope->set('shopcx/webhook/url', 'https://helpdesk.example/hook', 1);
        self::assertNull($this->save($this->post(['url' => ['inherit' => '1']], '1'), self::CONFIG_ONLY));
    }

    public function testOtherSectionsAreNotLookedAt(): void
    {
        $auth = new FixedAuthorization([]);
        $config = new ConfigSave(['section' => 'general', 'groups' => ['webhook' => ['fields' => ['url' => ['value' => 'http://10.0.0.1/']]]]]);
        (new WebhookSettingsGuard($auth, $this->scope))->beforeSave($config);
        self::assertSame([], $auth->asked);
    }

    public function testDeclaredInAclAndAdminDi(): void
    {
        $root = dirname(__DIR__, 2);
        $acl = simplexml_load_file("$root/etc/acl.xml");
        self::assertCount(1, $acl->xpath('//resource[@id="ShopCx_CustomerService::config"]/resource[@id="' . WebhookSettingsGuard::RESOURCE . '"]'));
        $di = simplexml_load_file("$root/etc/adminhtml/di.xml");
        $plugin = $di->xpath('//type[@name="Magento\Config\Model\Config"]/plugin');
        self::assertSame(WebhookSettingsGuard::class, (string) $plugin[0]['type']);
        $system = simplexml_load_file("$root/etc/adminhtml/system.xml");
        foreach (['url', 'secret', 'allow_internal'] as $field) {
            self::assertCount(1, $system->xpath("//section[@id='shopcx']/group[@id='webhook']/field[@id='$field']"), $field);
        }
    }
}
