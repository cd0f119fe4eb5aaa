--TEST--
Survey::fromArray()/fromJson() errors: ConfigException naming the path of the first problem
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\Survey;

function attempt(string $label, callable $fn): void {
    try {
        $fn();
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function def(array $q, array $top = []): array {
    return $top + ['id' => 'custom', 'questions' => [$q + ['id' => 'q1', 'metric' => 'ces', 'text' => 'Easy?']]];
}

attempt('invalid json', fn() => Survey::fromJson('{"id": "x", "questions": [}'));
attempt('json list', fn() => Survey::fromJson('[1, 2]'));
attempt('json duplicate', fn() => Survey::fromJson('{"id": "x", "id": "y"}'));
attempt('json bad question', fn() => Survey::fromJson('{"id": "x", "questions": [{"id": "a", "metric": "nps", "text": "?"}, {"id": "b", "metric": "stars", "text": "?"}]}'));
attempt('json text locale', fn() => Survey::fromJson('{"id": "x", "questions": [{"id": "a", "metric": "nps", "text": {"es": "?"}}]}'));
attempt('unknown top key', fn() => Survey::fromArray(['id' => 'x', 'questions' => [], 'title' => 'y']));
attempt('list top', fn() => Survey::fromArray(['x']));
attempt('missing id', fn() => Survey::fromArray(['questions' => []]));
attempt('bad id', fn() => Survey::fromArray(def([], ['id' => 'my survey'])));
attempt('no questions', fn() => Survey::fromArray(['id' => 'x', 'questions' => []]));
attempt('questions map', fn() => Survey::fromArray(['id' => 'x', 'questions' => ['a' => []]]));
attempt('too many', fn() => Survey::fromArray(['id' => 'x', 'questions' => array_fill(0, 33, ['id' => 'a', 'metric' => 'nps', 'text' => '?'])]));
attempt('question scalar', fn() => Survey::fromArray(['id' => 'x', 'questions' => ['oops']]));
attempt('question id', fn() => Survey::fromArray(def(['id' => ''])));
attempt('numeric id', fn() => Survey::fromArray(def(['id' => '7'])));
attempt('question no id', fn() => Survey::fromArray(['id' => 'x', 'questions' => [['metric' => 'ces', 'text' => '?']]]));
attempt('metric', fn() => Survey::fromArray(def(['metric' => 'stars'])));
attempt('no metric', fn() => Survey::fromArray(['id' => 'x', 'questions' => [['id' => 'a', 'text' => '?']]]));
attempt('no text', fn() => Survey::fromArray(['id' => 'x', 'questions' => [['id' => 'a', 'metric' => 'nps']]]));
attempt('empty text', fn() => Survey::fromArray(def(['text' => ''])));
attempt('text utf8', fn() => Survey::fromArray(def(['text' => ['nl' => "\xc3"]])));
attempt('text long', fn() => Survey::fromArray(def(['text' => str_repeat('x', 501)])));
attempt('text list', fn() => Survey::fromArray(def(['text' => ['Easy?']])));
attempt('text type', fn() => Survey::fromArray(def(['text' => 5])));
attempt('required', fn() => Survey::fromArray(def(['required' => 'yes'])));
attempt('min on ces', fn() => Survey::fromArray(def(['min' => 1])));
attempt('rating no max', fn() => Survey::fromArray(def(['metric' => 'rating', 'min' => 1])));
attempt('rating reversed', fn() => Survey::fromArray(def(['metric' => 'rating', 'min' => 5, 'max' => 1])));
attempt('rating wide', fn() => Survey::fromArray(def(['metric' => 'rating', 'min' => -100, 'max' => 100])));
attempt('rating float', fn() => Survey::fromArray(def(['metric' => 'rating', 'min' => 1.0, 'max' => 5])));
attempt('stage on ces', fn() => Survey::fromArray(def(['stage' => 'choosing'])));
attempt('stage bad', fn() => Survey::fromArray(def(['metric' => 'effort', 'stage' => 'a b'])));
attempt('unknown key', fn() => Survey::fromArray(def(['labels' => []])));
attempt('duplicate id', fn() => Survey::fromArray(['id' => 'x', 'questions' => [['id' => 'a', 'metric' => 'nps', 'text' => '?'], ['id' => 'a', 'metric' => 'csat', 'text' => '?']]]));
attempt('json too big', fn() => Survey::fromJson(str_repeat(' ', 1024 * 1024 + 1)));
attempt('constructor', fn() => new Survey());
attempt('clone', fn() => clone Survey::nps());
attempt('serialize', fn() => serialize(Survey::nps()));
?>
--EXPECT--
invalid json: ShopCx\ConfigException: $ is not valid JSON: unexpected token near '}' (line 1, column 27)
json list: ShopCx\ConfigException: $ must be an object with the keys "id" and "questions"
json duplicate: ShopCx\ConfigException: $ is not valid JSON: duplicate object key near '"id"' (line 1, column 16)
json bad question: ShopCx\ConfigException: $.questions[1].metric must be one of "effort", "ces", "nps", "csat", "rating", "yesno", "comment"
json text locale: ShopCx\ConfigException: $.questions[0].text must be keyed by "nl", "en", "de" or "fr"
unknown top key: ShopCx\ConfigException: $ has unknown key "title"
list top: ShopCx\ConfigException: $ must be an object with the keys "id" and "questions"
missing id: ShopCx\ConfigException: $.id must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
bad id: ShopCx\ConfigException: $.id must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
no questions: ShopCx\ConfigException: $.questions must be a list of 1 to 32 questions
questions map: ShopCx\ConfigException: $.questions must be a list of 1 to 32 questions
too many: ShopCx\ConfigException: $.questions must be a list of 1 to 32 questions
question scalar: ShopCx\ConfigException: $.questions[0] must be an object
question id: ShopCx\ConfigException: $.questions[0].id must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
numeric id: ShopCx\ConfigException: $.questions[0].id must not be an integer
question no id: ShopCx\ConfigException: $.questions[0].id is missing
metric: ShopCx\ConfigException: $.questions[0].metric must be one of "effort", "ces", "nps", "csat", "rating", "yesno", "comment"
no metric: ShopCx\ConfigException: $.questions[0].metric is missing
no text: ShopCx\ConfigException: $.questions[0].text is missing
empty text: ShopCx\ConfigException: $.questions[0].text must be a string of 1 to 500 bytes of valid UTF-8
text utf8: ShopCx\ConfigException: $.questions[0].text.nl must be a string of 1 to 500 bytes of valid UTF-8
text long: ShopCx\ConfigException: $.questions[0].text must be a string of 1 to 500 bytes of valid UTF-8
text list: ShopCx\ConfigException: $.questions[0].text must be keyed by "nl", "en", "de" or "fr"
text type: ShopCx\ConfigException: $.questions[0].text must be a string or an object of texts by locale
required: ShopCx\ConfigException: $.questions[0].required must be a bool
min on ces: ShopCx\ConfigException: $.questions[0].min is only allowed with metric "rating"
rating no max: ShopCx\ConfigException: $.questions[0] of metric "rating" needs "min" < "max" spanning at most 101 points
rating reversed: ShopCx\ConfigException: $.questions[0] of metric "rating" needs "min" < "max" spanning at most 101 points
rating wide: ShopCx\ConfigException: $.questions[0] of metric "rating" needs "min" < "max" spanning at most 101 points
rating float: ShopCx\ConfigException: $.questions[0].min must be an integer from -100 to 100
stage on ces: ShopCx\ConfigException: $.questions[0].stage is only allowed with metric "effort"
stage bad: ShopCx\ConfigException: $.questions[0].stage must be 1 to 64 characters of A-Z, a-z, 0-9, "-", "_" and "."
unknown key: ShopCx\ConfigException: $.questions[0] has unknown key "labels"
duplicate id: ShopCx\ConfigException: $.questions[1].id "a" is used twice
json too big: ValueError: ShopCx\Effort\Survey::fromJson(): Argument #1 ($json) must be at most 1 MiB
constructor: Error: Call to private ShopCx\Effort\Survey::__construct() from global scope
clone: Error: Trying to clone an uncloneable object of class ShopCx\Effort\Survey
serialize: Exception: Serialization of 'ShopCx\Effort\Survey' is not allowed
