<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Controller\Faq\Click;
use ShopCx\CustomerService\Controller\Faq\Search;
use ShopCx\CustomerService\Controller\Review\Submit as ReviewSubmit;
use ShopCx\CustomerService\Model\Config;
use ShopCx\Faq\Index;

/**
 * Defects the live attack pass (Test/attack/attack.php) found in a real Magento 2.4.7-p7 (issue 24).
 * Magento turns PHP warnings into exceptions: `?q[]=x` on shopcx/faq/search and `seen[x][y]=1` on
 * shopcx/faq/click answered 500 with an error report ("Array to string conversion"), as would every
 * `(string) getParam()` of the module's routes. Here warnings throw as they do there.
 */
final class LiveAttackFindingsTest extends TestCase
{
    private const FORM_KEY = 'fk-0123456789';

    protected function setUp(): void
    {
        set_error_handler(static function (int $no, string $msg, string $file, int $line): bool {
            throw new \ErrorException($msg, 0, $no, $file, $line);
        });
    }

    protected function tearDown(): void
    {
        restore_error_handler();
    }

    private function provider(): FaqIndexProviderInterface
    {
        $index = Index::build([
            ['id' => 'returns', 'question' => 'How do I return an item?', 'answer' => 'Use the return label within 30 days.'],
            ['id' => 'shipping', 'question' => 'When is my order delivered?', 'answer' => 'Orders before 17:00 arrive the next day.'],
        ], ['lang' => 'en']);
        return new class ($index) implements FaqIndexProviderInterface {
            public function __construct(private Index $index)
            {
            }

            public function get(string $lang): ?Index
            {
                return $this->index;
            }
        };
    }

    public function testAnArrayAsTheFaqQueryIsA400NotAWarning(): void
    {
        $config = new Config((new FakeScopeConfig())->set('general/locale/code', 'en_GB'));
        foreach ([['q' => ['x', 'a' => 'y']], ['q' => [['return']]]] as $params) {
            $r = (new Search(new FakeRequest($params), new JsonFactory(), $this->provider(), $config, new FakeStoreManager(),
                new Escaper(), new MemoryFaqSearchLog(), new FixedClock(ConfigTest::MONDAY_14H_AMS)))->execute();
            self::assertSame(400, $r->code());
        }
    }

    public function testNestedSeenIdsOrAnArrayIdOnAFaqClickAreIgnoredOrRefused(): void
    {
        $config = new Config((new FakeScopeConfig())->set('general/locale/code', 'en_GB'));
        $stats = new MemoryFaqStats();
        $click = fn(array $p) => (new Click(new FakeRequest($p), new JsonFactory(), $stats, $this->provider(), $config, new FakeStoreManager()))->execute();
        self::assertSame(200, $click(['id' => 'returns', 'seen' => ['shipping', ['x' => ['y' => '1']], "shipping' OR 1=1"]])->code());
        self::assertSame(['returns' => 1], $stats->clicks['en']);
        self::assertSame(['shipping' => 1], $stats->coViews('en', 'returns'));
        self::assertSame(400, $click(['id' => ['returns']])->code());
    }

    public function testArrayTokenTitleOrTextOnTheReviewFormAreRefusedNotWarnings(): void
    {
        $config = new Config((new FakeScopeConfig())->set('shopcx/security/token_secret', str_repeat('s', 32)));
        $clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $token = $config->reviewInvitation(1)->issue('000000042', 'TEE-M', 'ann@example.nl', $clock->now - 86400);
        $submit = fn(array $p) => (new ReviewSubmit(new FakeRequest($p + ['form_key' => self::FORM_KEY]), new JsonFactory(),
            new Validator(self::FORM_KEY), $config, new FakeStoreManager(), new MemoryFeedback(), $clock, new Escaper(),
            new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher()), new MemoryFeedbackClaims(), new MemoryLogger()))->execute();
        self::assertSame(403, $submit(['token' => [$token], 'rating' => 5, 'text' => 'Lovely soft shirt, fits well.'])->code());
        self::assertSame(400, $submit(['token' => $token, 'rating' => 5, 'text' => ['Lovely soft shirt, fits well.']])->code());
        self::assertSame(400, $submit(['token' => $token, 'rating' => 5, 'text' => 'Lovely soft shirt, fits well.', 'title' => ['a' => 'b']])->code());
        // rating[]=5 was (int) [5] = 1: a one-star review from a malformed post.
        self::assertSame(400, $submit(['token' => $token, 'rating' => ['5'], 'text' => 'Lovely soft shirt, fits well.'])->code());
        // (int) "5' OR '1'='1" is 5, (int) "4.9" is 4, (int) " 3" is 3: a rating is the form's radio value or nothing.
        foreach (["5' OR '1'='1", '4.9', ' 3', '3 ', '05', '+4', '2e0', "5\n", ''] as $odd) {
            self::assertSame(400, $submit(['token' => $token, 'rating' => $odd, 'text' => 'Lovely soft shirt, fits well.'])->code(), var_export($odd, true));
        }
        self::assertSame(200, $submit(['token' => $token, 'rating' => 5, 'text' => 'Lovely soft shirt, fits well.'])->code());
    }

    /** No route, view model or template casts a request parameter: each goes through Model\RequestParam. */
    public function testNoRequestParameterIsCastToStringUnchecked(): void
    {
        $root = dirname(__DIR__, 2);
        $found = [];
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $f) {
            $path = (string) $f;
            if (str_contains($path, '/Test/') || !preg_match('/\.(php|phtml)$/', $path)) {
                continue;
            }
            if (preg_match_all('/\(string\)\s*\$[\w>\-()]*getParam\(/', (string) file_get_contents($path), $m)) {
                $found[] = substr($path, strlen($root) + 1);
            }
        }
        self::assertSame([], $found);
    }
}
