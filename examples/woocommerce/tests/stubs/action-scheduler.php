<?php
/**
 * A minimal stand-in of ONLY the Action Scheduler functions the plugin calls (Action Scheduler
 * is not installable here): as_schedule_single_action, as_schedule_recurring_action,
 * as_has_scheduled_action and as_unschedule_all_actions. Actions are kept in memory for the
 * test process; Action_Scheduler_Standin::run_due() plays the queue runner (as Action Scheduler
 * does: do_action_ref_array( $hook, $args ), a recurring action is queued again after it runs).
 * Loaded by tests/bootstrap.php when SHOPCX_WC_ACTION_SCHEDULER=1, before WordPress.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable

final class Action_Scheduler_Standin {
	/** @var array<int, array{hook: string, args: array, group: string, at: int, interval: int, status: string}> */
	public static $actions = array();
	private static $next_id = 1;

	public static function add( $at, $interval, $hook, $args, $group ) {
		$id                   = self::$next_id++;
		self::$actions[ $id ] = array( 'hook' => (string) $hook, 'args' => (array) $args, 'group' => (string) $group, 'at' => (int) $at, 'interval' => (int) $interval, 'status' => 'pending' );
		return $id;
	}

	/** Pending actions, optionally of one hook. */
	public static function pending( $hook = null ) {
		return array_filter( self::$actions, fn( $a ) => 'pending' === $a['status'] && ( null === $hook || $a['hook'] === $hook ) );
	}

	/** Runs every pending action due at $now, once; returns how many ran. */
	public static function run_due( $now ) {
		$ran = 0;
		foreach ( self::pending() as $id => $action ) {
			if ( $action['at'] > $now ) {
				continue;
			}
			self::$actions[ $id ]['status'] = 'complete';
			do_action_ref_array( $action['hook'], array_values( $action['args'] ) );
			++$ran;
			if ( $action['interval'] > 0 ) {
				self::add( $now + $action['interval'], $action['interval'], $action['hook'], $action['args'], $action['group'] );
			}
		}
		return $ran;
	}

	public static function reset() {
		self::$actions = array();
	}
}

function as_schedule_single_action( $timestamp, $hook, $args = array(), $group = '', $unique = false, $priority = 10 ) {
	return Action_Scheduler_Standin::add( $timestamp, 0, $hook, $args, $group );
}

function as_schedule_recurring_action( $timestamp, $interval_in_seconds, $hook, $args = array(), $group = '', $unique = false, $priority = 10 ) {
	return Action_Scheduler_Standin::add( $timestamp, $interval_in_seconds, $hook, $args, $group );
}

function as_has_scheduled_action( $hook, $args = null, $group = '' ) {
	foreach ( Action_Scheduler_Standin::pending( $hook ) as $action ) {
		if ( ( null === $args || $action['args'] === $args ) && ( '' === $group || $action['group'] === $group ) ) {
			return true;
		}
	}
	return false;
}

function as_unschedule_all_actions( $hook, $args = array(), $group = '' ) {
	foreach ( Action_Scheduler_Standin::pending( $hook ) as $id => $action ) {
		if ( ( array() === $args || $action['args'] === $args ) && ( '' === $group || $action['group'] === $group ) ) {
			Action_Scheduler_Standin::$actions[ $id ]['status'] = 'canceled';
		}
	}
}
