<?php
/**
 * Issue 19: stock lines and promises of variations, the restock date, the block cart and checkout,
 * and the FAQ's log line without entries. Against a real WordPress and MariaDB (WooCommerce: the
 * stand-in in stubs/).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class StockPromiseTest extends TestCase {

	/** 2026-03-10 14:00 UTC, a Tuesday: 15:00 in Amsterdam, before the 22:00 cut-off. */
	const NOW = 1773151200;

	use ShopCx_WC_Test_Fixture;

	protected function setUp(): void {
		self::reset_settings_errors();
		$_POST    = array();
		$_GET     = array();
		$_REQUEST = array();
		remove_all_filters( 'shopcx_wc_now' );
		add_filter( 'shopcx_wc_now', fn() => self::NOW );
		self::capture_mails();
		wp_set_current_user( 0 );
		self::default_settings();
		shopcx_wc_reset();
	}

	/** What error_log() wrote while $fn ran. */
	private static function logged( callable $fn ): string {
		$log = (string) tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old = ini_set( 'error_log', $log );
		try {
			$fn();
		} finally {
			ini_set( 'error_log', (string) $old );
		}
		$logged = (string) file_get_contents( $log );
		unlink( $log );
		return $logged;
	}

	private static function faq_search( string $q ): WP_REST_Response {
		$request = new WP_REST_Request( 'GET', '/shopcx/v1/faq' );
		$request->set_query_params( array( 'q' => $q ) );
		return rest_do_request( $request );
	}

	// --- FAQ: no log line without entries ------------------------------------------------------

	public function test_a_search_before_any_faq_entry_existed_logs_nothing_and_schedules_nothing(): void {
		foreach ( get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'any', 'posts_per_page' => -1, 'fields' => 'ids' ) ) as $id ) {
			wp_delete_post( $id, true );
		}
		// A new shop: no entry was ever saved, so no rebuild ever ran (no file, no flag).
		delete_option( 'shopcx_wc_faq_missing_en' );
		wp_delete_file( shopcx_wc_faq_path( 'en' ) );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
		$logged = self::logged(
			function () {
				for ( $i = 0; $i < 3; $i++ ) {
					$this->assertSame( array(), self::faq_search( 'return' )->get_data()['hits'] );
				}
			}
		);
		$this->assertSame( '', $logged );
		$this->assertFalse( wp_next_scheduled( 'shopcx_wc_faq_rebuild' ) );

		// With an entry and the index lost, the first search logs it, once, and schedules the rebuild.
		$id = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'How do I return an item?', 'post_content' => 'Use the return form.' ) );
		unlink( shopcx_wc_faq_path( 'en' ) );
		$logged = self::logged(
			function () {
				for ( $i = 0; $i < 3; $i++ ) {
					$this->assertSame( array(), self::faq_search( 'return' )->get_data()['hits'] );
				}
			}
		);
		$this->assertSame( 1, substr_count( $logged, 'ShopCX FAQ: no usable index for "en"' ), $logged );
		$this->assertNotFalse( wp_next_scheduled( 'shopcx_wc_faq_rebuild' ) );
		do_action( 'shopcx_wc_faq_rebuild' );
		$this->assertSame( $id, self::faq_search( 'return' )->get_data()['hits'][0]['id'] );

		// Every entry deleted, then one added behind WordPress's back (no save_post, no rebuild): its
		// missing index is logged, not hidden by the earlier "no entries".
		wp_delete_post( $id, true );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
		$this->assertFileDoesNotExist( shopcx_wc_faq_path( 'en' ) );
		$this->assertSame( '', self::logged( fn() => self::faq_search( 'return' ) ) );
		global $wpdb;
		$wpdb->insert( $wpdb->posts, array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Imported', 'post_content' => 'x', 'post_name' => 'imported' ) );
		$imported = (int) $wpdb->insert_id;
		clean_post_cache( $imported );
		$this->assertSame( array( $imported ), get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'fields' => 'ids' ) ) );
		$logged = self::logged( fn() => self::faq_search( 'return' ) );
		$this->assertSame( 1, substr_count( $logged, 'no usable index' ), $logged . get_option( 'shopcx_wc_faq_missing_en', 'none' ) );
		wp_delete_post( $imported, true );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
	}

	// --- variations, restock date --------------------------------------------------------------

	/** A variable product 50 (in stock) with variations 51 (backorder, back on Tuesday 17 March), 52 (backorder, no date), 53 (out of stock, back on 17 March). */
	private static function variable_product(): WC_Product {
		$parent = new WC_Product( array( 'id' => 50, 'qty' => 9, 'type' => 'variable' ) );
		$GLOBALS['wc_standin_products'][50] = $parent;
		foreach ( array( 51 => array( true, '2026-03-17' ), 52 => array( true, '' ), 53 => array( false, '2026-03-17' ) ) as $id => list( $backorders, $date ) ) {
			$variation = new WC_Product_Variation( array( 'id' => $id, 'qty' => 0, 'backorders' => $backorders, 'type' => 'variation', 'parent' => 50 ) );
			if ( $date ) {
				$variation->update_meta_data( '_shopcx_restock_date', $date );
			}
			$GLOBALS['wc_standin_products'][ $id ] = $variation;
		}
		return $parent;
	}

	private static function promise_route( int $id ): array {
		$request = new WP_REST_Request( 'GET', '/shopcx/v1/promise' );
		$request->set_query_params( array( 'product' => (string) $id ) );
		$response = rest_do_request( $request );
		return array( $response->get_status(), $response->get_data() );
	}

	public function test_each_variation_has_its_own_promise_from_the_route_and_its_own_stock_line(): void {
		self::variable_product();
		list( $status, $parent ) = self::promise_route( 50 );
		$this->assertSame( array( 200, 'Order before 22:00, delivered tomorrow' ), array( $status, $parent['label'] ) );
		// Backordered with a restock date: counted from the date, no cut-off in the sentence.
		list( $status, $dated ) = self::promise_route( 51 );
		$this->assertSame( 200, $status );
		$this->assertSame( shopcx_wc_estimator()->estimate( self::NOW, array( 'inStock' => false, 'restockDate' => '2026-03-17' ) )->toArray(), $dated );
		$this->assertSame( array( '2026-03-17', 0, 'Delivered on Wednesday 18 March' ), array( $dated['dispatchDate'], $dated['orderWithinSeconds'], $dated['label'] ) );
		// Backordered without one: the backorder days, as before.
		$this->assertSame( shopcx_wc_estimator()->estimate( self::NOW, array( 'inStock' => false, 'backorderDays' => 10 ) )->label, self::promise_route( 52 )[1]['label'] );
		$this->assertStringNotContainsString( 'Order before', self::promise_route( 53 )[1]['label'] );

		$this->assertSame( 'On backorder, expected on Tuesday 17 March', wc_get_product( 51 )->get_availability()['availability'] );
		$this->assertSame( 'Available on backorder', wc_get_product( 52 )->get_availability()['availability'] );
		$this->assertSame( 'Out of stock, back on Tuesday 17 March', wc_get_product( 53 )->get_availability()['availability'] );
		$this->assertSame( 'In stock', wc_get_product( 50 )->get_availability()['availability'] );
	}

	public function test_the_restock_date_in_the_shop_s_language_and_a_date_reached_says_nothing(): void {
		self::variable_product();
		add_filter( 'locale', $nl = fn() => 'nl_NL' );
		shopcx_wc_reset();
		try {
			$this->assertSame( 'Uitverkocht, weer op voorraad vanaf dinsdag 17 maart', wc_get_product( 53 )->get_availability()['availability'] );
			$this->assertSame( 'Op bestelling leverbaar, verwacht op dinsdag 17 maart', wc_get_product( 51 )->get_availability()['availability'] );
		} finally {
			remove_filter( 'locale', $nl );
			shopcx_wc_reset();
		}
		// Today (Tuesday 10 March) or earlier: no date in the line, the promise uses the backorder days.
		foreach ( array( '2026-03-10', '2026-03-01' ) as $date ) {
			wc_get_product( 51 )->update_meta_data( '_shopcx_restock_date', $date );
			$this->assertSame( 'Available on backorder', wc_get_product( 51 )->get_availability()['availability'] );
			$this->assertSame( shopcx_wc_estimator()->estimate( self::NOW, array( 'inStock' => false, 'backorderDays' => 10 ) )->label, self::promise_route( 51 )[1]['label'] );
		}
		// In stock, a date left over says nothing either.
		$in = new WC_Product( array( 'id' => 54, 'qty' => 40 ) );
		$in->update_meta_data( '_shopcx_restock_date', '2026-03-17' );
		$this->assertSame( 'In stock', $in->get_availability()['availability'] );
		$this->assertSame( 'Order before 22:00, delivered tomorrow', shopcx_wc_promise( $in, self::NOW )->label );
	}

	public function test_the_product_page_loads_the_promise_script_that_follows_the_variations_form(): void {
		$GLOBALS['product'] = self::variable_product();
		ob_start();
		do_action( 'woocommerce_single_product_summary' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( '<p class="shopcx-promise" data-shopcx-promise="http://example.test/index.php?rest_route=%2Fshopcx%2Fv1%2Fpromise&#038;product=50">Order before 22:00, delivered tomorrow</p>', $html );
		$this->assertStringNotContainsString( '<script', $html ); // The script is enqueued, not inline.
		$script = wp_scripts()->query( 'shopcx-promise' );
		$this->assertTrue( wp_script_is( 'shopcx-promise', 'enqueued' ) );
		$this->assertSame( array( 'jquery' ), $script->deps ); // The form's events are jQuery's.
		$this->assertStringEndsWith( '/shopcx-woocommerce/assets/promise.js', $script->src );
		$js = (string) file_get_contents( dirname( __DIR__ ) . '/assets/promise.js' );
		foreach ( array( "'found_variation', '.variations_form'", "'reset_data', '.variations_form'", 'variation.variation_id' ) as $needle ) {
			$this->assertStringContainsString( $needle, $js );
		}
		wp_dequeue_script( 'shopcx-promise' );
		unset( $GLOBALS['product'] );
	}

	// --- the "Back in stock on" field -------------------------------------------------------------

	public function test_the_inventory_tab_and_the_variation_panel_show_the_date_field(): void {
		self::variable_product();
		$GLOBALS['product_object'] = wc_get_product( 53 );
		ob_start();
		do_action( 'woocommerce_product_options_stock_status' );
		do_action( 'woocommerce_variation_options_inventory', 4, array(), (object) array( 'ID' => 51 ) ); // WooCommerce passes the variation's WP_Post.
		$html = (string) ob_get_clean();
		unset( $GLOBALS['product_object'] );
		$this->assertMatchesRegularExpression( '#<label for="shopcx_restock_date">Back in stock on</label><input type="date" [^>]*name="shopcx_restock_date" id="shopcx_restock_date" value="2026-03-17"#', str_replace( array( "\n", "\t" ), '', $html ) );
		$this->assertStringContainsString( 'name="variable_shopcx_restock_date[4]" id="variable_shopcx_restock_date4" value="2026-03-17"', $html );
		$this->assertStringContainsString( '<p class="form-field shopcx_restock_date_field show_if_simple">', $html ); // Hidden for a variable product: its variations have the field.
		$this->assertStringContainsString( '<p class="form-field variable_shopcx_restock_date4_field form-row form-row-full">', $html );
	}

	public function test_the_date_is_saved_through_the_product_crud_and_a_bad_date_is_refused_with_a_notice(): void {
		$product = new WC_Product( array( 'id' => 60, 'qty' => 0 ) );
		WC_Admin_Meta_Boxes::$meta_box_errors = array();
		$save = function ( $value ) use ( $product ) {
			$_POST = null === $value ? array() : array( 'shopcx_restock_date' => $value );
			do_action( 'woocommerce_admin_process_product_object', $product );
			$product->save();
			return $product->get_meta( '_shopcx_restock_date' );
		};
		$this->assertSame( '2026-12-15', $save( '2026-12-15' ) );
		$this->assertSame( array(), WC_Admin_Meta_Boxes::$meta_box_errors );
		$this->assertSame( '2026-12-15', $save( null ) ); // Not posted (another form): kept.
		foreach ( array( '2026-02-30', '15-12-2026', 'tomorrow', '2026-12-15x', '<b>2026</b>' ) as $bad ) {
			$this->assertSame( '2026-12-15', $save( $bad ), $bad );
		}
		$this->assertCount( 5, WC_Admin_Meta_Boxes::$meta_box_errors );
		$this->assertSame( 'Back in stock on: &quot;2026-02-30&quot; is not a date like 2026-12-15; the date was not saved.', WC_Admin_Meta_Boxes::$meta_box_errors[0] );
		$this->assertStringNotContainsString( '<b>', implode( ' ', WC_Admin_Meta_Boxes::$meta_box_errors ) );
		$this->assertSame( '', $save( '' ) ); // Emptied: removed.
		$this->assertSame( array(), get_post_meta( 60 ) ); // Nothing as post meta: the product object holds it.

		$variation = new WC_Product_Variation( array( 'id' => 61, 'qty' => 0, 'type' => 'variation', 'parent' => 60 ) );
		WC_Admin_Meta_Boxes::$meta_box_errors = array();
		$_POST = array( 'variable_shopcx_restock_date' => array( 0 => '2026-12-01', 3 => '2026-12-20' ) );
		do_action( 'woocommerce_admin_process_variation_object', $variation, 3 );
		$this->assertSame( '2026-12-20', $variation->get_meta( '_shopcx_restock_date' ) );
		$_POST = array( 'variable_shopcx_restock_date' => array( 3 => '2026-13-01' ) );
		do_action( 'woocommerce_admin_process_variation_object', $variation, 3 );
		$this->assertSame( '2026-12-20', $variation->get_meta( '_shopcx_restock_date' ) );
		$this->assertCount( 1, WC_Admin_Meta_Boxes::$meta_box_errors );
		WC_Admin_Meta_Boxes::$meta_box_errors = array();
	}

	public function test_the_promise_route_does_not_answer_for_an_unpublished_product_or_variation(): void {
		// Noticed in issue 19's real-shop walk: the route answered for a draft, so its stock and
		// restock date could be read before the launch.
		self::variable_product();
		$GLOBALS['wc_standin_products'][63] = new WC_Product( array( 'id' => 63, 'qty' => 5, 'status' => 'draft' ) );
		$GLOBALS['wc_standin_products'][51]->data['status'] = 'private'; // a disabled variation
		wp_set_current_user( 0 );
		$this->assertSame( array( 404, 404, 200 ), array( self::promise_route( 63 )[0], self::promise_route( 51 )[0], self::promise_route( 52 )[0] ) );
		$this->assertSame( 'shopcx_no_product', self::promise_route( 63 )[1]['code'] );
		// A variation of a parent that is not published (yet) either.
		$GLOBALS['wc_standin_products'][50]->data['status'] = 'pending';
		$this->assertSame( array( 404, 404 ), array( self::promise_route( 50 )[0], self::promise_route( 52 )[0] ) );
		// Shop staff preview theirs: WooCommerce's installer gives administrators and shop managers edit_products.
		get_role( 'administrator' )->add_cap( 'edit_products' );
		wp_set_current_user( 1 );
		$this->assertSame( array( 200, 200 ), array( self::promise_route( 63 )[0], self::promise_route( 52 )[0] ) );
		get_role( 'administrator' )->remove_cap( 'edit_products' );
		wp_set_current_user( 0 );
		wp_set_current_user( 1 ); // a fresh WP_User: the role's capabilities read again
		$this->assertSame( 404, self::promise_route( 63 )[0] );
		wp_set_current_user( 0 );
		$GLOBALS['wc_standin_products'][50]->data['status'] = 'publish';
		$GLOBALS['wc_standin_products'][51]->data['status'] = 'publish';
		unset( $GLOBALS['wc_standin_products'][63] );
	}

	public function test_no_promise_for_an_item_sold_out_without_backorders_or_a_restock_date(): void {
		// Seen in the real WooCommerce 11.0.1 walk: such a product was promised "Delivered on Tuesday 22 December" (10 backorder days).
		$product = new WC_Product( array( 'id' => 62, 'qty' => 0 ) );
		$GLOBALS['wc_standin_products'][62] = $product;
		$route = function () {
			$request = new WP_REST_Request( 'GET', '/shopcx/v1/promise' );
			$request->set_query_params( array( 'product' => '62' ) );
			return rest_do_request( $request )->get_data();
		};
		$page = function () use ( $product ) {
			$GLOBALS['product'] = $product;
			ob_start();
			shopcx_wc_product_promise();
			return (string) ob_get_clean();
		};
		$this->assertFalse( shopcx_wc_promise_applies( $product, self::NOW ) );
		$this->assertSame( array( 'label' => '' ), $route() );
		$this->assertMatchesRegularExpression( '#<p class="shopcx-promise" data-shopcx-promise="[^"]+"></p>#', $page() );
		$this->assertSame( '', shopcx_wc_cart_item_data( array( 'data' => $product ) )['promise'] );
		// With a restock date there is a promise again, counted from it.
		$product->update_meta_data( '_shopcx_restock_date', '2026-03-17' );
		$this->assertTrue( shopcx_wc_promise_applies( $product, self::NOW ) );
		$this->assertNotSame( '', $route()['label'] );
		$this->assertStringContainsString( 'Delivered on', $page() );
		unset( $GLOBALS['product'], $GLOBALS['wc_standin_products'][62] );
	}

	// --- block cart and checkout ---------------------------------------------------------------

	public function test_store_api_cart_items_carry_the_stock_line_and_the_promise(): void {
		self::variable_product();
		WC()->cart = new WC_Cart_Standin(
			array(
				'a1' => array( 'data' => new WC_Product( array( 'id' => 70, 'qty' => 3, 'name' => 'Boots' ) ), 'quantity' => 1, 'line_total' => 10.0 ),
				'b2' => array( 'data' => wc_get_product( 51 ), 'quantity' => 2, 'line_total' => 20.0 ),
			)
		);
		try {
			$response = rest_do_request( new WP_REST_Request( 'GET', '/wc/store/v1/cart' ) );
		} finally {
			WC()->cart = null;
		}
		$this->assertSame( 200, $response->get_status() );
		$items = $response->get_data()['items'];
		$this->assertEquals( (object) array( 'shopcx' => array( 'stock' => 'Only 3 left!', 'promise' => 'Order before 22:00, delivered tomorrow', 'urgent' => true ) ), $items[0]['extensions'] );
		$this->assertSame( array( 'stock' => 'On backorder, expected on Tuesday 17 March', 'promise' => 'Delivered on Wednesday 18 March', 'urgent' => false ), $items[1]['extensions']->shopcx );

		$extend = \Automattic\WooCommerce\StoreApi\StoreApi::container()->get( \Automattic\WooCommerce\StoreApi\Schemas\ExtendSchema::class );
		$schema = $extend->get_endpoint_schema( 'cart-item' )->shopcx;
		$this->assertSame( array( 'object', 'null' ), $schema['type'] );
		$this->assertSame( array( 'stock' => 'string', 'promise' => 'string', 'urgent' => 'boolean' ), array_map( fn( $p ) => $p['type'], $schema['properties'] ) );
		// The stand-in refuses what WooCommerce refuses (logged, thrown only with WP_DEBUG for a shop manager).
		$logged = self::logged( fn() => woocommerce_store_api_register_endpoint_data( array( 'endpoint' => 'cart-items', 'namespace' => 'shopcx', 'data_callback' => 'shopcx_wc_cart_item_data' ) ) );
		$this->assertStringContainsString( 'You must provide a valid Store REST endpoint to extend', $logged );
	}

	public function test_a_bad_stock_setting_leaves_the_cart_item_without_our_words(): void {
		$this->assertSame( array( 'stock' => '', 'promise' => '', 'urgent' => false ), shopcx_wc_cart_item_data( array( 'quantity' => 1 ) ) );
		update_option( 'shopcx_wc_timezone', 'Mars/Olympus' ); // The extension refuses this zone.
		shopcx_wc_reset();
		$this->assertSame( array( 'stock' => '', 'promise' => '', 'urgent' => false ), shopcx_wc_cart_item_data( array( 'data' => new WC_Product( array( 'id' => 71, 'qty' => 3 ) ) ) ) );
	}

	public function test_the_blocks_script_loads_on_cart_and_checkout_pages_only_after_wc_blocks_checkout(): void {
		wp_register_script( 'wc-blocks-checkout', 'http://example.test/blocks-checkout.js', array(), '11.0.1', true );
		$page = function ( string $content ) {
			$id              = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'P', 'post_content' => $content ) );
			$GLOBALS['post'] = get_post( $id );
			wp_dequeue_script( 'shopcx-cart-blocks' );
			do_action( 'wp_enqueue_scripts' );
			$enqueued = wp_script_is( 'shopcx-cart-blocks', 'enqueued' );
			wp_delete_post( $id, true );
			unset( $GLOBALS['post'] );
			return $enqueued;
		};
		$this->assertTrue( $page( '<!-- wp:woocommerce/cart --><div class="wp-block-woocommerce-cart"></div><!-- /wp:woocommerce/cart -->' ) );
		$this->assertSame( array( 'wc-blocks-checkout' ), wp_scripts()->query( 'shopcx-cart-blocks' )->deps );
		$this->assertTrue( $page( '<!-- wp:woocommerce/checkout /-->' ) );
		$this->assertFalse( $page( '<!-- wp:paragraph --><p>About us</p><!-- /wp:paragraph -->' ) );
		$this->assertFalse( $page( '[woocommerce_cart]' ) ); // The classic cart has its own hooks.
		wp_dequeue_script( 'shopcx-cart-blocks' );
		wp_deregister_script( 'wc-blocks-checkout' );
		$this->assertFalse( $page( '<!-- wp:woocommerce/cart /-->' ) ); // Without WooCommerce's blocks nothing.
	}
}
