<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Config\Source;

use Magento\Framework\Data\OptionSourceInterface;
use Magento\Review\Model\ResourceModel\Rating\CollectionFactory;

/** The shop's product ratings (Stores > Rating), for "Star rating goes to". */
class Ratings implements OptionSourceInterface
{
    public function __construct(private readonly CollectionFactory $collectionFactory)
    {
    }

    public function toOptionArray(): array
    {
        $out = [];
        foreach ($this->collectionFactory->create()->addEntityFilter('product')->setPositionOrder() as $rating) {
            $out[] = ['value' => (string) $rating->getId(), 'label' => (string) $rating->getRatingCode()];
        }
        return $out;
    }
}
