<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Controller\Chat;

use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\JsonFactory;
use Magento\Store\Model\StoreManagerInterface;
use Psr\Log\LoggerInterface;
use ShopCx\CustomerService\Api\ChatTeamInterface;
use ShopCx\CustomerService\ViewModel\ChatInvitation;

/** GET shopcx/chat/invite?visit={json}: the chat invitation for this visit, or null. Never cached. */
class Invite implements HttpGetActionInterface
{
    public function __construct(
        private readonly RequestInterface $request,
        private readonly JsonFactory $jsonFactory,
        private readonly ChatInvitation $invitation,
        private readonly ChatTeamInterface $team,
        private readonly StoreManagerInterface $storeManager,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute()
    {
        $result = $this->jsonFactory->create()->setHeader('Cache-Control', 'no-store, max-age=0', true);
        $raw = (string) $this->request->getParam('visit', '{}');
        $visit = strlen($raw) <= 4096 ? json_decode($raw, true, 4) : null;
        if (!is_array($visit)) {
            return $result->setHttpResponseCode(400)->setData(['error' => 'visit must be a JSON object of at most 4096 bytes']);
        }
        // Only the fields a browser may claim; anything else (customer group, cart value) comes from the session.
        $visit = array_intersect_key($visit, array_flip(['pageType', 'secondsOnPage', 'searchResults', 'addedToCart']));
        try {
            $team = $this->team->current((int) $this->storeManager->getStore()->getId());
            return $result->setData(['invitation' => $this->invitation->evaluate($visit, $team)]);
        } catch (\ShopCx\ConfigException $e) {
            // The rules are validated on save, so this is a stored document from before or a changed team.
            $this->logger->error('ShopCX chat invitation failed: ' . $e->getMessage());
            return $result->setData(['invitation' => null]);
        } catch (\ValueError|\TypeError $e) {
            // A visit field of the wrong type or range: the browser's mistake, no invitation.
            $this->logger->info('ShopCX chat visit refused: ' . $e->getMessage());
            return $result->setData(['invitation' => null]);
        }
    }
}
