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
        $this->config = new Config($this->scope, new PlainEncryptor());
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
}
