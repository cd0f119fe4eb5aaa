<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Test\Unit;

use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Framework\Data\Form\FormKey\Validator;
use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use ShopCx\CustomerService\Controller\Survey\Submit;
use ShopCx\CustomerService\Model\Config;
use ShopCx\CustomerService\Model\Config\Backend\SurveyJson;
use ShopCx\CustomerService\Model\Config\Source\SurveyType;
use ShopCx\CustomerService\Model\Webhook\Publisher;

/** Issue 21: the merchant chooses the conversation survey or pastes a custom survey JSON, checked on save. */
final class SurveyChoiceTest extends TestCase
{
    public const CUSTOM = '{"id":"after-delivery","questions":[{"id":"easy","metric":"ces","required":true,'
        . '"text":{"nl":"Was bestellen makkelijk?","en":"Was ordering easy?"}},{"id":"note","metric":"comment","text":{"nl":"Nog iets?","en":"Anything else?"}}]}';

    private FakeScopeConfig $scope;

    protected function setUp(): void
    {
        $this->scope = new FakeScopeConfig();
    }

    public function testTheSourceOffersConversationAndCustom(): void
    {
        self::assertSame(['ces', 'nps', 'csat', 'effort', 'conversation', 'custom'], array_column((new SurveyType())->toOptionArray(), 'value'));
    }

    /** @dataProvider badJson */
    public function testTheBackendModelRefusesBadJsonNamingThePath(string $json, string $message): void
    {
        $value = new SurveyJson(['value' => $json]);
        try {
            $value->beforeSave();
            self::fail('saved');
        } catch (LocalizedException $e) {
            self::assertSame($message, $e->getMessage());
        }
    }

    public static function badJson(): array
    {
        return [
            'metric' => ['{"id":"x","questions":[{"id":"q","metric":"stars"}]}',
                'The custom survey is not valid: $.questions[0].metric must be one of "effort", "ces", "nps", "csat", "rating", "yesno", "comment"'],
            'truncated' => ['{"id":"x"', "The custom survey is not valid: \$ is not valid JSON: '}' expected near end of file (line 1, column 9)"],
            'built-in id' => ['{"id":"ces","questions":[{"id":"q","metric":"ces","text":{"en":"Easy?"}}]}',
                'The custom survey is not valid: $.id "ces" is the id of a built-in survey; choose another'],
        ];
    }

    public function testAValidOrEmptySurveyIsSaved(): void
    {
        self::assertSame(self::CUSTOM, (new SurveyJson(['value' => "\n " . self::CUSTOM . " \n"]))->beforeSave()->getValue());
        self::assertSame('', (new SurveyJson(['value' => '  ']))->beforeSave()->getValue());
        $xml = file_get_contents(dirname(__DIR__, 2) . '/etc/adminhtml/system.xml');
        self::assertStringContainsString('<backend_model>ShopCx\\CustomerService\\Model\\Config\\Backend\\SurveyJson</backend_model>', $xml);
    }

    public function testChangedQuestionsNeedANewIdChangedTextsDoNot(): void
    {
        $texts = str_replace('Was ordering easy?', 'Was it easy to order?', self::CUSTOM);
        self::assertSame($texts, (new SurveyJson(['value' => $texts, 'old_value' => self::CUSTOM]))->beforeSave()->getValue());
        $other = str_replace('"metric":"ces"', '"metric":"csat"', self::CUSTOM);
        try {
            (new SurveyJson(['value' => $other, 'old_value' => self::CUSTOM]))->beforeSave();
            self::fail('saved');
        } catch (LocalizedException $e) {
            self::assertSame('The custom survey is not valid: $.id "after-delivery" already has answers to other questions; '
                . 'give the changed survey a new id (texts alone may change under the same id)', $e->getMessage());
        }
        $renamed = str_replace('"id":"after-delivery"', '"id":"after-delivery-2"', $other);
        self::assertSame($renamed, (new SurveyJson(['value' => $renamed, 'old_value' => self::CUSTOM]))->beforeSave()->getValue());
        // Why: the report stored for the old questions does not read with the new ones.
        $report = new \ShopCx\Effort\Report(\ShopCx\Effort\Survey::fromJson(self::CUSTOM), ['bucket' => 'week']);
        $report->add(['easy' => 6], ConfigTest::MONDAY_14H_AMS);
        $this->expectException(\ShopCx\ConfigException::class);
        \ShopCx\Effort\Report::fromString(\ShopCx\Effort\Survey::fromJson($other), $report->toString());
    }

    public function testConfigBuildsTheChosenSurvey(): void
    {
        $config = fn() => new Config($this->scope);
        $this->scope->set('shopcx/survey/type', 'conversation');
        self::assertSame(['friendly', 'informed', 'solved', 'comment'], array_column($config()->survey(1)->questions('nl'), 'id'));
        $this->scope->set('shopcx/survey/type', 'custom');
        self::assertSame('ces', $config()->survey(1)->id(), 'custom chosen, no JSON yet: CES');
        $this->scope->set('shopcx/survey/custom_json', self::CUSTOM);
        self::assertSame('after-delivery', $config()->survey(1)->id());
        self::assertSame('Was bestellen makkelijk?', $config()->survey(1)->questions('nl')[0]['text']);
        self::assertSame('after-delivery', $config()->surveyById('after-delivery', 1)->id(), 'its answers are reported with it');
        self::assertSame('nps', $config()->surveyById('nps', 1)->id());
    }

    public function testACustomSurveyIsAnsweredAndCounted(): void
    {
        $this->scope->set('shopcx/survey/type', 'custom')->set('shopcx/survey/custom_json', self::CUSTOM);
        $config = new Config($this->scope);
        $feedback = new MemoryFeedback($config->customSurvey(1));
        $clock = new FixedClock(ConfigTest::MONDAY_14H_AMS);
        $token = $config->tokens(1)->issue('survey', ['order' => '000000077'], 86400, $clock->now);
        $r = (new Submit(new FakeRequest(['form_key' => 'fk', 'token' => $token, 'answers' => ['easy' => '6', 'note' => ' fijn ']]), new JsonFactory(),
            new Validator('fk'), $config, new FakeStoreManager(), $feedback, $clock, new Publisher(new RecordingPublisher()),
            new MemoryFeedbackClaims(), new MemoryLogger()))->execute();
        self::assertSame(200, $r->code());
        self::assertSame([['after-delivery', 1, ['easy' => 6, 'note' => 'fijn'], ConfigTest::MONDAY_14H_AMS]], $feedback->responses);
        self::assertSame(1, $feedback->report('after-delivery', 1)->count());
    }

    public function testTheConversationSurveyTakesTheFormsYesNo(): void
    {
        $this->scope->set('shopcx/survey/type', 'conversation');
        $survey = (new Config($this->scope))->survey(1);
        self::assertSame(['friendly' => 5, 'informed' => 4, 'solved' => false, 'comment' => null],
            $survey->validate(['friendly' => '5', 'informed' => '4', 'solved' => '0', 'comment' => '']));
    }
}
