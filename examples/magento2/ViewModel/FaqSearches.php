<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\ViewModel;

use Magento\Framework\App\RequestInterface;
use Magento\Framework\AuthorizationInterface;
use Magento\Framework\Data\Form\FormKey;
use Magento\Framework\UrlInterface;
use Magento\Framework\View\Element\Block\ArgumentInterface;
use ShopCx\CustomerService\Api\FaqSearchLogInterface;
use ShopCx\CustomerService\Controller\Adminhtml\Faq\Starter;
use ShopCx\CustomerService\Model\ReportBuilder;

/** Reports > ShopCX FAQ searches: the log of one store view (?store=), with Clear and the starter-entries button. */
class FaqSearches implements ArgumentInterface
{
    public function __construct(
        private readonly FaqSearchLogInterface $log,
        private readonly ReportBuilder $reports,
        private readonly RequestInterface $request,
        private readonly AuthorizationInterface $authorization,
        private readonly FormKey $formKey,
        private readonly UrlInterface $url
    ) {
    }

    public function store(): int
    {
        return $this->reports->store($this->request->getParam('store'));
    }

    /** @return list<array{kind:string, term:string, count:int, last_seen:int}> */
    public function queries(): array
    {
        return $this->log->top($this->store(), FaqSearchLogInterface::KIND_QUERY, 200);
    }

    /** @return list<array{kind:string, term:string, count:int, last_seen:int}> */
    public function unknownWords(): array
    {
        return $this->log->top($this->store(), FaqSearchLogInterface::KIND_WORD, 200);
    }

    public function canAddStarter(): bool
    {
        return $this->authorization->isAllowed(Starter::ADMIN_RESOURCE);
    }

    public function actionUrl(string $action): string
    {
        return $this->url->getUrl('shopcx/faq/' . ($action === 'starter' ? 'starter' : 'clear'));
    }

    public function formKey(): string
    {
        return (string) $this->formKey->getFormKey();
    }
}
