--TEST--
Rules::fromJson(): syntax errors, duplicate keys, size and UTF-8 limits, and the same path-naming validation
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

function attempt(string $json): void {
    try {
        $r = Rules::fromJson($json);
        echo 'ACCEPTED ', json_encode($r->ruleNames()), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
attempt('');
attempt('{"timezone": "UTC", "rules": [}');
attempt('{"timezone": "UTC", "rules": [], "timezone": "Europe/Paris"}');
attempt('[]');
attempt('"rules"');
attempt("{\"timezone\": \"UTC\", \"rules\": [{\"name\": \"caf\xe9\"}]}");
attempt('{"timezone": "UTC", "rules": [{"name": "a", "kind": "defensive", "when": {}}]}');
attempt('{"timezone": "UTC", "rules": [{"name": "a", "kind": "defensive", "when": {"secondsOnPage": 30.0}}]}');
attempt('{"timezone": "UTC", "rules": [{"name": "a", "kind": "defensive", "when": {"secondsOnPage": 30}, "whenAny": [{}]}]}');
attempt('{"timezone": "UTC", "rules": [{"name": "a", "kind": "defensive", "when": {"cartValue": 1e400}}]}');
// 1 MiB at most
$big = '{"timezone": "UTC", "rules": [], "locale": "en"' . str_repeat(' ', 1024 * 1024) . '}';
attempt($big);
attempt(substr($big, 0, 1024 * 1024 - 1) . '}');
// A disabled rule is validated too, and then left out
attempt('{"timezone": "UTC", "rules": [{"name": "a", "enabled": false, "kind": "defensive", "when": {"pageType": "blog"}}]}');
attempt('{"timezone": "UTC", "rules": [{"name": "a", "enabled": false, "kind": "defensive", "when": {"pageType": "cart"}}, {"name": "b", "trigger": "crossSell"}]}');
?>
--EXPECT--
ShopCx\ConfigException: $ is not valid JSON: '[' or '{' expected near end of file at line 1 column 0
ShopCx\ConfigException: $ is not valid JSON: unexpected token near '}' at line 1 column 31
ShopCx\ConfigException: $ is not valid JSON: duplicate object key near '"timezone"' at line 1 column 43
ShopCx\ConfigException: $ must be an object
ShopCx\ConfigException: $ is not valid JSON: '[' or '{' expected near '"rules"' at line 1 column 7
ShopCx\ConfigException: The rules document must be valid UTF-8
ShopCx\ConfigException: $.rules[0].when is required: a rule without conditions would invite every visitor
ShopCx\ConfigException: $.rules[0].when.secondsOnPage must be a non-negative integer
ShopCx\ConfigException: $.rules[0].whenAny[0] must hold at least one condition
ShopCx\ConfigException: $ is not valid JSON: real number overflow near '1e400' at line 1 column 92
ShopCx\ConfigException: $ must be at most 1048576 bytes of JSON, 1048624 given
ACCEPTED []
ShopCx\ConfigException: $.rules[0].when.pageType must be one of home, category, product, search, faq, cart, checkout, account, content, other
ACCEPTED ["b"]
