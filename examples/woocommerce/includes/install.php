<?php
/**
 * Activation, deactivation, the cart-activity table and the missing-extension notice.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/** Version of the plugin's tables; a site with an older one is upgraded on the next admin page. */
const SHOPCX_WC_DB_VERSION = '9';

/**
 * Creates the tables added since the site activated the plugin (activation is not re-run on update)
 * and moves older data into them (version 5: the opt-out flags into the suppression list; version 6:
 * the keys of the reviews already stored into the review claims; version 7: the service interactions; version 8: the FAQ clicks, co-views and search log; version 9: the rate limit's counters).
 *
 * @return void
 */
function shopcx_wc_maybe_upgrade() {
	if ( SHOPCX_WC_DB_VERSION !== get_option( 'shopcx_wc_db_version' ) ) {
		shopcx_wc_activate();
	}
}
add_action( 'admin_init', 'shopcx_wc_maybe_upgrade' );
// Also on every request's init, as WooCommerce checks its own version (WC_Install::check_version):
// after an update the shop's visitors reach the new tables (the rate limit's, the FAQ's, the service
// interactions') before anyone opens an admin page. Seen in the real shop: each rate-limited REST
// request logged "Table wp_shopcx_rate_limit doesn't exist" until the reminder job upgraded. The check
// is one autoloaded option; the upgrade itself (dbDelta, idempotent migrations) runs once.
add_action( 'init', 'shopcx_wc_maybe_upgrade', 5 );

/**
 * The plugin's cart-activity table, with the site's prefix.
 *
 * @return string
 */
function shopcx_wc_cart_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_cart_activity';
}

/**
 * The review claims: one row per order item that has a review (its key is the primary key).
 *
 * @return string
 */
function shopcx_wc_review_claim_table() {
	global $wpdb;
	return $wpdb->prefix . 'shopcx_review_claim';
}

/**
 * Creates (or upgrades) the table with dbDelta, generates the token secret once and schedules
 * the daily purge.
 *
 * @return void
 */
function shopcx_wc_activate() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php'; // @phpstan-ignore requireOnce.fileNotFound (WordPress's own file, not in the stubs)
	$table   = shopcx_wc_cart_table();
	$charset = $wpdb->get_charset_collate();
	// dbDelta wants two spaces after PRIMARY KEY and one field per line.
	dbDelta(
		"CREATE TABLE $table (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cart_key varchar(64) NOT NULL,
  customer_id bigint(20) unsigned NOT NULL DEFAULT 0,
  email varchar(190) NOT NULL DEFAULT '',
  consent tinyint(1) NOT NULL DEFAULT 0,
  opted_out tinyint(1) NOT NULL DEFAULT 0,
  items int(11) NOT NULL DEFAULT 0,
  value decimal(12,2) NOT NULL DEFAULT 0,
  currency char(3) NOT NULL DEFAULT 'EUR',
  status varchar(10) NOT NULL DEFAULT 'open',
  created_at bigint(20) NOT NULL,
  updated_at bigint(20) NOT NULL,
  ordered_at bigint(20) DEFAULT NULL,
  reminders varchar(1024) NOT NULL DEFAULT '[]',
  PRIMARY KEY  (id),
  UNIQUE KEY cart_key (cart_key),
  KEY status_updated (status,updated_at),
  KEY email (email)
) $charset;"
	);
	$log = $wpdb->prefix . 'shopcx_outreach_log';
	dbDelta(
		"CREATE TABLE $log (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  email_hash char(64) NOT NULL,
  kind varchar(32) NOT NULL,
  sent_at bigint(20) NOT NULL,
  PRIMARY KEY  (id),
  KEY email_sent (email_hash,sent_at)
) $charset;"
	);
	shopcx_wc_create_survey_table();
	// The suppression list (includes/suppression.php): every opt-out, by a hash of the address.
	$optout = shopcx_wc_optout_table();
	dbDelta(
		"CREATE TABLE $optout (
  email_hash char(64) NOT NULL,
  kind varchar(16) NOT NULL,
  opted_at bigint(20) NOT NULL,
  PRIMARY KEY  (email_hash,kind)
) $charset;"
	);
	shopcx_wc_migrate_optout_flags( time() );
	// One row per reviewed order item: the primary key makes the claim atomic (includes/review.php).
	$claims = shopcx_wc_review_claim_table();
	dbDelta(
		"CREATE TABLE $claims (
  review_key varchar(190) NOT NULL,
  comment_id bigint(20) unsigned NOT NULL DEFAULT 0,
  claimed_at bigint(20) NOT NULL,
  PRIMARY KEY  (review_key)
) $charset;"
	);
	// Reviews stored before the claims table keep their order item taken.
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are WordPress's and ours.
	$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $claims (review_key, comment_id, claimed_at) SELECT meta_value, comment_id, %d FROM {$wpdb->commentmeta} WHERE meta_key = 'shopcx_review_key'", time() ) );
	// Service interactions (includes/interactions.php): one row per reported contact, once per event id.
	dbDelta(
		"CREATE TABLE {$wpdb->prefix}shopcx_interaction (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  event_id varchar(64) NOT NULL,
  source varchar(16) NOT NULL DEFAULT 'helpdesk',
  email varchar(190) NOT NULL,
  customer_id bigint(20) unsigned NOT NULL DEFAULT 0,
  channel varchar(32) NOT NULL,
  case_ref varchar(64) DEFAULT NULL,
  opened_at bigint(20) NOT NULL,
  first_response int(11) DEFAULT NULL,
  resolved_at bigint(20) DEFAULT NULL,
  contacts int(11) DEFAULT NULL,
  csat tinyint(4) DEFAULT NULL,
  friendly tinyint(4) DEFAULT NULL,
  created_at bigint(20) NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY event_id (event_id),
  KEY opened (opened_at),
  KEY email (email)
) $charset;"
	);
	// FAQ (includes/faq-features.php): clicks per entry, pairs of entries opened in one visit, and the
	// log of unanswered searches and unknown words (normalized text only, capped).
	dbDelta(
		"CREATE TABLE {$wpdb->prefix}shopcx_faq_clicks (
  entry_id bigint(20) unsigned NOT NULL,
  clicks bigint(20) unsigned NOT NULL DEFAULT 0,
  last_at bigint(20) NOT NULL,
  PRIMARY KEY  (entry_id)
) $charset;"
	);
	dbDelta(
		"CREATE TABLE {$wpdb->prefix}shopcx_faq_coviews (
  entry_a bigint(20) unsigned NOT NULL,
  entry_b bigint(20) unsigned NOT NULL,
  views bigint(20) unsigned NOT NULL DEFAULT 0,
  last_at bigint(20) NOT NULL,
  PRIMARY KEY  (entry_a,entry_b),
  KEY entry_b (entry_b)
) $charset;"
	);
	dbDelta(
		"CREATE TABLE {$wpdb->prefix}shopcx_faq_misses (
  kind varchar(8) NOT NULL,
  lang char(2) NOT NULL,
  term varchar(100) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  first_seen bigint(20) NOT NULL,
  last_seen bigint(20) NOT NULL,
  PRIMARY KEY  (kind,lang,term),
  KEY last_seen (last_seen)
) $charset;"
	);
	// The rate limit's counters without a persistent object cache (includes/rate-limit.php): one row
	// per route group and hashed client address, counted by one atomic upsert.
	dbDelta(
		"CREATE TABLE {$wpdb->prefix}shopcx_rate_limit (
  bucket char(32) NOT NULL,
  window_start bigint(20) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (bucket),
  KEY window_start (window_start)
) $charset;"
	);
	update_option( 'shopcx_wc_db_version', SHOPCX_WC_DB_VERSION );

	if ( extension_loaded( 'shopcx' ) && ! get_option( 'shopcx_wc_token_secret' ) ) {
		// Generated once; never autoloaded into every page.
		add_option( 'shopcx_wc_token_secret', \ShopCx\Token::generateSecret(), '', false );
	}
	if ( ! wp_next_scheduled( 'shopcx_wc_purge' ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', 'shopcx_wc_purge' );
	}
}

/**
 * Stops the plugin's scheduled jobs; data stays until the plugin is deleted.
 *
 * @return void
 */
function shopcx_wc_deactivate() {
	wp_clear_scheduled_hook( 'shopcx_wc_purge' );
	wp_clear_scheduled_hook( 'shopcx_wc_cart_reminders' );
	if ( function_exists( 'as_unschedule_all_actions' ) ) {
		as_unschedule_all_actions( 'shopcx_wc_cart_reminders' );
	}
}

/**
 * Deletes cart activity nobody pursues any more: closed or ordered carts and carts idle for
 * longer than the retention period (default 30 days).
 *
 * @param int|null $now Unix time (tests pass a clock).
 * @return int rows deleted
 */
function shopcx_wc_purge( $now = null ) {
	global $wpdb;
	$now    = null === $now ? time() : (int) $now;
	$days   = (int) apply_filters( 'shopcx_wc_cart_retention_days', 30 );
	$cutoff = $now - $days * DAY_IN_SECONDS;
	$table  = shopcx_wc_cart_table();
	// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE updated_at < %d", $cutoff ) );
}
add_action( 'shopcx_wc_purge', 'shopcx_wc_purge' );

/**
 * Admin notice with install help when the extension is not loaded.
 *
 * @return void
 */
function shopcx_wc_missing_extension_notice() {
	if ( ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	$scanned = php_ini_scanned_files();
	$ini_dir = $scanned ? dirname( explode( ',', $scanned )[0] ) : '/etc/php/' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '/mods-available';
	printf(
		'<div class="notice notice-error"><p><strong>%1$s</strong> %2$s</p><p><code>%3$s</code></p></div>',
		esc_html__( 'ShopCX for WooCommerce is inactive:', 'shopcx-woocommerce' ),
		esc_html__( 'the shopcx PHP extension is not loaded. Build and install it, enable it for the PHP version that runs WordPress, then restart PHP-FPM or the web server:', 'shopcx-woocommerce' ),
		esc_html( 'pecl install shopcx.tgz && echo extension=shopcx.so > ' . $ini_dir . '/shopcx.ini' )
	);
}

/**
 * The survey table: one row per invited order (schedule, sending, answers, opt-out).
 *
 * @return void
 */
function shopcx_wc_create_survey_table() {
	global $wpdb;
	$charset = $wpdb->get_charset_collate();
	dbDelta(
		"CREATE TABLE {$wpdb->prefix}shopcx_survey (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NOT NULL,
  email varchar(190) NOT NULL DEFAULT '',
  survey varchar(16) NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'scheduled',
  note varchar(32) NOT NULL DEFAULT '',
  created_at bigint(20) NOT NULL,
  due_at bigint(20) NOT NULL,
  expires_at bigint(20) NOT NULL,
  sent_at bigint(20) DEFAULT NULL,
  answered_at bigint(20) DEFAULT NULL,
  answers text DEFAULT NULL,
  opted_out tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  UNIQUE KEY order_id (order_id),
  KEY status_due (status,due_at),
  KEY survey_answered (survey,answered_at),
  KEY email (email)
) $charset;"
	);
}
