<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Chat\Invite;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\ConfiguredChatTeam;
use ShopCx\CustomerService\ViewModel\ChatInvitation;

final class ChatInviteTest extends TestCase
{
    private function invite(FakeScopeConfig $scope, array $params): \Magento\Framework\Controller\Result\Json
    {
        $config = new Config($scope);
        $clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        return (new Invite(new FakeRequest($params), new JsonFactory(), new ChatInvitation($config, new FakeStoreManager(), $clock),
            new ConfiguredChatTeam($config), new FakeStoreManager(), new MemoryLogger()))->execute();
    }

    public function testInvitesByTheRulesUncached(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', ConfigTest::RULES);
        $r = $this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":45}']);
        self::assertSame('Need a hand?', $r->data()['invitation']['message']);
        self::assertSame('no-store, max-age=0', $r->header('Cache-Control'));
        // No agent online: no invitation.
        $scope->set('shopcx/chat/agents_online', '0');
        self::assertNull($this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":45}'])->data()['invitation']);
    }

    public function testBadVisitAndBrokenRules(): void
    {
        $scope = (new FakeScopeConfig())->set('shopcx/chat/enabled', '1')->set('shopcx/chat/rules', ConfigTest::RULES);
        self::assertSame(400, $this->invite($scope, ['visit' => '"x"'])->code());
        self::assertSame(400, $this->invite($scope, ['visit' => str_repeat(' ', 4097) . '{}'])->code());
        // Fields the browser may not set are dropped, a wrongly typed one yields no invitation rather than an error page.
        self::assertNull($this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":"soon","customerGroup":1}'])->data()['invitation']);
        $scope->set('shopcx/chat/rules', '{"version":1,');
        self::assertNull($this->invite($scope, ['visit' => '{"pageType":"checkout","secondsOnPage":45}'])->data()['invitation']);
    }
}
