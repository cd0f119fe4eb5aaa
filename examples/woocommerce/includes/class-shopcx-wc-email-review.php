<?php
/**
 * The review invitation e-mail.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * A WooCommerce e-mail: editable under WooCommerce > Settings > Emails; the template can be
 * overridden in a theme (woocommerce/emails/shopcx-review-invitation.php).
 */
class ShopCx_WC_Email_Review extends WC_Email {

	/** Sets ids, texts and the template. */
	public function __construct() {
		$this->id             = 'shopcx_review_invitation';
		$this->customer_email = true;
		$this->title          = __( 'Review invitation (ShopCX)', 'shopcx-woocommerce' );
		$this->description    = __( 'Sent after an order is completed, with a signed link per product.', 'shopcx-woocommerce' );
		$this->template_html  = 'emails/shopcx-review-invitation.php';
		$this->template_plain = 'emails/plain/shopcx-review-invitation.php';
		$this->template_base  = SHOPCX_WC_DIR . '/templates/';
		$this->placeholders   = array( '{order_number}' => '' );
		parent::__construct();
	}

	/** Default subject. */
	public function get_default_subject() {
		return __( 'How do you like your order {order_number}?', 'shopcx-woocommerce' );
	}

	/** Default heading. */
	public function get_default_heading() {
		return __( 'Tell us what you think', 'shopcx-woocommerce' );
	}

	/**
	 * Sends the invitation of an order (not for cancelled or refunded ones).
	 *
	 * @param int $order_id Order id.
	 * @return bool
	 */
	public function trigger( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( ! $order instanceof WC_Order || in_array( $order->get_status(), array( 'cancelled', 'refunded', 'failed' ), true ) ) {
			return false;
		}
		$this->object                         = $order;
		$this->recipient                      = $order->get_billing_email();
		$this->placeholders['{order_number}'] = $order->get_order_number();
		if ( ! $this->is_enabled() || ! $this->get_recipient() ) {
			return false;
		}
		return (bool) $this->send( $this->get_recipient(), $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
	}

	/**
	 * The opt-out link of the order's customer (also the List-Unsubscribe target).
	 *
	 * @return string
	 */
	public function optout_url() {
		$order_id = $this->object instanceof WC_Order ? (int) $this->object->get_id() : 0;
		return shopcx_wc_optout_url( 'review', array( 'order' => (string) $order_id ), shopcx_wc_now() );
	}

	/**
	 * WooCommerce's headers plus List-Unsubscribe (RFC 2369) and one-click (RFC 8058).
	 *
	 * @return string
	 */
	public function get_headers() {
		return rtrim( (string) parent::get_headers(), "\r\n" ) . "\r\n" . implode( "\r\n", shopcx_wc_optout_headers( $this->optout_url() ) ) . "\r\n";
	}

	/**
	 * What both templates get.
	 *
	 * @return array<string, mixed>
	 */
	private function template_args() {
		return array(
			'order'         => $this->object,
			'email_heading' => $this->get_heading(),
			'links'         => $this->object instanceof WC_Order ? shopcx_wc_review_links( $this->object, shopcx_wc_now() ) : array(),
			'optout_url'    => $this->optout_url(),
			'email'         => $this,
		);
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
