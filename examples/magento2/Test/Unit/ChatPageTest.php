<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\App\Request\Http;
use Magento\Framework\DataObject;
use Magento\Framework\Escaper;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Model\Chat\PageType;
use ShopCx\CustomerService\ViewModel\ChatPage;

/**
 * The chat script classified pages by body class and knew only checkout-index-index and
 * catalog-product-view: the cart (checkout_cart_index), so "a minute on the cart page", was "other".
 * The page type now comes from the request's full action name, rendered into the script's config.
 */
final class ChatPageTest extends TestCase
{
    public static function actions(): array
    {
        return [
            'cart' => ['checkout', 'cart', 'index', 'cart'],
            'checkout' => ['checkout', 'index', 'index', 'checkout'],
            'product' => ['catalog', 'product', 'view', 'product'],
            'category' => ['catalog', 'category', 'view', 'category'],
            'search' => ['catalogsearch', 'result', 'index', 'search'],
            'home' => ['cms', 'index', 'index', 'home'],
            'cms page' => ['cms', 'page', 'view', 'content'],
            'contact' => ['contact', 'index', 'index', 'content'],
            'faq' => ['shopcx', 'faq', 'index', 'faq'],
            'account' => ['customer', 'account', 'index', 'account'],
            'orders' => ['sales', 'order', 'history', 'account'],
            'cart add (not a page)' => ['checkout', 'cart', 'add', 'other'],
            'unknown' => ['vendor', 'thing', 'index', 'other'],
        ];
    }

    /** @dataProvider actions */
    public function testPageTypeFromTheFullActionName(string $route, string $controller, string $action, string $type): void
    {
        $request = (new Http())->setRouteName($route)->setControllerName($controller)->setActionName($action);
        self::assertSame($type, (new ChatPage($request))->pageType());
        self::assertContains($type, PageType::TYPES);
    }

    public function testAProductPageNamesItsProductOthersDoNot(): void
    {
        $product = (new Http(['id' => '42']))->setRouteName('catalog')->setControllerName('product')->setActionName('view');
        self::assertSame(['url' => 'u', 'pageType' => 'product', 'productId' => 42], (new ChatPage($product))->scriptConfig('u'));
        $category = (new Http(['id' => '42']))->setRouteName('catalog')->setControllerName('category')->setActionName('view');
        self::assertNull((new ChatPage($category))->productId());
    }

    public function testTheCartPageTellsTheScriptItIsTheCart(): void
    {
        $request = (new Http())->setRouteName('checkout')->setControllerName('cart')->setActionName('index');
        $block = new DataObject(['view_model' => new ChatPage($request), 'url' => 'https://shop.test/shopcx/chat/invite/']);
        $escaper = new Escaper();
        ob_start();
        try {
            include dirname(__DIR__, 2) . '/view/frontend/templates/chat-invitation.phtml';
        } finally {
            $html = (string) ob_get_clean();
        }
        $doc = new \DOMDocument();
        self::assertTrue(@$doc->loadHTML('<?xml encoding="utf-8"?>' . $html));
        $box = (new \DOMXPath($doc))->query('//div[@class="shopcx-chat"]')->item(0);
        $init = json_decode($box->getAttribute('data-mage-init'), true, 8, JSON_THROW_ON_ERROR);
        self::assertSame(['url' => 'https://shop.test/shopcx/chat/invite/', 'acceptUrl' => 'https://shop.test/shopcx/chat/invite/', 'pageType' => 'cart'],
            $init['ShopCx_CustomerService/js/chat'], 'the block double answers one URL for every route');
        // The script takes it from there and no longer guesses from body classes.
        $js = (string) file_get_contents(dirname(__DIR__, 2) . '/view/frontend/web/js/chat.js');
        self::assertStringContainsString('config.pageType', $js);
        self::assertStringNotContainsString("hasClass('checkout-index-index')", $js);
        // It asks again when the server says a rule can next become true, not at a fixed 8 s / 15 s.
        self::assertStringContainsString('r.askAgainIn', $js);
        self::assertStringNotContainsString('15000', $js);
    }
}
