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
 * Its id must not be one of the built-in surveys', whose answers are reported under that id.
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
        }
        $this->setValue($json);
        return parent::beforeSave();
    }
}
