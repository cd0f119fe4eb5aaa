--TEST--
Invitation: the pre-chat form (at most name, e-mail, question type, free text) by default and as configured
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Chat\Rules;

$rule = ['name' => 'a', 'kind' => 'defensive', 'when' => ['pageType' => 'cart']];
$show = function (array $doc) use ($rule) {
    $r = Rules::fromArray($doc + ['timezone' => 'UTC', 'rules' => [$rule]]);
    $i = $r->evaluate(['pageType' => 'cart'], 1795431600, ['agentsOnline' => 1]);
    foreach ($i->form as $f) {
        echo $f['field'], $f['required'] ? '*' : '', isset($f['options']) ? '(' . implode('|', $f['options']) . ')' : '', ' ';
    }
    echo '-> ', json_encode([$i->questionType, $i->group, $i->routing]), "\n";
};
$show([]);                                                          // no routing: no question type
$show(['routing' => ['order' => 'service', 'billing' => 'finance']]);
$show(['form' => ['fields' => ['name', 'message']]]);               // e-mail left out: not required either
$show(['form' => ['fields' => ['message', 'email'], 'required' => ['message']]]);
$show(['form' => ['fields' => []]]);                               // no form: the chat opens at once
?>
--EXPECT--
name email* message -> [null,null,[]]
name email* questionType(order|billing) message -> [null,null,{"order":"service","billing":"finance"}]
name message -> [null,null,[]]
email message* -> [null,null,[]]
-> [null,null,[]]
