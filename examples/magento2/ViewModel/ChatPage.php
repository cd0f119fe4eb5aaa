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

    /** The product of a product page (catalog/product/view/id/N), for "is it in the cart?" on the server; else null. */
    public function productId(): ?int
    {
        $id = $this->pageType() === 'product' ? (int) $this->request->getParam('id') : 0;
        return $id > 0 ? $id : null;
    }

    /** The script's configuration (data-mage-init). */
    public function scriptConfig(string $url, ?string $acceptUrl = null): array
    {
        return array_filter(['url' => $url, 'acceptUrl' => $acceptUrl, 'pageType' => $this->pageType(), 'productId' => $this->productId()],
            fn($v) => $v !== null);
    }
}
