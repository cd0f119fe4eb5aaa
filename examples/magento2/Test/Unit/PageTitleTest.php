<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller;

/** The FAQ, review and survey pages had an empty <title>: each controller sets a translatable one. */
final class PageTitleTest extends TestCase
{
    public static function pages(): array
    {
        return [
            'faq' => [Controller\Faq\Index::class, 'Frequently asked questions'],
            'review' => [Controller\Review\Index::class, 'Write a review'],
            'survey' => [Controller\Survey\Index::class, 'Customer survey'],
        ];
    }

    /** @dataProvider pages */
    public function testPageHasATitle(string $controller, string $title): void
    {
        $page = (new $controller(new FakePageFactory()))->execute();
        self::assertInstanceOf(FakePage::class, $page);
        self::assertSame($title, $page->getConfig()->getTitle()->title);
    }

    /** @dataProvider pages */
    public function testTitleIsTranslated(string $controller, string $title): void
    {
        foreach (['nl_NL', 'de_DE', 'fr_FR'] as $locale) {
            $rows = array_map('str_getcsv', file(dirname(__DIR__, 2) . "/i18n/$locale.csv", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
            $translations = array_column($rows, 1, 0);
            self::assertArrayHasKey($title, $translations, $locale);
            self::assertNotSame($title, $translations[$title], "$locale translates it");
        }
    }
}
