<?php
/**
 * The cart reminder e-mail.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * A WooCommerce e-mail: switched on or off, its subject, heading and type (HTML or plain text) set
 * under WooCommerce > Settings > Emails; the templates can be overridden in a theme
 * (woocommerce/emails/shopcx-cart-reminder.php and woocommerce/emails/plain/shopcx-cart-reminder.php).
 */
class ShopCx_WC_Email_Cart_Reminder extends WC_Email {

	/**
	 * The cart row being reminded (id = cart key, email, items, value, currency); empty in a preview.
	 *
	 * @var array<string, mixed>
	 */
	public $cart = array();

	/**
	 * The signed link back to the cart.
	 *
	 * @var string
	 */
	public $recovery_url = '';

	/**
	 * The signed opt-out link (also the List-Unsubscribe target).
	 *
	 * @var string
	 */
	public $optout_url = '';

	/** Sets ids, texts and the templates. */
	public function __construct() {
		$this->id             = 'shopcx_cart_reminder';
		$this->customer_email = true;
		$this->title          = __( 'Cart reminder (ShopCX)', 'shopcx-woocommerce' );
		$this->description    = __( 'Sent to a customer who left items in the cart and agreed to reminders: the items, your help offers, a link back to the cart and an opt-out link.', 'shopcx-woocommerce' );
		$this->template_html  = 'emails/shopcx-cart-reminder.php';
		$this->template_plain = 'emails/plain/shopcx-cart-reminder.php';
		$this->template_base  = SHOPCX_WC_DIR . '/templates/';
		parent::__construct();
	}

	/** Default subject (the text the plain reminder had, with WooCommerce's {site_title}). */
	public function get_default_subject() {
		/* translators: %s: the site name. */
		return sprintf( __( 'You left something in your cart at %s', 'shopcx-woocommerce' ), '{site_title}' );
	}

	/** Default heading. */
	public function get_default_heading() {
		return __( 'Your cart is waiting for you', 'shopcx-woocommerce' );
	}

	/**
	 * Sends the reminder of one cart row.
	 *
	 * @param array<string, mixed> $cart         The cart row (id = cart key, email, items, value, currency).
	 * @param string               $recovery_url Signed link back to the cart.
	 * @param string               $optout_url   Signed opt-out link.
	 * @return bool
	 */
	public function trigger( array $cart, $recovery_url, $optout_url ) {
		$this->cart         = $cart;
		$this->recipient    = (string) ( $cart['email'] ?? '' );
		$this->recovery_url = (string) $recovery_url;
		$this->optout_url   = (string) $optout_url;
		if ( ! $this->is_enabled() || ! $this->get_recipient() ) {
			return false;
		}
		return (bool) $this->send( $this->get_recipient(), $this->get_subject(), $this->get_content(), $this->get_headers(), $this->get_attachments() );
	}

	/**
	 * WooCommerce's headers plus List-Unsubscribe (RFC 2369) and one-click (RFC 8058).
	 *
	 * @return string
	 */
	public function get_headers() {
		$headers = rtrim( (string) parent::get_headers(), "\r\n" ) . "\r\n";
		return '' === $this->optout_url ? $headers : $headers . implode( "\r\n", shopcx_wc_optout_headers( $this->optout_url ) ) . "\r\n";
	}

	/**
	 * What both templates get.
	 *
	 * @return array<string, mixed>
	 */
	private function template_args() {
		// Without trigger() (WooCommerce's e-mail preview) there is no cart: an example of one line.
		$cart     = $this->cart ? $this->cart : array(
			'id'       => '',
			'items'    => 1,
			'value'    => 0,
			'currency' => get_woocommerce_currency(),
		);
		$currency = (string) ( $cart['currency'] ?? get_woocommerce_currency() );
		$total    = wc_price( (float) ( $cart['value'] ?? 0 ), array( 'currency' => $currency ) );
		return array(
			'email_heading' => $this->get_heading(),
			'items'         => '' === (string) ( $cart['id'] ?? '' ) ? array() : shopcx_wc_reminder_items( (string) $cart['id'], $currency ),
			'count'         => (int) ( $cart['items'] ?? 0 ),
			'total_html'    => $total,
			'total_text'    => shopcx_wc_price_text( $total ),
			'help'          => shopcx_wc_reminder_help(),
			'recovery_url'  => '' === $this->recovery_url ? wc_get_cart_url() : $this->recovery_url,
			'optout_url'    => $this->optout_url,
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
