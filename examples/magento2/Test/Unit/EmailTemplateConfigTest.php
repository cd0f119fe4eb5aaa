<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use PHPUnit\Framework\TestCase;

/**
 * Magento\Config\Model\Config\Source\Email\Template derives the default template's id from the
 * field's config path ('/' -> '_') and throws "Email template '...' is not defined" when
 * etc/email_templates.xml has no template of that id: the whole configuration section then stays empty.
 */
final class EmailTemplateConfigTest extends TestCase
{
    private const SOURCE = 'Magento\Config\Model\Config\Source\Email\Template';

    /** @return array<string, array{string}> config path of every field whose source is the e-mail template source */
    public static function templateFields(): array
    {
        $root = dirname(__DIR__, 2);
        $out = [];
        foreach (simplexml_load_file("$root/etc/adminhtml/system.xml")->system->section as $s) {
            foreach ($s->group as $g) {
                foreach ($g->field as $f) {
                    if (ltrim(trim((string) $f->source_model), '\\') === self::SOURCE) {
                        $path = isset($f->config_path) ? (string) $f->config_path : $s['id'] . '/' . $g['id'] . '/' . $f['id'];
                        $out[$path] = [$path];
                    }
                }
            }
        }
        return $out;
    }

    public function testTheCartReminderFieldIsFound(): void
    {
        self::assertArrayHasKey('shopcx/cart/email_template', self::templateFields());
    }

    /** @dataProvider templateFields */
    public function testDerivedTemplateIdIsDeclaredAndIsTheDefault(string $path): void
    {
        $root = dirname(__DIR__, 2);
        $id = str_replace('/', '_', $path);
        $declared = [];
        foreach (simplexml_load_file("$root/etc/email_templates.xml")->template as $t) {
            $declared[] = (string) $t['id'];
        }
        self::assertContains($id, $declared, "email_templates.xml declares the id Magento derives from $path");
        $default = simplexml_load_file("$root/etc/config.xml")->xpath('/config/default/' . $path);
        self::assertCount(1, $default, "config.xml has a default for $path");
        self::assertSame($id, trim((string) $default[0]), "config.xml's default for $path");
    }
}
