<?php
/**
 * The cart reminder's content: the cart's items (from the WooCommerce session the recovery link
 * restores), the shop's help offers (a settings section of their own), and the WooCommerce e-mail
 * that sends them (ShopCx_WC_Email_Cart_Reminder, templates emails/shopcx-cart-reminder.php and
 * emails/plain/shopcx-cart-reminder.php). The job that decides and claims each reminder is in
 * includes/cart.php.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the reminder e-mail to WooCommerce's e-mails (enabled, subject, heading, HTML or plain
 * text under WooCommerce > Settings > Emails).
 *
 * @param array<string, WC_Email> $emails WC_Email objects by class name.
 * @return array<string, WC_Email>
 */
function shopcx_wc_cart_reminder_email_class( $emails ) {
	require_once SHOPCX_WC_DIR . '/includes/class-shopcx-wc-email-cart-reminder.php';
	$emails['ShopCx_WC_Email_Cart_Reminder'] = new ShopCx_WC_Email_Cart_Reminder();
	return $emails;
}
add_filter( 'woocommerce_email_classes', 'shopcx_wc_cart_reminder_email_class' );

/**
 * The reminder e-mail object, or null when WooCommerce has none (another plugin removed it).
 *
 * @return ShopCx_WC_Email_Cart_Reminder|null
 */
function shopcx_wc_cart_reminder_email() {
	$emails = WC()->mailer()->get_emails();
	$mail   = $emails['ShopCx_WC_Email_Cart_Reminder'] ?? null;
	return $mail instanceof ShopCx_WC_Email_Cart_Reminder ? $mail : null;
}

/**
 * The lines of a cart as its WooCommerce session keeps them (wp_woocommerce_sessions, through
 * WC_Session_Handler::get_session(); the visitor's own session object where there is one, a new
 * handler in a cron job). Lines without a product or a quantity are left out; a session that is
 * gone (WooCommerce keeps it 48 hours) or unreadable gives none.
 *
 * @param string $key Cart key (WooCommerce's session customer id).
 * @return list<array<string, mixed>>
 */
function shopcx_wc_saved_cart_lines( $key ) {
	$session = function_exists( 'WC' ) && WC()->session && method_exists( WC()->session, 'get_session' ) ? WC()->session : null;
	if ( null === $session && class_exists( 'WC_Session_Handler' ) ) {
		$session = new WC_Session_Handler();
	}
	if ( null === $session ) {
		return array();
	}
	$saved = $session->get_session( (string) $key, array() );
	$lines = is_array( $saved ) && isset( $saved['cart'] ) ? maybe_unserialize( $saved['cart'] ) : array();
	$valid = array();
	foreach ( is_array( $lines ) ? $lines : array() as $line ) {
		if ( is_array( $line ) && ! empty( $line['product_id'] ) && ! empty( $line['quantity'] ) ) {
			$valid[] = $line;
		}
	}
	return $valid;
}

/**
 * A price as text (a plain e-mail, a sentence): wc_price()'s markup and entities removed.
 *
 * @param string $price_html What wc_price() returned.
 * @return string
 */
function shopcx_wc_price_text( $price_html ) {
	// WooCommerce puts a no-break space between symbol and amount ("left_space"): a plain space, as its plain e-mails have.
	return trim( str_replace( "\u{a0}", ' ', html_entity_decode( wp_strip_all_tags( (string) $price_html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
}

/**
 * The items the reminder shows: each line's product (the variation when there is one) still in
 * the shop, with its name, quantity, line price at today's price and image (the product's, else
 * WooCommerce's placeholder). Plain values: the templates escape them.
 *
 * @param string $key      Cart key.
 * @param string $currency The cart's currency.
 * @return array<mixed> list of array{name: string, quantity: int, price_html: string, price_text: string, image: string}
 */
function shopcx_wc_reminder_items( $key, $currency ) {
	$items = array();
	foreach ( shopcx_wc_saved_cart_lines( $key ) as $line ) {
		$id      = ! empty( $line['variation_id'] ) ? (int) $line['variation_id'] : (int) $line['product_id'];
		$product = wc_get_product( $id );
		if ( ! $product instanceof WC_Product ) {
			continue; // No longer in the shop.
		}
		$qty     = max( 1, (int) $line['quantity'] );
		$price   = wc_price( wc_get_price_to_display( $product, array( 'qty' => $qty ) ), array( 'currency' => $currency ) );
		$image   = $product->get_image_id() ? wp_get_attachment_image_url( (int) $product->get_image_id(), 'woocommerce_thumbnail' ) : false;
		$items[] = array(
			'name'       => wp_strip_all_tags( $product->get_name() ),
			'quantity'   => $qty,
			'price_html' => $price,
			'price_text' => shopcx_wc_price_text( $price ),
			'image'      => is_string( $image ) && '' !== $image ? $image : wc_placeholder_img_src( 'woocommerce_thumbnail' ),
		);
	}
	/**
	 * The items of a cart reminder (name, quantity, price_html, price_text, image), plain values.
	 *
	 * @param array  $items The items.
	 * @param string $key   Cart key.
	 */
	return (array) apply_filters( 'shopcx_wc_reminder_items', $items, $key );
}

/**
 * The help offers of the settings, as sentences in the site's language; an empty setting is left
 * out. Each has a text and, for the phone, a tel: link.
 *
 * @return list<array{text: string, url: string}>
 */
function shopcx_wc_reminder_help() {
	$help    = array();
	$returns = (string) get_option( 'shopcx_wc_help_free_returns', '' );
	if ( '' !== $returns ) {
		/* translators: %d: number of days. */
		$help[] = shopcx_wc_help_offer( sprintf( _n( 'Free returns within %d day.', 'Free returns within %d days.', (int) $returns, 'shopcx-woocommerce' ), (int) $returns ) );
	}
	$shipping = (string) get_option( 'shopcx_wc_help_free_shipping', '' );
	if ( '' !== $shipping ) {
		/* translators: %s: an amount such as €50.00. */
		$help[] = shopcx_wc_help_offer( sprintf( __( 'Free shipping on orders from %s.', 'shopcx-woocommerce' ), shopcx_wc_price_text( wc_price( (float) $shipping ) ) ) );
	}
	$chat = (string) get_option( 'shopcx_wc_help_chat_hours', '' );
	if ( '' !== $chat ) {
		/* translators: %s: the chat's opening hours as the merchant wrote them. */
		$help[] = shopcx_wc_help_offer( sprintf( __( 'Live chat: %s', 'shopcx-woocommerce' ), $chat ) );
	}
	$phone = (string) get_option( 'shopcx_wc_help_phone', '' );
	if ( '' !== $phone ) {
		/* translators: %s: a phone number. */
		$help[] = shopcx_wc_help_offer( sprintf( __( 'Call us: %s', 'shopcx-woocommerce' ), $phone ), 'tel:' . preg_replace( '/[^+0-9]/', '', $phone ) );
	}
	return $help;
}

/**
 * One help offer.
 *
 * @param string $text The sentence.
 * @param string $url  A link (tel:), or ''.
 * @return array{text: string, url: string}
 */
function shopcx_wc_help_offer( $text, $url = '' ) {
	return array(
		'text' => (string) $text,
		'url'  => (string) $url,
	);
}

// --- settings: a section of its own on the Customer service tab ----------------------------

/**
 * Free returns: empty, or a whole number of days from 1 to 365.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On anything else.
 */
function shopcx_wc_parse_help_returns( $raw ) {
	$value = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( '' !== $value && ( ! preg_match( '/^\d{1,3}$/', $value ) || (int) $value < 1 || (int) $value > 365 ) ) {
		throw new InvalidArgumentException( __( 'must be a whole number of days from 1 to 365, or empty.', 'shopcx-woocommerce' ) );
	}
	return '' === $value ? '' : (string) (int) $value;
}

/**
 * Free shipping from: empty, or an amount in the shop's currency (a dot or a comma before at most
 * two decimals), up to 1,000,000.
 *
 * @param mixed $raw Submitted value.
 * @return string the amount with a dot ("49.95"), or ''
 * @throws InvalidArgumentException On anything else.
 */
function shopcx_wc_parse_help_amount( $raw ) {
	$value = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( '' === $value ) {
		return '';
	}
	if ( ! preg_match( '/^\d{1,7}(?:[.,]\d{1,2})?$/', $value ) || (float) str_replace( ',', '.', $value ) > 1000000 ) {
		throw new InvalidArgumentException( __( 'must be an amount such as 50 or 49.95, or empty.', 'shopcx-woocommerce' ) );
	}
	return wc_format_decimal( str_replace( ',', '.', $value ), 2 );
}

/**
 * The chat hours as the customer reads them: one line of text, at most 100 characters, or empty.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException When too long.
 */
function shopcx_wc_parse_help_chat( $raw ) {
	$value = sanitize_text_field( is_scalar( $raw ) ? (string) $raw : '' );
	if ( mb_strlen( $value ) > 100 ) {
		throw new InvalidArgumentException( __( 'at most 100 characters.', 'shopcx-woocommerce' ) );
	}
	return $value;
}

/**
 * A phone number: digits, spaces and + ( ) - . / (5 to 30 characters, at least five digits), or empty.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On anything else.
 */
function shopcx_wc_parse_help_phone( $raw ) {
	$value = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( '' !== $value && ( ! preg_match( '#^\+?[0-9 ()./-]{5,30}$#', $value ) || preg_match_all( '/\d/', $value ) < 5 ) ) {
		throw new InvalidArgumentException( __( 'must be a phone number such as +31 20 123 4567, or empty.', 'shopcx-woocommerce' ) );
	}
	return $value;
}

/**
 * The help offers a cart reminder names: free returns, free shipping from an amount, chat hours,
 * phone. Each is left out of the e-mail while empty.
 *
 * @param array<string, array<string, mixed>> $sections The tab's sections.
 * @return array<string, array<string, mixed>>
 */
function shopcx_wc_reminder_help_section( $sections ) {
	$empty                     = __( 'Empty: not mentioned.', 'shopcx-woocommerce' );
	$sections['reminder_help'] = array(
		'title'  => __( 'Help offered in cart reminders', 'shopcx-woocommerce' ),
		'desc'   => __( 'What a cart reminder offers besides the items and the link back to the cart. The e-mail itself (on or off, subject, HTML or plain text) is under WooCommerce > Settings > Emails > Cart reminder (ShopCX).', 'shopcx-woocommerce' ),
		'fields' => array(
			array(
				'title'             => __( 'Free returns within (days)', 'shopcx-woocommerce' ),
				'desc'              => $empty,
				'id'                => 'shopcx_wc_help_free_returns',
				'type'              => 'number',
				'default'           => '',
				'custom_attributes' => array(
					'min' => 1,
					'max' => 365,
				),
				'parse'             => 'shopcx_wc_parse_help_returns',
			),
			array(
				'title'   => __( 'Free shipping from (amount)', 'shopcx-woocommerce' ),
				'desc'    => __( 'In the shop\'s currency, e.g. 50 or 49.95. Empty: not mentioned.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_help_free_shipping',
				'type'    => 'text',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_help_amount',
			),
			array(
				'title'   => __( 'Live chat hours', 'shopcx-woocommerce' ),
				'desc'    => __( 'As your customers should read them, in the shop\'s language, e.g. "Mon-Fri 9:00-17:00". Empty: not mentioned.', 'shopcx-woocommerce' ),
				'id'      => 'shopcx_wc_help_chat_hours',
				'type'    => 'text',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_help_chat',
			),
			array(
				'title'   => __( 'Phone number', 'shopcx-woocommerce' ),
				'desc'    => $empty,
				'id'      => 'shopcx_wc_help_phone',
				'type'    => 'text',
				'default' => '',
				'parse'   => 'shopcx_wc_parse_help_phone',
			),
		),
	);
	return $sections;
}
add_filter( 'shopcx_wc_settings_sections', 'shopcx_wc_reminder_help_section' );
