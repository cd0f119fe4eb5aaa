<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Chat;

use ShopCx\CustomerService\Model\RequestParam as Param;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ChatTeamInterface;
use ShopCx\CustomerService\Model\Chat\VisitBuilder;
use ShopCx\CustomerService\ViewModel\ChatInvitation;

/**
 * GET shopcx/chat/invite?visit={json}: {"invitation": {...}|null, "askAgainIn": seconds|null}. Never cached.
 * The page reports only what it sees (Model\Chat\VisitBuilder::FROM_PAGE); cart and customer segment come
 * from the sessions and the shop's orders.
 */
class Invite implements HttpGetActionInterface
{
    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly ChatInvitation $invitation,
        private readonly ChatTeamInterface $team,
        private readonly StoreManagerInterface $storeManager,
        private readonly LoggerInterface $logger,
        private readonly VisitBuilder $visitBuilder
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create()->setHeader('Cache-Control', 'no-store, max-age=0', true);
        $raw = Param::text($this->request, 'visit', '{}');
        $visit = strlen($raw) <= 4096 ? json_decode($raw, true, 4) : null;
        if (!is_array($visit)) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'visit must be a JSON object of at most 4096 bytes']);
        }
        try {
            if (!$this->invitation->active()) {
                // Off: no session or order lookups for a page that will get nothing.
                return $result->setData(['invitation' => null, 'askAgainIn' => null]);
            }
            // Only the fields a browser may claim; cart and customer segment come from the sessions and the orders.
            $visit = $this->visitBuilder->build($visit);
            $team = $this->team->current((int) $this->storeManager->getStore()->getId());
            return $result->setData($this->invitation->decide($visit, $team));
        } catch (\ShopCx\ConfigException $e) {
            // The rules are validated on save, so this is a stored document from before or a changed team.
            $this->logger->error('ShopCX chat invitation failed: ' . $e->getMessage());
            return $result->setData(['invitation' => null, 'askAgainIn' => null]);
        } catch (\ValueError|\TypeError $e) {
            // A visit field of the wrong type or range: the browser's mistake, no invitation.
            $this->logger->info('ShopCX chat visit refused: ' . $e->getMessage());
            return $result->setData(['invitation' => null, 'askAgainIn' => null]);
        }
    }
}
