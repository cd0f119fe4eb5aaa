<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use PHPUnit\Framework\TestCase;

/** Well-formed XML, valid PHP, consistent ACL/schema/i18n files. */
final class StaticTest extends TestCase
{
    private static function root(): string
    {
        return dirname(__DIR__, 2);
    }

    private static function files(string $ext): array
    {
        $out = [];
        $it = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(self::root(), \FilesystemIterator::SKIP_DOTS));
        foreach ($it as $f) {
            if ($f->getExtension() === $ext) {
                $out[substr($f->getPathname(), strlen(self::root()) + 1)] = [$f->getPathname()];
            }
        }
        ksort($out);
        return $out;
    }

    public static function xmlFiles(): array
    {
        return self::files('xml');
    }

    public static function phpFiles(): array
    {
        return self::files('php') + self::files('phtml');
    }

    /** @dataProvider xmlFiles */
    public function testXmlIsWellFormed(string $path): void
    {
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $ok = $doc->load($path);
        $errors = array_map(fn($e) => trim($e->message), libxml_get_errors());
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        self::assertTrue($ok, implode('; ', $errors));
    }

    /** @dataProvider phpFiles */
    public function testPhpLints(string $path): void
    {
        exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($path) . ' 2>&1', $out, $rc);
        self::assertSame(0, $rc, implode("\n", $out));
    }

    public function testDbSchemaWhitelistMatchesSchema(): void
    {
        $schema = simplexml_load_file(self::root() . '/etc/db_schema.xml');
        $white = json_decode(file_get_contents(self::root() . '/etc/db_schema_whitelist.json'), true, 8, JSON_THROW_ON_ERROR);
        foreach ($schema->table as $t) {
            $name = (string) $t['name'];
            $cols = array_map(fn($c) => (string) $c['name'], iterator_to_array($t->column, false));
            self::assertSame($cols, array_keys($white[$name]['column']), $name);
        }
        self::assertSame(['shopcx_cart_activity', 'shopcx_outreach_log', 'shopcx_report', 'shopcx_webhook_outbox'], array_keys($white));
    }

    public function testAclResourcesUsedAreDeclared(): void
    {
        $acl = file_get_contents(self::root() . '/etc/acl.xml');
        $system = simplexml_load_file(self::root() . '/etc/adminhtml/system.xml');
        self::assertStringContainsString('id="' . (string) $system->system->section->resource . '"', $acl);
        $menu = simplexml_load_file(self::root() . '/etc/adminhtml/menu.xml');
        self::assertStringContainsString('id="' . (string) $menu->menu->add['resource'] . '"', $acl);
    }

    public function testEveryConfigDefaultHasAnAdminField(): void
    {
        $system = simplexml_load_file(self::root() . '/etc/adminhtml/system.xml');
        $fields = [];
        foreach ($system->system->section->group as $g) {
            foreach ($g->field as $f) {
                $fields[] = $g['id'] . '/' . $f['id'];
            }
        }
        $defaults = array_map(fn($p) => substr($p, strlen('shopcx/')),
            array_filter(array_keys((new FakeScopeConfig())->defaults), fn($p) => str_starts_with($p, 'shopcx/')));
        self::assertSame([], array_values(array_diff($defaults, $fields)));
    }

    public function testTranslationsCoverTheSameStrings(): void
    {
        $keys = [];
        foreach (['en_US', 'nl_NL', 'de_DE', 'fr_FR'] as $locale) {
            $rows = array_map('str_getcsv', file(self::root() . "/i18n/$locale.csv", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
            foreach ($rows as $row) {
                self::assertCount(2, $row, $locale);
            }
            $keys[$locale] = array_column($rows, 0);
        }
        self::assertSame($keys['en_US'], $keys['nl_NL']);
        self::assertSame($keys['en_US'], $keys['de_DE']);
        self::assertSame($keys['en_US'], $keys['fr_FR']);
    }

    public function testRegistrationRegistersTheModule(): void
    {
        require self::root() . '/registration.php';
        self::assertSame(self::root(), \Magento\Framework\Component\ComponentRegistrar::$paths['module']['ShopCx_CustomerService']);
    }
}
