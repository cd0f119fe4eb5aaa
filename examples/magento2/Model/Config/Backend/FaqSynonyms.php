<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Backend;

use Magento\Framework\App\Config\Value;
use Magento\Framework\Exception\LocalizedException;
use ShopCx\CustomerService\Model\Faq\Synonyms;

/**
 * The FAQ synonyms of a store view, checked on save (one group per line, words separated by commas):
 * a bad line is a message on the configuration page naming it, and nothing is saved.
 */
class FaqSynonyms extends Value
{
    public function beforeSave()
    {
        try {
            $groups = Synonyms::parse((string) $this->getValue());
        } catch (\InvalidArgumentException $e) {
            throw new LocalizedException(__('The FAQ synonyms are not valid: %1', $e->getMessage()));
        }
        $this->setValue(Synonyms::format($groups));
        return parent::beforeSave();
    }
}
