<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use ShopCx\ConfigException;
use ShopCx\CustomerService\Model\Feedback\Surveys;
use ShopCx\Effort\Survey;

/**
 * A custom survey as JSON, checked on save by Survey::fromJson(): a mistake is a message naming its JSON
 * path and the exception stops the save (Magento saves the section in one transaction: nothing is stored).
 * Its id must not be one of the built-in surveys', whose answers are reported under that id, and changed
 * questions need a new id (texts may change under the old one).
 */
class SurveyJson extends Value
{
    public function beforeSave()
    {
        $json = trim((string) $this->getValue());
        if ($json !== '') {
            try {
                $survey = Survey::fromJson($json);
            } catch (ConfigException $e) {
                throw new LocalizedException(__('The custom survey is not valid: %1', $e->getMessage()));
            }
            if (in_array($survey->id(), Surveys::BUILT_IN, true)) {
                throw new LocalizedException(__('The custom survey is not valid: %1',
                    sprintf('$.id "%s" is the id of a built-in survey; choose another', $survey->id())));
            }
            // The answers so far are stored under the id, checked against the questions they were given to: new
            // questions (not only new texts) under the same id would make every later answer fail to be counted.
            $old = $this->previous();
            if ($old !== null && $old->id() === $survey->id() && self::structure($old) !== self::structure($survey)) {
                throw new LocalizedException(__('The custom survey is not valid: %1', sprintf('$.id "%s" already has answers to other '
                    . 'questions; give the changed survey a new id (texts alone may change under the same id)', $survey->id())));
            }
        }
        $this->setValue($json);
        return parent::beforeSave();
    }

    private function previous(): ?Survey
    {
        try {
            $old = trim($this->getOldValue());
            return $old === '' ? null : Survey::fromJson($old);
        } catch (ConfigException) {
            return null;
        }
    }

    /** The definition without its texts: what the stored report's fingerprint depends on. */
    private static function structure(Survey $survey): array
    {
        return array_map(static function (array $q): array {
            unset($q['text'], $q['labels']);
            return $q;
        }, $survey->toArray()['questions']);
    }
}
