<?php
/**
 * With Action Scheduler present (the stand-in in stubs/action-scheduler.php, loaded by the
 * bootstrap when SHOPCX_WC_ACTION_SCHEDULER=1): reminders, review invitations and webhooks go
 * through it, not WP-Cron, and each is sent exactly once. Run by run.sh in its own PHPUnit
 * process, after PluginTest.php (which covers the WP-Cron path).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class ActionSchedulerTest extends TestCase {

	/** 2026-03-10 14:00 UTC, a Tuesday. */
	const NOW = 1773151200;

	use ShopCx_WC_Test_Fixture;

	protected function setUp(): void {
		global $wpdb;
		$this->assertTrue( class_exists( 'Action_Scheduler_Standin', false ), 'run with SHOPCX_WC_ACTION_SCHEDULER=1' );
		Action_Scheduler_Standin::reset();
		foreach ( array( 'shopcx_wc_cart_reminders', 'shopcx_wc_review_invitation', 'shopcx_wc_webhook' ) as $hook ) {
			wp_unschedule_hook( $hook ); // Left in the database by the WP-Cron run.
		}
		self::default_settings();
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		remove_all_filters( 'shopcx_wc_now' );
		add_filter( 'shopcx_wc_now', fn() => self::NOW );
		self::capture_mails();
		shopcx_wc_reset();
	}

	/** Every cron event of a hook, whatever its arguments. */
	private static function cron_events( string $hook ): int {
		$n = 0;
		foreach ( (array) _get_cron_array() as $events ) {
			$n += isset( $events[ $hook ] ) ? count( $events[ $hook ] ) : 0;
		}
		return $n;
	}

	public function test_reminders_are_scheduled_on_action_scheduler_not_wp_cron(): void {
		shopcx_wc_schedule_reminders();
		shopcx_wc_schedule_reminders(); // Every page load calls it: still one action.
		$actions = array_values( Action_Scheduler_Standin::pending( 'shopcx_wc_cart_reminders' ) );
		$this->assertCount( 1, $actions );
		$this->assertSame( array( 600, 'shopcx' ), array( $actions[0]['interval'], $actions[0]['group'] ) );
		$this->assertSame( 0, self::cron_events( 'shopcx_wc_cart_reminders' ) );
		shopcx_wc_deactivate();
		$this->assertSame( array(), Action_Scheduler_Standin::pending( 'shopcx_wc_cart_reminders' ) );
	}

	public function test_due_reminders_are_sent_once_by_the_queue_runner(): void {
		global $wpdb;
		shopcx_wc_record_cart( 'as-due', array( 'items' => 1, 'value' => 25, 'email' => 'ann@example.test', 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );
		shopcx_wc_record_cart( 'as-active', array( 'items' => 1, 'value' => 25, 'email' => 'bob@example.test', 'consent' => true ), self::NOW - 60 );
		shopcx_wc_schedule_reminders();
		$at = array_values( Action_Scheduler_Standin::pending( 'shopcx_wc_cart_reminders' ) )[0]['at'];
		$this->assertSame( 0, Action_Scheduler_Standin::run_due( $at - 1 ) ); // Not due yet.
		$this->assertSame( 1, Action_Scheduler_Standin::run_due( $at ) );
		$this->assertSame( 1, Action_Scheduler_Standin::run_due( $at + 600 ) ); // The next run: nothing new is due.
		$this->assertSame( array( 'ann@example.test' ), array_column( self::$mails, 'to' ) );
		$this->assertSame( '[' . self::NOW . ']', $wpdb->get_var( "SELECT reminders FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = 'as-due'" ) );
		$this->assertSame( 0, self::cron_events( 'shopcx_wc_cart_reminders' ) );
	}

	public function test_review_invitation_is_queued_once_and_sent_once(): void {
		$product                           = wp_insert_post( array( 'post_type' => 'product', 'post_status' => 'publish', 'post_title' => 'Boots' ) );
		$GLOBALS['wc_standin_orders'][601] = new WC_Order( array( 'id' => 601, 'status' => 'completed', 'email' => 'cy@example.test', 'first_name' => 'Cy', 'products' => array( $product ) ) );
		do_action( 'woocommerce_order_status_completed', 601 );
		do_action( 'woocommerce_order_status_completed', 601 ); // Completed again (e.g. re-saved): not queued twice.
		$actions = array_values( Action_Scheduler_Standin::pending( 'shopcx_wc_review_invitation' ) );
		$this->assertCount( 1, $actions );
		$this->assertSame( array( array( 601 ), self::NOW + 7 * DAY_IN_SECONDS ), array( $actions[0]['args'], $actions[0]['at'] ) );
		$this->assertSame( 0, self::cron_events( 'shopcx_wc_review_invitation' ) );
		$this->assertSame( 1, Action_Scheduler_Standin::run_due( self::NOW + 7 * DAY_IN_SECONDS ) );
		$this->assertSame( 0, Action_Scheduler_Standin::run_due( self::NOW + 8 * DAY_IN_SECONDS ) );
		$this->assertSame( array( 'cy@example.test' ), array_column( self::$mails, 'to' ) );
		$this->assertSame( 'How do you like your order 601?', self::$mails[0]['subject'] );
	}

	public function test_webhooks_are_queued_retried_and_delivered_once(): void {
		update_option( 'shopcx_wc_webhook_secret', str_repeat( 'w', 40 ) );
		update_option( 'shopcx_wc_webhook_internal', '127.0.0.1' ); // The loopback receiver: internal, so allowed by name.
		update_option( 'shopcx_wc_webhook_url', 'http://127.0.0.1:' . self::free_port() . '/hook' ); // Nobody listens yet.
		do_action( 'woocommerce_order_status_changed', 88, 'pending', 'processing' );
		$this->assertCount( 1, Action_Scheduler_Standin::pending( 'shopcx_wc_webhook' ) );
		$this->assertSame( 0, self::cron_events( 'shopcx_wc_webhook' ) );
		$this->assertSame( 1, Action_Scheduler_Standin::run_due( self::NOW ) ); // Fails: the retry is queued on Action Scheduler.
		$retry = array_values( Action_Scheduler_Standin::pending( 'shopcx_wc_webhook' ) );
		$this->assertCount( 1, $retry );
		$this->assertSame( 2, $retry[0]['args'][0]['attempt'] );
		$this->assertGreaterThan( self::NOW, $retry[0]['at'] );

		$port = self::free_port();
		$log  = tempnam( sys_get_temp_dir(), 'shopcx-hook' );
		$proc = proc_open( array( PHP_BINARY, '-S', "127.0.0.1:$port", __DIR__ . '/receiver.php' ), array( array( 'pipe', 'r' ), array( 'file', '/dev/null', 'w' ), array( 'file', '/dev/null', 'w' ) ), $pipes, null, array( 'SHOPCX_RECEIVER_LOG' => $log ) );
		try {
			for ( $i = 0; $i < 50 && ! @fsockopen( '127.0.0.1', $port ); $i++ ) {
				usleep( 100000 );
			}
			update_option( 'shopcx_wc_webhook_url', "http://127.0.0.1:$port/hook" );
			$this->assertSame( 1, Action_Scheduler_Standin::run_due( $retry[0]['at'] ) );
			$this->assertSame( 0, Action_Scheduler_Standin::run_due( $retry[0]['at'] + DAY_IN_SECONDS ) );
			$lines = array_filter( explode( "\n", (string) file_get_contents( $log ) ) );
			$this->assertCount( 1, $lines ); // Delivered exactly once.
			$body = json_decode( json_decode( reset( $lines ), true )['body'], true );
			$this->assertSame( array( 'order.status_changed', array( 'order' => 88, 'from' => 'pending', 'to' => 'processing' ) ), array( $body['type'], $body['data'] ) );
			$this->assertSame( $retry[0]['args'][0]['id'], $body['id'] );
		} finally {
			proc_terminate( $proc );
			proc_close( $proc );
			unlink( $log );
			update_option( 'shopcx_wc_webhook_internal', '' );
		}
	}
}
