<?php
/**
 * One tick of the shop's system cron in the fault run (faults.sh runs it every second, as a shop with
 * DISABLE_WP_CRON runs wp-cron.php): every due WP-Cron event, as wp-cron.php runs them, without its
 * lock (there is only this runner), then the due actions of the Action Scheduler of loadtest/site.php
 * (where the plugin's jobs are). A job that fails is the plugin's to log.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'SHOPCX_WP_HOME' ), PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/wp-cron.php';
define( 'DOING_CRON', true );
require getenv( 'SHOPCX_WP_DIR' ) . '/wp-load.php';

$ran = 0;
foreach ( wp_get_ready_cron_jobs() as $timestamp => $hooks ) {
	foreach ( $hooks as $hook => $keys ) {
		foreach ( $keys as $v ) {
			$schedule = $v['schedule'];
			if ( $schedule ) {
				wp_reschedule_event( $timestamp, $schedule, $hook, $v['args'] );
			}
			wp_unschedule_event( $timestamp, $hook, $v['args'] );
			do_action_ref_array( $hook, $v['args'] );
			++$ran;
		}
	}
}
$ran += loadtest_run_actions();
if ( getenv( 'LOADTEST_CRON_VERBOSE' ) ) {
	echo "cron: $ran events\n";
}
