<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Catalog\Model\Product;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Api\FaqIndexProviderInterface;
use ShopCx\CustomerService\Controller;
use ShopCx\CustomerService\Model\Cart\ReminderContent;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;
use ShopCx\CustomerService\Model\ReportBuilder;
use ShopCx\CustomerService\ViewModel\Chart\Svg;
use ShopCx\CustomerService\ViewModel\FaqSearches;
use ShopCx\CustomerService\ViewModel\OptOutPage;
use ShopCx\CustomerService\ViewModel\Report;
use ShopCx\CustomerService\ViewModel\SurveyForm;
use ShopCx\Faq\Index;

/**
 * Issue 24: hostile values in every field a visitor controls that a template, a mail, a JSON answer or the
 * admin's report and SVG charts shows, rendered with the Escaper double (Magento 2.4.7's escaping, see
 * Test/Stubs/Framework.php). A page is safe when its element structure (tags and attribute names) is the
 * same as with the payload's words alone, no URL attribute starts a script scheme, and the value itself reached it.
 * Customer first/last names and streets are shown by no template or mail of the module (Magento's own show them).
 */
final class AttackXssTest extends TestCase
{
    public const PAYLOADS = [
        'script' => '<script>alert(1)</script>',
        'attribute break-out' => '"><img src=x onerror=alert(1)>',
        'single quote break-out' => "' onmouseover='alert(1)' x='",
        'javascript url' => 'javascript:alert(1)',
        'textarea' => '</textarea><svg onload=alert(1)>',
    ];
    private const NOW = ConfigTest::MONDAY_14H_AMS;

    /** @return array<string, array{string}> */
    public static function payloads(): array
    {
        return array_map(fn(string $p) => [$p], self::PAYLOADS);
    }

    /** Tags and attribute names, in document order; URL attributes with a script scheme. */
    private static function shape(string $html, bool $xml = false): array
    {
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $xml ? $doc->loadXML($html) : $doc->loadHTML('<?xml encoding="utf-8"?><div>' . $html . '</div>');
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        $out = [];
        foreach ((new \DOMXPath($doc))->query('//*') as $el) {
            $names = [];
            foreach ($el->attributes as $a) {
                $names[] = $a->name;
                if (in_array($a->name, ['href', 'src', 'action', 'xlink:href', 'formaction'], true)
                    && preg_match('/^\s*(javascript|data|vbscript):/i', $a->value)) {
                    $out[] = "script URL in $a->name";
                }
            }
            $out[] = $el->nodeName . '[' . implode(',', $names) . ']';
        }
        return $out;
    }

    /** $render(value) is the same page for the payload as for its words without markup characters, and shows the payload's letters. */
    private static function assertInert(callable $render, string $payload, string $where, bool $xml = false, ?string $seen = 'alert'): void
    {
        // The same words without markup characters: the same rows (a search log lists each unknown word).
        $harmless = $render(trim((string) preg_replace('/[^A-Za-z0-9]+/', ' ', $payload)));
        $hostile = $render($payload);
        self::assertSame(self::shape($harmless, $xml), self::shape($hostile, $xml), "$where: the payload changed the page's elements");
        if ($seen !== null) {
            self::assertStringContainsString($seen, $hostile, "$where: the value reached the page (else the check proves nothing)");
        }
    }

    private static function includeTemplate(string $file, object $block): string
    {
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . "/view/$file";
        } finally {
            $html = (string) ob_get_clean();
        }
        return $html;
    }

    private static function frontendBlock(array $params, array $data = []): object
    {
        return new class ($data + ['request' => new FakeRequest($params)]) extends DataObject {
            public function getUrl($route = '', $params = [])
            {
                return 'https://shop.test/' . $route . '?' . http_build_query(['___store' => 'default'] + ($params['_query'] ?? []));
            }

            public function getBlockHtml($name)
            {
                return $name === 'formkey' ? '<input name="form_key" type="hidden" value="fk"/>' : '';
            }
        };
    }

    /** The link's token is the visitor's to write: review and survey forms and the opt-out page put it in attributes. @dataProvider payloads */
    public function testTheLinkTokenOfTheFormsIsShownEscaped(string $payload): void
    {
        $config = new Config(new FakeScopeConfig());
        self::assertInert(fn(string $t) => self::includeTemplate('frontend/templates/review-form.phtml', self::frontendBlock(['t' => $t])),
            $payload, 'review form', seen: null);
        self::assertInert(fn(string $t) => self::includeTemplate('frontend/templates/survey-form.phtml',
            self::frontendBlock(['t' => $t], ['view_model' => new SurveyForm($config, new FakeStoreManager())])), $payload, 'survey form', seen: null);
        self::assertInert(fn(string $t) => self::includeTemplate('frontend/templates/optout.phtml', self::frontendBlock([], [
            'view_model' => new OptOutPage(new FakeRequest(['t' => $t]), new FakeStoreManager([1]), new OptOutRequest($config), new MemoryOptOuts(),
                new FixedClock(self::NOW))])), $payload, 'opt-out page', seen: null);
        $html = self::includeTemplate('frontend/templates/review-form.phtml', self::frontendBlock(['t' => $payload]));
        $doc = new \DOMDocument();
        @$doc->loadHTML('<?xml encoding="utf-8"?>' . $html);
        self::assertSame($payload, (new \DOMXPath($doc))->query('//input[@name="token"]')->item(0)->getAttribute('value'), 'kept as the value');
    }

    private static function faq(string $category = 'Returns'): FaqIndexProviderInterface
    {
        $index = Index::build([['id' => 'returns', 'question' => 'How do I return an item? ' . $category, 'answer' => 'With the label. ' . $category,
            'category' => $category], ['id' => 'refund', 'question' => 'When is my refund paid? ' . $category, 'answer' => 'Within 5 days.']], ['lang' => 'en']);
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

    /** The FAQ's JSON answers are set as HTML by the page's script (highlights): query, question, snippet, category. @dataProvider payloads */
    public function testTheFaqAnswersCarryQueriesAndEntriesEscaped(string $payload): void
    {
        $config = new Config(new FakeScopeConfig());
        $search = fn(string $q, string $category = 'Returns') => (new Controller\Faq\Search(new FakeRequest(['q' => "return $q"]), new JsonFactory(),
            self::faq($category), $config, new FakeStoreManager(), new Escaper(), new MemoryFaqSearchLog(), new FixedClock(self::NOW)))->execute()->data();
        $q = $search($payload);
        self::assertInert(fn(string $v) => $search($v)['query'], $payload, 'FAQ query');
        // An entry written by the merchant may carry markup too: shown as text.
        foreach (['question', 'snippet', 'category'] as $field) {
            self::assertInert(fn(string $v) => (string) ($search('item', $v)['hits'][0][$field] ?? ''), $payload, "FAQ $field", seen: null);
        }
        self::assertArrayHasKey('hits', $q);
        $related = fn(string $v) => implode(' ', array_column((new Controller\Faq\Related(new FakeRequest(['id' => 'refund']), new JsonFactory(), self::faq($v),
            new MemoryFaqStats(), $config, new FakeStoreManager(), new Escaper()))->execute()->data()['related'], 'question'));
        self::assertInert($related, $payload, 'FAQ related');
    }

    /** The review's title and text come back as the preview the page shows. @dataProvider payloads */
    public function testTheReviewPreviewIsEscaped(string $payload): void
    {
        $scope = new FakeScopeConfig();
        $config = new Config($scope);
        $n = 0;
        $preview = function (string $v) use ($config, &$n): string {
            $token = $config->reviewInvitation(1)->issue('00000004' . $n++, 'TEE-M', 'ann@example.nl', self::NOW - 86400);
            $r = (new Controller\Review\Submit(new FakeRequest(['form_key' => 'fk', 'token' => $token, 'rating' => 4, 'title' => $v,
                'text' => "Nice shirt, soft cotton $v fits well."]), new JsonFactory(), new Validator('fk'), $config, new FakeStoreManager(),
                new MemoryFeedback(), new FixedClock(self::NOW), new Escaper(), new \ShopCx\CustomerService\Model\Webhook\Publisher(new RecordingPublisher()),
                new MemoryFeedbackClaims(), new MemoryLogger()))->execute();
            self::assertSame(200, $r->code());
            return (string) $r->data()['preview'];
        };
        self::assertInert($preview, $payload, 'review preview');
    }

    /** What visitors searched for and the FAQ could not answer, on the admin's page: through the real search. @dataProvider payloads */
    public function testUnansweredSearchesAreShownEscapedToTheAdmin(string $payload): void
    {
        $page = function (string $v): string {
            $log = new MemoryFaqSearchLog();
            (new Controller\Faq\Search(new FakeRequest(['q' => "cadeaubon $v", 'log' => '1']), new JsonFactory(), self::faq(), new Config(new FakeScopeConfig()),
                new FakeStoreManager(), new Escaper(), $log, new FixedClock(self::NOW)))->execute();
            $scope = new FakeScopeConfig();
            $viewModel = new FaqSearches($log, new ReportBuilder(new Config($scope), new MemoryFeedback(), new MemoryCarts(), new FixedClock(self::NOW),
                new FakeStoreManager()), new FakeRequest(['store' => '1']), new FixedAuthorization(['ShopCx_CustomerService::faq_searches']),
                new \Magento\Framework\Data\Form\FormKey('fk'), new QueryUrl());
            return self::includeTemplate('adminhtml/templates/faq-searches.phtml', new DataObject(['view_model' => $viewModel]));
        };
        self::assertInert($page, $payload, 'admin FAQ searches', seen: 'cadeaubon');
    }

    /** A hostile helpdesk answers the webhook with markup: the report lists the failed event with its error. @dataProvider payloads */
    public function testTheAdminReportShowsWebhookErrorsEscaped(string $payload): void
    {
        $page = function (string $v): string {
            $outbox = new MemoryOutbox();
            $outbox->markFailed('evt-1', ['type' => 'review.held', 'payload' => [], 'store' => 1, 'at' => self::NOW - 900, 'attempt' => 8], 8,
                "HTTP 500: $v", self::NOW - 600);
            $viewModel = new Report(new ReportBuilder(new Config(new FakeScopeConfig()), new MemoryFeedback(), new MemoryCarts(), new FixedClock(self::NOW),
                new FakeStoreManager()), new FakeRequest(['store' => '1']), new Svg(new Escaper()), $outbox,
                new FixedAuthorization(['ShopCx_CustomerService::reports', 'ShopCx_CustomerService::webhooks']),
                new \Magento\Framework\Data\Form\FormKey('fk'), new QueryUrl());
            return self::includeTemplate('adminhtml/templates/report.phtml', new DataObject(['view_model' => $viewModel]));
        };
        self::assertInert($page, $payload, 'admin report');
    }

    /** The SVG charts put titles, descriptions and labels in <title>, <desc>, <text> and attributes. @dataProvider payloads */
    public function testTheSvgChartsEscapeEveryText(string $payload): void
    {
        $svg = new Svg(new Escaper());
        $charts = [
            'trend' => fn(string $v) => $svg->trend("id-$v", "title $v", "desc $v", [['label' => "week $v", 'value' => 3.0, 'low' => 1.0, 'high' => 5.0, 'n' => 4],
                ['label' => 'week 2', 'value' => 4.0, 'low' => null, 'high' => null, 'n' => 1]], 0.0, 7.0, " $v"),
            'bars' => fn(string $v) => $svg->bars("id-$v", "title $v", "desc $v", [1 => 2, 5 => 3]),
            'funnel' => fn(string $v) => $svg->funnel("id-$v", "title $v", "desc $v", [['step' => 'created', 'count' => 5, 'overall' => 1.0],
                ['step' => "x$v", 'count' => 2, 'overall' => 0.4]], ['created' => "Carts $v"]),
        ];
        foreach ($charts as $name => $chart) {
            self::assertInert($chart, $payload, "SVG $name", true);
        }
    }

    /** A product named by a hostile merchant account or import, in the cart reminder's HTML and text mail. @dataProvider payloads */
    public function testTheCartReminderMailShowsProductNamesEscaped(string $payload): void
    {
        $mail = function (string $v, bool $text = false): string {
            $item = new FakeQuoteItem(['name' => "Shirt $v", 'qty' => 1, 'price' => 20.0, 'calculation_price' => 16.53, 'price_incl_tax' => 20.0],
                new Product(['id' => 1, 'name' => "Shirt $v", 'small_image' => '/b/l/blue.jpg']));
            $content = new ReminderContent(new FakeQuotes([10 => new FakeQuote([$item])]), new FakeImageHelper(), new FakePriceCurrency(),
                new RecordingEmulation(), new Escaper(), new Config(new FakeScopeConfig()), new MemoryLogger());
            $vars = $content->variables(['id' => 10, 'currency' => 'EUR'], 1) + ['recovery_url' => 'https://shop.test/r?t=1&x=2',
                'optout_url' => 'https://shop.test/o?t=1'];
            $file = dirname(__DIR__, 2) . '/view/frontend/email/' . ($text ? 'cart_reminder_text.html' : 'cart_reminder.html');
            return CartReminderMailTest::render($file, $vars)[1];
        };
        self::assertInert($mail, $payload, 'cart reminder HTML mail');
        // The text part is plain text: the name as written, no entities (a mail client shows it as text).
        self::assertStringContainsString("Shirt $payload", $mail($payload, true));
    }

    /**
     * The review and survey invitations carry the order number (Magento's increment id, which an integration
     * may set) and the module's links; rendered as Magento 2.4.7's template filter does (CartReminderMailTest::render()).
     * @dataProvider payloads
     */
    public function testTheInvitationMailsShowTheOrderNumberEscaped(string $payload): void
    {
        foreach (['review_invitation.html', 'survey.html'] as $file) {
            $mail = fn(string $v) => CartReminderMailTest::render(dirname(__DIR__, 2) . "/view/frontend/email/$file", ['order' => "1000 $v",
                'first_url' => 'https://shop.test/shopcx/review?___store=nl&t=v1.k1.abc.def', 'optout_url' => 'https://shop.test/shopcx/optout?t=v1.k1.x.y'])[1];
            self::assertInert($mail, $payload, $file, seen: $file === 'review_invitation.html' ? 'alert' : null);
        }
    }
}
