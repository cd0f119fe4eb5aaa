<?php
/**
 * A minimal stand-in of ONLY the WooCommerce classes and functions the plugin calls, for the
 * tests (WooCommerce itself is not in the Debian archive). Loaded as a must-use plugin, so it
 * exists before the plugin, as WooCommerce would. Signatures and behaviour follow WooCommerce 11.0
 * (checked against its source: includes/, src/Blocks/Domain/Services/CheckoutFields.php,
 * src/StoreApi/Routes/V1/{CartUpdateCustomer,Checkout}.php, src/Utilities/FeaturesUtil.php) where
 * the plugin depends on them; what still differs is listed in the plugin's README ("The
 * WooCommerce stand-in").
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable

namespace {

abstract class WC_Settings_Page {
	/** As WooCommerce: protected, read through get_id() / get_label(). */
	protected $id = '';
	protected $label = '';

	public function __construct() {
		add_filter( 'woocommerce_settings_tabs_array', array( $this, 'add_settings_page' ), 20 );
		add_action( 'woocommerce_settings_save_' . $this->id, array( $this, 'save' ) );
	}

	public function get_id() { return $this->id; }
	public function get_label() { return $this->label; }

	public function add_settings_page( $pages ) {
		$pages[ $this->id ] = $this->label;
		return $pages;
	}

	/** As WooCommerce: no declared parameter; an optional section id through func_get_arg(). */
	public function get_settings() {
		$section_id = 0 === func_num_args() ? '' : func_get_arg( 0 );
		return $this->get_settings_for_section( $section_id );
	}

	final public function get_settings_for_section( $section_id ) {
		return apply_filters( 'woocommerce_get_settings_' . $this->id, array(), $section_id );
	}

	public function save() {
		WC_Admin_Settings::save_fields( $this->get_settings() );
	}
}

class WC_Admin_Settings {
	/** As WooCommerce: private, no getter (tests read it by reflection; WooCommerce prints it in show_messages()). */
	private static $errors = array();

	public static function add_error( $text ) {
		self::$errors[] = $text;
	}

	/** As WooCommerce 11's: what the settings form shows for a field without 'value' (stripslashes() on a string, wp_unslash() on an array). */
	public static function get_option( $option_name, $default = '' ) {
		$option_value = get_option( $option_name, null );
		if ( is_array( $option_value ) ) {
			$option_value = wp_unslash( $option_value );
		} elseif ( ! is_null( $option_value ) ) {
			$option_value = stripslashes( $option_value );
		}
		return ( null === $option_value ) ? $default : $option_value;
	}

	/** As WooCommerce 11's save_fields(), without the image_width and relative_date_selector types and the deprecated per-type actions. */
	public static function save_fields( $options, $data = null ) {
		if ( is_null( $data ) ) {
			$data = $_POST;
		}
		if ( empty( $data ) ) {
			return false;
		}
		$update_options   = array();
		$autoload_options = array();
		foreach ( $options as $option ) {
			if ( ! isset( $option['id'] ) || ! isset( $option['type'] ) || ( isset( $option['is_option'] ) && false === $option['is_option'] ) ) {
				continue;
			}
			$option_name = $option['field_name'] ?? $option['id'];
			if ( strstr( $option_name, '[' ) ) {
				parse_str( $option_name, $option_name_array );
				$option_name  = current( array_keys( $option_name_array ) );
				$setting_name = key( $option_name_array[ $option_name ] );
				$raw_value    = isset( $data[ $option_name ][ $setting_name ] ) ? wp_unslash( $data[ $option_name ][ $setting_name ] ) : null;
			} else {
				$setting_name = '';
				$raw_value    = isset( $data[ $option_name ] ) ? wp_unslash( $data[ $option_name ] ) : null;
			}
			switch ( $option['type'] ) {
				case 'checkbox':
					$value = '1' === $raw_value || 'yes' === $raw_value ? 'yes' : 'no';
					break;
				case 'textarea':
					$value = wp_kses_post( trim( (string) $raw_value ) ); // WooCommerce: trim( $raw_value ), deprecated for null on PHP 8.1+.
					break;
				case 'multiselect':
				case 'multi_select_countries':
					$value = array_filter( array_map( 'wc_clean', (array) $raw_value ) );
					break;
				case 'select':
					$allowed_values = empty( $option['options'] ) ? array() : array_map( 'strval', array_keys( $option['options'] ) );
					if ( empty( $option['default'] ) && empty( $allowed_values ) ) {
						$value = null;
						break;
					}
					$default = ( empty( $option['default'] ) ? $allowed_values[0] : $option['default'] );
					$value   = in_array( $raw_value, $allowed_values, true ) ? $raw_value : $default;
					break;
				case 'password':
					$value = is_string( $raw_value ) ? trim( $raw_value ) : null;
					break;
				default:
					$value = wc_clean( $raw_value );
			}
			$value = apply_filters( 'woocommerce_admin_settings_sanitize_option', $value, $option, $raw_value );
			$value = apply_filters( "woocommerce_admin_settings_sanitize_option_$option_name", $value, $option, $raw_value );
			if ( is_null( $value ) ) {
				continue;
			}
			if ( $option_name && $setting_name ) {
				if ( ! isset( $update_options[ $option_name ] ) ) {
					$update_options[ $option_name ] = get_option( $option_name, array() );
				}
				if ( ! is_array( $update_options[ $option_name ] ) ) {
					$update_options[ $option_name ] = array();
				}
				$update_options[ $option_name ][ $setting_name ] = $value;
			} else {
				$update_options[ $option_name ] = $value;
			}
			$autoload_options[ $option_name ] = isset( $option['autoload'] ) ? (bool) $option['autoload'] : true;
			do_action( 'woocommerce_update_option', $option );
		}
		foreach ( $update_options as $name => $value ) {
			update_option( $name, $value, $autoload_options[ $name ] ? 'yes' : 'no' );
		}
		return true;
	}
}

/**
 * WC_Email for what the plugin's two e-mails use. As WooCommerce 11: the recipient, subject,
 * heading, enabled state and attachments pass their filters, the recipient is split and checked,
 * {site_title} and {blogname} are placeholders, send() fires woocommerce_email_sent. Unlike it:
 * no settings (enabled, subject, heading and e-mail type from woocommerce_<id>_settings), always
 * plain text (WooCommerce's default type is HTML, styled inline), no From filters.
 */
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
	/** plain, html or multipart: read from the e-mail's settings (woocommerce_<id>_settings) as WooCommerce does; see get_email_type(). */
	public $email_type = 'plain';

	/**
	 * How WC_Email::get_content() turns entities into text in a plain e-mail: the same patterns and
	 * replacements as WooCommerce 11's $plain_search / $plain_replace, in order (quotes, dashes,
	 * currency signs; unknown entities dropped; runs of spaces collapsed last).
	 */
	private const PLAIN_TEXT = array(
		"/\r/"                                                  => '',
		'/&(nbsp|#0*160);/i'                                    => ' ',
		'/&(quot|rdquo|ldquo|#0*8220|#0*8221|#0*147|#0*148);/i' => '"',
		'/&(apos|rsquo|lsquo|#0*8216|#0*8217);/i'               => "'",
		'/&gt;/i'                                               => '>',
		'/&lt;/i'                                               => '<',
		'/&#0*38;/i'                                            => '&',
		'/&amp;/i'                                              => '&',
		'/&(copy|#0*169);/i'                                    => '(c)',
		'/&(trade|#0*8482|#0*153);/i'                           => '(tm)',
		'/&(reg|#0*174);/i'                                     => '(R)',
		'/&(mdash|#0*151|#0*8212);/i'                           => '--',
		'/&(ndash|minus|#0*8211|#0*8722);/i'                    => '-',
		'/&(bull|#0*149|#0*8226);/i'                            => '*',
		'/&(pound|#0*163);/i'                                   => '£',
		'/&(euro|#0*8364);/i'                                   => 'EUR',
		'/&(dollar|#0*36);/i'                                   => '$',
		'/&[^&\s;]+;/i'                                         => '',
		'/[ ]{2,}/'                                             => ' ',
	);

	public function __construct() {
		$this->placeholders = array_merge( array( '{site_title}' => get_bloginfo( 'name', 'display' ) ), $this->placeholders );
		// WooCommerce: init_settings() reads woocommerce_<id>_settings (the form under WooCommerce > Settings > Emails).
		$settings = get_option( 'woocommerce_' . $this->id . '_settings', array() );
		if ( is_array( $settings ) && isset( $settings['email_type'] ) && in_array( $settings['email_type'], array( 'plain', 'html', 'multipart' ), true ) ) {
			$this->email_type = $settings['email_type'];
		}
		if ( is_array( $settings ) && isset( $settings['enabled'] ) ) {
			$this->enabled = 'yes' === $settings['enabled'] ? 'yes' : 'no';
		}
	}
	/** As WooCommerce 11: the type chosen in the e-mail's settings (HTML needs DOMDocument). */
	public function get_email_type() { return $this->email_type && class_exists( 'DOMDocument' ) ? $this->email_type : 'plain'; }
	public function get_content_type( $default_content_type = '' ) {
		$types = array( 'html' => 'text/html', 'multipart' => 'multipart/alternative' );
		return apply_filters( 'woocommerce_email_content_type', $types[ $this->get_email_type() ] ?? 'text/plain', $this, $default_content_type );
	}
	public function is_enabled() { return apply_filters( 'woocommerce_email_enabled_' . $this->id, 'yes' === $this->enabled, $this->object, $this ); }
	public function get_recipient() {
		$recipient  = apply_filters( 'woocommerce_email_recipient_' . $this->id, $this->recipient, $this->object, $this );
		$recipients = array_filter( array_map( 'trim', explode( ',', $recipient ?? '' ) ), 'is_email' );
		return implode( ', ', $recipients );
	}
	public function format_string( $string ) {
		$find    = array_merge( array_keys( $this->placeholders ), array( '{blogname}' ) );
		$replace = array_merge( array_values( $this->placeholders ), array( get_bloginfo( 'name', 'display' ) ) );
		return apply_filters( 'woocommerce_email_format_string', str_replace( $find, $replace, (string) $string ), $this );
	}
	public function get_subject() { return apply_filters( 'woocommerce_email_subject_' . $this->id, $this->format_string( $this->get_default_subject() ), $this->object, $this ); }
	public function get_heading() { return apply_filters( 'woocommerce_email_heading_' . $this->id, $this->format_string( $this->get_default_heading() ), $this->object, $this ); }
	public function get_default_subject() { return ''; }
	public function get_default_heading() { return ''; }
	/** As WooCommerce: plain text with tags stripped, entities replaced, wrapped at 70; else the HTML template's output (WooCommerce's CSS inliner is not run). */
	public function get_content() {
		if ( 'plain' === $this->get_email_type() ) {
			return wordwrap( preg_replace( array_keys( self::PLAIN_TEXT ), array_values( self::PLAIN_TEXT ), wp_strip_all_tags( $this->get_content_plain() ) ), 70 );
		}
		return $this->get_content_html();
	}
	public function get_content_plain() { return ''; }
	public function get_content_html() { return ''; }
	public function get_headers() { return apply_filters( 'woocommerce_email_headers', 'Content-Type: ' . $this->get_content_type() . "\r\n", $this->id, $this->object, $this ); }
	public function get_attachments() { return apply_filters( 'woocommerce_email_attachments', array(), $this->id, $this->object, $this ); }
	/**
	 * As WooCommerce 11's style_inline(): an HTML (or multipart) mail goes through the CSS inliner,
	 * Emogrifier's CssInliner on a DOMDocument (woocommerce_mail_style_inline_callback may replace it).
	 * The stand-in does the DOMDocument round trip without CSS, which is what changes the markup a
	 * test reads: a whole document (doctype, head with the charset), entities of text written as
	 * characters ("&#039;" as "'", "&euro;" as "€", "&nbsp;" as U+00A0), "&quot;" kept in attributes
	 * only. (Emogrifier also rewrites style attributes, "font-size:small" as "font-size: small;".)
	 */
	public function style_inline( $content ) {
		if ( ! in_array( $this->get_content_type(), array( 'text/html', 'multipart/alternative' ), true ) ) {
			return $content;
		}
		$callback = apply_filters( 'woocommerce_mail_style_inline_callback', array( $this, 'apply_inline_style' ), $content, $this );
		return call_user_func( is_callable( $callback ) ? $callback : array( $this, 'apply_inline_style' ), $content );
	}
	/** The DOMDocument round trip of Emogrifier's CssInliner::fromHtml()->render() (see style_inline()). */
	public function apply_inline_style( $content ) {
		$document = new DOMDocument();
		$errors   = libxml_use_internal_errors( true );
		$document->loadHTML( '<?xml encoding="utf-8"?>' . preg_replace( '/^\s*<!DOCTYPE[^>]*>/i', '', (string) $content ) );
		libxml_clear_errors();
		libxml_use_internal_errors( $errors );
		$head = $document->getElementsByTagName( 'head' )->item( 0 );
		if ( ! $head ) {
			$head = $document->documentElement->insertBefore( $document->createElement( 'head' ), $document->documentElement->firstChild );
		}
		$meta = $document->createElement( 'meta' );
		$meta->setAttribute( 'http-equiv', 'Content-Type' );
		$meta->setAttribute( 'content', 'text/html; charset=utf-8' );
		$head->insertBefore( $meta, $head->firstChild );
		return "<!DOCTYPE html>\n" . $document->saveHTML( $document->documentElement ) . "\n";
	}
	/** As WC_Email::send() (WooCommerce 11): the HTML through style_inline(), woocommerce_email_sent after wp_mail(). */
	public function send( $to, $subject, $message, $headers, $attachments ) {
		$message = apply_filters( 'woocommerce_mail_content', $this->style_inline( $message ) );
		$sent    = (bool) wp_mail( $to, wp_specialchars_decode( $subject ), $message, $headers, $attachments );
		do_action( 'woocommerce_email_sent', $sent, (string) $this->id, $this );
		return $sent;
	}
}

/** As WC_Meta_Data: key and value read (and written) as properties. */
class WC_Meta_Data {
	private $data;
	public function __construct( $meta = array() ) { $this->data = (array) $meta + array( 'id' => null, 'key' => '', 'value' => null ); }
	public function __get( $key ) { return $this->data[ $key ] ?? null; }
	public function __set( $key, $value ) { $this->data[ $key ] = $value; }
	public function __isset( $key ) { return isset( $this->data[ $key ] ); }
}

/**
 * The meta API of WC_Data as WooCommerce 11 has it (get_meta, update_meta_data, get_meta_data,
 * delete_meta_data): meta lives on the object until save(), which here keeps it in memory (no
 * data store: nothing is written to posts, post meta or the order tables).
 */
abstract class WC_Data {
	protected $id = 0;
	protected $meta_data = array();
	protected $object_type = 'data';

	public function get_id() { return $this->id; }
	public function set_id( $id ) { $this->id = absint( $id ); }
	public function save() { return $this->get_id(); }

	public function get_meta( $key = '', $single = true, $context = 'view' ) {
		$meta_data  = $this->get_meta_data();
		$array_keys = array_keys( wp_list_pluck( $meta_data, 'key' ), $key, true );
		$value      = $single ? '' : array();
		if ( ! empty( $array_keys ) ) {
			$value = $single ? $meta_data[ current( $array_keys ) ]->value : array_intersect_key( $meta_data, array_flip( $array_keys ) );
		}
		if ( 'view' === $context ) {
			$value = apply_filters( 'woocommerce_' . $this->object_type . '_get_' . $key, $value, $this );
		}
		return $value;
	}

	public function get_meta_data() {
		return array_values( array_filter( $this->meta_data, fn( $meta ) => ! is_null( $meta->value ) ) );
	}

	public function add_meta_data( $key, $value, $unique = false ) {
		if ( $unique ) {
			$this->delete_meta_data( $key );
		}
		$this->meta_data[] = new WC_Meta_Data( array( 'key' => $key, 'value' => $value ) );
	}

	public function update_meta_data( $key, $value, $meta_id = 0 ) {
		foreach ( $this->meta_data as $meta ) {
			if ( $meta->key === $key ) {
				$meta->value = $value;
				return;
			}
		}
		$this->add_meta_data( $key, $value, true );
	}

	public function delete_meta_data( $key ) {
		foreach ( $this->meta_data as $meta ) {
			if ( $meta->key === $key ) {
				$meta->value = null;
			}
		}
	}
}

/**
 * A product from an array (id, manage, qty, in_stock, backorders): the stand-in has no data store.
 * Stock logic as WooCommerce's: managing_stock() also needs the shop-wide woocommerce_manage_stock
 * option (WooCommerce's default: yes); is_in_stock() is the stock status (in stock with quantity > 0,
 * on backorder at 0 when backorders are allowed), through woocommerce_product_is_in_stock;
 * get_availability_text() is protected and reached through get_availability().
 */
class WC_Product extends WC_Data {
	public $data;
	protected $object_type = 'product';
	public function __construct( array $data ) { $this->data = $data + array( 'manage' => true, 'qty' => 0, 'in_stock' => true, 'backorders' => false ); $this->id = (int) $this->data['id']; }
	/** As WooCommerce: the type (simple; a test's array may say variable or variation), is_type() of one or a list. */
	public function get_type() { return (string) ( $this->data['type'] ?? 'simple' ); }
	public function is_type( $type ) { return ( $this->get_type() === $type || ( is_array( $type ) && in_array( $this->get_type(), $type, true ) ) ); }
	public function get_parent_id( $context = 'view' ) { return (int) ( $this->data['parent'] ?? 0 ); }
	/** The post status, as WooCommerce's: publish, draft, pending, private (a disabled variation), future. */
	public function get_status( $context = 'view' ) { return (string) ( $this->data['status'] ?? 'publish' ); }
	public function get_name( $context = 'view' ) { return (string) ( $this->data['name'] ?? 'Product ' . $this->get_id() ); }
	/** The active price as WooCommerce stores it (a string; '' when the product has none). */
	public function get_price( $context = 'view' ) { return (string) apply_filters( 'woocommerce_product_get_price', (string) ( $this->data['price'] ?? '' ), $this ); }
	/** The main image's attachment id (0: none); a variation without one shows its parent's, as WooCommerce's in the view context. */
	public function get_image_id( $context = 'view' ) {
		$id = (int) ( $this->data['image'] ?? 0 );
		if ( ! $id && 'view' === $context && $this->get_parent_id() && ( $parent = wc_get_product( $this->get_parent_id() ) ) ) {
			$id = (int) $parent->get_image_id();
		}
		return $id;
	}
	public function get_manage_stock( $context = 'view' ) { return (bool) $this->data['manage']; }
	public function managing_stock() { return 'yes' === get_option( 'woocommerce_manage_stock', 'yes' ) ? $this->get_manage_stock() : false; }
	public function get_stock_quantity( $context = 'view' ) { return $this->data['manage'] ? $this->data['qty'] : null; }
	public function get_stock_status( $context = 'view' ) {
		if ( ! $this->data['manage'] ) {
			return $this->data['in_stock'] ? 'instock' : 'outofstock';
		}
		return $this->data['qty'] > 0 ? 'instock' : ( $this->data['backorders'] ? 'onbackorder' : 'outofstock' );
	}
	public function is_in_stock() { return apply_filters( 'woocommerce_product_is_in_stock', 'outofstock' !== $this->get_stock_status(), $this ); }
	public function is_on_backorder( $qty_in_cart = 0 ) { return 'onbackorder' === $this->get_stock_status() || ( $this->managing_stock() && $this->backorders_allowed() && ( $this->get_stock_quantity() - $qty_in_cart ) < 0 ); }
	public function backorders_allowed() { return apply_filters( 'woocommerce_product_backorders_allowed', (bool) $this->data['backorders'], $this->get_id(), $this ); }
	public function backorders_require_notification() { return false; } // The stand-in's backorders are "yes", not "notify".
	public function get_availability() {
		return apply_filters( 'woocommerce_get_availability', array( 'availability' => $this->get_availability_text(), 'class' => $this->is_in_stock() ? 'in-stock' : 'out-of-stock' ), $this );
	}
	/** As WooCommerce: protected; the texts of woocommerce_stock_format '' (the default: "3 in stock"). */
	protected function get_availability_text() {
		if ( ! $this->is_in_stock() ) {
			$availability = __( 'Out of stock', 'woocommerce' );
		} elseif ( $this->managing_stock() && $this->is_on_backorder( 1 ) ) {
			$availability = $this->backorders_require_notification() ? __( 'Available on backorder', 'woocommerce' ) : '';
		} elseif ( ! $this->managing_stock() && $this->is_on_backorder( 1 ) ) {
			$availability = __( 'Available on backorder', 'woocommerce' );
		} elseif ( $this->managing_stock() ) {
			$availability = sprintf( __( '%s in stock', 'woocommerce' ), $this->get_stock_quantity() );
		} else {
			$availability = '';
		}
		return apply_filters( 'woocommerce_get_availability_text', $availability, $this );
	}
}

class WC_Product_Variation extends WC_Product {}

class WC_Order_Item_Product {
	private $product_id;
	public function __construct( $product_id ) { $this->product_id = $product_id; }
	public function get_product_id( $context = 'view' ) { return $this->product_id; }
}

/**
 * An order from an array (id, status, email, first_name, products, customer_id, created_via): no
 * data store. get_items() is keyed by item id, as WooCommerce's.
 */
class WC_Order extends WC_Data {
	public $data;
	protected $object_type = 'order';
	public function __construct( array $data ) { $this->data = $data + array( 'status' => 'pending', 'email' => '', 'first_name' => '', 'products' => array(), 'customer_id' => 0, 'created_via' => '' ); $this->id = (int) $this->data['id']; }
	public function get_order_number() { return (string) apply_filters( 'woocommerce_order_number', $this->get_id(), $this ); }
	public function get_status( $context = 'view' ) { return $this->data['status']; }
	public function get_billing_email( $context = 'view' ) { return $this->data['email']; }
	public function get_billing_first_name( $context = 'view' ) { return $this->data['first_name']; }
	public function get_customer_id( $context = 'view' ) { return (int) $this->data['customer_id']; }
	public function get_created_via( $context = 'view' ) { return $this->data['created_via']; }
	/** As WooCommerce: the order total as stored (a string), 'total' of the test's array. */
	public function get_total( $context = 'view' ) { return (string) apply_filters( 'woocommerce_order_get_total', wc_format_decimal( $this->data['total'] ?? 0, 2 ), $this ); }
	/** WC_DateTime (UTC) of 'created' (Unix time) of the test's array, null without one. */
	public function get_date_created( $context = 'view' ) { return isset( $this->data['created'] ) ? new WC_DateTime( '@' . (int) $this->data['created'] ) : null; }
	public function get_items( $types = 'line_item' ) {
		$items = array();
		foreach ( array_values( $this->data['products'] ) as $i => $product_id ) {
			$items[ $this->get_id() * 100 + $i + 1 ] = new WC_Order_Item_Product( $product_id );
		}
		return apply_filters( 'woocommerce_order_get_items', $items, $this, (array) $types );
	}
}

/**
 * A customer: a registered one (user id) or the session's guest (id 0), as WC()->customer is.
 * Properties through set_props() and the billing getters; set_billing_email() refuses an invalid
 * address as WooCommerce's does (WC_Data_Exception, which set_props() turns into a WP_Error).
 */
class WC_Customer extends WC_Data {
	protected $object_type = 'customer';
	private $props = array();
	private $is_session;
	public function __construct( $data = 0, $is_session = false ) { $this->id = is_numeric( $data ) ? (int) $data : 0; $this->is_session = (bool) $is_session; }
	public function get_billing_email( $context = 'view' ) { return $this->props['billing_email'] ?? ''; }
	public function get_billing_first_name( $context = 'view' ) { return $this->props['billing_first_name'] ?? ''; }
	/** As WC_Customer_Data_Store::get_order_count(): the customer's orders of any status (the stand-in's orders). */
	public function get_order_count() { return (int) apply_filters( 'woocommerce_customer_get_order_count', count( wc_get_orders( array( 'customer' => $this->get_id(), 'limit' => -1, 'return' => 'ids' ) ) ), $this ); }
	/** As WC_Customer_Data_Store::get_total_spent(): the totals of the customer's paid orders, wc_format_decimal()'d. */
	public function get_total_spent() {
		$orders = $this->get_id() ? wc_get_orders( array( 'customer' => $this->get_id(), 'status' => wc_get_is_paid_statuses(), 'limit' => -1 ) ) : array();
		return apply_filters( 'woocommerce_customer_get_total_spent', wc_format_decimal( array_sum( array_map( fn( $o ) => (float) $o->get_total(), $orders ) ), 2 ), $this );
	}
	public function set_billing_email( $value ) {
		if ( $value && ! is_email( $value ) ) {
			throw new InvalidArgumentException( 'customer_invalid_billing_email' );
		}
		$this->props['billing_email'] = sanitize_email( $value );
	}
	public function set_props( $props, $context = 'set' ) {
		$errors = false;
		foreach ( $props as $prop => $value ) {
			if ( is_null( $value ) ) {
				continue;
			}
			try {
				if ( is_callable( array( $this, "set_$prop" ) ) ) {
					$this->{"set_$prop"}( $value );
				} elseif ( str_starts_with( $prop, 'billing_' ) || str_starts_with( $prop, 'shipping_' ) ) {
					$this->props[ $prop ] = wc_clean( $value );
				}
			} catch ( InvalidArgumentException $e ) {
				$errors = $errors ?: new WP_Error();
				$errors->add( $e->getMessage(), 'Invalid billing email address' );
			}
		}
		return $errors ?: true;
	}
}

/** Cart lines as WooCommerce keeps them: data (the product), quantity, line_total. */
class WC_Cart_Standin {
	private $lines;
	public function __construct( array $lines ) { $this->lines = $lines; }
	public function get_cart() { return $this->lines; }
	/** As WC_Cart: the sum of the lines' quantities. */
	public function get_cart_contents_count() { return apply_filters( 'woocommerce_cart_contents_count', array_sum( wp_list_pluck( $this->get_cart(), 'quantity' ) ) ); }
	/** As WC_Cart after calculate_totals(): the lines' totals (without tax). */
	public function get_cart_contents_total() { return apply_filters( 'woocommerce_cart_get_cart_contents_total', (float) array_sum( wp_list_pluck( $this->get_cart(), 'line_total' ) ) ); }
	public function needs_shipping() { return true; }
	/** As WC_Cart: the line's key when it is in the cart, else ''. */
	public function find_product_in_cart( $cart_id = false ) { return false !== $cart_id && isset( $this->lines[ $cart_id ] ) ? $cart_id : ''; }
	/** As WC_Cart: md5 of the product, variation and its attributes (no cart item data here). */
	public function generate_cart_id( $product_id, $variation_id = 0, $variation = array(), $cart_item_data = array() ) {
		$parts = array( $product_id );
		if ( $variation_id ) {
			$parts[] = $variation_id;
		}
		if ( $variation ) {
			$parts[] = implode( '', array_map( fn( $k, $v ) => trim( $k ) . trim( $v ), array_keys( $variation ), $variation ) );
		}
		return md5( implode( '_', $parts ) );
	}
	/**
	 * As WC_Cart::add_to_cart(): false for a product that does not exist (WooCommerce adds a notice), else
	 * the line's key; the quantity adds to a line already there. WooCommerce then fires woocommerce_add_to_cart
	 * and, from calculate_totals() through WC_Cart_Session::set_session(), woocommerce_cart_updated.
	 */
	public function add_to_cart( $product_id = 0, $quantity = 1, $variation_id = 0, $variation = array(), $cart_item_data = array() ) {
		$product = wc_get_product( $variation_id ? $variation_id : $product_id );
		if ( ! $product ) {
			return false;
		}
		$key                = $this->generate_cart_id( $product_id, $variation_id, $variation );
		$line               = $this->lines[ $key ] ?? array( 'key' => $key, 'product_id' => (int) $product_id, 'variation_id' => (int) $variation_id, 'variation' => $variation, 'quantity' => 0, 'data' => $product, 'line_total' => 0.0 );
		$line['quantity']  += (int) $quantity;
		$line['line_total'] = method_exists( $product, 'get_price' ) ? (float) $product->get_price() * $line['quantity'] : 0.0;
		$this->lines[ $key ] = $line;
		do_action( 'woocommerce_add_to_cart', $key, $product_id, $quantity, $variation_id, $variation, $cart_item_data );
		do_action( 'woocommerce_cart_updated' );
		return $key;
	}
}

/** As WC_Session: keys go through sanitize_key(), values are stored serialized, null unsets. */
class WC_Session_Standin {
	private $data = array();
	/** $has_cookie: the visitor brought WooCommerce's session cookie (a guest without one gets a new, random key each request). */
	public function __construct( private string $customer_id, private bool $has_cookie = true ) {}
	/** As WC_Session_Handler::has_session(): a session cookie, or a logged-in user. */
	public function has_session() { return $this->has_cookie || is_user_logged_in(); }
	/** Other visitors' sessions as WooCommerce stores them (session key => data; each value serialized). */
	public static $stored = array();
	public function get_customer_id() { return $this->customer_id; }
	/** As WC_Session_Handler::get_session(): another session's data by its key, or the default. */
	public function get_session( $customer_id, $default_value = false ) { return self::$stored[ $customer_id ] ?? $default_value; }
	public function get( $key, $default_value = null ) {
		$key = sanitize_key( $key );
		return isset( $this->data[ $key ] ) ? maybe_unserialize( $this->data[ $key ] ) : $default_value;
	}
	public function set( $key, $value ) {
		if ( null === $value ) {
			unset( $this->data[ sanitize_key( $key ) ] );
			return;
		}
		$this->data[ sanitize_key( $key ) ] = maybe_serialize( $value );
	}
}

/** As WC_Session_Handler outside a visitor's request (a cron job): only get_session() of a stored session. */
class WC_Session_Handler extends WC_Session_Standin {
	public function __construct() { parent::__construct( '' ); }
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
	public $customer = null;
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
function wc_get_product( $the_product = false, $deprecated = array() ) { return $GLOBALS['wc_standin_products'][ (int) $the_product ] ?? false; }
function wc_get_order( $the_order = false ) { return $GLOBALS['wc_standin_orders'][ (int) $the_order ] ?? false; }
/**
 * wc_get_orders() over the stand-in's orders, for the arguments the plugin passes: customer (user id or
 * billing e-mail), billing_email, status (with or without "wc-"), limit (WooCommerce's default is the
 * posts_per_page option, 10), return (objects or ids); newest first, as WooCommerce's default order.
 */
function wc_get_orders( $args ) {
	$args   = (array) $args + array( 'limit' => (int) get_option( 'posts_per_page', 10 ), 'return' => 'objects' );
	$status = isset( $args['status'] ) ? array_map( fn( $s ) => preg_replace( '/^wc-/', '', (string) $s ), (array) $args['status'] ) : null;
	$found  = array();
	foreach ( $GLOBALS['wc_standin_orders'] as $order ) {
		if ( isset( $args['customer'] ) && ( is_numeric( $args['customer'] ) ? (int) $args['customer'] !== $order->get_customer_id() : strtolower( (string) $args['customer'] ) !== strtolower( $order->get_billing_email() ) ) ) {
			continue;
		}
		if ( isset( $args['billing_email'] ) && strtolower( (string) $args['billing_email'] ) !== strtolower( $order->get_billing_email() ) ) {
			continue;
		}
		if ( null !== $status && ! in_array( $order->get_status(), $status, true ) ) {
			continue;
		}
		$found[] = $order;
	}
	usort( $found, fn( $a, $b ) => ( $b->get_date_created() ? $b->get_date_created()->getTimestamp() : 0 ) <=> ( $a->get_date_created() ? $a->get_date_created()->getTimestamp() : 0 ) );
	if ( (int) $args['limit'] >= 0 ) {
		$found = array_slice( $found, 0, (int) $args['limit'] );
	}
	return 'ids' === $args['return'] ? array_map( fn( $o ) => $o->get_id(), $found ) : $found;
}
/** As WooCommerce: processing and completed, through woocommerce_order_is_paid_statuses. */
function wc_get_is_paid_statuses() { return apply_filters( 'woocommerce_order_is_paid_statuses', array( 'processing', 'completed' ) ); }
/** As WooCommerce (without its deprecated page names): the page's id option, -1 when unset. */
function wc_get_page_id( $page ) {
	$page = apply_filters( 'woocommerce_get_' . $page . '_page_id', get_option( 'woocommerce_' . $page . '_page_id' ) );
	return $page ? absint( $page ) : -1;
}
/** As WooCommerce's, with the page check of CartCheckoutUtils reduced to is_page() of the option's page. */
function is_cart() { return apply_filters( 'woocommerce_is_cart', false ) || defined( 'WOOCOMMERCE_CART' ) || ( wc_get_page_id( 'cart' ) > 0 && is_page( wc_get_page_id( 'cart' ) ) ); }
function is_checkout() { return apply_filters( 'woocommerce_is_checkout', false ) || defined( 'WOOCOMMERCE_CHECKOUT' ) || ( wc_get_page_id( 'checkout' ) > 0 && is_page( wc_get_page_id( 'checkout' ) ) ); }
/** WooCommerce's wc_format_decimal() for the plain numbers the stand-in formats. */
function wc_format_decimal( $number, $dp = false, $trim_zeros = false ) { return false === $dp ? (string) $number : number_format( (float) $number, (int) $dp, '.', '' ); }
/** WooCommerce's date class (a DateTime with the site's offset helpers; the plugin reads timestamps only). */
class WC_DateTime extends DateTime {}
/** WooCommerce: the cart page's permalink (the stand-in has no cart page), through woocommerce_get_cart_url. */
function wc_get_cart_url() { return apply_filters( 'woocommerce_get_cart_url', home_url( '/cart/' ) ); }
/** WooCommerce's installer stores woocommerce_currency; this shop's is EUR. */
function get_woocommerce_currency() { return apply_filters( 'woocommerce_currency', get_option( 'woocommerce_currency', 'EUR' ) ); }
/** As WooCommerce 11 for the currencies the tests use (its list has them all). */
function get_woocommerce_currency_symbol( $currency = '' ) {
	$currency = $currency ? $currency : get_woocommerce_currency();
	$symbols  = array( 'EUR' => '&euro;', 'USD' => '&#36;', 'GBP' => '&pound;', 'CHF' => 'CHF' );
	return apply_filters( 'woocommerce_currency_symbol', $symbols[ $currency ] ?? $currency, $currency );
}
/** As WooCommerce 11's wc_price(): the shop's separators, decimals and currency position (options of WooCommerce > Settings > General), its markup. */
function wc_price( $price, $args = array() ) {
	$formats = array( 'left' => '%1$s%2$s', 'right' => '%2$s%1$s', 'left_space' => '%1$s&nbsp;%2$s', 'right_space' => '%2$s&nbsp;%1$s' );
	$args    = apply_filters(
		'wc_price_args',
		wp_parse_args(
			$args,
			array(
				'ex_tax_label'       => false,
				'currency'           => '',
				'decimal_separator'  => get_option( 'woocommerce_price_decimal_sep', '.' ),
				'thousand_separator' => get_option( 'woocommerce_price_thousand_sep', ',' ),
				'decimals'           => (int) get_option( 'woocommerce_price_num_decimals', 2 ),
				'price_format'       => $formats[ get_option( 'woocommerce_currency_pos', 'left' ) ] ?? $formats['left'],
			)
		)
	);
	$price    = (float) $price;
	$negative = $price < 0;
	$number   = number_format( abs( $price ), $args['decimals'], $args['decimal_separator'], $args['thousand_separator'] );
	$symbol   = '<span class="woocommerce-Price-currencySymbol">' . get_woocommerce_currency_symbol( $args['currency'] ) . '</span>';
	$return   = '<span class="woocommerce-Price-amount amount"><bdi>' . ( $negative ? '-' : '' ) . sprintf( $args['price_format'], $symbol, $number ) . '</bdi></span>';
	return apply_filters( 'wc_price', $return, $price, $args, $price, $price );
}
/** As WooCommerce 11 without taxes (the stand-in has none): the price times the quantity. */
function wc_get_price_to_display( $product, $args = array() ) {
	$args = wp_parse_args( $args, array( 'qty' => 1, 'price' => $product->get_price() ) );
	return '' !== (string) $args['price'] ? (float) $args['price'] * (float) $args['qty'] : 0.0;
}
/** As WooCommerce: its placeholder image (the stand-in's plugin URL). */
function wc_placeholder_img_src( $size = 'woocommerce_thumbnail' ) {
	return apply_filters( 'woocommerce_placeholder_img_src', home_url( '/wp-content/plugins/woocommerce/assets/images/placeholder.png' ) );
}
function wc_clean( $var ) { return is_array( $var ) ? array_map( 'wc_clean', $var ) : ( is_scalar( $var ) ? sanitize_text_field( $var ) : $var ); }
/** As WooCommerce: the theme's woocommerce/<name> (or <name>) first, then the default path. */
function wc_locate_template( $template_name, $template_path = '', $default_path = '' ) {
	$template_path = $template_path ? $template_path : 'woocommerce/';
	$template      = locate_template( array( trailingslashit( $template_path ) . $template_name, $template_name ) );
	if ( ! $template ) {
		$template = $default_path . $template_name;
	}
	return apply_filters( 'woocommerce_locate_template', $template, $template_name, $template_path );
}
/** As WooCommerce 11, without its template-path cache. */
function wc_get_template( $template_name, $args = array(), $template_path = '', $default_path = '' ) {
	$template        = wc_locate_template( $template_name, $template_path, $default_path );
	$filter_template = apply_filters( 'wc_get_template', $template, $template_name, $args, $template_path, $default_path );
	if ( $filter_template !== $template ) {
		if ( ! file_exists( $filter_template ) ) {
			wc_doing_it_wrong( __FUNCTION__, sprintf( '%s does not exist.', '<code>' . $filter_template . '</code>' ), '2.1' );
			return;
		}
		$template = $filter_template;
	}
	$action_args = array( 'template_name' => $template_name, 'template_path' => $template_path, 'located' => $template, 'args' => $args );
	if ( ! empty( $args ) && is_array( $args ) ) {
		unset( $args['action_args'] );
		extract( $args ); // phpcs:ignore
	}
	do_action( 'woocommerce_before_template_part', $action_args['template_name'], $action_args['template_path'], $action_args['located'], $action_args['args'] );
	include $action_args['located'];
	do_action( 'woocommerce_after_template_part', $action_args['template_name'], $action_args['template_path'], $action_args['located'], $action_args['args'] );
}
function wc_get_template_html( $template_name, $args = array(), $template_path = '', $default_path = '' ) {
	ob_start();
	wc_get_template( $template_name, $args, $template_path, $default_path );
	return ob_get_clean();
}
/** As WooCommerce: in a REST or Ajax request only the action and the PHP log, else _doing_it_wrong(). */
function wc_doing_it_wrong( $function, $message, $version ) {
	$message .= ' Backtrace: ' . wp_debug_backtrace_summary();
	if ( wp_doing_ajax() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		do_action( 'doing_it_wrong_run', $function, $message, $version );
		error_log( "{$function} was called incorrectly. {$message}. This message was added in version {$version}." );
	} else {
		_doing_it_wrong( $function, $message, $version );
	}
}

/*
 * WooCommerce's start-up order: the Blocks package fires woocommerce_blocks_loaded on plugins_loaded;
 * WooCommerce::init() runs on init at priority 0 and fires before_woocommerce_init, then
 * woocommerce_init.
 */
add_action( 'plugins_loaded', fn() => do_action( 'woocommerce_blocks_loaded' ), 10 );
add_action(
	'init',
	function () {
		do_action( 'before_woocommerce_init' );
		do_action( 'woocommerce_init' );
	},
	0
);

/**
 * woocommerce_register_additional_checkout_field() as WooCommerce 11 defines it
 * (src/Blocks/Domain/Services/functions.php): before woocommerce_blocks_loaded it waits for that
 * action; an invalid field is refused with _doing_it_wrong() and not registered.
 */
function woocommerce_register_additional_checkout_field( $options ) {
	if ( ! did_action( 'woocommerce_blocks_loaded' ) ) {
		add_action( 'woocommerce_blocks_loaded', fn() => woocommerce_register_additional_checkout_field( $options ) );
		return;
	}
	$result = \Automattic\WooCommerce\Blocks\Package::container()->get( \Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields::class )->register_checkout_field( $options );
	if ( is_wp_error( $result ) ) {
		throw new \Exception( esc_attr( $result->get_error_message() ) );
	}
}

/**
 * The Store API routes the block checkout calls while the customer fills it in, as WooCommerce 11
 * handles them for the plugin's purpose (src/StoreApi/Routes/V1/CartUpdateCustomer.php and
 * Checkout.php, the deferred-draft path without a draft order): no nonce check, no cart response,
 * no totals; the place-order POST creates an order double (created_via store-api) without payment.
 */
final class WC_Store_API_Standin {
	const CORE = array( 'email', 'first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'phone' );
	private static $next_order = 900;

	public static function register() {
		register_rest_route(
			'wc/store/v1',
			'/cart/update-customer',
			array(
				'methods'             => 'POST',
				'callback'            => array( self::class, 'update_customer' ),
				'permission_callback' => '__return_true',
				'args'                => array(
					'billing_address'  => array( 'type' => 'object' ),
					'shipping_address' => array( 'type' => 'object' ),
				),
			)
		);
		register_rest_route(
			'wc/store/v1',
			'/checkout',
			array(
				array(
					'methods'             => 'POST',
					'callback'            => array( self::class, 'place_order' ),
					'permission_callback' => '__return_true',
					'args'                => array( 'additional_fields' => array( 'type' => 'object' ) ),
				),
				array(
					'methods'             => 'PUT, PATCH',
					'callback'            => array( self::class, 'update_checkout' ),
					'permission_callback' => '__return_true',
					'args'                => array( 'additional_fields' => array( 'type' => 'object' ) ),
				),
			)
		);
	}

	private static function fields() {
		return \Automattic\WooCommerce\Blocks\Package::container()->get( \Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields::class );
	}

	private static function address( $customer, $type ) {
		$address = array();
		foreach ( self::CORE as $key ) {
			$getter          = "get_{$type}_{$key}";
			$address[ $key ] = is_callable( array( $customer, $getter ) ) ? $customer->$getter() : '';
		}
		return array_merge( $address, self::fields()->get_all_fields_from_object( $customer, $type ) );
	}

	/** POST /wc/store/v1/cart/update-customer. */
	public static function update_customer( \WP_REST_Request $request ) {
		$customer = WC()->customer;
		$billing  = wp_parse_args( (array) ( $request['billing_address'] ?? array() ), self::address( $customer, 'billing' ) );
		// The billing schema's sanitize_callback, then its validate_callback (as WooCommerce: an address
		// sanitize_email() empties passes, and the customer's address becomes '').
		$billing['email'] = sanitize_email( (string) ( $billing['email'] ?? '' ) );
		if ( isset( $request['billing_address'] ) && ! empty( $billing['email'] ) && ! is_email( $billing['email'] ) ) {
			return new \WP_Error( 'rest_invalid_param', 'Invalid parameter(s): billing_address', array( 'status' => 400, 'params' => array( 'billing_address' => 'The provided email address is not valid' ) ) );
		}
		$props = array();
		foreach ( self::CORE as $key ) {
			$props[ "billing_$key" ] = $billing[ $key ] ?? null;
		}
		$customer->set_props( $props );
		foreach ( array_diff_key( $billing, array_flip( self::CORE ) ) as $key => $value ) {
			self::fields()->persist_field_for_customer( $key, $value, $customer, 'billing' );
		}
		do_action( 'woocommerce_store_api_cart_update_customer_from_request', $customer, $request );
		$customer->save();
		return rest_ensure_response( array( 'billing_address' => self::address( $customer, 'billing' ) ) );
	}

	/** Checkout::validate_callback() for the contact and order fields: a required one must be there (POST), valid. */
	private static function validate( \WP_REST_Request $request ) {
		$values  = (array) $request->get_param( 'additional_fields' );
		$partial = in_array( $request->get_method(), array( 'PUT', 'PATCH' ), true );
		foreach ( array( 'contact', 'order' ) as $location ) {
			foreach ( self::fields()->get_fields_for_location( $location ) as $key => $field ) {
				if ( ! isset( $values[ $key ] ) && ( $partial || true !== $field['required'] ) ) {
					continue;
				}
				$value = wc_clean( $values[ $key ] ?? '' );
				if ( empty( $value ) ) {
					if ( true === $field['required'] ) {
						return new \WP_Error( 'rest_invalid_param', 'Invalid parameter(s): additional_fields', array( 'status' => 400 ) );
					}
					continue;
				}
				$errors = self::fields()->validate_field( $field, $value );
				if ( $errors->has_errors() ) {
					return new \WP_Error( 'rest_invalid_param', 'Invalid parameter(s): additional_fields', array( 'status' => 400, 'params' => array( 'additional_fields' => $errors->get_error_message() ) ) );
				}
			}
		}
		return true;
	}

	/** The posted contact and order fields, sanitized as the checkout schema does (a checkbox becomes a boolean). */
	private static function posted_fields( \WP_REST_Request $request ) {
		$values = (array) $request->get_param( 'additional_fields' );
		$fields = array_merge( self::fields()->get_fields_for_location( 'order' ), self::fields()->get_fields_for_location( 'contact' ) );
		$posted = array();
		foreach ( $fields as $key => $field ) {
			if ( isset( $values[ $key ] ) ) {
				$value          = 'checkbox' === $field['type'] ? rest_sanitize_boolean( $values[ $key ] ) : $values[ $key ];
				$posted[ $key ] = self::fields()->sanitize_field( $key, $value );
			}
		}
		return $posted;
	}

	/** PUT /wc/store/v1/checkout without a draft order (WooCommerce 10.8+): the fields go to the customer. */
	public static function update_checkout( \WP_REST_Request $request ) {
		$valid = self::validate( $request );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$customer = WC()->customer;
		foreach ( self::posted_fields( $request ) as $key => $value ) {
			self::fields()->persist_field_for_customer( $key, $value, $customer, 'other' );
		}
		$customer->save();
		do_action( 'woocommerce_store_api_checkout_update_draft', $request );
		return rest_ensure_response( array( 'additional_fields' => (object) self::fields()->get_all_fields_from_object( $customer, 'other' ) ) );
	}

	/** POST /wc/store/v1/checkout: an order from the customer, the fields on it, the processed action. */
	public static function place_order( \WP_REST_Request $request ) {
		$valid = self::validate( $request );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$customer = WC()->customer;
		$order    = new WC_Order(
			array(
				'id'          => ++self::$next_order,
				'status'      => 'pending',
				'email'       => $customer->get_billing_email(),
				'first_name'  => $customer->get_billing_first_name(),
				'customer_id' => get_current_user_id(),
				'created_via' => 'store-api',
			)
		);
		$GLOBALS['wc_standin_orders'][ $order->get_id() ] = $order;
		foreach ( self::posted_fields( $request ) as $key => $value ) {
			self::fields()->persist_field_for_order( $key, $value, $order, 'other', false );
		}
		do_action( 'woocommerce_store_api_checkout_update_order_from_request', $order, $request );
		do_action( 'woocommerce_store_api_checkout_order_processed', $order );
		return rest_ensure_response( array( 'order_id' => $order->get_id(), 'status' => $order->get_status() ) );
	}
}
add_action( 'rest_api_init', array( WC_Store_API_Standin::class, 'register' ) );

} // namespace

namespace Automattic\WooCommerce\Utilities {

	/**
	 * FeaturesUtil as WooCommerce 11 has it (src/Utilities/FeaturesUtil.php over FeaturesController):
	 * declare_compatibility() only inside before_woocommerce_init (else wc_doing_it_wrong, false),
	 * false for an unknown feature or a file that is no installed plugin, an exception when a
	 * plugin declares both ways; get_compatible_features_for_plugin() after woocommerce_init.
	 */
	final class FeaturesUtil {
		/**
		 * Every feature id WooCommerce 11.0.1 defines (FeaturesController's list, experimental ones
		 * included, plus those registered elsewhere, as a real WooCommerce 11.0.1 lists them:
		 * custom_order_tables, cost_of_goods_sold, variation_gallery, push_notifications,
		 * product_instance_caching).
		 */
		const FEATURES = array( 'variation_gallery', 'push_notifications', 'product_instance_caching', 'analytics', 'cart_checkout_blocks', 'rate_limit_checkout', 'marketplace', 'order_attribution', 'site_visibility_badge', 'hpos_fts_indexes', 'hpos_datastore_caching', 'remote_logging', 'deferred_transactional_emails', 'customer_review_request', 'abandoned_cart_recovery', 'email_improvements', 'blueprint', 'block_email_editor', 'wc-visual-attribute', 'point_of_sale', 'point_of_sale_staff', 'fulfillments', 'mcp_integration', 'destroy-empty-sessions', 'agentic_checkout', 'dual_code_graphql_api', 'rest_api_caching', 'cart_save_for_later', 'product_wishlist', 'custom_order_tables', 'cost_of_goods_sold' );

		private static $by_plugin = array();

		public static function declare_compatibility( string $feature_id, string $plugin_file, bool $positive_compatibility = true ): bool {
			if ( ! doing_action( 'before_woocommerce_init' ) ) {
				wc_doing_it_wrong( 'FeaturesController::declare_compatibility', 'FeaturesController::declare_compatibility should be called inside the before_woocommerce_init action.', '7.0' );
				return false;
			}
			if ( ! in_array( $feature_id, self::FEATURES, true ) ) {
				return false;
			}
			if ( ! function_exists( 'get_plugins' ) ) {
				require_once ABSPATH . 'wp-admin/includes/plugin.php';
			}
			$plugin_id = plugin_basename( $plugin_file );
			if ( ! array_key_exists( $plugin_id, get_plugins() ) ) {
				return false; // WooCommerce logs "FeaturesController: Invalid plugin file ...".
			}
			$key      = $positive_compatibility ? 'compatible' : 'incompatible';
			$opposite = $positive_compatibility ? 'incompatible' : 'compatible';
			self::$by_plugin[ $plugin_id ] ??= array( 'compatible' => array(), 'incompatible' => array() );
			if ( in_array( $feature_id, self::$by_plugin[ $plugin_id ][ $opposite ], true ) ) {
				throw new \Exception( esc_html( "Plugin $plugin_id is trying to declare itself as $key with the '$feature_id' feature, but it already declared itself as $opposite" ) );
			}
			if ( ! in_array( $feature_id, self::$by_plugin[ $plugin_id ][ $key ], true ) ) {
				self::$by_plugin[ $plugin_id ][ $key ][] = $feature_id;
			}
			return true;
		}

		public static function get_compatible_features_for_plugin( string $plugin_name ): array {
			if ( ! did_action( 'woocommerce_init' ) && ! doing_action( 'woocommerce_init' ) ) {
				wc_doing_it_wrong( 'FeaturesController::get_compatible_features_for_plugin', 'FeaturesController::get_compatible_features_for_plugin should not be called before the woocommerce_init action.', '7.0' );
			}
			$info = self::$by_plugin[ $plugin_name ] ?? array( 'compatible' => array(), 'incompatible' => array() );
			return array(
				'compatible'   => array_values( array_intersect( self::FEATURES, $info['compatible'] ) ),
				'incompatible' => array_values( array_intersect( self::FEATURES, $info['incompatible'] ) ),
				'uncertain'    => array_values( array_diff( self::FEATURES, $info['compatible'], $info['incompatible'] ) ),
			);
		}
	}
}

namespace Automattic\WooCommerce\Blocks {

	/** Package::container()->get( CheckoutFields::class ), as extensions reach the service. */
	final class Package {
		private static $container;
		public static function container( $reset = false ) {
			return self::$container ??= new class() {
				private $services = array();
				public function get( $id ) {
					if ( Domain\Services\CheckoutFields::class !== $id ) {
						throw new \Exception( "The stand-in's container has no $id" );
					}
					return $this->services[ $id ] ??= new Domain\Services\CheckoutFields();
				}
			};
		}
	}
}

namespace Automattic\WooCommerce\Blocks\Domain\Services {

	use WC_Customer;
	use WC_Data;
	use WC_Order;
	use WP_Error;

	/**
	 * CheckoutFields as WooCommerce 11 has it (src/Blocks/Domain/Services/CheckoutFields.php), for
	 * the parts an extension meets: registration with the same checks (namespace/name id, label,
	 * location address|contact|order, type text|select|checkbox, no duplicate; refused with
	 * _doing_it_wrong), the meta keys _wc_billing/, _wc_shipping/, _wc_other/ + id, the
	 * woocommerce_set_additional_field_value action before a value is stored (booleans stored as
	 * '1' / '0'), checkboxes read back as booleans, the default-value filter. Not here: conditional
	 * rules (JSON schema), select options' checks, attributes, the field data sent to the page.
	 */
	class CheckoutFields {
		const BILLING_FIELDS_PREFIX  = '_wc_billing/';
		const SHIPPING_FIELDS_PREFIX = '_wc_shipping/';
		const OTHER_FIELDS_PREFIX    = '_wc_other/';

		private $additional_fields = array();
		private $fields_locations  = array( 'address' => array(), 'contact' => array(), 'order' => array() );
		private $groups            = array( 'billing', 'shipping', 'other' );

		public function default_sanitize_callback( $value, $field ) { return $value; }

		public function default_validate_callback( $value, $field ) {
			if ( true === $field['required'] && empty( $value ) ) {
				return new WP_Error( 'woocommerce_required_checkout_field', sprintf( 'The field %s is required.', $field['id'] ) );
			}
		}

		public function register_checkout_field( $options ) {
			if ( ! did_action( 'after_setup_theme' ) && ! doing_action( 'after_setup_theme' ) ) {
				_doing_it_wrong( 'woocommerce_register_additional_checkout_field', 'Additional checkout fields should be registered on the woocommerce_init action or later.', '11.0.0' );
			}
			if ( false === $this->validate_options( $options ) ) {
				return;
			}
			$field_data = wp_parse_args(
				$options,
				array(
					'id'                         => '',
					'label'                      => '',
					'optionalLabel'              => sprintf( '%s (optional)', $options['label'] ),
					'location'                   => '',
					'type'                       => 'text',
					'hidden'                     => false,
					'required'                   => false,
					'attributes'                 => array(),
					'show_in_order_confirmation' => true,
					'sanitize_callback'          => array( $this, 'default_sanitize_callback' ),
					'validate_callback'          => array( $this, 'default_validate_callback' ),
					'validation'                 => array(),
				)
			);
			if ( 'checkbox' === $field_data['type'] ) {
				$field_data['required'] = $options['required'] ?? false;
			}
			$this->additional_fields[ $field_data['id'] ]        = $field_data;
			$this->fields_locations[ $field_data['location'] ][] = $field_data['id'];
		}

		private function validate_options( &$options ) {
			$wrong = function ( $message ) use ( $options ) {
				_doing_it_wrong( 'woocommerce_register_additional_checkout_field', esc_html( sprintf( 'Unable to register field with id: "%s". %s', $options['id'] ?? '', $message ) ), '8.6.0' );
				return false;
			};
			if ( empty( $options['id'] ) ) {
				_doing_it_wrong( 'woocommerce_register_additional_checkout_field', 'A checkout field cannot be registered without an id.', '8.6.0' );
				return false;
			}
			if ( count( explode( '/', $options['id'] ) ) < 2 ) {
				return $wrong( 'A checkout field id must consist of namespace/name.' );
			}
			if ( empty( $options['label'] ) ) {
				return $wrong( 'The field label is required.' );
			}
			if ( empty( $options['location'] ) ) {
				return $wrong( 'The field location is required.' );
			}
			if ( 'additional' === $options['location'] ) {
				_deprecated_argument( 'location', '8.9.0', 'The "additional" location is deprecated. Use "order" instead.' );
				$options['location'] = 'order';
			}
			if ( ! in_array( $options['location'], array_keys( $this->fields_locations ), true ) ) {
				return $wrong( 'The field location is invalid.' );
			}
			if ( ! empty( $this->additional_fields[ $options['id'] ] ) || in_array( $options['id'], $this->fields_locations[ $options['location'] ], true ) ) {
				return $wrong( 'The field is already registered.' );
			}
			if ( ! empty( $options['type'] ) && ! in_array( $options['type'], array( 'text', 'select', 'checkbox' ), true ) ) {
				_doing_it_wrong( 'woocommerce_register_additional_checkout_field', esc_html( sprintf( 'Unable to register field with id: "%s". Registering a field with type "%s" is not supported. The supported types are: %s.', $options['id'], $options['type'], 'text, select, checkbox' ) ), '8.6.0' );
				return false;
			}
			if ( ! empty( $options['sanitize_callback'] ) && ! is_callable( $options['sanitize_callback'] ) ) {
				return $wrong( 'The sanitize_callback must be a valid callback.' );
			}
			if ( ! empty( $options['validate_callback'] ) && ! is_callable( $options['validate_callback'] ) ) {
				return $wrong( 'The validate_callback must be a valid callback.' );
			}
			return true;
		}

		public function get_additional_fields() { return $this->additional_fields; }

		public function get_fields_for_location( $location ) {
			$location = 'additional' === $location ? 'order' : $location;
			return in_array( $location, array_keys( $this->fields_locations ), true ) ? array_intersect_key( $this->additional_fields, array_flip( $this->fields_locations[ $location ] ) ) : array();
		}

		public function get_fields_for_group( $group = 'other' ) {
			$group = $this->prepare_group_name( $group );
			if ( 'shipping' === $group || 'billing' === $group ) {
				return $this->get_fields_for_location( 'address' );
			}
			return array_merge( $this->get_fields_for_location( 'contact' ), $this->get_fields_for_location( 'order' ) );
		}

		public function is_field( $key ) { return array_key_exists( $key, $this->additional_fields ); }

		public function get_field_location( $field_key ) {
			foreach ( $this->is_field( $field_key ) ? $this->fields_locations : array() as $location => $fields ) {
				if ( in_array( $field_key, $fields, true ) ) {
					return $location;
				}
			}
			return '';
		}

		public function sanitize_field( $field_key, $field_value ) {
			$field = $this->additional_fields[ $field_key ] ?? null;
			if ( $field ) {
				$field_value = call_user_func( $field['sanitize_callback'], $field_value, $field );
			}
			return apply_filters( 'woocommerce_sanitize_additional_field', $field_value, $field_key );
		}

		public function validate_field( $field, $field_value ) {
			$errors = new WP_Error();
			if ( ! $field ) {
				return $errors;
			}
			if ( ! empty( $field['validate_callback'] ) && is_callable( $field['validate_callback'] ) ) {
				$result = call_user_func( $field['validate_callback'], $field_value, $field );
				if ( is_wp_error( $result ) ) {
					$errors->merge_from( $result );
				} elseif ( false === $result ) {
					$errors->add( 'woocommerce_invalid_checkout_field', sprintf( 'Please provide a valid %s', $field['label'] ) );
				}
			}
			do_action( 'woocommerce_validate_additional_field', $errors, $field['id'], $field_value );
			return $errors;
		}

		public function persist_field_for_order( string $key, $value, WC_Order $order, string $group = 'other', bool $set_customer = true ) {
			$group = $this->prepare_group_name( $group );
			$this->set_array_meta( $key, $value, $order, $group );
			if ( $set_customer && $order->get_customer_id() ) {
				$this->persist_field_for_customer( $key, $value, new WC_Customer( $order->get_customer_id() ), $group );
			}
		}

		public function persist_field_for_customer( string $key, $value, WC_Customer $customer, string $group = 'other' ) {
			$this->set_array_meta( $key, $value, $customer, $this->prepare_group_name( $group ) );
		}

		private function set_array_meta( string $key, $value, WC_Data $wc_object, string $group ) {
			$meta_key = self::get_group_key( $group ) . $key;
			do_action( 'woocommerce_set_additional_field_value', $key, $value, $group, $wc_object );
			if ( is_bool( $value ) ) {
				$value = $value ? '1' : '0';
			}
			$wc_object->update_meta_data( $meta_key, $value );
		}

		public function get_field_from_object( string $key, WC_Data $wc_object, string $group = 'other' ) {
			$group = $this->prepare_group_name( $group );
			$value = $wc_object->get_meta( self::get_group_key( $group ) . $key, true );
			if ( ! $value && '0' !== $value ) {
				$value = apply_filters( "woocommerce_get_default_value_for_{$key}", null, $group, $wc_object );
			}
			if ( $this->is_field( $key ) && 'checkbox' === $this->additional_fields[ $key ]['type'] ) {
				return '1' === $value;
			}
			return null === $value ? '' : $value;
		}

		public function get_all_fields_from_object( WC_Data $wc_object, string $group = 'other', bool $all = false ) {
			$meta_data = array();
			$group     = $this->prepare_group_name( $group );
			$prefix    = self::get_group_key( $group );
			foreach ( $wc_object->get_meta_data() as $meta ) {
				if ( 0 === strpos( $meta->key, $prefix ) ) {
					$key = str_replace( $prefix, '', $meta->key );
					if ( $all || $this->is_field( $key ) ) {
						$meta_data[ $key ] = $meta->value;
					}
				}
			}
			foreach ( array_diff( array_keys( $this->get_fields_for_group( $group ) ), array_keys( $meta_data ) ) as $missing ) {
				$value = apply_filters( "woocommerce_get_default_value_for_{$missing}", null, $group, $wc_object );
				if ( isset( $value ) ) {
					$meta_data[ $missing ] = $value;
				}
			}
			return $meta_data;
		}

		private function prepare_group_name( $group ) {
			return in_array( $group, $this->groups, true ) ? $group : 'other';
		}

		public static function get_group_key( $group_name ) {
			if ( 'billing' === $group_name ) {
				return self::BILLING_FIELDS_PREFIX;
			}
			if ( 'shipping' === $group_name ) {
				return self::SHIPPING_FIELDS_PREFIX;
			}
			return self::OTHER_FIELDS_PREFIX;
		}
	}
}

namespace Automattic\WooCommerce\StoreApi\Schemas\V1 {

	/** The cart item schema's identifier, the endpoint ExtendSchema extends (no schema of its own here). */
	class CartItemSchema {
		const IDENTIFIER = 'cart-item';
	}
}

namespace Automattic\WooCommerce\StoreApi\Schemas {

	/**
	 * ExtendSchema as WooCommerce 11 has it (src/StoreApi/Schemas/ExtendSchema.php) for endpoint data:
	 * register_endpoint_data() with the same defaults and refusals (namespace, one of the four
	 * endpoints, callables, ARRAY_A / ARRAY_N), get_endpoint_data() calling each data_callback with the
	 * schema's arguments (a callback that throws or returns no array is logged and, with WP_DEBUG and
	 * manage_woocommerce, rethrown), get_endpoint_schema() wrapping each namespace's properties.
	 */
	final class ExtendSchema {
		private $endpoints   = array( 'cart-item', 'cart', 'checkout', 'product' );
		private $extend_data = array();

		public function register_endpoint_data( $args ) {
			$args = wp_parse_args( $args, array( 'endpoint' => '', 'namespace' => '', 'schema_callback' => null, 'data_callback' => null, 'schema_type' => ARRAY_A ) );
			if ( ! is_string( $args['namespace'] ) || empty( $args['namespace'] ) ) {
				$this->throw_exception( 'You must provide a plugin namespace when extending a Store REST endpoint.' );
			}
			if ( ! in_array( $args['endpoint'], $this->endpoints, true ) ) {
				$this->throw_exception( sprintf( 'You must provide a valid Store REST endpoint to extend, valid endpoints are: %1$s. You provided %2$s.', implode( ', ', $this->endpoints ), $args['endpoint'] ) );
			}
			if ( ! is_null( $args['schema_callback'] ) && ! is_callable( $args['schema_callback'] ) ) {
				$this->throw_exception( '$schema_callback must be a callable function.' );
			}
			if ( ! is_null( $args['data_callback'] ) && ! is_callable( $args['data_callback'] ) ) {
				$this->throw_exception( '$data_callback must be a callable function.' );
			}
			if ( ! in_array( $args['schema_type'], array( ARRAY_N, ARRAY_A ), true ) ) {
				$this->throw_exception( sprintf( 'Data type must be either ARRAY_N for a numeric array or ARRAY_A for an object like array. You provided %1$s.', $args['schema_type'] ) );
			}
			$this->extend_data[ $args['endpoint'] ][ $args['namespace'] ] = array( 'schema_callback' => $args['schema_callback'], 'data_callback' => $args['data_callback'], 'schema_type' => $args['schema_type'] );
		}

		public function get_endpoint_data( $endpoint, array $passed_args = array() ) {
			$registered_data = array();
			foreach ( $this->extend_data[ $endpoint ] ?? array() as $namespace => $callbacks ) {
				if ( is_null( $callbacks['data_callback'] ) ) {
					continue;
				}
				try {
					$data = $callbacks['data_callback']( ...$passed_args );
					if ( ! is_array( $data ) ) {
						$data = array();
						throw new \Exception( '$data_callback must return an array.' );
					}
				} catch ( \Throwable $e ) {
					$this->throw_exception( $e );
				}
				$registered_data[ $namespace ] = $data;
			}
			return (object) $registered_data;
		}

		public function get_endpoint_schema( $endpoint, array $passed_args = array() ) {
			$registered_schema = array();
			foreach ( $this->extend_data[ $endpoint ] ?? array() as $namespace => $callbacks ) {
				if ( is_null( $callbacks['schema_callback'] ) ) {
					continue;
				}
				$schema                          = $callbacks['schema_callback']( ...$passed_args );
				$registered_schema[ $namespace ] = array(
					'description' => sprintf( 'Extension data registered by %s', $namespace ),
					'type'        => ARRAY_N === $callbacks['schema_type'] ? array( 'array', 'null' ) : array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					ARRAY_N === $callbacks['schema_type'] ? 'items' : 'properties' => $schema,
				);
			}
			return (object) $registered_schema;
		}

		/** As WooCommerce: logged (wc_caught_exception: here error_log), thrown only with WP_DEBUG for a shop manager. */
		private function throw_exception( $exception_or_error ) {
			$exception = is_string( $exception_or_error ) ? new \Exception( $exception_or_error ) : $exception_or_error;
			error_log( 'Store API: ' . $exception->getMessage() );
			if ( defined( 'WP_DEBUG' ) && WP_DEBUG && current_user_can( 'manage_woocommerce' ) ) {
				throw $exception;
			}
		}
	}
}

namespace Automattic\WooCommerce\StoreApi {

	/** StoreApi::container()->get( ExtendSchema::class ), the one service the stand-in's container has. */
	final class StoreApi {
		public static function container( $reset = false ) {
			static $container;
			return $container ??= new class() {
				private $extend;
				public function get( $id ) {
					if ( Schemas\ExtendSchema::class !== $id ) {
						throw new \Exception( "The stand-in's Store API container has no $id" );
					}
					return $this->extend ??= new Schemas\ExtendSchema();
				}
			};
		}
	}
}

namespace {

	/** As WooCommerce 11 (src/StoreApi/functions.php): true, or a WP_Error with ExtendSchema's refusal. */
	function woocommerce_store_api_register_endpoint_data( $args ) {
		try {
			\Automattic\WooCommerce\StoreApi\StoreApi::container()->get( \Automattic\WooCommerce\StoreApi\Schemas\ExtendSchema::class )->register_endpoint_data( $args );
		} catch ( \Exception $error ) {
			return new WP_Error( 'error', $error->getMessage() );
		}
		return true;
	}

	/**
	 * GET /wc/store/v1/cart for the part the plugin extends: the items of WC()->cart with key, id,
	 * name (HTML, as the Store API's prepare_html_response gives it), quantity and extensions (the
	 * registered cart-item data); no totals, coupons, shipping or Cart-Token.
	 */
	add_action(
		'rest_api_init',
		function () {
			register_rest_route(
				'wc/store/v1',
				'/cart',
				array(
					'methods'             => 'GET',
					'permission_callback' => '__return_true',
					'callback'            => function () {
						$extend = \Automattic\WooCommerce\StoreApi\StoreApi::container()->get( \Automattic\WooCommerce\StoreApi\Schemas\ExtendSchema::class );
						$items  = array();
						foreach ( WC()->cart ? WC()->cart->get_cart() : array() as $key => $cart_item ) {
							$product = $cart_item['data'];
							$items[] = array(
								'key'        => (string) $key,
								'id'         => $product->get_id(),
								'quantity'   => (int) $cart_item['quantity'],
								'name'       => wp_kses_post( $product->get_name() ),
								'extensions' => $extend->get_endpoint_data( 'cart-item', array( $cart_item ) ),
							);
						}
						return rest_ensure_response( array( 'items' => $items, 'items_count' => count( $items ) ) );
					},
					'schema'              => function () {
						$extend = \Automattic\WooCommerce\StoreApi\StoreApi::container()->get( \Automattic\WooCommerce\StoreApi\Schemas\ExtendSchema::class );
						return array( 'title' => 'cart', 'type' => 'object', 'properties' => array( 'items' => array( 'type' => 'array', 'items' => array( 'type' => 'object', 'properties' => array( 'extensions' => array( 'type' => 'object', 'properties' => $extend->get_endpoint_schema( 'cart-item' ) ) ) ) ) ) );
					},
				)
			);
		}
	);

	/** WC_Admin_Meta_Boxes' error list (shown as admin notices after the product is saved; the variations' Ajax save prints them). */
	class WC_Admin_Meta_Boxes {
		public static $meta_box_errors = array();
		public static function add_error( $text ) { self::$meta_box_errors[] = $text; }
	}

	/** As WooCommerce 11's woocommerce_wp_text_input() (includes/admin/wc-meta-box-functions.php), without data types, help tips and custom attributes. */
	function woocommerce_wp_text_input( $field, ?WC_Data $data = null ) {
		$field['placeholder']   = $field['placeholder'] ?? '';
		$field['class']         = $field['class'] ?? 'short';
		$field['style']         = $field['style'] ?? '';
		$field['wrapper_class'] = $field['wrapper_class'] ?? '';
		$field['value']         = $field['value'] ?? ( $data ? $data->get_meta( $field['id'], true ) : '' );
		$field['name']          = $field['name'] ?? $field['id'];
		$field['type']          = $field['type'] ?? 'text';
		echo '<p class="form-field ' . esc_attr( $field['id'] ) . '_field ' . esc_attr( $field['wrapper_class'] ) . '">
		<label for="' . esc_attr( $field['id'] ) . '">' . wp_kses_post( $field['label'] ) . '</label>';
		echo '<input type="' . esc_attr( $field['type'] ) . '" class="' . esc_attr( $field['class'] ) . '" style="' . esc_attr( $field['style'] ) . '" name="' . esc_attr( $field['name'] ) . '" id="' . esc_attr( $field['id'] ) . '" value="' . esc_attr( $field['value'] ) . '" placeholder="' . esc_attr( $field['placeholder'] ) . '" /> ';
		if ( ! empty( $field['description'] ) && empty( $field['desc_tip'] ) ) {
			echo '<span class="description">' . wp_kses_post( $field['description'] ) . '</span>';
		}
		echo '</p>';
	}
}
