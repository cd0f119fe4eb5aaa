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
}
