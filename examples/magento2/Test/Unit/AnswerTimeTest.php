<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\ViewModel\AnswerTime;

/** The answer-time sentence of the contact and FAQ pages (Rules::answerTime), from the admin's chat hours and holidays. */
final class AnswerTimeTest extends TestCase
{
    private FakeScopeConfig $scope;
    private MemoryLogger $logger;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->logger = new MemoryLogger();
    }

    private static function localTime(string $local): int
    {
        return (new \DateTimeImmutable($local, new \DateTimeZone('Europe/Amsterdam')))->getTimestamp();
    }

    /** @return list<string> */
    private function lines(string $local): array
    {
        return (new AnswerTime(new Config($this->scope), new FakeStoreManager(), new FixedClock(self::localTime($local)), $this->logger))->lines();
    }

    public function testOneMinuteBeforeClosingOnASaturdayAndOnAHoliday(): void
    {
        $this->scope->set('shopcx/chat/enabled', '1');
        // Default hours: Monday to Friday 09:00-17:00, e-mails within 24 hours.
        self::assertSame(['Chat is open until 17:00.', 'We answer e-mails within 24 hours.'], $this->lines('2026-01-05 10:00'));
        self::assertSame(['Chat is open until 17:00.', 'E-mails sent now are answered on Monday 12 January at the latest.'],
            $this->lines('2026-01-09 16:59'), 'Friday, a minute before closing');
        self::assertSame(['Chat opens on Monday 12 January at 09:00.', 'E-mails sent now are answered on Monday 12 January at the latest.'],
            $this->lines('2026-01-10 11:00'), 'Saturday');
        // King's Day (Monday 27 April 2026) is a holiday of the delivery calendar (NL).
        self::assertSame(['Chat opens tomorrow at 09:00.', 'We answer e-mails within 24 hours.'], $this->lines('2026-04-27 10:00'));
        // The merchant's Saturday hours and promise count.
        $this->scope->set('shopcx/chat/hours_sat', '10:00-16:00')->set('shopcx/chat/email_response_hours', '48');
        self::assertSame(['Chat is open until 16:00.', 'We answer e-mails within 2 days.'], $this->lines('2026-01-10 11:00'));
    }

    public function testInTheStoreLanguageAndWithoutChat(): void
    {
        $this->scope->set('general/locale/code', 'nl_NL')->set('shopcx/chat/enabled', '1');
        self::assertSame(['De chat is open tot 17:00.'], array_slice($this->lines('2026-01-05 10:00'), 0, 1));
        // Chat invitations off: only the e-mail promise.
        $this->scope->set('shopcx/chat/enabled', '0')->set('general/locale/code', 'en_US');
        self::assertSame(['We answer e-mails within 24 hours.'], $this->lines('2026-01-05 10:00'));
        // Every day emptied: the desk never opens, and says so instead of failing.
        foreach (Config::CHAT_HOURS as $path) {
            $this->scope->set($path, '');
        }
        self::assertSame(['E-mails are not answered at present.'], $this->lines('2026-01-05 10:00'));
    }

    public function testABrokenSettingIsLoggedAndNothingShown(): void
    {
        $this->scope->set('shopcx/chat/hours_mon', '9 to 5');
        self::assertSame([], $this->lines('2026-01-05 10:00'));
        self::assertStringStartsWith('error: ShopCX: the service hours cannot be used: $.hours.mon', $this->logger->lines[0]);
        $block = new DataObject(['view_model' => new AnswerTime(new Config($this->scope), new FakeStoreManager(), new FixedClock(0), $this->logger)]);
        $escaper = new Escaper();
        ob_start();
        include dirname(__DIR__, 2) . '/view/frontend/templates/answer-time.phtml';
        self::assertSame('', trim((string) ob_get_clean()));
    }
}
