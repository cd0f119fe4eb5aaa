<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use ShopCx\ConfigException;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Config\Backend\ChatRules;

final class ConfigTest extends TestCase
{
    public const MONDAY_14H_AMS = 1767618000; // 2026-01-05 13:00 UTC

    public const RULES = '{"version":1,"timezone":"Europe/Amsterdam","locale":"en","hours":{"mon":"08:00-22:00"},'
        . '"rules":[{"name":"checkout-stuck","kind":"defensive","priority":80,"when":{"pageType":"checkout","secondsOnPage":30},'
        . '"message":{"en":"Need a hand?"}}]}';

    private FakeScopeConfig $scope;
    private Config $config;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->config = new Config($this->scope);
    }

    public function testLocaleFromStoreViewLanguageFallsBackToEnglish(): void
    {
        $this->scope->set('general/locale/code', 'nl_NL', 1)->set('general/locale/code', 'es_ES', 2);
        self::assertSame('nl', $this->config->locale(1));
        self::assertSame('en', $this->config->locale(2));
        self::assertSame('en', $this->config->locale(3));
    }

    public function testDefaultsBuildAWorkingEstimator(): void
    {
        $promise = $this->config->estimator(1)->estimate(self::MONDAY_14H_AMS, ['inStock' => true]);
        self::assertSame('2026-01-05', $promise->dispatchDate);
        self::assertSame('2026-01-06', $promise->earliest);
        self::assertSame(3 * 3600, $promise->orderWithinSeconds);
        self::assertSame('PostNL', $promise->carrier);
    }

    public function testPerStoreViewThresholdAndLanguage(): void
    {
        $this->scope->set('shopcx/stock/low_threshold', '2', 2)->set('general/locale/code', 'nl_NL', 2);
        self::assertSame('low', $this->config->stockIndicator(1)->describe(3, [], self::MONDAY_14H_AMS)->level);
        $nl = $this->config->stockIndicator(2)->describe(3, [], self::MONDAY_14H_AMS);
        self::assertSame('in_stock', $nl->level);
    }

    public function testBrokenCarriersJsonNamesTheSetting(): void
    {
        $this->scope->set('shopcx/delivery/carriers', '{"PostNL":');
        $this->expectException(ConfigException::class);
        $this->expectExceptionMessage('shopcx/delivery/carriers is not valid JSON');
        $this->config->estimator(1);
    }

    public function testChatRulesOnlyWhenEnabled(): void
    {
        $this->scope->set('shopcx/chat/rules', self::RULES);
        self::assertNull($this->config->chatRules(1));
        $this->scope->set('shopcx/chat/enabled', '1');
        self::assertSame(['checkout-stuck'], $this->config->chatRules(1)->ruleNames());
    }

    public function testMalformedRulesInConfigThrowConfigException(): void
    {
        $this->scope->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', '{"version":2}');
        $this->expectException(ConfigException::class);
        $this->expectExceptionMessage('$.version must be 1');
        $this->config->chatRules(1);
    }

    public function testShortTokenSecretIsRefused(): void
    {
        $this->scope->set('shopcx/security/token_secret', 'too-short');
        $this->expectException(\ValueError::class);
        $this->config->tokens(1);
    }

    /**
     * Magento's ScopeConfig returns the secrets (Encrypted backend in config.xml) already decrypted:
     * Config must use them as they come. Decrypting once more gave a wrong key, and no link verified.
     */
    public function testEncryptedTokenSecretArrivesDecryptedAndSignsLinks(): void
    {
        $secret = 'the-shops-token-secret-of-40-bytes-long!';
        $this->scope->set('shopcx/security/token_secret', $secret, 1);
        self::assertNotSame($secret, $this->scope->store[1]['shopcx/security/token_secret'], 'stored encrypted');
        self::assertSame($secret, $this->scope->getValue('shopcx/security/token_secret', 'store', 1), 'returned decrypted');
        $link = (new \ShopCx\Token($secret, 'k1'))->issue('survey', ['order' => '42'], 86400, self::MONDAY_14H_AMS);
        self::assertSame('42', $this->config->tokens(1)->verify($link, 'survey', self::MONDAY_14H_AMS + 60)['order']);
        $own = $this->config->tokens(1)->issue('review', ['sku' => 'X'], 86400, self::MONDAY_14H_AMS);
        self::assertSame('X', (new \ShopCx\Token($secret, 'k1'))->verify($own, 'review', self::MONDAY_14H_AMS)['sku']);
    }

    public function testEncryptedWebhookSecretArrivesDecrypted(): void
    {
        $this->scope->set('shopcx/webhook/secret', 'helpdesk-shared-secret', 1);
        self::assertSame('helpdesk-shared-secret', $this->config->webhookSecret(1));
        self::assertSame(FakeScopeConfig::WEBHOOK_SECRET, $this->config->webhookSecret(2));
    }

    /** A secret in an environment variable (CONFIG__DEFAULT__SHOPCX__...) is in clear and Magento leaves it so. */
    public function testSecretFromTheEnvironmentIsUsedAsGiven(): void
    {
        $secret = 'an-environment-token-secret-of-40-bytes!';
        $this->scope->setEnv('shopcx/security/token_secret', $secret)->setEnv('shopcx/webhook/secret', 'env-webhook');
        $link = (new \ShopCx\Token($secret, 'k1'))->issue('survey', ['order' => '7'], 86400, self::MONDAY_14H_AMS);
        self::assertSame('7', $this->config->tokens(1)->verify($link, 'survey', self::MONDAY_14H_AMS)['order']);
        self::assertSame('env-webhook', $this->config->webhookSecret(1));
    }

    public function testModerationListsReachTheModerator(): void
    {
        $this->scope->set('shopcx/review/deny_terms', "rubbishword\n");
        self::assertSame('approve', $this->config->moderator(2)->check('Lovely soft shirt, fits really well.')->decision);
        self::assertSame('reject', $this->config->moderator(1)->check('This shirt is rubbishword, do not buy it.')->decision);
    }

    public function testSurveyTypeSetting(): void
    {
        self::assertSame('ces', $this->config->survey(1)->id());
        $this->scope->set('shopcx/survey/type', 'nps');
        self::assertSame('nps', $this->config->survey(1)->id());
    }

    /** @dataProvider badRules */
    public function testBackendModelTurnsBadRulesIntoAnAdminMessage(string $json, string $message): void
    {
        $value = new ChatRules(['value' => $json]);
        try {
            $value->beforeSave();
            self::fail('saved');
        } catch (LocalizedException $e) {
            self::assertSame($message, $e->getMessage());
        }
    }

    public static function badRules(): array
    {
        return [
            'truncated' => ['{"version":1,', "The chat rules are not valid: \$ is not valid JSON: string or '}' expected near end of file at line 1 column 13"],
            'version' => ['{"version":2}', 'The chat rules are not valid: $.version must be 1'],
            'preset name' => ['{"version":1,"timezone":"UTC","rules":[{"name":"cart-dwell","trigger":"cartDwell"}]}',
                'The chat rules are not valid: $.rules[0].name "cart-dwell" is the name of a preset; choose another'],
            'not json' => ['<script>', 'The chat rules are not valid: $ is not valid JSON: \'[\' or \'{\' expected near \'<\' at line 1 column 1'],
        ];
    }

    public function testBackendModelAcceptsValidAndEmptyRules(): void
    {
        $value = new ChatRules(['value' => "  " . self::RULES . "\n"]);
        self::assertSame($value, $value->beforeSave());
        self::assertSame(self::RULES, $value->getValue());
        $empty = new ChatRules(['value' => '']);
        self::assertSame('', $empty->beforeSave()->getValue());
    }

    public function testChatHoursAreCheckedOnSave(): void
    {
        $value = new \ShopCx\CustomerService\Model\Config\Backend\ChatHours(['value' => ' 09:00-12:30 ,13:30-17:30, ']);
        self::assertSame('09:00-12:30, 13:30-17:30', $value->beforeSave()->getValue());
        self::assertSame('', (new \ShopCx\CustomerService\Model\Config\Backend\ChatHours(['value' => ' ']))->beforeSave()->getValue(), 'closed');
        foreach (['9 to 5', '17:00-09:00', '09:00-25:00', '08:00-09:00, 10:00-11:00, 12:00-13:00, 14:00-15:00, 16:00-17:00'] as $bad) {
            try {
                (new \ShopCx\CustomerService\Model\Config\Backend\ChatHours(['value' => $bad]))->beforeSave();
                self::fail("$bad was saved");
            } catch (\Magento\Framework\Exception\LocalizedException $e) {
                self::assertStringStartsWith('The chat hours "', $e->getMessage());
            }
        }
    }
}
