<?php
/**
 * A minimal stand-in of ONLY the WooCommerce classes and functions the plugin calls, for the
 * tests (WooCommerce itself is not in the Debian archive). Loaded as a must-use plugin, so it
 * exists before the plugin, as WooCommerce would. Behaviour follows WooCommerce where the
 * plugin depends on it (WC_Admin_Settings::save_fields runs the sanitize filters and keeps
 * errors; the availability filter is applied by products and variations alike).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable

abstract class WC_Settings_Page {
	public $id = '';
	public $label = '';

	public function __construct() {
		add_filter( 'woocommerce_settings_tabs_array', array( $this, 'add_settings_page' ), 20 );
		add_action( 'woocommerce_settings_save_' . $this->id, array( $this, 'save' ) );
	}

	public function add_settings_page( $pages ) {
		$pages[ $this->id ] = $this->label;
		return $pages;
	}

	public function get_settings( $current_section = '' ) {
		return array();
	}

	public function save() {
		WC_Admin_Settings::save_fields( $this->get_settings() );
	}
}

class WC_Admin_Settings {
	public static $errors = array();

	public static function add_error( $text ) {
		self::$errors[] = $text;
	}

	public static function get_errors() {
		return self::$errors;
	}

	/** As WooCommerce: reads $_POST, sanitizes per type, runs the per-option filter, saves. */
	public static function save_fields( $options, $data = null ) {
		$data = null === $data ? $_POST : $data;
		foreach ( $options as $option ) {
			if ( empty( $option['id'] ) || in_array( $option['type'], array( 'title', 'sectionend' ), true ) || ! array_key_exists( $option['id'], $data ) ) {
				continue;
			}
			$raw = $data[ $option['id'] ];
			switch ( $option['type'] ) {
				case 'textarea':
					$value = wp_kses_post( trim( $raw ) );
					break;
				case 'number':
					$value = (string) (int) $raw;
					break;
				default:
					$value = wc_clean( $raw );
			}
			$value = apply_filters( 'woocommerce_admin_settings_sanitize_option', $value, $option, $raw );
			$value = apply_filters( 'woocommerce_admin_settings_sanitize_option_' . $option['id'], $value, $option, $raw );
			if ( null !== $value ) {
				update_option( $option['id'], $value );
			}
		}
		return true;
	}
}

class WC_Email {
	public $id = '';
	public $title = '';
	public $description = '';
	public $template_html = '';
	public $template_plain = '';
	public $template_base = '';
	public $placeholders = array();
	public $customer_email = false;
	public $object = null;
	public $recipient = '';
	public $enabled = 'yes';

	public function __construct() {}
	public function is_enabled() { return 'yes' === $this->enabled; }
	public function get_recipient() { return $this->recipient; }
	public function format_string( $s ) { return strtr( $s, $this->placeholders ); }
	public function get_subject() { return $this->format_string( $this->get_default_subject() ); }
	public function get_heading() { return $this->format_string( $this->get_default_heading() ); }
	public function get_default_subject() { return ''; }
	public function get_default_heading() { return ''; }
	public function get_content() { return $this->get_content_plain(); }
	public function get_content_plain() { return ''; }
	public function get_headers() { return "Content-Type: text/plain\r\n"; }
	public function get_attachments() { return array(); }
	/** As WC_Email::send() (WooCommerce 5.6+): fires woocommerce_email_sent after wp_mail(). */
	public function send( $to, $subject, $message, $headers, $attachments ) {
		$sent = wp_mail( $to, $subject, $message, $headers, $attachments );
		do_action( 'woocommerce_email_sent', $sent, (string) $this->id, $this );
		return $sent;
	}
}

class WC_Product {
	public $data;
	public function __construct( array $data ) { $this->data = $data + array( 'manage' => true, 'qty' => 0, 'in_stock' => true, 'backorders' => false ); }
	public function get_id() { return $this->data['id']; }
	public function managing_stock() { return $this->data['manage']; }
	public function get_stock_quantity() { return $this->data['manage'] ? $this->data['qty'] : null; }
	public function is_in_stock() { return $this->data['manage'] ? ( $this->data['qty'] > 0 || $this->data['backorders'] ) : $this->data['in_stock']; }
	public function backorders_allowed() { return $this->data['backorders']; }
	/** As WC_Product::get_availability_text(): variations run the same filter. */
	public function get_availability_text() { return apply_filters( 'woocommerce_get_availability_text', 'In stock', $this ); }
}

class WC_Product_Variation extends WC_Product {}

class WC_Order_Item_Product {
	private $product_id;
	public function __construct( $product_id ) { $this->product_id = $product_id; }
	public function get_product_id() { return $this->product_id; }
}

class WC_Order {
	public $data;
	public function __construct( array $data ) { $this->data = $data; }
	public function get_id() { return $this->data['id']; }
	public function get_order_number() { return (string) $this->data['id']; }
	public function get_status() { return $this->data['status']; }
	public function get_billing_email() { return $this->data['email']; }
	public function get_billing_first_name() { return $this->data['first_name']; }
	public function get_items() { return array_map( fn( $id ) => new WC_Order_Item_Product( $id ), $this->data['products'] ); }
}

class WC_Cart_Standin {
	private $lines;
	public function __construct( array $lines ) { $this->lines = $lines; }
	public function get_cart() { return $this->lines; }
	public function get_cart_contents_count() { return count( $this->lines ); }
	public function get_cart_contents_total() { return 10.0 * count( $this->lines ); }
}

class WC_Session_Standin {
	private $data = array();
	public function __construct( private string $customer_id ) {}
	public function get_customer_id() { return $this->customer_id; }
	public function get( $key, $default = null ) { return $this->data[ $key ] ?? $default; }
	public function set( $key, $value ) { $this->data[ $key ] = $value; }
}

class WC_Mailer_Standin {
	private $emails;
	public function get_emails() {
		return $this->emails ??= apply_filters( 'woocommerce_email_classes', array() );
	}
}

class WooCommerce_Standin {
	public $cart = null;
	public $session = null;
	private $mailer;
	public function mailer() { return $this->mailer ??= new WC_Mailer_Standin(); }
}

/** Products and orders the tests create: id => object. */
$GLOBALS['wc_standin_products'] = array();
$GLOBALS['wc_standin_orders']   = array();

function WC() {
	static $wc;
	return $wc ??= new WooCommerce_Standin();
}
function wc_get_product( $id ) { return $GLOBALS['wc_standin_products'][ (int) $id ] ?? false; }
function wc_get_order( $id ) { return $GLOBALS['wc_standin_orders'][ (int) $id ] ?? false; }
function wc_get_cart_url() { return home_url( '/cart/' ); }
function get_woocommerce_currency() { return 'EUR'; }
function wc_clean( $var ) { return is_array( $var ) ? array_map( 'wc_clean', $var ) : sanitize_text_field( $var ); }
function wc_get_template_html( $template, $args = array(), $template_path = '', $default_path = '' ) {
	extract( $args ); // phpcs:ignore
	ob_start();
	include $default_path . $template;
	return ob_get_clean();
}
function wc_get_template( $template, $args = array(), $template_path = '', $default_path = '' ) {
	echo wc_get_template_html( $template, $args, $template_path, $default_path ); // phpcs:ignore
}
