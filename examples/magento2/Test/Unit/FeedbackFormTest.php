<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\ViewModel\SurveyForm;

/**
 * Seen on Magento 2.4.7-p7: the review and survey forms were plain HTML forms posting to endpoints that
 * answer JSON, with no script of their own, so a customer who pressed "Send review" got a page showing
 * {"decision":"approve","message":"Thank you for your review.",...}. Both forms now start
 * view/frontend/web/js/feedback-form.js, which posts in the background and shows the answer's message.
 */
final class FeedbackFormTest extends TestCase
{
    private static function render(string $template, array $data): \DOMXPath
    {
        $block = new DataObject($data + ['request' => new FakeRequest(['t' => 'v1.k1.token']), 'block_html' => '<input name="form_key" type="hidden" value="fk"/>',
            'url' => 'https://shop.test/shopcx/submit/']);
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . "/view/frontend/templates/$template.phtml";
        } finally {
            $html = (string) ob_get_clean();
        }
        $doc = new \DOMDocument();
        self::assertTrue(@$doc->loadHTML('<?xml encoding="utf-8"?>' . $html));
        return new \DOMXPath($doc);
    }

    public static function forms(): array
    {
        return [
            'review' => ['review-form', []],
            'survey' => ['survey-form', ['view_model' => new SurveyForm(new Config(new FakeScopeConfig()), new FakeStoreManager())]],
        ];
    }

    /** @dataProvider forms */
    public function testTheFormStartsTheScriptThatShowsTheAnswer(string $template, array $data): void
    {
        $xpath = self::render($template, $data);
        $form = $xpath->query('//form')->item(0);
        self::assertNotNull($form);
        $init = json_decode($form->getAttribute('data-mage-init'), true, 8, JSON_THROW_ON_ERROR);
        self::assertSame(['sent' => 'Thank you.', 'failed' => 'Your answer could not be sent. Please try again.'],
            $init['ShopCx_CustomerService/js/feedback-form']);
        // Where the answer is shown: announced to screen readers, kept when the fields are removed.
        $status = $xpath->query('//form/p[@class="shopcx-feedback__status"]')->item(0);
        self::assertNotNull($status);
        self::assertSame('polite', $status->getAttribute('aria-live'));
        // Without script the form still posts, with its form key and token.
        self::assertSame('post', $form->getAttribute('method'));
        self::assertSame(1, $xpath->query('//form/input[@name="form_key"]')->length);
        self::assertSame('v1.k1.token', $xpath->query('//form/input[@name="token"]')->item(0)->getAttribute('value'));
    }

    public function testTheScriptPostsInTheBackgroundAndShowsMessageOrErrorAsText(): void
    {
        $js = (string) file_get_contents(dirname(__DIR__, 2) . '/view/frontend/web/js/feedback-form.js');
        self::assertStringContainsString("define(['jquery']", $js);
        self::assertStringContainsString('event.preventDefault()', $js);
        self::assertStringContainsString("dataType: 'json'", $js);
        // The endpoints' keys: "message" on success, "error" on 400/403/409/503.
        self::assertStringContainsString('status.text(r.message || config.sent)', $js);
        self::assertStringContainsString('status.text(r.error || config.failed)', $js);
        self::assertStringNotContainsString('.html(', $js);
    }
}
