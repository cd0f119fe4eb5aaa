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
            // Test/.tools holds phpstan fetched by run.sh: not the module's files.
            if ($f->getExtension() === $ext && !str_contains($f->getPathname(), '/Test/.tools/')) {
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

    /**
     * Seen in Luma (2.4.7-p7): its reset styles (lib/web/css/source/lib/_resets.less) set article, aside,
     * details, footer, header, main, nav, section, summary and figure to display: block, which beats the
     * hidden attribute, so the FAQ's empty "Related questions" showed under every search. An element the
     * module hides with the attribute must not be one of those.
     */
    public function testNothingHiddenByTheAttributeIsAnElementLumaDisplaysAsBlock(): void
    {
        $found = [];
        foreach (glob(self::root() . '/view/frontend/templates/*.phtml') as $path) {
            preg_match_all('/<(article|aside|details|figcaption|figure|footer|header|main|nav|section|summary)\b[^>]*\shidden[\s>=]/i',
                (string) file_get_contents($path), $m);
            foreach ($m[1] as $tag) {
                $found[] = basename($path) . ": <$tag hidden>";
            }
        }
        self::assertSame([], $found);
        self::assertStringContainsString('<div class="shopcx-faq__related" role="region"',
            (string) file_get_contents(self::root() . '/view/frontend/templates/faq-search.phtml'));
    }

    /**
     * Magento's declarative schema loses backslashes in comments when it compares them with the
     * database, so a comment with one differs on every setup:upgrade, which re-issues an ALTER.
     */
    public function testDbSchemaCommentsHaveNoBackslash(): void
    {
        $schema = simplexml_load_file(self::root() . '/etc/db_schema.xml');
        $comments = $schema->xpath('//@comment');
        self::assertNotEmpty($comments);
        $bad = [];
        foreach ($comments as $c) {
            if (str_contains((string) $c, '\\')) {
                $bad[] = (string) $c;
            }
        }
        self::assertSame([], $bad);
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

    public function testDbSchemaAndWhitelistDeclareTheSameTablesColumnsIndexesAndConstraints(): void
    {
        $schema = simplexml_load_file(self::root() . '/etc/db_schema.xml');
        $white = json_decode(file_get_contents(self::root() . '/etc/db_schema_whitelist.json'), true, 8, JSON_THROW_ON_ERROR);
        $tables = [];
        foreach ($schema->table as $t) {
            $name = (string) $t['name'];
            $tables[] = $name;
            $names = fn(iterable $nodes) => array_map(fn($n) => (string) $n['referenceId'] ?: (string) $n['name'], iterator_to_array($nodes, false));
            self::assertSame(array_map(fn($c) => (string) $c['name'], iterator_to_array($t->column, false)),
                array_keys($white[$name]['column'] ?? []), "$name columns");
            self::assertSame($names($t->index), array_keys($white[$name]['index'] ?? []), "$name indexes");
            self::assertSame($names($t->constraint), array_keys($white[$name]['constraint'] ?? []), "$name constraints");
            foreach ([$t->index, $t->constraint] as $keys) {
                foreach ($keys as $key) {
                    foreach ($key->column as $c) {
                        self::assertNotEmpty($t->xpath('column[@name="' . $c['name'] . '"]'), "$name: key column {$c['name']} is declared");
                    }
                }
            }
        }
        self::assertSame($tables, array_keys($white));
        self::assertSame(['shopcx_cart_activity', 'shopcx_outreach_log', 'shopcx_report', 'shopcx_webhook_outbox', 'shopcx_outreach_optout',
            'shopcx_feedback_claim', 'shopcx_interaction', 'shopcx_faq_unanswered', 'shopcx_faq_click', 'shopcx_faq_coview'], $tables);
    }

    /** @return array<string, array{string, string}> "file: class" => [class, where], every class named in etc/ and layout XML */
    public static function classesNamedInXml(): array
    {
        $root = self::root();
        $found = [];
        $add = function (string $class, string $where) use (&$found): void {
            $class = ltrim(trim($class), '\\');
            $found["$where: $class"] = [$class, $where];
        };
        foreach (['di.xml', 'adminhtml/di.xml', 'frontend/di.xml'] as $file) {
            $di = simplexml_load_file("$root/etc/$file");
            foreach ($di->preference as $p) {
                $add((string) $p['for'], "$file preference for");
                $add((string) $p['type'], "$file preference type");
            }
            foreach ($di->type as $t) {
                $add((string) $t['name'], "$file type");
            }
            foreach ($di->xpath('//plugin[@type]') as $p) {
                $add((string) $p['type'], "$file plugin");
            }
            foreach ($di->xpath('//argument[@xsi:type="object"]') as $a) {
                $add((string) $a, "$file argument");
            }
        }
        foreach (simplexml_load_file("$root/etc/events.xml")->xpath('//observer') as $o) {
            $add((string) $o['instance'], 'events.xml');
        }
        foreach (simplexml_load_file("$root/etc/crontab.xml")->xpath('//job') as $j) {
            $add((string) $j['instance'], 'crontab.xml');
        }
        foreach (simplexml_load_file("$root/etc/adminhtml/system.xml")->xpath('//source_model|//backend_model|//frontend_model') as $m) {
            $add((string) $m, 'system.xml ' . $m->getName());
        }
        foreach (simplexml_load_file("$root/etc/config.xml")->xpath('//*[@backend_model]') as $m) {
            $add((string) $m['backend_model'], 'config.xml backend_model');
        }
        foreach (simplexml_load_file("$root/etc/queue_consumer.xml")->consumer as $c) {
            $add(explode('::', (string) $c['handler'])[0], 'queue_consumer.xml');
        }
        foreach (glob("$root/view/*/layout/*.xml") as $layout) {
            $xml = simplexml_load_file($layout);
            foreach ($xml->xpath('//block[@class]') as $b) {
                $add((string) $b['class'], basename($layout));
            }
            foreach ($xml->xpath('//argument[@xsi:type="object"]') as $a) {
                $add((string) $a, basename($layout));
            }
        }
        ksort($found);
        return $found;
    }

    /** @dataProvider classesNamedInXml */
    public function testClassNamedInXmlExists(string $class, string $where): void
    {
        // The module's own classes load from the module; Magento's from Test/Stubs (doubles and signatures).
        self::assertTrue(class_exists($class) || interface_exists($class), "$where names $class, which is neither in the module nor in Test/Stubs");
    }

    public function testXmlNamesClassesOfTheRightKind(): void
    {
        $root = self::root();
        foreach (simplexml_load_file("$root/etc/crontab.xml")->xpath('//job') as $j) {
            self::assertTrue(method_exists((string) $j['instance'], (string) $j['method']), (string) $j['name']);
        }
        foreach (simplexml_load_file("$root/etc/queue_consumer.xml")->consumer as $c) {
            self::assertTrue(method_exists(...explode('::', (string) $c['handler'])), (string) $c['name']);
        }
        foreach (simplexml_load_file("$root/etc/events.xml")->xpath('//observer') as $o) {
            self::assertTrue(is_subclass_of((string) $o['instance'], \Magento\Framework\Event\ObserverInterface::class), (string) $o['name']);
        }
        foreach (simplexml_load_file("$root/etc/di.xml")->preference as $p) {
            self::assertTrue(is_subclass_of((string) $p['type'], (string) $p['for']), $p['type'] . ' implements ' . $p['for']);
        }
        foreach (simplexml_load_file("$root/etc/adminhtml/system.xml")->xpath('//source_model') as $m) {
            self::assertTrue(is_subclass_of((string) $m, \Magento\Framework\Data\OptionSourceInterface::class), (string) $m);
        }
        foreach (simplexml_load_file("$root/etc/adminhtml/system.xml")->xpath('//backend_model') as $m) {
            self::assertTrue(is_subclass_of((string) $m, \Magento\Framework\App\Config\Value::class), (string) $m);
        }
        foreach (glob("$root/view/*/layout/*.xml") as $layout) {
            foreach (simplexml_load_file($layout)->xpath('//block[@template]') as $b) {
                [$module, $file] = explode('::', (string) $b['template']);
                $area = basename(dirname($layout, 2));
                self::assertSame('ShopCx_CustomerService', $module);
                self::assertFileExists("$root/view/$area/templates/$file", basename($layout));
            }
        }
        foreach (simplexml_load_file("$root/etc/email_templates.xml")->template as $t) {
            self::assertFileExists("$root/view/{$t['area']}/email/{$t['file']}", (string) $t['id']);
        }
    }

    /** @return array<string, true> ACL resource ids declared in etc/acl.xml */
    private static function aclIds(): array
    {
        $ids = [];
        foreach (simplexml_load_file(self::root() . '/etc/acl.xml')->xpath('//resource') as $r) {
            $ids[(string) $r['id']] = true;
        }
        return $ids;
    }

    public function testAclResourcesUsedAreDeclared(): void
    {
        $root = self::root();
        $used = [];
        $system = simplexml_load_file("$root/etc/adminhtml/system.xml");
        foreach ($system->xpath('//section/resource') as $r) {
            $used['system.xml ' . $r] = (string) $r;
        }
        foreach (simplexml_load_file("$root/etc/adminhtml/menu.xml")->xpath('//add') as $a) {
            $used['menu.xml ' . $a['id']] = (string) $a['resource'];
        }
        foreach (glob("$root/Controller/Adminhtml/*/*.php") as $file) {
            $class = 'ShopCx\\CustomerService\\' . str_replace('/', '\\', substr($file, strlen($root) + 1, -4));
            self::assertTrue(is_subclass_of($class, \Magento\Backend\App\Action::class), $class);
            $resource = (new \ReflectionClassConstant($class, 'ADMIN_RESOURCE'))->getValue();
            self::assertNotSame('Magento_Backend::admin', $resource, "$class keeps the default resource");
            $used[$class] = $resource;
        }
        self::assertCount(10, $used, 'the section, two menu items, two report controllers, the two webhook actions and the three FAQ log actions');
        self::assertSame([], array_keys(array_diff_key(array_flip($used), self::aclIds())), 'used but not declared in acl.xml');
    }

    /**
     * Every "shopcx/group/field" the module reads: literals passed to Config::value/flag/int/list/json
     * or ScopeConfigInterface::getValue/isSetFlag, and CONFIG_PATH constants (routes such as
     * 'shopcx/faq/search' look the same, so a bare literal does not count).
     */
    private static function configPathsRead(): array
    {
        $paths = [];
        foreach (self::phpFiles() as $name => [$path]) {
            if (str_starts_with($name, 'Test/')) {
                continue;
            }
            preg_match_all("~(?:\\b(?:value|flag|int|list|json|getValue|isSetFlag)\\(\\s*|CONFIG_PATH\\s*=\\s*)'(shopcx/[a-z_]+/[a-z_]+)'~",
                (string) file_get_contents($path), $m);
            foreach ($m[1] as $p) {
                $paths[$p] = true;
            }
        }
        ksort($paths);
        return array_keys($paths);
    }

    public function testEveryConfigPathReadHasADefaultAndAnAdminField(): void
    {
        $read = self::configPathsRead();
        self::assertGreaterThan(35, count($read), 'the scan finds the paths the module reads');
        self::assertContains('shopcx/review/rating_ids', $read);
        $defaults = [];
        $config = simplexml_load_file(self::root() . '/etc/config.xml');
        foreach ($config->default->shopcx->children() as $group) {
            foreach ($group->children() as $field) {
                $defaults[] = 'shopcx/' . $group->getName() . '/' . $field->getName();
            }
        }
        $fields = [];
        foreach (simplexml_load_file(self::root() . '/etc/adminhtml/system.xml')->system->section->group as $g) {
            foreach ($g->field as $f) {
                $fields[] = 'shopcx/' . $g['id'] . '/' . $f['id'];
            }
        }
        self::assertSame([], array_values(array_diff($read, $defaults)), 'read but without a default in config.xml');
        self::assertSame([], array_values(array_diff($read, $fields)), 'read but without a field in system.xml');
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

    /** Every literal __('...') of the module's PHP and templates and every {{trans "..."}} of its e-mails has a translation row. */
    public function testEveryTranslatableStringIsInTheCsv(): void
    {
        $keys = array_column(array_map('str_getcsv', file(self::root() . '/i18n/en_US.csv', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)), 0);
        $missing = [];
        foreach (array_merge(self::files('php'), self::files('phtml')) as $relative => [$file]) {
            if (str_starts_with($relative, 'Test/')) {
                continue;
            }
            preg_match_all("/__\\('((?:[^'\\\\]|\\\\.)*)'/", file_get_contents($file), $m);
            foreach ($m[1] as $text) {
                $missing[] = in_array(stripslashes($text), $keys, true) ? null : basename($file) . ': ' . $text;
            }
        }
        foreach (self::files('html') as [$file]) {
            preg_match_all('/\\{\\{trans "([^"]*)"/', file_get_contents($file), $m);
            foreach ($m[1] as $text) {
                $missing[] = in_array($text, $keys, true) ? null : basename($file) . ': ' . $text;
            }
        }
        self::assertSame([], array_values(array_filter($missing)));
    }

    /**
     * Issue 21's admin texts (the FAQ search group, the custom survey field, the new ACL resources and menu
     * item) have a row in every CSV; the older settings' labels are not translated yet (README).
     */
    public function testIssue21AdminLabelsAreTranslated(): void
    {
        $root = self::root();
        $texts = [];
        $system = simplexml_load_file("$root/etc/adminhtml/system.xml");
        foreach (array_merge($system->xpath('//group[@id="faq"]'), $system->xpath('//group[@id="survey"]/field[@id="custom_json"]')) as $node) {
            foreach ($node->xpath('.//label | .//comment') as $t) {
                $texts[] = (string) $t;
            }
        }
        foreach (simplexml_load_file("$root/etc/acl.xml")->xpath('//resource[starts-with(@id, "ShopCx_CustomerService::faq")]') as $r) {
            $texts[] = (string) $r['title'];
        }
        foreach (simplexml_load_file("$root/etc/adminhtml/menu.xml")->xpath('//add[@id="ShopCx_CustomerService::faq_searches"]') as $a) {
            $texts[] = (string) $a['title'];
        }
        self::assertCount(11, $texts);
        foreach (['en_US', 'nl_NL', 'de_DE', 'fr_FR'] as $locale) {
            $rows = array_column(array_map('str_getcsv', file("$root/i18n/$locale.csv", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)), 1, 0);
            foreach ($texts as $text) {
                self::assertArrayHasKey($text, $rows, "$locale: $text");
                if ($locale !== 'en_US') {
                    self::assertNotSame($text, $rows[$text], "$locale translates: $text");
                }
            }
        }
    }

    public function testRegistrationRegistersTheModule(): void
    {
        require self::root() . '/registration.php';
        self::assertSame(self::root(), \Magento\Framework\Component\ComponentRegistrar::$paths['module']['ShopCx_CustomerService']);
    }
}
