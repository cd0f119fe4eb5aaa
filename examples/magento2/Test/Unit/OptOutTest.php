<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Request\Http;
use Magento\Framework\Controller\Result\Json;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Controller\Result\Redirect;
use Magento\Framework\Controller\Result\RedirectFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Escaper;
use Magento\Framework\View\Result\Page;
use Magento\Framework\View\Result\PageFactory;
use Magento\Email\Model\Transport;
use Magento\Framework\Mail\EmailMessage;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Optout\Index as OptOutController;
use ShopCx\CustomerService\Model\Cart\EmailReminderSender;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\EmailSender;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;
use ShopCx\CustomerService\Model\Outreach\OptOutRequest;
use ShopCx\CustomerService\Plugin\Mail\ListHeadersInAscii;
use ShopCx\CustomerService\Plugin\Mail\TransportPlugin;
use ShopCx\CustomerService\ViewModel\OptOutPage;

/** The opt-out link: signed, GET changes nothing, POST (form key or RFC 8058 one-click) records it once. */
final class OptOutTest extends TestCase
{
    public const FORM_KEY = 'fk-0123456789';
    private const EMAIL = 'Ann@Example.nl';

    private FakeScopeConfig $scope;
    private Config $config;
    private FixedClock $clock;
    private MemoryOptOuts $optOuts;
    private RecordingMessages $messages;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->config = new Config($this->scope);
        $this->clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $this->optOuts = new MemoryOptOuts();
        $this->messages = new RecordingMessages();
    }

    private function link(string $email = self::EMAIL, int $store = 1, ?int $at = null): string
    {
        return (new OptOutLink($this->config, new QueryUrl()))->url($email, $store, $at ?? $this->clock->now);
    }

    private static function token(string $url): string
    {
        parse_str((string) parse_url($url, PHP_URL_QUERY), $q);
        return (string) $q['t'];
    }

    private function request(array $params, string $method = 'POST', int $store = 1): mixed
    {
        $pages = new class extends PageFactory {
            public int $made = 0;

            public function create($isView = false, array $arguments = [])
            {
                $this->made++;
                return new Page();
            }
        };
        return (new OptOutController(new Http($params, $method), $pages, new JsonFactory(), new RedirectFactory(),
            $this->messages, new Validator(self::FORM_KEY), new FakeStoreManager([$store]),
            new OptOutRequest($this->config), $this->optOuts, $this->clock))->execute();
    }

    private function optedOut(string $email = self::EMAIL, int $store = 1): bool
    {
        return $this->optOuts->isOptedOut(OptOutLink::hash($email), $store);
    }

    public function testLinkIsASignedTokenForTheAddressHashAndStore(): void
    {
        $url = $this->link();
        self::assertStringStartsWith('https://shop.test/shopcx/optout?t=', $url);
        $claims = $this->config->tokens(1)->verify(self::token($url), 'optout', $this->clock->now);
        self::assertSame(['a' => hash('sha256', 'ann@example.nl'), 's' => 1], array_intersect_key($claims, ['a' => 1, 's' => 1]));
        self::assertStringNotContainsStringIgnoringCase('example', $url, 'the address is not in the link');
    }

    public function testGetOnlyShowsThePage(): void
    {
        // What a mail security scanner does: fetch the link.
        self::assertInstanceOf(Page::class, $this->request(['t' => self::token($this->link())], 'GET'));
        self::assertInstanceOf(Page::class, $this->request(['t' => self::token($this->link()),
            'List-Unsubscribe' => 'One-Click'], 'GET'));
        self::assertSame([], $this->optOuts->rows);
    }

    public function testFormPostWithFormKeyOptsOutOnceAndGoesBackToThePage(): void
    {
        $token = self::token($this->link());
        $r = $this->request(['t' => $token, 'form_key' => self::FORM_KEY]);
        self::assertInstanceOf(Redirect::class, $r);
        self::assertSame(['shopcx/optout', ['_query' => ['t' => $token]]], [$r->path, $r->params]);
        self::assertTrue($this->optedOut());
        self::assertFalse($this->optedOut(self::EMAIL, 2), 'only this store view');
        // Again, a day later: still one opt-out, with its first time.
        $first = $this->optOuts->rows;
        $this->clock->now += 86400;
        self::assertInstanceOf(Redirect::class, $this->request(['t' => $token, 'form_key' => self::FORM_KEY]));
        self::assertSame($first, $this->optOuts->rows);
        self::assertSame([], $this->messages->errors);
    }

    public function testFormPostWithoutOrWithAWrongFormKeyChangesNothing(): void
    {
        $token = self::token($this->link());
        foreach ([['t' => $token], ['t' => $token, 'form_key' => 'guessed'], ['t' => $token, 'List-Unsubscribe' => 'one-click']] as $params) {
            $r = $this->request($params);
            self::assertInstanceOf(Redirect::class, $r);
            self::assertSame('shopcx/optout', $r->path);
        }
        self::assertSame(array_fill(0, 3, 'Invalid form key. Please refresh the page.'), $this->messages->errors);
        self::assertSame([], $this->optOuts->rows);
    }

    public function testOneClickPostNeedsNoFormKey(): void
    {
        $r = $this->request(['t' => self::token($this->link()), 'List-Unsubscribe' => 'One-Click']);
        self::assertInstanceOf(Json::class, $r);
        self::assertSame(200, $r->code());
        self::assertSame(['message' => 'You will get no more of these e-mails from this shop.'], $r->data());
        self::assertTrue($this->optedOut());
        // Magento's CSRF check is skipped for the one-click body only; every other POST keeps the form key.
        $controller = new \ReflectionClass(OptOutController::class);
        $action = $controller->newInstanceWithoutConstructor();
        self::assertTrue($action->validateForCsrf(new Http(['List-Unsubscribe' => 'One-Click'], 'POST')));
        self::assertNull($action->validateForCsrf(new Http(['t' => 'x'], 'POST')));
        self::assertNull($action->validateForCsrf(new Http(['List-Unsubscribe' => 'Yes'], 'POST')));
    }

    private static function flipOneCharacter(string $token): string
    {
        $i = intdiv(strlen($token), 2);
        $token[$i] = $token[$i] === 'A' ? 'B' : 'A';
        return $token;
    }

    /** @return array<string, array{callable(self): string}> */
    public static function badTokens(): array
    {
        return [
            'tampered' => [fn(self $t) => self::flipOneCharacter(self::token($t->link()))],
            'expired' => [fn(self $t) => self::token($t->link(self::EMAIL, 1, ConfigTest::MONDAY_14H_AMS - OptOutLink::TTL - 3600))],
            'other purpose' => [fn(self $t) => $t->config->tokens(1)->issue('survey', ['a' => OptOutLink::hash(self::EMAIL), 's' => 1],
                86400, ConfigTest::MONDAY_14H_AMS)],
            'other store view' => [fn(self $t) => self::token($t->link(self::EMAIL, 2))],
            'no address' => [fn(self $t) => $t->config->tokens(1)->issue('optout', ['s' => 1], 86400, ConfigTest::MONDAY_14H_AMS)],
            'empty' => [fn(self $t) => ''],
            'garbage' => [fn(self $t) => '<script>alert(1)</script>'],
        ];
    }

    /** @dataProvider badTokens */
    public function testBadTokensAreRefusedWithAClearMessage(callable $make): void
    {
        $token = $make($this);
        $r = $this->request(['t' => $token, 'List-Unsubscribe' => 'One-Click']);
        self::assertSame(403, $r->code());
        self::assertSame(['error' => 'This link is not valid or has expired.'], $r->data());
        // The form's POST goes back to the page, which says the same.
        $this->request(['t' => $token, 'form_key' => self::FORM_KEY]);
        self::assertSame([], $this->optOuts->rows);
        self::assertSame('invalid', $this->page($token)->state());
    }

    public function testWithoutATokenSecretTheFormIsUnavailable(): void
    {
        $token = self::token($this->link());
        $this->scope->set('shopcx/security/token_secret', 'short');
        $this->config = new Config($this->scope);
        self::assertSame(503, $this->request(['t' => $token, 'List-Unsubscribe' => 'One-Click'])->code());
        self::assertSame('unavailable', $this->page($token)->state());
        self::assertSame([], $this->optOuts->rows);
    }

    private function page(string $token): OptOutPage
    {
        return new OptOutPage(new FakeRequest(['t' => $token]), new FakeStoreManager([1]), new OptOutRequest($this->config),
            $this->optOuts, $this->clock);
    }

    private function render(OptOutPage $viewModel): string
    {
        $block = new class(['view_model' => $viewModel]) extends \Magento\Framework\DataObject {
            /** As Magento with store codes in URLs: a second query parameter, so an unescaped "&" shows. */
            public function getUrl($route = '', $params = [])
            {
                return 'https://shop.test/' . $route . '?' . http_build_query(['___store' => 'default'] + ($params['_query'] ?? []));
            }

            public function getBlockHtml($name)
            {
                return $name === 'formkey' ? '<input name="form_key" type="hidden" value="' . OptOutTest::FORM_KEY . '"/>' : '';
            }
        };
        $escaper = new Escaper();
        ob_start();
        include dirname(__DIR__, 2) . '/view/frontend/templates/optout.phtml';
        return (string) ob_get_clean();
    }

    public function testPageAsksThenSaysDone(): void
    {
        $token = self::token($this->link());
        $html = $this->render($this->page($token));
        $doc = new \DOMDocument();
        self::assertTrue($doc->loadXML($html), 'well-formed');
        $form = (new \DOMXPath($doc))->query('//form[@method="post"]')->item(0);
        self::assertNotNull($form, 'a POST form, not a link');
        self::assertSame('https://shop.test/shopcx/optout?___store=default&t=' . urlencode($token), $form->getAttribute('action'));
        self::assertSame(1, (new \DOMXPath($doc))->query('//form/input[@name="form_key"]')->length);
        self::assertSame([], $this->optOuts->rows, 'rendering the page opts nobody out');
        $this->request(['t' => $token, 'form_key' => self::FORM_KEY]);
        $done = $this->render($this->page($token));
        self::assertStringContainsString('You will get no more of these e-mails from this shop.', $done);
        self::assertStringNotContainsString('<form', $done);
    }

    public function testPageEscapesAHostileToken(): void
    {
        $html = $this->render($this->page('"><script>alert(1)</script>'));
        self::assertStringNotContainsString('<script', $html);
        self::assertStringContainsString('This link is not valid or has expired.', $html);
    }

    public function testCartReminderCarriesTheLinkAndTheOneClickHeaders(): void
    {
        $transport = new RecordingTransport(new SymfonyBackedMessage());
        $builder = new RecordingTransportBuilder($transport);
        (new EmailReminderSender($builder, $this->config, new OptOutLink($this->config, new QueryUrl()), $this->clock,
            CartReminderMailTest::content($this->config)))
            ->send(['id' => 10, 'email' => self::EMAIL], 1, 'https://shop.test/recover', 1);
        self::assertSame(1, $transport->sent);
        $url = $builder->set['vars']['optout_url'];
        self::assertSame(OptOutLink::hash(self::EMAIL), $this->config->tokens(1)->verify(self::token($url), 'optout', $this->clock->now)['a']);
        self::assertSame(['List-Unsubscribe' => '<' . $url . '>', 'List-Unsubscribe-Post' => 'List-Unsubscribe=One-Click'],
            $transport->message->headers->added);
    }

    /**
     * Magento 2.4.4 to 2.4.7 (laminas-mail): the headers go into the message's Laminas\Mail\Message;
     * Magento\Email\Model\Transport::sendMessage() then sets UTF-8 on every header and sends through
     * getTransport(), which the module's plugin wraps so the headers are written in ASCII.
     */
    public function testLaminasMagentoCartReminderSendsTheOneClickHeadersInAscii(): void
    {
        $message = new EmailMessage('utf-8');
        $transport = new RecordingTransport($message);
        $builder = new RecordingTransportBuilder($transport);
        (new EmailReminderSender($builder, $this->config, new OptOutLink($this->config, new QueryUrl()), $this->clock,
            CartReminderMailTest::content($this->config)))
            ->send(['id' => 10, 'email' => self::EMAIL], 1, 'https://shop.test/recover', 1);
        self::assertSame(1, $transport->sent);
        $url = $builder->set['vars']['optout_url'];
        self::assertSame("List-Unsubscribe: <$url>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", $message->headerLines());

        $sent = self::asMagentoTransportSendsIt($message, true);
        self::assertSame("List-Unsubscribe: <$url>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", $sent);
        self::assertSame(OptOutLink::hash(self::EMAIL), $this->config->tokens(1)->verify(self::token($url), 'optout', $this->clock->now)['a']);
    }

    /** The defect the plugin is for: Magento 2.4.6-p1 and 2.4.7-p7 wrote them as RFC 2047 encoded words. */
    public function testWithoutThePluginLaminasWritesEncodedWords(): void
    {
        $message = new EmailMessage('utf-8');
        self::assertTrue((new OptOutLink($this->config, new QueryUrl()))->addHeaders(new RecordingTransport($message), 'https://shop.test/shopcx/optout?t=x'));
        $sent = self::asMagentoTransportSendsIt($message, false);
        self::assertStringContainsString('List-Unsubscribe: =?UTF-8?Q?<https://shop.test/shopcx/optout=3Ft=3Dx>?=', $sent);
    }

    public function testThePluginWrapsOnlyALaminasTransportAndOnlyOnce(): void
    {
        $subject = (new \ReflectionClass(Transport::class))->newInstanceWithoutConstructor();
        $other = new \stdClass();
        self::assertSame($other, (new TransportPlugin())->afterGetTransport($subject, $other));
        $wrapped = (new TransportPlugin())->afterGetTransport($subject, new RecordingLaminasTransport());
        self::assertInstanceOf(ListHeadersInAscii::class, $wrapped);
        self::assertSame($wrapped, (new TransportPlugin())->afterGetTransport($subject, $wrapped));
    }

    /** A URL that is not printable ASCII (an IDN shop address not in punycode) stays an encoded word. */
    public function testANonAsciiValueStaysEncoded(): void
    {
        $message = new EmailMessage('utf-8');
        (new OptOutLink($this->config, new QueryUrl()))->addHeaders(new RecordingTransport($message), 'https://wínkel.test/shopcx/optout?t=x');
        self::assertStringContainsString('List-Unsubscribe: =?UTF-8?Q?', self::asMagentoTransportSendsIt($message, true));
    }

    /** The header lines Magento\Email\Model\Transport::sendMessage() hands to the laminas transport. */
    private static function asMagentoTransportSendsIt(EmailMessage $message, bool $withPlugin): string
    {
        $laminas = (fn () => $this->zendMessage)->call($message);
        $laminas->setEncoding('utf-8');
        $sendmail = new RecordingLaminasTransport();
        $subject = (new \ReflectionClass(Transport::class))->newInstanceWithoutConstructor();
        ($withPlugin ? (new TransportPlugin())->afterGetTransport($subject, $sendmail) : $sendmail)->send($laminas);
        self::assertCount(1, $sendmail->sent);
        return $sendmail->sent[0];
    }

    /** A message of neither kind (another mail module's): no headers, the link in the body still works. */
    public function testAMessageOfNeitherKindStillSendsWithTheLinkInTheBody(): void
    {
        $transport = new RecordingTransport(new PlainMessage());
        $builder = new RecordingTransportBuilder($transport);
        (new EmailReminderSender($builder, $this->config, new OptOutLink($this->config, new QueryUrl()), $this->clock,
            CartReminderMailTest::content($this->config)))
            ->send(['id' => 10, 'email' => self::EMAIL], 1, 'https://shop.test/recover', 1);
        self::assertSame(1, $transport->sent);
        self::assertStringStartsWith('https://shop.test/shopcx/optout?t=', $builder->set['vars']['optout_url']);
    }

    public function testSurveyMailCarriesTheLinkAndTheOneClickHeaders(): void
    {
        $transport = new RecordingTransport(new SymfonyBackedMessage());
        $builder = new RecordingTransportBuilder($transport);
        $orders = new class implements \Magento\Sales\Api\OrderRepositoryInterface {
            public function getList(\Magento\Framework\Api\SearchCriteriaInterface $searchCriteria)
            {
                throw new \LogicException('a survey needs no order lookup');
            }
        };
        (new EmailSender($this->config, $orders, new \Magento\Framework\Api\SearchCriteriaBuilder(), $builder, new QueryUrl(),
            $this->clock, new OptOutLink($this->config, new QueryUrl())))
            ->send(['id' => 1, 'email' => self::EMAIL, 'kind' => 'survey', 'reference' => '000000042', 'store_id' => 1, 'due_at' => 0]);
        self::assertSame('shopcx_survey_template', $builder->set['template']);
        $url = $builder->set['vars']['optout_url'];
        self::assertSame('<' . $url . '>', $transport->message->headers->added['List-Unsubscribe']);
        self::assertSame('List-Unsubscribe=One-Click', $transport->message->headers->added['List-Unsubscribe-Post']);
        // The link works: the one-click POST opts the address out.
        self::assertSame(200, $this->request(['t' => self::token($url), 'List-Unsubscribe' => 'One-Click'])->code());
        self::assertTrue($this->optedOut());
    }

    public function testReviewInvitationCarriesTheLinkAndTheOneClickHeaders(): void
    {
        $transport = new RecordingTransport(new SymfonyBackedMessage());
        $builder = new RecordingTransportBuilder($transport);
        $criteria = new class extends \Magento\Framework\Api\SearchCriteriaBuilder {
            public array $filters = [];

            public function addFilter($field, $value, $conditionType = 'eq')
            {
                $this->filters[$field] = $value;
                return $this;
            }

            public function create()
            {
                return new class($this->filters) implements \Magento\Framework\Api\SearchCriteriaInterface {
                    public function __construct(public array $filters)
                    {
                    }
                };
            }
        };
        $orders = new class implements \Magento\Sales\Api\OrderRepositoryInterface {
            public function getList(\Magento\Framework\Api\SearchCriteriaInterface $searchCriteria)
            {
                $item = new class extends \Magento\Sales\Model\Order\Item {
                    public function getSku()
                    {
                        return 'TEE-M';
                    }

                    public function getName()
                    {
                        return 'T-shirt';
                    }
                };
                $order = new class([$item]) extends \Magento\Sales\Model\Order {
                    public function __construct(private array $items)
                    {
                    }

                    public function getAllVisibleItems()
                    {
                        return $this->items;
                    }
                };
                return new class($searchCriteria->filters === ['increment_id' => '000000042'] ? [$order] : [])
                    implements \Magento\Sales\Api\Data\OrderSearchResultInterface {
                    public function __construct(private array $items)
                    {
                    }

                    public function getItems()
                    {
                        return $this->items;
                    }
                };
            }
        };
        (new EmailSender($this->config, $orders, $criteria, $builder, new QueryUrl(), $this->clock, new OptOutLink($this->config, new QueryUrl())))
            ->send(['id' => 1, 'email' => self::EMAIL, 'kind' => 'review', 'reference' => '000000042', 'store_id' => 1, 'due_at' => 0]);
        self::assertSame('shopcx_review_invitation_template', $builder->set['template']);
        self::assertSame('T-shirt', $builder->set['vars']['links'][0]['name']);
        $url = $builder->set['vars']['optout_url'];
        self::assertSame(['List-Unsubscribe' => '<' . $url . '>', 'List-Unsubscribe-Post' => 'List-Unsubscribe=One-Click'],
            $transport->message->headers->added);
        self::assertSame(1, $transport->sent);
    }

    public function testEveryOutreachTemplateHasTheOptOutLink(): void
    {
        foreach (['cart_reminder', 'review_invitation', 'survey'] as $template) {
            $html = file_get_contents(dirname(__DIR__, 2) . "/view/frontend/email/$template.html");
            self::assertMatchesRegularExpression('/<a href="{{var optout_url(\\|escape)?}}">/', $html, $template);
            self::assertStringContainsString('"var optout_url"', $html, "$template declares the variable");
        }
    }
}
