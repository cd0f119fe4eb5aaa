<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\DataObject;
use Magento\Framework\Event;
use Magento\Framework\Event\Observer;
use Magento\Newsletter\Model\Subscriber;
use Magento\Newsletter\Model\SubscriberFactory;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Cron\SendCartReminders;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\NewsletterConsent;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;
use ShopCx\CustomerService\Observer\MarkCartOrdered;
use ShopCx\CustomerService\Observer\RecordCartActivity;
use ShopCx\CustomerService\Observer\ScheduleOutreachOnShipment;

final class ObserverCronTest extends TestCase
{
    private FakeScopeConfig $scope;
    private Config $config;
    private FixedClock $clock;
    private MemoryOutreachLog $log;
    private MemoryCarts $carts;
    private MemoryLogger $logger;
    private MemoryOptOuts $optOuts;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->config = new Config($this->scope);
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->log = new MemoryOutreachLog();
        $this->carts = new MemoryCarts();
        $this->logger = new MemoryLogger();
        $this->optOuts = new MemoryOptOuts();
        Subscriber::$rows = [];   // nobody subscribed to the newsletter: consent only from shopcx_consent
    }

    private static function event(array $data): Observer
    {
        return new Observer(['event' => new Event($data)]);
    }

    private function ship(string $orderId, string $email = 'Ann@Example.nl', int $store = 1): void
    {
        $order = new DataObject(['customer_email' => $email, 'store_id' => $store, 'increment_id' => $orderId]);
        $shipment = new DataObject(['order' => $order]);
        (new ScheduleOutreachOnShipment($this->config, $this->log, $this->clock, $this->logger, $this->optOuts))->execute(self::event(['shipment' => $shipment]));
    }

    public function testShipmentSchedulesReviewAndSurvey(): void
    {
        $this->ship('000000042');
        // Delivered Tue 6 Jan; 5 NL business days later is Tue 13 Jan, 10:00 Amsterdam = 09:00 UTC.
        self::assertSame(['email' => 'ann@example.nl', 'kind' => 'review', 'reference' => '000000042', 'at' => 1768294800,
            'store' => 1, 'status' => 'scheduled', 'sent_at' => null], $this->log->rows[1]);
        self::assertSame(['email' => 'ann@example.nl', 'kind' => 'survey', 'reference' => '000000042',
            'at' => ConfigTest::MONDAY_14H_AMS + 2 * 86400, 'store' => 1, 'status' => 'scheduled', 'sent_at' => null], $this->log->rows[2]);
        self::assertSame([], $this->logger->lines);
    }

    public function testSecondShipmentWaitsForTheCoolDown(): void
    {
        $this->ship('000000042');
        $this->clock->now += 86400;
        $this->ship('000000043');
        // Review cool-down 7 days after the first invitation; survey cool-down 30 days after the first survey.
        self::assertSame(1768294800 + 604800, $this->log->rows[3]['at']);
        self::assertSame(ConfigTest::MONDAY_14H_AMS + 2 * 86400 + 2592000, $this->log->rows[4]['at']);
    }

    public function testSurveyOffAndBadSettingDoNotBreakTheShipment(): void
    {
        $this->scope->set('shopcx/survey/enabled', '0');
        $this->ship('1');
        self::assertSame(['review'], array_column($this->log->rows, 'kind'));
        $this->scope->set('shopcx/outreach/quiet_start', '25:99');
        $this->config = new Config($this->scope);
        $this->ship('2');
        self::assertCount(1, $this->log->rows);
        self::assertStringStartsWith('error: ShopCX review invitation not scheduled for order 2: ', $this->logger->lines[0]);
    }

    /**
     * Seen on Magento 2.4.7-p7: the admin saved "Invite after (business days)" = 0, Invitation::dueAt()
     * refused it (1 to 60) and the shipment scheduled neither the review invitation nor the survey
     * ("ShopCX outreach not scheduled for order 000000001: ... must be between 1 and 60").
     */
    public function testAReviewDelayOfZeroIsTheFirstBusinessDayAndTheSurveyStillGoesOut(): void
    {
        $this->scope->set('shopcx/review/delay_days', '0');
        $this->scope->set('shopcx/survey/delay_days', '0');
        $this->ship('000000001');
        self::assertSame([], $this->logger->lines);
        self::assertSame(['review', 'survey'], array_column($this->log->rows, 'kind'));
        // Delivered Tue 6 Jan, one NL business day later: Wed 7 Jan 10:00 Amsterdam = 09:00 UTC.
        self::assertSame(1768294800 - 6 * 86400, $this->log->rows[1]['at']);
        self::assertSame(ConfigTest::MONDAY_14H_AMS, $this->log->rows[2]['at']);
        // A bad review setting (a delay above 60 is taken as 60; a broken holiday country is not) no
        // longer takes the survey with it.
        $this->scope->set('shopcx/delivery/holiday_country', 'XX');
        $this->config = new Config($this->scope);
        $this->ship('000000002');
        self::assertSame(['review', 'survey', 'survey'], array_column($this->log->rows, 'kind'));
        self::assertStringStartsWith('error: ShopCX review invitation not scheduled for order 000000002: ', $this->logger->lines[0]);
    }

    public function testSecondSaveOfTheSameOrderSchedulesNothingNew(): void
    {
        $this->ship('000000042');
        $this->clock->now += 3600;
        $this->ship('000000042');
        self::assertCount(2, $this->log->rows);
    }

    public function testGuestShipmentWithoutEmailIsSkipped(): void
    {
        $this->ship('3', '');
        self::assertSame([], $this->log->rows);
    }

    private function outreachCron(RecordingOutreachSender $sender): \ShopCx\CustomerService\Cron\SendScheduledOutreach
    {
        return new \ShopCx\CustomerService\Cron\SendScheduledOutreach($this->config, $this->log, $sender, $this->clock, $this->logger, $this->optOuts);
    }

    public function testScheduledOutreachIsSentWhenDueAndPolicyAgrees(): void
    {
        $this->ship('000000042');
        $sender = new RecordingOutreachSender();
        self::assertSame(0, $this->outreachCron($sender)->execute());          // nothing due yet
        $this->clock->now = ConfigTest::MONDAY_14H_AMS + 2 * 86400;            // Wed 14:00: the survey
        self::assertSame(1, $this->outreachCron($sender)->execute());
        $this->clock->now = 1768294800;                                         // Tue 13 Jan 10:00: the review
        self::assertSame(1, $this->outreachCron($sender)->execute());
        self::assertSame(['survey:000000042', 'review:000000042'], $sender->sent);
        self::assertSame(['sent', 'sent'], array_column($this->log->rows, 'status'));
        self::assertSame(0, $this->outreachCron($sender)->execute());          // never twice
    }

    public function testScheduledOutreachWaitsOutQuietHoursAndCoolDowns(): void
    {
        $this->ship('000000042');
        // Due Wednesday 14:00, but the cron only runs at 22:30 Amsterdam: quiet until 08:00.
        $this->clock->now = ConfigTest::MONDAY_14H_AMS + 2 * 86400 + 8 * 3600 + 1800;
        $sender = new RecordingOutreachSender();
        self::assertSame(0, $this->outreachCron($sender)->execute());
        self::assertSame(ConfigTest::MONDAY_14H_AMS + 3 * 86400 - 6 * 3600, $this->log->rows[2]['at']);  // Thu 08:00 Amsterdam
        self::assertSame('scheduled', $this->log->rows[2]['status']);
        // A survey sent by other means in the meantime: cool-down of 30 days from then.
        $this->log->logSent('ann@example.nl', 'survey', 'manual', ConfigTest::MONDAY_14H_AMS + 2 * 86400 + 8 * 3600);
        $this->clock->now = ConfigTest::MONDAY_14H_AMS + 3 * 86400 - 6 * 3600;
        self::assertSame(0, $this->outreachCron($sender)->execute());
        // 30 days after Wed 21:00 UTC is Fri 6 Feb 22:00 Amsterdam, in quiet hours: Sat 08:00 Amsterdam (07:00 UTC).
        self::assertSame(ConfigTest::MONDAY_14H_AMS + 2 * 86400 + 8 * 3600 + 2592000 + 10 * 3600, $this->log->rows[2]['at']);
        self::assertSame([], $sender->sent);
    }

    public function testReviewInvitationsFollowTheStoreViewsConfiguredCoolDownWhenPlannedAndWhenSent(): void
    {
        $reviewA = 1768294800;   // Tue 13 Jan 10:00 Amsterdam, as in testShipmentSchedulesReviewAndSurvey
        $this->scope->set('shopcx/survey/enabled', '0', 2)->set('shopcx/outreach/cooldown_review', '172800', 2)
            ->set('shopcx/outreach/cooldown_review', '86400', 1);   // another store view's setting must not leak in
        $this->ship('A', 'ann@example.nl', 2);
        $this->clock->now += 86400;
        $this->ship('B', 'ann@example.nl', 2);
        // Store view 2 waits its 2 days between review invitations.
        self::assertSame([$reviewA, $reviewA + 172800], array_column($this->log->rows, 'at'));
        self::assertSame([2, 2], array_column($this->log->rows, 'store'));

        $sender = new RecordingOutreachSender();
        $this->clock->now = $reviewA;
        self::assertSame(1, $this->outreachCron($sender)->execute());
        // The merchant raises the cool-down before B goes out: the cron asks the policy again, with it.
        $this->scope->set('shopcx/outreach/cooldown_review', '604800', 2);
        $this->config = new Config($this->scope);
        $this->clock->now = $reviewA + 172800;
        self::assertSame(0, $this->outreachCron($sender)->execute());
        self::assertSame(['review:A'], $sender->sent);
        self::assertSame(['sent', 'scheduled'], array_column($this->log->rows, 'status'));
        self::assertSame($reviewA + 604800, $this->log->rows[2]['at']);
    }

    /**
     * Structure guard: mail goes out only through the two sender interfaces, and only the two cron
     * jobs call them, both after asking Outreach\Policy::decide(). A new sending path has to join them.
     */
    public function testNothingSendsOutreachWithoutThePolicy(): void
    {
        $root = dirname(__DIR__, 2);
        $senders = [];
        $callers = [];
        foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS)) as $file) {
            $path = substr($file->getPathname(), strlen($root) + 1);
            if ($file->getExtension() !== 'php' || str_starts_with($path, 'Test/')) {
                continue;
            }
            $code = (string) file_get_contents($file->getPathname());
            if (str_contains($code, 'TransportBuilder') || str_contains($code, '->sendMessage(')) {
                $senders[] = $path;
            }
            if (preg_match('/(OutreachSenderInterface|CartReminderSenderInterface) \$/', $code) && !str_starts_with($path, 'Api/')) {
                $callers[$path] = str_contains($code, '->decide(');
            }
        }
        sort($senders);
        ksort($callers);
        self::assertSame(['Model/Cart/EmailReminderSender.php', 'Model/Outreach/EmailSender.php'], $senders);
        self::assertSame(['Cron/SendCartReminders.php' => true, 'Cron/SendScheduledOutreach.php' => true], $callers);
    }

    private function saveQuote(int $id, array $data): void
    {
        $quote = new DataObject($data + ['id' => $id, 'store_id' => 1, 'customer_id' => 7, 'customer_email' => "c$id@example.nl",
            'items_qty' => 2, 'grand_total' => 59.90, 'quote_currency_code' => 'EUR', 'is_active' => 1, 'shopcx_consent' => 1]);
        (new RecordCartActivity($this->carts, $this->clock, new NewsletterConsent(new SubscriberFactory(), new FakeStoreManager())))->execute(self::event(['quote' => $quote]));
    }

    public function testQuoteSaveRecordsActivityAndOrderMarksIt(): void
    {
        $this->saveQuote(10, []);
        self::assertSame(['quote_id' => 10, 'store_id' => 1, 'customer_id' => 7, 'email' => 'c10@example.nl', 'items' => 2,
            'value' => '59.9', 'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => ConfigTest::MONDAY_14H_AMS,
            'reminders' => '[]', 'created_at' => ConfigTest::MONDAY_14H_AMS], $this->carts->rows[10]);
        (new MarkCartOrdered($this->carts, $this->clock))->execute(self::event(['order' => new DataObject(['quote_id' => 10])]));
        self::assertSame('ordered', $this->carts->rows[10]['status']);
        // A quote without id (not saved yet) is ignored.
        (new RecordCartActivity($this->carts, $this->clock, new NewsletterConsent(new SubscriberFactory(), new FakeStoreManager())))->execute(self::event(['quote' => new DataObject([])]));
        self::assertCount(1, $this->carts->rows);
    }

    private function cron(RecordingSender $sender): SendCartReminders
    {
        return new SendCartReminders($this->config, new FakeStoreManager([1]), $this->carts, $this->log, $sender,
            new QueryUrl(), $this->clock, $this->logger, $this->optOuts);
    }

    public function testCronSendsDueRemindersOnce(): void
    {
        $this->scope->set('shopcx/cart/enabled', '1');
        $this->saveQuote(10, []);                        // will be due
        $this->saveQuote(11, ['shopcx_consent' => 0]);   // no consent
        $this->saveQuote(12, ['grand_total' => 5]);      // below the minimum value
        $this->clock->now += 2 * 3600;
        $this->saveQuote(13, []);                        // touched just now: active
        $sender = new RecordingSender();
        self::assertSame(1, $this->cron($sender)->execute());
        self::assertSame(10, $sender->sent[0]['cart']);
        self::assertSame(1, $sender->sent[0]['step']);
        parse_str(parse_url($sender->sent[0]['url'], PHP_URL_QUERY), $q);
        $recovery = $this->config->cartDetector(1)->recover($this->config->tokens(1), $q['t'], $this->clock->now);
        self::assertSame([10, 1], [$recovery->cartId, $recovery->step]);
        self::assertSame([$this->clock->now], json_decode($this->carts->rows[10]['reminders']));
        // Same run again: step 1 was recorded, nothing is due.
        self::assertSame(0, $this->cron(new RecordingSender())->execute());
    }

    public function testCronRespectsTheOutreachCoolDownAndDisabledStores(): void
    {
        $this->saveQuote(10, []);
        $this->clock->now += 2 * 3600;
        self::assertSame(0, $this->cron(new RecordingSender())->execute());   // cart reminders off by default
        $this->scope->set('shopcx/cart/enabled', '1');
        $this->log->schedule('c10@example.nl', 'cart', 'other', $this->clock->now - 3600);
        self::assertSame(0, $this->cron(new RecordingSender())->execute());
    }

    public function testCronSkipsACorruptCartRowAndSendsTheOthers(): void
    {
        $this->scope->set('shopcx/cart/enabled', '1');
        $this->saveQuote(10, []);
        $this->saveQuote(11, []);
        $this->carts->rows[10]['currency'] = 'e1';   // not an ISO 4217 code: the row cannot be read
        $this->clock->now += 2 * 3600;
        $sender = new RecordingSender();
        self::assertSame(1, $this->cron($sender)->execute());
        self::assertSame([11], array_column($sender->sent, 'cart'));
        self::assertSame(['warning: ShopCX cart reminders for store 1: cart row 1 skipped: cart 10 field "currency" must be an ISO 4217 code such as "EUR"'],
            $this->logger->lines);
    }

    public function testCronLogsBadSettingsAndGoesOn(): void
    {
        $this->scope->set('shopcx/cart/enabled', '1')->set('shopcx/cart/reminders', '86400,3600');
        $this->saveQuote(10, []);
        self::assertSame(0, $this->cron(new RecordingSender())->execute());
        self::assertStringStartsWith('error: ShopCX cart reminders for store 1: ', $this->logger->lines[0]);
    }

    public function testOptedOutAddressGetsNoReviewOrSurveyScheduled(): void
    {
        // An opt-out in another store view does not count here.
        $this->optOuts->optOut(OptOutLink::hash('ann@example.nl'), 2, $this->clock->now);
        $this->ship('000000041');
        self::assertCount(2, $this->log->rows);
        $this->optOuts->optOut(OptOutLink::hash('ann@example.nl'), 1, $this->clock->now);
        $this->ship('000000042');
        self::assertSame(['000000041', '000000041'], array_column($this->log->rows, 'reference'));
    }

    public function testOptOutAfterSchedulingCancelsAtSendTime(): void
    {
        $this->ship('000000042');
        $this->optOuts->optOut(OptOutLink::hash(' ANN@example.nl'), 1, $this->clock->now);
        $this->clock->now = 1768294800;   // both the survey and the review are due
        $sender = new RecordingOutreachSender();
        self::assertSame(0, $this->outreachCron($sender)->execute());
        self::assertSame([], $sender->sent);
        self::assertSame(['cancelled', 'cancelled'], array_column($this->log->rows, 'status'));
    }

    public function testCronSendsNoCartReminderToAnOptedOutAddress(): void
    {
        $this->scope->set('shopcx/cart/enabled', '1');
        $this->saveQuote(10, []);
        $this->saveQuote(11, []);
        $this->optOuts->optOut(OptOutLink::hash('c10@example.nl'), 1, $this->clock->now);
        $this->clock->now += 2 * 3600;
        $sender = new RecordingSender();
        self::assertSame(1, $this->cron($sender)->execute());
        self::assertSame([11], array_column($sender->sent, 'cart'));
    }
}
