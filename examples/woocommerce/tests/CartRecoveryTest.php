<?php
/**
 * Issue 19: a cart-recovery link opened where the abandoned cart's WooCommerce session is not (the
 * mail app's browser, a phone, days later) puts the cart's items back, once, and the order that
 * follows closes the reminded cart. Found in a real WooCommerce 11.0.1 shop: the link was only
 * verified and the cart page stayed empty. Against a real WordPress and MariaDB (WooCommerce: the
 * stand-in in stubs/, whose session and cart follow WC_Session_Handler::get_session() and
 * WC_Cart::add_to_cart() / find_product_in_cart() / generate_cart_id() of 11.0.1).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class CartRecoveryTest extends TestCase {

	const NOW = 1773151200;

	use ShopCx_WC_Test_Fixture;

	protected function setUp(): void {
		global $wpdb;
		$_GET = array();
		remove_all_filters( 'shopcx_wc_now' );
		add_filter( 'shopcx_wc_now', fn() => self::NOW );
		wp_set_current_user( 0 );
		self::default_settings();
		shopcx_wc_reset();
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$GLOBALS['wc_standin_products'][81] = new WC_Product( array( 'id' => 81, 'qty' => 5, 'name' => 'Lamp' ) );
		$GLOBALS['wc_standin_products'][82] = new WC_Product( array( 'id' => 82, 'qty' => 5, 'type' => 'variable', 'name' => 'Shirt' ) );
		$GLOBALS['wc_standin_products'][83] = new WC_Product_Variation( array( 'id' => 83, 'qty' => 5, 'parent' => 82 ) );
		// The abandoned cart: its row (reminded once) and its WooCommerce session, as wp_woocommerce_sessions keeps them.
		shopcx_wc_record_cart( 't_abandoned', array( 'items' => 3, 'value' => 30, 'email' => 'ann@example.test', 'consent' => true ), self::NOW - DAY_IN_SECONDS );
		WC_Session_Standin::$stored = array(
			't_abandoned' => array(
				'cart' => serialize(
					array(
						'k1' => array( 'key' => 'k1', 'product_id' => 81, 'variation_id' => 0, 'variation' => array(), 'quantity' => 2 ),
						'k2' => array( 'key' => 'k2', 'product_id' => 82, 'variation_id' => 83, 'variation' => array( 'attribute_size' => 'M' ), 'quantity' => 1 ),
						'k3' => array( 'key' => 'k3', 'product_id' => 999, 'variation_id' => 0, 'variation' => array(), 'quantity' => 1 ), // No longer for sale.
					)
				),
			),
		);
	}

	protected function tearDown(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() ); // The later test files share the database (ChatServiceTest's eraser counts ann's rows).
		WC()->session               = null;
		WC()->cart                  = null;
		WC_Session_Standin::$stored = array();
		$_GET                       = array();
	}

	private static function open_link( string $key ): void {
		$_GET['shopcx_cart'] = shopcx_wc_detector()->recoveryToken( shopcx_wc_tokens(), $key, 1, self::NOW );
		shopcx_wc_cart_links();
	}

	private static function lines(): array {
		return array_map( fn( $l ) => array( $l['product_id'], $l['variation_id'], $l['quantity'] ), array_values( WC()->cart->get_cart() ) );
	}

	private static function row( string $key ): ?array {
		global $wpdb;
		return $wpdb->get_row( $wpdb->prepare( "SELECT email, consent, items, status FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = %s", $key ), ARRAY_A );
	}

	public function test_the_link_in_a_new_session_puts_the_items_back_once(): void {
		WC()->session = new WC_Session_Standin( 't_fresh' );
		WC()->cart    = new WC_Cart_Standin( array() );
		self::open_link( 't_abandoned' );
		$this->assertSame( array( array( 81, 0, 2 ), array( 82, 83, 1 ) ), self::lines() );
		// The new session records under the reminded cart's key: no second row, the guest's address known.
		$this->assertNull( self::row( 't_fresh' ) );
		$this->assertSame( array( 'email' => 'ann@example.test', 'consent' => '1', 'items' => '3', 'status' => 'open' ), self::row( 't_abandoned' ) );
		$this->assertSame( 'ann@example.test', WC()->session->get( 'shopcx_email' ) );
		// Opened again (a reload, a second click): nothing doubles.
		self::open_link( 't_abandoned' );
		$this->assertSame( array( array( 81, 0, 2 ), array( 82, 83, 1 ) ), self::lines() );
		// The order closes the reminded cart: no further reminder for it, counted as won back.
		do_action( 'woocommerce_checkout_order_processed', 1 );
		$this->assertSame( 'ordered', self::row( 't_abandoned' )['status'] );
	}

	public function test_a_line_already_in_the_visitors_cart_is_kept_as_it_is(): void {
		WC()->session = new WC_Session_Standin( 't_fresh' );
		WC()->cart    = new WC_Cart_Standin( array() );
		WC()->cart->add_to_cart( 81, 1 );
		self::open_link( 't_abandoned' );
		$this->assertSame( array( array( 81, 0, 1 ), array( 82, 83, 1 ) ), self::lines() );
	}

	public function test_the_link_in_its_own_session_adds_nothing(): void {
		WC()->session = new WC_Session_Standin( 't_abandoned' );
		WC()->cart    = new WC_Cart_Standin( array() );
		self::open_link( 't_abandoned' );
		$this->assertSame( array(), self::lines() );
	}

	public function test_a_session_gone_or_broken_restores_nothing_and_breaks_nothing(): void {
		foreach ( array( 'gone' => array(), 'broken' => array( 'cart' => 'a:1:{garbage' ), 'not lines' => array( 'cart' => serialize( array( 'x', 7, array( 'product_id' => 81 ) ) ) ) ) as $what => $session ) {
			WC_Session_Standin::$stored = $session ? array( 't_abandoned' => $session ) : array();
			WC()->session               = new WC_Session_Standin( 't_fresh' );
			WC()->cart                  = new WC_Cart_Standin( array() );
			self::open_link( 't_abandoned' );
			$this->assertSame( array(), self::lines(), $what );
			$this->assertSame( 't_abandoned', shopcx_wc_cart_key(), $what );
		}
	}
}
