<?php
/**
 * Must-use plugin of the fault run only (loadtest/faults.sh installs it): what WooCommerce itself
 * would keep in the database around the stand-in, so that an order, a customer's session and a
 * mail survive from one request to the next as in a real shop.
 *
 * - Orders: the stand-in's checkout (POST /wc/store/v1/checkout) makes an order object per request;
 *   here it is stored in {prefix}loadtest_orders (WooCommerce's data store), its id the table's, and
 *   wc_get_order() / wc_get_orders() read that table. When the insert fails (a read-only database)
 *   the checkout answers 503 with a plain message, as WooCommerce's Store API answers a failed
 *   order save: the shop never acknowledges an order it did not store. The order is then completed
 *   at once (a shop of downloads), which schedules the review and survey invitations.
 * - The customer's session: billing e-mail and name from /cart/update-customer, kept by a cookie in
 *   {prefix}loadtest_sessions (WooCommerce's sessions table); the cart holds one lamp.
 * - Mails: written to ../mail/<recipient>/ next to the site (the customers' inboxes), not sent.
 * - The product page of the lamp (the test theme has no WooCommerce template): the summary hook
 *   (stock promise) and the after-summary hook (the review form of an invitation link).
 * - Action Scheduler, which WooCommerce bundles, as a table of actions ({prefix}loadtest_actions,
 *   one row each, claimed by an UPDATE as Action Scheduler's own store does): the plugin schedules
 *   its jobs there, not in WP-Cron's single "cron" option, which concurrent requests overwrite.
 *   loadtest/cron.php (the system cron, every second) runs the due ones; the plugin's recurring
 *   jobs (every ten minutes in a shop) start at once and repeat every two seconds here.
 * - No quiet hours; rate limits high enough for the load generator on 127.0.0.1 (still counted, in
 *   the database, on every request); no HTTP request leaves the machine.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable

/** The lamp: product id from the seed. */
function loadtest_product_id() {
	return (int) get_option( 'loadtest_product' );
}

add_action( 'init', fn() => register_post_type( 'product', array( 'public' => true, 'label' => 'Products' ) ) ); // As WooCommerce.
add_action(
	'plugins_loaded',
	function () {
		$id = loadtest_product_id();
		if ( $id ) {
			$GLOBALS['wc_standin_products'][ $id ] = new WC_Product( array( 'id' => $id, 'qty' => 500, 'name' => 'Noorderlicht lamp' ) );
		}
	},
	1
);
if ( ! function_exists( 'is_product' ) ) {
	function is_product() {
		return is_singular( 'product' );
	}
}

// Nothing leaves the machine: no update checks against WordPress.org from the cron.
foreach ( array( 'wp_version_check', 'wp_update_plugins', 'wp_update_themes', 'wp_maybe_auto_update', 'wp_https_detection', 'recovery_mode_clean_expired_keys', 'wp_site_health_scheduled_check' ) as $loadtest_hook ) {
	remove_all_actions( $loadtest_hook );
}
add_filter( 'pre_http_request', fn( $r, $args, $url ) => new WP_Error( 'loadtest_offline', 'offline' ), 10, 3 );
add_filter( 'shopcx_rate_limit', fn( $rule ) => array( 'limit' => 1000000, 'window' => 60 ) + (array) $rule, 99 );
add_filter( 'shopcx_wc_outreach_options', fn( $o ) => array_diff_key( $o, array( 'quietHours' => 1 ) ) );
add_filter( 'shopcx_wc_faq_retry_seconds', fn() => 2 ); // The plugin's retry of a failed FAQ rebuild, at the next ticks.

// --- Action Scheduler --------------------------------------------------------------------------
function loadtest_actions_table() {
	return $GLOBALS['wpdb']->prefix . 'loadtest_actions';
}

function as_schedule_single_action( $timestamp, $hook, $args = array(), $group = '', $unique = false, $priority = 10 ) {
	global $wpdb;
	$ok = $wpdb->insert( loadtest_actions_table(), array( 'hook' => $hook, 'args' => wp_json_encode( array_values( (array) $args ) ), 'grp' => (string) $group, 'run_at' => (int) $timestamp, 'every' => 0, 'status' => 'pending' ) );
	return $ok ? (int) $wpdb->insert_id : 0;
}

function as_schedule_recurring_action( $timestamp, $interval_in_seconds, $hook, $args = array(), $group = '', $unique = false, $priority = 10 ) {
	global $wpdb;
	$ok = $wpdb->insert( loadtest_actions_table(), array( 'hook' => $hook, 'args' => wp_json_encode( array_values( (array) $args ) ), 'grp' => (string) $group, 'run_at' => time(), 'every' => 2, 'status' => 'pending' ) );
	return $ok ? (int) $wpdb->insert_id : 0;
}

/** As Action Scheduler's: a pending or running action of the hook (and args, group). */
function as_has_scheduled_action( $hook, $args = null, $group = '' ) {
	global $wpdb;
	$sql = $wpdb->prepare( 'SELECT COUNT(*) FROM ' . loadtest_actions_table() . " WHERE hook = %s AND status IN ('pending', 'running')", $hook );
	if ( null !== $args ) {
		$sql .= $wpdb->prepare( ' AND args = %s', wp_json_encode( array_values( (array) $args ) ) );
	}
	if ( '' !== $group ) {
		$sql .= $wpdb->prepare( ' AND grp = %s', $group );
	}
	return (int) $wpdb->get_var( $sql ) > 0;
}

function as_unschedule_all_actions( $hook, $args = array(), $group = '' ) {
	global $wpdb;
	$wpdb->query( $wpdb->prepare( 'UPDATE ' . loadtest_actions_table() . " SET status = 'canceled' WHERE hook = %s AND status = 'pending'", $hook ) );
}

/** The queue runner (loadtest/cron.php): claims the due actions, runs them, marks them done. */
function loadtest_run_actions() {
	global $wpdb;
	$t     = loadtest_actions_table();
	$claim = md5( uniqid( '', true ) );
	if ( ! $wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'running', claim = %s WHERE status = 'pending' AND run_at <= %d ORDER BY run_at LIMIT 25", $claim, time() ) ) ) {
		return 0; // Nothing due, or the database refuses writes: run nothing rather than run twice.
	}
	$ran = 0;
	foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $t WHERE claim = %s", $claim ), ARRAY_A ) as $a ) {
		if ( $a['every'] > 0 ) {
			as_schedule_recurring_action( time() + (int) $a['every'], (int) $a['every'], $a['hook'], json_decode( $a['args'], true ), $a['grp'] );
		}
		try {
			do_action_ref_array( $a['hook'], (array) json_decode( $a['args'], true ) );
			$status = 'complete';
		} catch ( \Throwable $e ) {
			error_log( 'loadtest action ' . $a['hook'] . ' failed: ' . $e->getMessage() );
			$status = 'failed';
		}
		$wpdb->update( $t, array( 'status' => $status ), array( 'id' => $a['id'] ) );
		++$ran;
	}
	return $ran;
}

// --- mails: the customers' inboxes ----------------------------------------------------------
add_filter(
	'pre_wp_mail',
	function ( $r, $atts ) {
		$to  = is_array( $atts['to'] ) ? implode( ',', $atts['to'] ) : (string) $atts['to'];
		$dir = dirname( ABSPATH ) . '/mail/' . strtolower( preg_replace( '/[^A-Za-z0-9@._-]/', '', $to ) );
		if ( ! is_dir( $dir ) ) {
			mkdir( $dir, 0777, true );
		}
		$file = $dir . '/' . sprintf( '%.6f', microtime( true ) ) . '-' . wp_rand() . '.txt';
		return false !== file_put_contents( $file, 'Subject: ' . $atts['subject'] . "\n\n" . $atts['message'] );
	},
	10,
	2
);

// --- orders ---------------------------------------------------------------------------------

/** The stand-in's order list, read from and written to the orders table. */
final class Loadtest_Orders implements ArrayAccess, IteratorAggregate, Countable {
	private $cache = array();

	private static function table() {
		return $GLOBALS['wpdb']->prefix . 'loadtest_orders';
	}

	private function from_row( $row ) {
		return new WC_Order(
			array(
				'id'          => (int) $row['id'],
				'status'      => $row['status'],
				'email'       => $row['email'],
				'first_name'  => $row['first_name'],
				'products'    => array( (int) $row['product'] ),
				'created'     => (int) $row['created'],
				'created_via' => 'store-api',
			)
		);
	}

	public function offsetExists( $id ): bool {
		return null !== $this->offsetGet( $id );
	}

	public function offsetGet( $id ): mixed {
		global $wpdb;
		$id = (int) $id;
		if ( ! isset( $this->cache[ $id ] ) ) {
			$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . self::table() . ' WHERE id = %d', $id ), ARRAY_A );
			if ( ! $row ) {
				return null;
			}
			$this->cache[ $id ] = $this->from_row( $row );
		}
		return $this->cache[ $id ];
	}

	public function offsetSet( $id, $order ): void {
		$this->cache[ (int) $id ] = $order;
	}

	public function offsetUnset( $id ): void {
		unset( $this->cache[ (int) $id ] );
	}

	public function getIterator(): Iterator {
		global $wpdb;
		foreach ( (array) $wpdb->get_results( 'SELECT * FROM ' . self::table() . ' ORDER BY id', ARRAY_A ) as $row ) {
			$this->cache[ (int) $row['id'] ] ??= $this->from_row( $row );
		}
		return new ArrayIterator( array_filter( $this->cache, fn( $o ) => $o->get_id() > 0 ) );
	}

	public function count(): int {
		return iterator_count( $this->getIterator() );
	}
}
$GLOBALS['wc_standin_orders'] = new Loadtest_Orders();

/** A plain refusal, as WooCommerce's Store API answers when it cannot save: nothing about the database. */
function loadtest_refuse( $code, $message ) {
	status_header( 503 );
	header( 'Retry-After: 5' );
	wp_send_json( array( 'code' => $code, 'message' => $message, 'data' => array( 'status' => 503 ) ), 503 );
}

add_action(
	'woocommerce_store_api_checkout_update_order_from_request',
	function ( $order ) {
		global $wpdb;
		$session = loadtest_session_key();
		$stored  = $wpdb->insert(
			$wpdb->prefix . 'loadtest_orders',
			array(
				'email'       => $order->get_billing_email(),
				'first_name'  => $order->get_billing_first_name(),
				'status'      => 'processing',
				'product'     => loadtest_product_id(),
				'created'     => time(),
				'session_key' => $session,
			)
		);
		if ( 1 !== $stored || ! $wpdb->insert_id ) {
			loadtest_refuse( 'woocommerce_rest_checkout_error', 'Your order could not be placed. Please try again in a moment.' );
		}
		unset( $GLOBALS['wc_standin_orders'][ $order->get_id() ] );
		$order->set_id( (int) $wpdb->insert_id );
		$order->data['id']       = (int) $wpdb->insert_id;
		$order->data['status']   = 'processing';
		$order->data['products'] = array( loadtest_product_id() );
		$order->data['created']  = time();
		$GLOBALS['wc_standin_orders'][ $order->get_id() ] = $order;
	},
	1
);
// Paid and delivered at once (downloads): completed, which schedules the invitations.
add_action(
	'woocommerce_store_api_checkout_order_processed',
	function ( $order ) {
		global $wpdb;
		if ( $wpdb->update( $wpdb->prefix . 'loadtest_orders', array( 'status' => 'completed' ), array( 'id' => $order->get_id() ) ) ) {
			$order->data['status'] = 'completed';
			do_action( 'woocommerce_order_status_completed', $order->get_id(), $order );
		}
	},
	99
);

// --- the session and the customer -----------------------------------------------------------

function loadtest_session_key() {
	static $key;
	if ( null === $key ) {
		$key = isset( $_COOKIE['loadtest_session'] ) && preg_match( '/^[a-f0-9]{32}$/', $_COOKIE['loadtest_session'] ) ? $_COOKIE['loadtest_session'] : md5( wp_generate_password( 32, false ) );
		if ( ! isset( $_COOKIE['loadtest_session'] ) && ! headers_sent() && 'cli' !== PHP_SAPI ) {
			setcookie( 'loadtest_session', $key, 0, '/' );
		}
	}
	return $key;
}

add_action(
	'plugins_loaded',
	function () {
		global $wpdb;
		if ( 'cli' === PHP_SAPI ) {
			return;
		}
		$key              = loadtest_session_key();
		WC()->session     = new WC_Session_Standin( $key );
		WC()->customer    = new WC_Customer( 0, true );
		WC()->cart        = new WC_Cart_Standin( array( 'lamp' => array( 'product_id' => loadtest_product_id(), 'quantity' => 1, 'line_total' => 89.0 ) ) );
		$data             = $wpdb->get_var( $wpdb->prepare( "SELECT data FROM {$wpdb->prefix}loadtest_sessions WHERE session_key = %s", $key ) );
		$props            = $data ? json_decode( $data, true ) : null;
		if ( is_array( $props ) ) {
			WC()->customer->set_props( $props );
		}
	},
	2
);

add_action(
	'woocommerce_store_api_cart_update_customer_from_request',
	function ( $customer ) {
		global $wpdb;
		$props  = array(
			'billing_email'      => $customer->get_billing_email(),
			'billing_first_name' => $customer->get_billing_first_name(),
		);
		$stored = $wpdb->query( $wpdb->prepare( "REPLACE INTO {$wpdb->prefix}loadtest_sessions (session_key, data) VALUES (%s, %s)", loadtest_session_key(), wp_json_encode( $props ) ) );
		if ( ! $stored ) {
			loadtest_refuse( 'woocommerce_rest_cart_error', 'Your details could not be saved. Please try again in a moment.' );
		}
	},
	99
);

// --- the product page -----------------------------------------------------------------------
add_action(
	'template_redirect',
	function () {
		if ( ! is_singular( 'product' ) ) {
			return;
		}
		$GLOBALS['product'] = wc_get_product( get_queried_object_id() );
		if ( ! $GLOBALS['product'] ) {
			return;
		}
		?><!DOCTYPE html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><title>Noorderlicht lamp - test shop</title><?php wp_head(); ?></head>
<body class="single-product"><main>
<h1 class="product_title">Noorderlicht lamp</h1>
<p class="stock"><?php echo esc_html( $GLOBALS['product']->get_availability()['availability'] ); ?></p>
<?php do_action( 'woocommerce_single_product_summary' ); ?>
<?php do_action( 'woocommerce_after_single_product_summary' ); ?>
</main><?php wp_footer(); ?></body></html>
		<?php
		exit;
	},
	5
);
