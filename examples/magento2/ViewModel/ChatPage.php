<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\App\Request\Http;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use ShopCx\CustomerService\Model\Chat\PageType;

/**
 * What the chat script on every page is told about the page it runs on. The page type comes from the
 * request's full action name (one per URL, so it is safe in the full-page cache), not from body classes.
 */
class ChatPage implements ArgumentInterface
{
    public function __construct(private readonly Http $request)
    {
    }

    public function pageType(): string
    {
        return PageType::fromAction((string) $this->request->getFullActionName());
    }
}
