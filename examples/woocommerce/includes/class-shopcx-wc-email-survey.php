<?php
/**
 * The survey invitation e-mail.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * A WooCommerce e-mail: editable under WooCommerce > Settings > Emails; the templates can be
 * overridden in a theme (woocommerce/emails/shopcx-survey-invitation.php and plain/...).
 */
class ShopCx_WC_Email_Survey extends WC_Email {

	/**
	 * Survey type of the invitation being sent.
	 *
	 * @var string
	 */
	public $survey_type = '';

	/** Sets ids, texts and the templates. */
	public function __construct() {
		$this->id             = 'shopcx_survey_invitation';
		$this->customer_email = true;
		$this->title          = __( 'Survey invitation (ShopCX)', 'shopcx-woocommerce' );
		$this->description    = __( 'One short survey (CES, NPS, CSAT, effort per stage, conversation or your own) after an order, with a signed link and an opt-out link.', 'shopcx-woocommerce' );
		$this->template_html  = 'emails/shopcx-survey-invitation.php';
		$this->template_plain = 'emails/plain/shopcx-survey-invitation.php';
		$this->template_base  = SHOPCX_WC_DIR . '/templates/';
		$this->placeholders   = array( '{order_number}' => '' );
		parent::__construct();
	}

	/** Default subject. */
	public function get_default_subject() {
		return __( 'One question about your order {order_number}', 'shopcx-woocommerce' );
	}

	/** Default heading. */
	public function get_default_heading() {
		return __( 'How did it go?', 'shopcx-woocommerce' );
	}

	/**
	 * Sends the invitation of an order.
	 *
	 * @param int    $order_id Order id.
	 * @param string $type     Survey type (ces, nps, csat, effort, conversation, custom).
	 * @return bool
	 */
	public function trigger( $order_id, $type = 'ces' ) {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof WC_Order || ! shopcx_wc_survey( $type ) ) {
			return false;
		}
		$this->object                         = $order;
		$this->survey_type                    = $type;
		$this->recipient                      = $order->get_billing_email();
		$this->placeholders['{order_number}'] = $order->get_order_number();
		if ( ! $this->is_enabled() || ! $this->get_recipient() ) {
			return false;
		}
		return (bool) $this->send( $this->get_recipient(), $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
	}

	/**
	 * What both templates get.
	 *
	 * @return array<string, mixed>
	 */
	private function template_args() {
		$order = $this->object;
		// Without trigger() (WooCommerce's e-mail preview) no survey is set: show the shop's.
		$type   = '' === $this->survey_type ? shopcx_wc_survey_option( 'type' ) : $this->survey_type;
		$survey = shopcx_wc_survey( $type );
		$links  = shopcx_wc_survey_links( $order instanceof WC_Order ? $order->get_id() : 0, $type, shopcx_wc_now() );
		return array(
			'order'         => $order,
			'email_heading' => $this->get_heading(),
			'question'      => null === $survey ? '' : (string) ( $survey->questions( shopcx_wc_lang() )[0]['text'] ?? '' ),
			'survey_url'    => $links['survey'],
			'optout_url'    => $links['optout'],
			'email'         => $this,
		);
	}

	/**
	 * WooCommerce's headers plus List-Unsubscribe (RFC 2369) and one-click (RFC 8058).
	 *
	 * @return string
	 */
	public function get_headers() {
		$order = $this->object;
		$type  = '' === $this->survey_type ? shopcx_wc_survey_option( 'type' ) : $this->survey_type;
		$links = shopcx_wc_survey_links( $order instanceof WC_Order ? $order->get_id() : 0, $type, shopcx_wc_now() );
		return rtrim( (string) parent::get_headers(), "\r\n" ) . "\r\n" . implode( "\r\n", shopcx_wc_optout_headers( $links['optout'] ) ) . "\r\n";
	}

	/** HTML body. */
	public function get_content_html() {
		return wc_get_template_html( $this->template_html, $this->template_args(), '', $this->template_base );
	}

	/** Plain-text body. */
	public function get_content_plain() {
		return wc_get_template_html( $this->template_plain, $this->template_args(), '', $this->template_base );
	}
}
