<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Outreach;

use Magento\Framework\Api\SearchCriteriaBuilder;
use Magento\Framework\App\Area;
use Magento\Framework\Mail\Template\TransportBuilder;
use Magento\Framework\UrlInterface;
use Magento\Sales\Api\OrderRepositoryInterface;
use ShopCx\CustomerService\Api\ClockInterface;
use ShopCx\CustomerService\Api\OutreachSenderInterface;
use ShopCx\CustomerService\Model\Config;

/** Review invitation (one signed link per ordered product) or survey link, by transactional e-mail. */
class EmailSender implements OutreachSenderInterface
{
    public function __construct(
        private readonly Config $config,
        private readonly OrderRepositoryInterface $orders,
        private readonly SearchCriteriaBuilder $criteria,
        private readonly TransportBuilder $transportBuilder,
        private readonly UrlInterface $url,
        private readonly ClockInterface $clock,
        private readonly OptOutLink $optOut
    ) {
    }

    public function send(array $entry): void
    {
        $store = (int) $entry['store_id'];
        $now = $this->clock->now();
        $links = [];
        if ($entry['kind'] === 'review') {
            $found = $this->orders->getList($this->criteria->addFilter('increment_id', $entry['reference'])->create())->getItems();
            $order = reset($found);
            if (!$order) {
                return;
            }
            $invitation = $this->config->reviewInvitation($store);
            foreach ($order->getAllVisibleItems() as $item) {
                $token = $invitation->issue($entry['reference'], (string) $item->getSku(), $entry['email'], $now);
                $links[] = ['name' => (string) $item->getName(),
                    'url' => $this->url->getUrl('shopcx/review', ['_scope' => $store, '_query' => ['t' => $token]])];
            }
            $template = 'shopcx_review_invitation_template';
        } else {
            $token = $this->config->tokens($store)->issue('survey', ['order' => $entry['reference']], 30 * 86400, $now);
            $links[] = ['name' => '', 'url' => $this->url->getUrl('shopcx/survey', ['_scope' => $store, '_query' => ['t' => $token]])];
            $template = 'shopcx_survey_template';
        }
        $optOutUrl = $this->optOut->url($entry['email'], $store, $now);
        $transport = $this->transportBuilder->setTemplateIdentifier($template)
            ->setTemplateOptions(['area' => Area::AREA_FRONTEND, 'store' => $store])
            ->setTemplateVars(['links' => $links, 'first_url' => $links[0]['url'] ?? '', 'order' => $entry['reference'],
                'optout_url' => $optOutUrl])
            ->setFromByScope('general', $store)
            ->addTo($entry['email'])
            ->getTransport();
        $this->optOut->addHeaders($transport, $optOutUrl);
        $transport->sendMessage();
    }
}
