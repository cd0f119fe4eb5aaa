<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Catalog\Model\Product;
use Magento\Framework\Escaper;
use Magento\Framework\Exception\NoSuchEntityException;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\Cart\EmailReminderSender;
use ShopCx\CustomerService\Model\Cart\ReminderContent;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Outreach\OptOutLink;

/**
 * Issue 21's cart reminder: the quote's items (picture, name, quantity, price), the store view's help
 * offers, the recovery and opt-out links, HTML or plain text. The variables are what the module hands
 * to Magento's transport builder; the templates are rendered by render() below, which follows Magento
 * 2.4.7's template filter for the directives they use (see its comment).
 */
final class CartReminderMailTest extends TestCase
{
    private const EMAIL = 'ann@example.nl';

    private FakeScopeConfig $scope;
    private Config $config;
    private FakeQuotes $quotes;
    private FakeImageHelper $images;
    private FakePriceCurrency $prices;
    private RecordingEmulation $emulation;
    private MemoryLogger $logger;
    private RecordingTransportBuilder $builder;
    private RecordingTransport $transport;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
        $this->config = new Config($this->scope);
        $this->quotes = new FakeQuotes();
        $this->images = new FakeImageHelper();
        $this->prices = new FakePriceCurrency();
        $this->emulation = new RecordingEmulation();
        $this->logger = new MemoryLogger();
        $this->transport = new RecordingTransport(new SymfonyBackedMessage());
        $this->builder = new RecordingTransportBuilder($this->transport);
    }

    /** A ReminderContent over the given doubles; OptOutTest uses one whose quotes are all gone. */
    public static function content(Config $config, ?FakeQuotes $quotes = null, ?FakeImageHelper $images = null,
        ?FakePriceCurrency $prices = null, ?RecordingEmulation $emulation = null, ?MemoryLogger $logger = null): ReminderContent
    {
        return new ReminderContent($quotes ?? new FakeQuotes(), $images ?? new FakeImageHelper(), $prices ?? new FakePriceCurrency(),
            $emulation ?? new RecordingEmulation(), new Escaper(), $config, $logger ?? new MemoryLogger());
    }

    private static function item(int $id, string $name, float $price, float $qty = 1, ?string $image = '/b/l/blue.jpg',
        mixed $product = null): FakeQuoteItem
    {
        return new FakeQuoteItem(['name' => $name, 'qty' => $qty, 'price' => 99.0, 'calculation_price' => round($price / 1.21, 4), 'price_incl_tax' => $price],
            $product ?? new Product(['id' => $id, 'name' => $name, 'small_image' => $image]));
    }

    /** @return array<string, mixed> the variables given to the transport builder */
    private function send(array $items, int $store = 1, string $currency = 'EUR'): array
    {
        $this->quotes->quotes[10] = new FakeQuote($items);
        $sent = $this->transport->sent;
        (new EmailReminderSender($this->builder, $this->config, new OptOutLink($this->config, new QueryUrl()), new FixedClock(ConfigTest::MONDAY_14H_AMS),
            self::content($this->config, $this->quotes, $this->images, $this->prices, $this->emulation, $this->logger)))
            ->send(['id' => 10, 'email' => self::EMAIL, 'currency' => $currency], 2, 'https://shop.test/shopcx/cart/recover?t=abc', $store);
        self::assertSame($sent + 1, $this->transport->sent);
        return $this->builder->set['vars'];
    }

    private static function templateFile(string $id): string
    {
        foreach (simplexml_load_file(dirname(__DIR__, 2) . '/etc/email_templates.xml')->template as $t) {
            if ((string) $t['id'] === $id) {
                return dirname(__DIR__, 2) . '/view/frontend/email/' . $t['file'];
            }
        }
        self::fail("no template $id");
    }

    /**
     * The subject and body as Magento 2.4.7's e-mail template filter makes them, for the directives the
     * two templates use: {{for x in list}} writes each {{var x.field}} of its body as it is (ForDirective:
     * no escaping, no other directive inside); {{depend v}} keeps its body when v is not empty; {{var v}}
     * writes the value as it is and {{var v|escape}} HTML-escapes it (VarDirective applies only the
     * modifiers given); {{trans "text" k=$v}} translates, puts in %k and HTML-escapes the result unless
     * |raw is given (Email\Model\Template\Filter::transDirective, 'escape' by default); {{template ...}}
     * (header and footer) is left out. $translations: a locale's CSV rows (text => translation).
     *
     * @return array{0: string, 1: string}
     */
    public static function render(string $file, array $vars, array $translations = []): array
    {
        $text = (string) file_get_contents($file);
        preg_match('/<!--@subject\s*(.*?)\s*@-->/s', $text, $m);
        $subject = $m[1] ?? '';
        $text = (string) preg_replace('/<!--@.*?@-->\n?/s', '', $text);
        $text = (string) preg_replace('/{{template [^}]*}}/', '', $text);
        $text = (string) preg_replace_callback('/{{for(?P<item>.*? )(in)(?P<data>.*?)}}(?P<body>.*?){{\/for}}/si', function (array $m) use ($vars) {
            $out = '';
            foreach ((array) ($vars[trim($m['data'])] ?? []) as $row) {
                $name = trim($m['item']);
                $out .= preg_replace_callback('/{{([a-z]{0,10})(.*?)}}/si', function (array $d) use ($row, $name) {
                    [$var, $field] = array_pad(explode('.', trim($d[2]), 2), 2, '');
                    return $var === $name ? (string) ($row[$field] ?? '') : '';
                }, $m['body']);
            }
            return $out;
        }, $text);
        $text = (string) preg_replace_callback('/{{depend\s*(.*?)}}(.*?){{\/depend\s*}}/si',
            fn(array $m) => empty($vars[trim($m[1])]) ? '' : $m[2], $text);
        $filter = function (string $s) use ($vars, $translations): string {
            $s = (string) preg_replace_callback('/{{trans\s+"([^"]*)"([^|}]*)((?:\|[a-z]+)*)}}/', function (array $m) use ($vars, $translations) {
                $out = $translations[$m[1]] ?? $m[1];
                preg_match_all('/(\w+)=\$(\w+)/', $m[2], $params, PREG_SET_ORDER);
                foreach ($params as [, $key, $var]) {
                    $out = str_replace('%' . $key, (string) ($vars[$var] ?? ''), $out);
                }
                return str_contains($m[3], '|raw') ? $out : htmlspecialchars($out, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', false);
            }, $s);
            return (string) preg_replace_callback('/{{var\s+([a-z0-9_.]+)\s*((?:\|[a-z]+)*)}}/i', function (array $m) use ($vars) {
                $value = (string) ($vars[$m[1]] ?? '');
                return str_contains($m[2], '|escape') ? htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', false) : $value;
            }, $s);
        };
        return [$filter($subject), $filter($text)];
    }

    private static function translations(string $locale): array
    {
        $rows = array_map('str_getcsv', file(dirname(__DIR__, 2) . "/i18n/$locale.csv", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        return array_column($rows, 1, 0);
    }

    public function testTheHtmlMailListsTheItemsWithPictureNamePriceAndQuantity(): void
    {
        $vars = $this->send([self::item(1, 'Blue shirt', 29.95, 2), self::item(2, 'Socks', 4.5, 3, '/s/o/socks.png')]);
        self::assertSame('shopcx_cart_email_template', $this->builder->set['template']);
        self::assertSame(['area' => 'frontend', 'store' => 1], $this->builder->set['options']);
        self::assertSame('https://shop.test/shopcx/cart/recover?t=abc', $vars['recovery_url']);
        self::assertStringStartsWith('https://shop.test/shopcx/optout?t=', $vars['optout_url']);
        self::assertSame(['<' . $vars['optout_url'] . '>', 'List-Unsubscribe=One-Click'], array_values($this->transport->message->headers->added));
        self::assertSame('1', $vars['has_items']);
        self::assertSame('', $vars['more_items']);
        self::assertSame(['name' => 'Blue shirt', 'qty' => '2', 'price' => '€29.95',
            'image' => '<img src="https://shop.test/media/catalog/product/cache/0f1e/b/l/blue.jpg" alt="Blue&#x20;shirt" width="80" style="display:block;max-width:80px;height:auto;border:0"/>'],
            $vars['items'][0]);
        self::assertSame("2 × Blue shirt, €29.95\n3 × Socks, €4.50", $vars['items_text']);
        // The cart page's thumbnail of the theme, prices as the quote's currency in the store view.
        self::assertSame([[1, 'cart_page_product_thumbnail'], [2, 'cart_page_product_thumbnail']], $this->images->inits);
        self::assertSame([[29.95, false, 1, 'EUR'], [4.5, false, 1, 'EUR']], $this->prices->calls);
        // Read in the store view's frontend (theme, locale), and stopped before Magento's template emulates its own.
        self::assertSame(['start 1 frontend force', 'stop'], $this->emulation->calls);

        [$subject, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        self::assertSame('You left something in your cart', $subject);
        $doc = new \DOMDocument();
        self::assertTrue($doc->loadXML('<body>' . $html . '</body>'), 'well-formed: ' . $html);
        $x = new \DOMXPath($doc);
        self::assertSame(2, $x->query('//table[@class="shopcx-cart-items"]/tbody/tr')->length);
        self::assertSame(['https://shop.test/media/catalog/product/cache/0f1e/b/l/blue.jpg', 'https://shop.test/media/catalog/product/cache/0f1e/s/o/socks.png'],
            array_map(fn($n) => $n->getAttribute('src'), iterator_to_array($x->query('//img'))));
        self::assertSame(['', 'Blue shirt', '2', '€29.95'], array_map(fn($n) => trim($n->textContent), iterator_to_array($x->query('//tbody/tr[1]/td'))));
        self::assertSame($vars['recovery_url'], $x->query('//a[.="Back to my cart"]')->item(0)->getAttribute('href'));
        self::assertSame($vars['optout_url'], $x->query('//a[.="Unsubscribe"]')->item(0)->getAttribute('href'));
        // No help offer configured (the defaults are empty): none is mentioned.
        self::assertSame('', $vars['has_offers']);
        self::assertStringNotContainsString('We are happy to help', $html);
        self::assertStringNotContainsString('Free', $html);
    }

    public function testTheHelpOffersOfTheStoreViewAreShownAndEmptyOnesAreNot(): void
    {
        $this->scope->set('shopcx/cart/offer_free_returns_days', '30')
            ->set('shopcx/cart/offer_free_shipping_from', '50')
            ->set('shopcx/cart/offer_chat_hours', 'Mon-Fri 9:00-17:00')
            ->set('shopcx/cart/offer_phone', '020 123 45 67');
        $vars = $this->send([self::item(1, 'Blue shirt', 29.95)]);
        self::assertSame(['30', '€50.00', '', 'Mon-Fri 9:00-17:00', '020 123 45 67', '1'], [$vars['offer_free_returns_days'],
            $vars['offer_free_shipping_from'], $vars['offer_free_shipping_always'], $vars['offer_chat_hours'], $vars['offer_phone'], $vars['has_offers']]);
        [, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        foreach (['We are happy to help', 'Free returns within 30 days', 'Free shipping on orders from €50.00',
            'Questions? Chat with us: Mon-Fri 9:00-17:00', 'Would you rather call? 020 123 45 67'] as $line) {
            self::assertStringContainsString($line, $html);
        }
        self::assertStringNotContainsString('Free shipping on every order', $html);

        // Store view 2 has only free shipping, from 0: on every order. Store view 1's settings do not leak.
        $this->scope->set('shopcx/cart/offer_free_shipping_from', '0', 2);
        $vars = $this->send([self::item(1, 'Blue shirt', 29.95)], 2);
        [, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        self::assertStringContainsString('Free shipping on every order', $html);
        foreach (['Free returns', 'Chat with us', 'call', 'orders from'] as $absent) {
            self::assertStringNotContainsString($absent, $html);
        }
    }

    /** @return array<string, array{string, string}> */
    public static function unusableOffers(): array
    {
        return ['days not a number' => ['offer_free_returns_days', 'thirty'], 'zero days' => ['offer_free_returns_days', '0'],
            'negative amount' => ['offer_free_shipping_from', '-5'], 'amount not a number' => ['offer_free_shipping_from', 'fifty'],
            'only spaces' => ['offer_chat_hours', '   ']];
    }

    /** @dataProvider unusableOffers */
    public function testAnUnusableOfferIsLeftOut(string $field, string $value): void
    {
        $this->scope->set("shopcx/cart/$field", $value);
        $vars = $this->send([self::item(1, 'Blue shirt', 29.95)]);
        self::assertSame('', $vars['has_offers']);
    }

    public function testNamesAndOffersAreEscapedInTheHtmlMail(): void
    {
        $this->scope->set('shopcx/cart/offer_chat_hours', '<b onclick="x()">9-17</b>')
            ->set('shopcx/cart/offer_phone', '"><script>alert(2)</script>');
        $vars = $this->send([self::item(1, '<script>alert(1)</script> Shirt & "Tie"', 10.0, 1, '/x/"onerror="alert(3).jpg')]);
        [, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        self::assertStringNotContainsString('<script', $html);
        self::assertStringNotContainsString('<b ', $html);
        self::assertStringNotContainsString('"onerror', $html);
        self::assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt; Shirt &amp; &quot;Tie&quot;', $html);
        self::assertStringContainsString('Questions? Chat with us: &lt;b onclick=&quot;x()&quot;&gt;9-17&lt;/b&gt;', $html);
        $doc = new \DOMDocument();
        self::assertTrue($doc->loadXML('<body>' . $html . '</body>'), 'still well-formed');
        self::assertSame(1, (new \DOMXPath($doc))->query('//img')->length);
        self::assertSame('<script>alert(1)</script> Shirt & "Tie"', $doc->getElementsByTagName('img')->item(0)->getAttribute('alt'));

        // The plain-text mail is not HTML: the same text as it is, no entities.
        $this->scope->set('shopcx/cart/email_format', 'text');
        $vars = $this->send([self::item(1, 'Shirt & "Tie"', 10.0)]);
        [, $text] = self::render(self::templateFile('shopcx_cart_email_template_text'), $vars);
        self::assertStringContainsString('1 × Shirt & "Tie", €10.00', $text);
        self::assertStringContainsString('Questions? Chat with us: <b onclick="x()">9-17</b>', $text);
    }

    public function testThePlainTextTemplateWhenTheStoreViewChoosesIt(): void
    {
        $this->scope->set('shopcx/cart/email_format', 'text')
            ->set('shopcx/cart/offer_free_returns_days', '14');
        $vars = $this->send([self::item(1, 'Blue shirt', 29.95, 2)]);
        self::assertSame('shopcx_cart_email_template_text', $this->builder->set['template']);
        self::assertSame(['List-Unsubscribe', 'List-Unsubscribe-Post'], array_keys($this->transport->message->headers->added));
        [$subject, $text] = self::render(self::templateFile('shopcx_cart_email_template_text'), $vars);
        self::assertSame('You left something in your cart', $subject);
        self::assertStringNotContainsString('<', $text);
        self::assertStringContainsString("2 × Blue shirt, €29.95\n", $text);
        self::assertStringContainsString('Back to my cart: https://shop.test/shopcx/cart/recover?t=abc', $text);
        self::assertStringContainsString('- Free returns within 14 days', $text);
        self::assertStringContainsString('Unsubscribe: ' . $vars['optout_url'], $text);
        // A template id chosen in the configuration (a copy in Marketing > Email Templates) is used as it is.
        $this->scope->set('shopcx/cart/email_template_text', '7');
        $this->send([self::item(1, 'Blue shirt', 29.95)]);
        self::assertSame('7', $this->builder->set['template']);
        $this->scope->set('shopcx/cart/email_format', 'html')->set('shopcx/cart/email_template', '6');
        $this->send([self::item(1, 'Blue shirt', 29.95)]);
        self::assertSame('6', $this->builder->set['template']);
    }

    public function testAProductDeletedSinceIsLeftOutAndAGoneQuoteSendsTheBareReminder(): void
    {
        $vars = $this->send([
            self::item(1, 'Gone', 10.0, 1, null, new NoSuchEntityException(__('The product that was requested doesn\'t exist.'))),
            self::item(2, 'Also gone', 10.0, 1, null, new Product([])),
            self::item(3, 'Socks', 4.5),
        ]);
        self::assertSame(['Socks'], array_column($vars['items'], 'name'));
        self::assertSame('', $vars['more_items']);

        unset($this->quotes->quotes[10]);
        $this->transport->sent = 0;
        (new EmailReminderSender($this->builder, $this->config, new OptOutLink($this->config, new QueryUrl()), new FixedClock(ConfigTest::MONDAY_14H_AMS),
            self::content($this->config, $this->quotes, logger: $this->logger)))
            ->send(['id' => 99, 'email' => self::EMAIL, 'currency' => 'EUR'], 1, 'https://shop.test/r', 1);
        self::assertSame(1, $this->transport->sent, 'still sent: the link brings back what Magento still has');
        $vars = $this->builder->set['vars'];
        self::assertSame([[], '', ''], [$vars['items'], $vars['has_items'], $vars['items_text']]);
        self::assertSame(['info: ShopCX cart reminder for quote 99: the quote is gone, sent without items'], $this->logger->lines);
        [, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        self::assertStringNotContainsString('<table', $html);
        self::assertStringContainsString('It is still waiting for you.', $html);
        self::assertStringContainsString('href="https://shop.test/r"', $html);
    }

    public function testAnItemWithoutPictureHasNoImageAndNoPlaceholder(): void
    {
        $vars = $this->send([self::item(1, 'Plain', 10.0, 1, null), self::item(2, 'No selection', 10.0, 1, 'no_selection'),
            self::item(3, 'Thumbnail only', 10.0, 1, null, new Product(['id' => 3, 'thumbnail' => '/t/h/thumb.jpg']))]);
        self::assertSame(['', '', '<img'], array_map(fn($i) => substr($i['image'], 0, 4), $vars['items']));
        self::assertSame([[3, 'cart_page_product_thumbnail']], $this->images->inits, 'the helper is not asked for a placeholder');
        [, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        self::assertSame(1, substr_count($html, '<img'));
    }

    public function testAZeroPriceIsFreeAndTheTaxDisplaySettingChoosesThePrice(): void
    {
        $vars = $this->send([self::item(1, 'Gift', 0.0), self::item(2, 'Shirt', 12.1)]);
        self::assertSame(['Free', '€12.10'], array_column($vars['items'], 'price'));
        self::assertSame([[12.1, false, 1, 'EUR']], $this->prices->calls, 'a free item is not formatted');
        // Sales > Tax > Shopping Cart Display Settings > Display Prices: excluding tax (1).
        $this->scope->set('tax/cart_display/price', '1');
        $vars = $this->send([self::item(2, 'Shirt', 12.1)], 1, 'USD');
        self::assertSame('$10.00', $vars['items'][0]['price']);
    }

    public function testAHugeCartShowsFiveItemsAndHowManyMore(): void
    {
        $items = [];
        for ($i = 1; $i <= 17; $i++) {
            $items[] = self::item($i, "Item $i", 1.0 * $i, 1.5);
        }
        $vars = $this->send($items);
        self::assertCount(ReminderContent::MAX_ITEMS, $vars['items']);
        self::assertSame('and 12 more items', $vars['more_items']);
        self::assertCount(5, $this->images->inits, 'pictures only for the items shown');
        self::assertSame('1.5', $vars['items'][0]['qty']);
        self::assertStringEndsWith("\nand 12 more items", $vars['items_text']);
        [, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars);
        self::assertSame(5, substr_count($html, '<img'));
        self::assertStringContainsString('<p>and 12 more items</p>', $html);

        $vars = $this->send(array_slice($items, 0, 6));
        self::assertSame('and 1 more item', $vars['more_items']);
    }

    public function testTheEmulationIsStoppedWhenReadingTheQuoteFails(): void
    {
        $quotes = new class extends FakeQuotesBase {
            public function get($cartId)
            {
                throw new \RuntimeException('database gone');
            }
        };
        $emulation = new RecordingEmulation();
        try {
            (new ReminderContent($quotes, new FakeImageHelper(), new FakePriceCurrency(), $emulation, new Escaper(), $this->config, new MemoryLogger()))
                ->variables(['id' => 1], 1);
            self::fail('no exception');
        } catch (\RuntimeException $e) {
            self::assertSame('database gone', $e->getMessage());
        }
        self::assertSame(['start 1 frontend force', 'stop'], $emulation->calls);
    }

    /** A refused address is logged and not recorded; the carts after it still get their reminder. */
    public function testTheCronGoesOnWhenTheMailServerRefusesOneAddress(): void
    {
        $this->scope->set('shopcx/cart/enabled', '1');
        $carts = new MemoryCarts();
        $now = ConfigTest::MONDAY_14H_AMS;
        foreach ([10 => 'bad@example.nl', 11 => 'ann@example.nl'] as $id => $email) {
            $carts->upsert(['quote_id' => $id, 'store_id' => 1, 'customer_id' => null, 'email' => $email, 'items' => 1, 'value' => '40',
                'currency' => 'EUR', 'status' => 'open', 'consent' => true, 'updated_at' => $now - 2 * 3600]);
        }
        $sender = new RefusingSender();
        $cron = new \ShopCx\CustomerService\Cron\SendCartReminders($this->config, new FakeStoreManager([1]), $carts, new MemoryOutreachLog(),
            $sender, new QueryUrl(), new FixedClock($now), $this->logger, new MemoryOptOuts());
        self::assertSame(1, $cron->execute());
        self::assertSame([11], $sender->sent);
        self::assertSame(['warning: ShopCX cart reminder for cart 10 (store 1) not sent: Unable to send mail: Invalid address'], $this->logger->lines);
        self::assertSame('[]', $carts->rows[10]['reminders'], 'not recorded: tried again on the next run');
    }

    /** "No English text in a Dutch mail": every phrase of both templates has its nl, de and fr row. */
    public function testTheMailIsInTheStoreViewsLanguage(): void
    {
        $this->scope->set('shopcx/cart/offer_free_returns_days', '30')->set('shopcx/cart/offer_free_shipping_from', '50')
            ->set('shopcx/cart/offer_chat_hours', 'ma-vr 9:00-17:00')->set('shopcx/cart/offer_phone', '020 123 45 67');
        $vars = $this->send([self::item(1, 'Blauw overhemd', 29.95, 2)]);
        $english = self::translations('en_US');
        foreach (['nl_NL', 'de_DE', 'fr_FR'] as $locale) {
            $rows = self::translations($locale);
            foreach (['shopcx_cart_email_template', 'shopcx_cart_email_template_text'] as $id) {
                preg_match_all('/{{trans "([^"]*)"/', (string) file_get_contents(self::templateFile($id)), $m);
                foreach (array_unique($m[1]) as $phrase) {
                    self::assertArrayHasKey($phrase, $rows, "$locale: $phrase");
                    self::assertNotSame($phrase, $rows[$phrase], "$locale translates: $phrase");
                    preg_match_all('/%\w+/', $phrase, $placeholders);
                    foreach ($placeholders[0] as $p) {
                        self::assertStringContainsString($p, $rows[$phrase], "$locale keeps $p in: $phrase");
                    }
                }
            }
            foreach (['and 1 more item', 'and %1 more items', 'Free'] as $phrase) {
                self::assertNotSame($phrase, $rows[$phrase] ?? $phrase, "$locale translates: $phrase");
            }
        }
        [$subject, $html] = self::render(self::templateFile('shopcx_cart_email_template'), $vars, self::translations('nl_NL'));
        self::assertSame('Je hebt nog iets in je winkelwagen', $subject);
        self::assertStringContainsString('Gratis retourneren binnen 30 dagen', $html);
        foreach ($english as $key => $text) {
            if (strlen($key) > 8) {
                self::assertStringNotContainsString($key, $html, 'English left in the Dutch mail');
            }
        }
    }

    public function testTemplatesAreDeclaredAndTheNewFieldsAreStoreViewSettingsWithLabelsInEveryLanguage(): void
    {
        $root = dirname(__DIR__, 2);
        $types = [];
        foreach (simplexml_load_file("$root/etc/email_templates.xml")->template as $t) {
            $types[(string) $t['id']] = [(string) $t['type'], (string) $t['area'], is_file("$root/view/frontend/email/" . $t['file'])];
        }
        self::assertSame(['html', 'frontend', true], $types['shopcx_cart_email_template']);
        self::assertSame(['text', 'frontend', true], $types['shopcx_cart_email_template_text']);
        // The variables the admin's "Insert Variable" offers: valid JSON (Magento json_decodes the @vars block).
        foreach (['shopcx_cart_email_template', 'shopcx_cart_email_template_text'] as $id) {
            preg_match('/<!--@vars\s*(.*?)\s*@-->/s', (string) file_get_contents(self::templateFile($id)), $m);
            $declared = json_decode($m[1] ?? '', true);
            self::assertIsArray($declared, "$id: @vars is JSON");
            self::assertArrayHasKey('var recovery_url', $declared, $id);
            self::assertArrayHasKey('var optout_url', $declared, $id);
            self::assertArrayHasKey('var offer_phone', $declared, $id);
        }
        $group = simplexml_load_file("$root/etc/adminhtml/system.xml")->xpath('//section[@id="shopcx"]/group[@id="cart"]')[0];
        $texts = [];
        foreach (['email_template', 'email_format', 'email_template_text', 'offer_free_returns_days', 'offer_free_shipping_from',
            'offer_chat_hours', 'offer_phone'] as $id) {
            $field = $group->xpath("field[@id='$id']")[0] ?? null;
            self::assertNotNull($field, $id);
            self::assertSame(['1', '1', '1'], [(string) $field['showInDefault'], (string) $field['showInWebsite'], (string) $field['showInStore']], $id);
            $texts[] = (string) $field->label;
            if (isset($field->comment)) {
                $texts[] = (string) $field->comment;
            }
        }
        foreach (['HTML (with pictures)', 'Plain text'] as $option) {
            $texts[] = $option;
        }
        self::assertSame('', (new FakeScopeConfig())->defaults['shopcx/cart/offer_phone'], 'empty by default: not shown');
        foreach (['en_US', 'nl_NL', 'de_DE', 'fr_FR'] as $locale) {
            $rows = self::translations($locale);
            foreach ($texts as $text) {
                self::assertArrayHasKey($text, $rows, "$locale: $text");
                if ($locale !== 'en_US') {
                    self::assertNotSame($text, $rows[$text], "$locale translates: $text");
                }
            }
        }
    }
}

/** For a quote repository that fails in get(). */
abstract class FakeQuotesBase implements \Magento\Quote\Api\CartRepositoryInterface
{
}

/** A sender whose mail server refuses one address (MailException, as TransportInterface::sendMessage() throws). */
final class RefusingSender implements \ShopCx\CustomerService\Api\CartReminderSenderInterface
{
    public array $sent = [];

    public function send(array $cart, int $step, string $recoveryUrl, int $storeId): void
    {
        if ($cart['email'] === 'bad@example.nl') {
            throw new \Magento\Framework\Exception\MailException(__('Unable to send mail: Invalid address'));
        }
        $this->sent[] = $cart['id'];
    }
}
