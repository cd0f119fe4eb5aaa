<?php
/**
 * The plugin against a real WordPress and MariaDB (WooCommerce: the stand-in in stubs/).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class PluginTest extends TestCase {

	/** 2026-03-10 14:00 UTC, a Tuesday: 15:00 in Amsterdam, before the 22:00 cut-off. */
	const NOW = 1773151200;

	use ShopCx_WC_Test_Fixture;

	private $now = self::NOW;

	protected function setUp(): void {
		self::reset_settings_errors();
		$_POST                     = array();
		$_GET                      = array();
		$_REQUEST                  = array();
		$this->now                 = self::NOW;
		remove_all_filters( 'shopcx_wc_now' );
		add_filter( 'shopcx_wc_now', fn() => $this->now );
		self::capture_mails();
		wp_set_current_user( 0 );
		self::default_settings();
		shopcx_wc_reset();
	}

	private function post_settings( array $fields, bool $nonce = true ): bool {
		$_POST = $fields;
		if ( $nonce ) {
			$_POST['_wpnonce'] = wp_create_nonce( 'woocommerce-settings' );
		}
		$_REQUEST = $_POST;
		return $this->settings_page()->save();
	}

	// --- activation ----------------------------------------------------------

	public function test_activation_created_the_indexed_table_and_a_secret(): void {
		global $wpdb;
		$table = $wpdb->prefix . 'shopcx_cart_activity';
		$this->assertSame( $table, $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
		$keys = array_unique( array_column( $wpdb->get_results( "SHOW INDEX FROM $table", ARRAY_A ), 'Key_name' ) );
		sort( $keys );
		$this->assertSame( array( 'PRIMARY', 'cart_key', 'email', 'status_updated' ), $keys );
		$secret = get_option( 'shopcx_wc_token_secret' );
		$this->assertSame( 43, strlen( $secret ) );
		shopcx_wc_activate(); // Again: dbDelta is idempotent and the secret is kept.
		$this->assertSame( $secret, get_option( 'shopcx_wc_token_secret' ) );
		$this->assertNotFalse( wp_next_scheduled( 'shopcx_wc_purge' ) );
	}

	public function test_purge_deletes_only_old_carts(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		shopcx_wc_record_cart( 'old', array( 'items' => 1, 'value' => 20 ), self::NOW - 31 * DAY_IN_SECONDS );
		shopcx_wc_record_cart( 'new', array( 'items' => 1, 'value' => 20 ), self::NOW - 29 * DAY_IN_SECONDS );
		$this->assertSame( 1, shopcx_wc_purge( self::NOW ) );
		$this->assertSame( array( 'new' ), $wpdb->get_col( 'SELECT cart_key FROM ' . shopcx_wc_cart_table() ) );
	}

	// --- settings ------------------------------------------------------------

	public function test_settings_tab_is_registered(): void {
		$page = $this->settings_page();
		$this->assertSame( 'shopcx', $page->get_id() );
		$this->assertSame( array( 'shopcx' => 'Customer service' ), array_intersect_key( apply_filters( 'woocommerce_settings_tabs_array', array() ), array( 'shopcx' => 1 ) ) );
	}

	/** One valid value for every setting of the tab. */
	private const VALID = array(
		'shopcx_wc_low_threshold'     => '3',
		'shopcx_wc_show_qty_below'    => '4',
		'shopcx_wc_stock_labels_en'   => "low: Hurry, only {qty} left\nin_stock: Ready to ship",
		'shopcx_wc_stock_labels_nl'   => 'low: Nog {qty}!',
		'shopcx_wc_stock_labels_de'   => '',
		'shopcx_wc_stock_labels_fr'   => '',
		'shopcx_wc_timezone'          => 'Europe/Berlin',
		'shopcx_wc_cutoff_mon'        => '22:00',
		'shopcx_wc_cutoff_tue'        => '17:30',
		'shopcx_wc_cutoff_wed'        => '22:00',
		'shopcx_wc_cutoff_thu'        => '22:00',
		'shopcx_wc_cutoff_fri'        => '20:00',
		'shopcx_wc_cutoff_sat'        => '12:00',
		'shopcx_wc_cutoff_sun'        => '',
		'shopcx_wc_holiday_country'   => 'de-by',
		'shopcx_wc_closed_dates'      => "12-24\n  \n2026-07-20..2026-08-02",
		'shopcx_wc_carriers'          => "PostNL: 1\nDHL: 1-2 DE",
		'shopcx_wc_default_carrier'   => 'DHL',
		'shopcx_wc_review_delay'      => '10',
		'shopcx_wc_moderation_deny'   => "spamword\nspamword\ncheap pills",
		'shopcx_wc_moderation_hold'   => 'refund',
		'shopcx_wc_moderation_allow'  => 'damn',
		'shopcx_wc_cart_reminders'    => '7200, 86400',
		'shopcx_wc_cart_consent_text' => 'Remind me about my cart',
		'shopcx_wc_cooldown_review'   => '240',
		'shopcx_wc_cooldown_survey'   => '480',
		'shopcx_wc_cooldown_cart'     => '6',
		'shopcx_wc_outreach_cap_max'  => '3',
		'shopcx_wc_outreach_cap_days' => '14',
		'shopcx_wc_chat_rules'        => '{"version":1,"timezone":"Europe/Amsterdam","rules":[]}',
		'shopcx_wc_webhook_url'       => 'https://helpdesk.example.test/hook',
		'shopcx_wc_webhook_secret'    => 'a-secret-of-at-least-thirty-two-characters',
	);

	public function test_admin_saves_valid_settings(): void {
		$this->admin();
		$this->assertTrue( $this->post_settings( self::VALID ) );
		$this->assertSame( array(), self::settings_errors() );
		$stored = array();
		foreach ( array_keys( self::VALID ) as $option ) {
			$stored[ $option ] = get_option( $option );
		}
		// Normalized on the way in: codes upper-cased, lines trimmed and de-duplicated, lists joined.
		$expected = array(
			'shopcx_wc_holiday_country' => 'DE-BY',
			'shopcx_wc_closed_dates'    => "12-24\n2026-07-20..2026-08-02",
			'shopcx_wc_moderation_deny' => "spamword\ncheap pills",
			'shopcx_wc_cart_reminders'  => '7200,86400',
		) + self::VALID;
		ksort( $expected );
		ksort( $stored );
		$this->assertSame( $expected, $stored );
		$this->assertFalse( get_option( 'shopcx_wc_rotate_secret' ) ); // An action, never stored.
	}

	/** @return array<string, array{0: array<string, string>, 1: string}> */
	public static function invalid_settings(): array {
		return array(
			'threshold not a number' => array( array( 'shopcx_wc_low_threshold' => '3 items' ), 'Low stock from: must be a whole number from 0 to 100000.' ),
			'threshold too high'     => array( array( 'shopcx_wc_show_qty_below' => '100001' ), 'Show the quantity below: must be a whole number from 0 to 100000.' ),
			'stock text syntax'      => array( array( 'shopcx_wc_stock_labels_en' => 'Only {qty} left' ), 'Stock texts (English): line 1 must be "key: text", e.g. "low: Only {qty} left!".' ),
			'stock text key'         => array( array( 'shopcx_wc_stock_labels_fr' => 'lowish: Plus que {qty}' ), 'Stock lines not saved: option "labels" keys must be in_stock, in_stock_qty, low, low_no_qty, out_of_stock, out_of_stock_date, backorder, backorder_date, preorder, preorder_date or not_managed' ),
			'stock text too long'    => array( array( 'shopcx_wc_stock_labels_nl' => 'low: ' . str_repeat( 'x', 501 ) ), 'Stock lines not saved: option "labels" "low" must be valid UTF-8 of at most 500 bytes' ),
			'time zone'              => array( array( 'shopcx_wc_timezone' => 'Mars/Olympus' ), 'Warehouse time zone: unknown time zone "Mars/Olympus": use an IANA name such as Europe/Amsterdam.' ),
			'cut-off'                => array( array( 'shopcx_wc_cutoff_mon' => '25:00' ), 'Cut-off on Monday: must be a time like 22:00, or empty when the warehouse is closed.' ),
			'every day closed'       => array( array_fill_keys( array( 'shopcx_wc_cutoff_mon', 'shopcx_wc_cutoff_tue', 'shopcx_wc_cutoff_wed', 'shopcx_wc_cutoff_thu', 'shopcx_wc_cutoff_fri', 'shopcx_wc_cutoff_sat', 'shopcx_wc_cutoff_sun' ), '' ), 'Delivery promise not saved: option "cutoff" must give a cut-off on at least one working day of the warehouse' ),
			'holiday country'        => array( array( 'shopcx_wc_holiday_country' => 'XX' ), 'Public holidays of: must be a supported country or region code: NL, BE, DE, DE-BW .. DE-TH, FR, LU, AT, GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR, US, or ""' ),
			'closed date'            => array( array( 'shopcx_wc_closed_dates' => "12-24\n2026-02-30" ), 'Delivery promise not saved: option "closed" entry 1 must be "YYYY-MM-DD", "MM-DD" or "YYYY-MM-DD..YYYY-MM-DD" (at most 366 days) within 1970-2099' ),
			'carrier syntax'         => array( array( 'shopcx_wc_carriers' => "PostNL: 1\nDHL 2" ), 'Carriers: line 2 must be "Name: days" or "Name: min-max", optionally followed by a country code, e.g. "DHL: 1-2 DE".' ),
			'carrier twice'          => array( array( 'shopcx_wc_carriers' => "DHL: 1\nDHL: 2" ), 'Carriers: "DHL" is listed twice.' ),
			'carrier transit'        => array( array( 'shopcx_wc_carriers' => 'Freight: 40', 'shopcx_wc_default_carrier' => '' ), 'Delivery promise not saved: option "carriers" carrier "Freight" "transit" must be a number of days from 0 to 30 or [min, max]' ),
			'carrier range'          => array( array( 'shopcx_wc_carriers' => 'Freight: 3-1', 'shopcx_wc_default_carrier' => '' ), 'Delivery promise not saved: option "carriers" carrier "Freight" "transit" must be [min, max] days with 0 <= min <= max <= 30' ),
			'carrier calendar'       => array( array( 'shopcx_wc_carriers' => 'Freight: 2 XX', 'shopcx_wc_default_carrier' => '' ), 'Delivery promise not saved: option "carriers" carrier "Freight" "calendar" must be a ShopCx\Delivery\Calendar or a supported country or region code' ),
			'carrier shown'          => array( array( 'shopcx_wc_carriers' => "PostNL: 1\nDHL: 2", 'shopcx_wc_default_carrier' => 'UPS' ), 'Delivery promise not saved: Carrier shown: "UPS" is not one of the carriers (PostNL, DHL).' ),
			'review delay'           => array( array( 'shopcx_wc_review_delay' => '61' ), 'Review invitation after (days): must be a whole number from 0 to 60.' ),
			'blocked word too long'  => array( array( 'shopcx_wc_moderation_deny' => str_repeat( 'x', 129 ) ), 'Reviews not saved: option "deny" entry 0 must be 1 to 128 bytes of valid UTF-8' ),
			'reminder syntax'        => array( array( 'shopcx_wc_cart_reminders' => '1h, 1d' ), 'Reminders (seconds after the last activity): must be whole seconds separated by commas, e.g. 3600,86400,259200.' ),
			'reminder order'         => array( array( 'shopcx_wc_cart_reminders' => '86400,3600' ), 'Cart reminders not saved: option "reminders" must be in ascending order (entry 2: 3600 is not after 86400)' ),
			'reminder too early'     => array( array( 'shopcx_wc_cart_reminders' => '600,3600' ), 'Cart reminders not saved: option "reminders" must not start before the idle time (600 < 3600)' ),
			'consent text empty'     => array( array( 'shopcx_wc_cart_consent_text' => ' <b></b> ' ), 'Consent text at checkout: must be 1 to 300 characters of text.' ),
			'cool-down'              => array( array( 'shopcx_wc_cooldown_review' => '-1' ), 'Hours between two review invitations: must be a whole number from 0 to 87840.' ),
			'cap window'             => array( array( 'shopcx_wc_outreach_cap_days' => '0' ), '... within this many days: must be a whole number from 1 to 3660.' ),
			'chat rules JSON'        => array( array( 'shopcx_wc_chat_rules' => '{"version":1,' ), "Chat rules (JSON): \$ is not valid JSON: string or '}' expected near end of file at line 1 column 13" ),
			'chat rules content'     => array( array( 'shopcx_wc_chat_rules' => '{"version":1,"timezone":"Europe/Amsterdam","rules":[{"name":"x"}]}' ), 'Chat rules (JSON): $.rules[0].kind is required when the rule has no trigger' ),
			'webhook secret short'   => array( array( 'shopcx_wc_webhook_secret' => 'short' ), 'Helpdesk webhook secret: must be at least 32 characters.' ),
			'webhook URL scheme'     => array( array( 'shopcx_wc_webhook_url' => 'ftp://helpdesk.example.test/', 'shopcx_wc_webhook_secret' => str_repeat( 'k', 32 ) ), 'Helpdesk webhook not saved: must be an http:// or https:// URL with a host, of at most 2048 bytes' ),
			'webhook without secret' => array( array( 'shopcx_wc_webhook_url' => 'https://helpdesk.example.test/', 'shopcx_wc_webhook_secret' => '' ), 'Helpdesk webhook not saved: Helpdesk webhook secret: required when a webhook URL is set.' ),
		);
	}

	/** @dataProvider invalid_settings */
	public function test_invalid_setting_is_refused_with_its_message( array $fields, string $message ): void {
		$this->admin();
		$this->post_settings( self::VALID );
		$this->assertSame( array(), self::settings_errors() );
		$before = array();
		foreach ( array_keys( $fields ) as $option ) {
			$before[ $option ] = get_option( $option );
		}
		$this->assertTrue( $this->post_settings( $fields ) );
		$this->assertSame( array( $message ), self::settings_errors() );
		foreach ( $before as $option => $value ) {
			$this->assertSame( $value, get_option( $option ), "$option kept" );
		}
	}

	public function test_a_refused_section_leaves_the_other_sections_saved(): void {
		$this->admin();
		$this->post_settings( array( 'shopcx_wc_carriers' => 'Freight: 40', 'shopcx_wc_review_delay' => '3' ) );
		$this->assertCount( 1, self::settings_errors() );
		$this->assertFalse( get_option( 'shopcx_wc_carriers' ) );
		$this->assertSame( '3', get_option( 'shopcx_wc_review_delay' ) );
	}

	public function test_sections_and_fields_added_by_other_code_are_saved(): void {
		$this->admin();
		$section = fn( $sections ) => $sections + array(
			'extra' => array(
				'title'  => 'Extra',
				'fields' => array(
					array( 'title' => 'Extra number', 'id' => 'shopcx_wc_test_extra', 'type' => 'number', 'custom_attributes' => array( 'min' => 1, 'max' => 9 ), 'parse' => 'shopcx_wc_parse_int' ),
				),
				'check'  => function ( $get ) {
					if ( '7' === $get( 'shopcx_wc_test_extra' ) ) {
						throw new ValueError( 'seven is refused' );
					}
				},
			),
		);
		$plain = function ( $settings ) {
			$settings[] = array( 'title' => 'Plain', 'id' => 'shopcx_wc_test_plain', 'type' => 'text' );
			return $settings;
		};
		add_filter( 'shopcx_wc_settings_sections', $section );
		add_filter( 'woocommerce_get_settings_shopcx', $plain );
		try {
			$this->post_settings( array( 'shopcx_wc_test_extra' => '3', 'shopcx_wc_test_plain' => ' <b>kept</b> ' ) );
			$this->assertSame( array(), self::settings_errors() );
			$this->assertSame( array( '3', 'kept' ), array( get_option( 'shopcx_wc_test_extra' ), get_option( 'shopcx_wc_test_plain' ) ) );
			$this->post_settings( array( 'shopcx_wc_test_extra' => '12' ) );
			$this->post_settings( array( 'shopcx_wc_test_extra' => '7' ) );
			$this->assertSame( array( 'Extra number: must be a whole number from 1 to 9.', 'Extra not saved: seven is refused' ), self::settings_errors() );
			$this->assertSame( '3', get_option( 'shopcx_wc_test_extra' ) );
		} finally {
			remove_filter( 'shopcx_wc_settings_sections', $section );
			remove_filter( 'woocommerce_get_settings_shopcx', $plain );
			delete_option( 'shopcx_wc_test_extra' );
			delete_option( 'shopcx_wc_test_plain' );
		}
	}

	public function test_weekday_cutoffs_closed_dates_and_carriers_shape_the_promise(): void {
		$this->admin();
		$this->post_settings(
			array(
				'shopcx_wc_cutoff_tue'      => '', // Closed on Tuesdays (NOW is a Tuesday).
				'shopcx_wc_cutoff_fri'      => '16:00',
				'shopcx_wc_closed_dates'    => '2026-03-11', // And on Wednesday the 11th.
				'shopcx_wc_carriers'        => "PostNL: 1\nDHL: 2-3",
				'shopcx_wc_default_carrier' => 'DHL',
			)
		);
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( 'mon' => '22:00', 'tue' => '', 'wed' => '22:00', 'thu' => '22:00', 'fri' => '16:00', 'sat' => '', 'sun' => '' ), shopcx_wc_cutoffs( 'shopcx_wc_option' ) );
		$promise = shopcx_wc_promise( new WC_Product( array( 'id' => 21, 'qty' => 5 ) ), self::NOW )->toArray();
		// Dispatched Thursday 22:00 at the latest; DHL's 2-3 days skip Tuesday, closed for the shop.
		$this->assertSame(
			array( 'dispatchDate' => '2026-03-12', 'earliest' => '2026-03-16', 'latest' => '2026-03-18', 'orderWithinSeconds' => 55 * HOUR_IN_SECONDS, 'carrier' => 'DHL', 'label' => 'Delivered between Mon 16 and Wed 18 Mar' ),
			$promise
		);
	}

	public function test_sites_saved_before_per_day_cutoffs_keep_their_cutoff_and_days(): void {
		update_option( 'shopcx_wc_cutoff', '18:00' );
		update_option( 'shopcx_wc_workdays', 'mon,wed' );
		$this->assertSame( array( 'mon' => '18:00', 'tue' => '', 'wed' => '18:00', 'thu' => '', 'fri' => '', 'sat' => '', 'sun' => '' ), shopcx_wc_cutoffs( 'shopcx_wc_option' ) );
		update_option( 'shopcx_wc_cutoff_tue', '12:00' ); // Saved once with the new form: it counts.
		$this->assertSame( '12:00', shopcx_wc_cutoffs( 'shopcx_wc_option' )['tue'] );
	}

	public function test_stock_texts_moderation_lists_and_consent_text_are_used(): void {
		$this->admin();
		$this->post_settings(
			array(
				'shopcx_wc_stock_labels_en'   => 'low: Hurry, only {qty} left',
				'shopcx_wc_moderation_deny'   => 'spamword',
				'shopcx_wc_moderation_hold'   => 'refund',
				'shopcx_wc_cart_consent_text' => 'Yes, <em>remind</em> me',
			)
		);
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( 'Hurry, only 3 left', ( new WC_Product( array( 'id' => 10, 'qty' => 3 ) ) )->get_availability()['availability'] );
		$this->assertSame( 'reject', shopcx_wc_moderator()->check( 'This jacket is a spamword thing, really.' )->decision );
		$this->assertSame( 'hold', shopcx_wc_moderator()->check( 'I would like a refund for this jacket.' )->decision );
		$this->assertSame( 'approve', shopcx_wc_moderator()->check( 'A fine jacket that kept me dry.' )->decision );
		ob_start();
		shopcx_wc_consent_field();
		$this->assertStringContainsString( 'value="1"> Yes, remind me</label>', ob_get_clean() );
	}

	public function test_review_invitations_respect_the_review_cooldown(): void {
		$this->admin();
		$this->post_settings( array( 'shopcx_wc_cooldown_review' => '48' ) );
		$this->completed_order();
		$GLOBALS['wc_standin_orders'][502] = new WC_Order( array( 'id' => 502, 'status' => 'completed', 'email' => 'ANN@example.test', 'first_name' => 'Ann', 'products' => $GLOBALS['wc_standin_orders'][501]->data['products'] ) );
		$this->assertSame( 'sent', shopcx_wc_send_review_invitation( 501 ) );
		$this->now = self::NOW + HOUR_IN_SECONDS;
		// Same customer (the address compared case-insensitively), within 48 hours: moved, not sent.
		$this->assertSame( 'postponed', shopcx_wc_send_review_invitation( 502 ) );
		$this->assertCount( 1, self::$mails );
		$this->assertSame( self::NOW + 48 * HOUR_IN_SECONDS, wp_next_scheduled( 'shopcx_wc_review_invitation', array( 502 ) ) );
		$this->now = self::NOW + 48 * HOUR_IN_SECONDS;
		$this->assertSame( 'sent', shopcx_wc_send_review_invitation( 502 ) );
		$this->assertCount( 2, self::$mails );
		wp_clear_scheduled_hook( 'shopcx_wc_review_invitation', array( 502 ) );
	}

	public function test_cart_reminders_respect_the_outreach_cap(): void {
		global $wpdb;
		$this->admin();
		$this->post_settings( array( 'shopcx_wc_outreach_cap_max' => '1', 'shopcx_wc_outreach_cap_days' => '7' ) );
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		shopcx_wc_record_cart( 'capped', array( 'items' => 1, 'value' => 20, 'email' => 'cap@example.test', 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );
		shopcx_wc_outreach_record( 'cap@example.test', 'review', self::NOW - DAY_IN_SECONDS ); // One e-mail this week already.
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertSame( array(), self::$mails );
		// Six days later the review invitation leaves the window: the reminder goes out, once.
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW + 6 * DAY_IN_SECONDS + 60 ) );
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW + 6 * DAY_IN_SECONDS + 120 ) );
		$this->assertSame( array( 'cap@example.test' ), array_column( self::$mails, 'to' ) );
	}

	public function test_secret_rotation_keeps_old_links_valid(): void {
		$this->admin();
		$old_link = shopcx_wc_tokens()->issue( 'cart', array( 'cart' => 'r1', 'step' => 1 ), DAY_IN_SECONDS, self::NOW );
		$old      = get_option( 'shopcx_wc_token_secret' );
		$this->post_settings( array( 'shopcx_wc_rotate_secret' => '1' ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertNotSame( $old, get_option( 'shopcx_wc_token_secret' ) );
		$this->assertSame( 'wc2', shopcx_wc_tokens()->keyId() );
		$this->assertSame( 'r1', shopcx_wc_tokens()->verify( $old_link, 'cart', self::NOW )['cart'] );
		$this->assertStringStartsWith( 'v1.wc2.', shopcx_wc_tokens()->issue( 'cart', array( 'cart' => 'r2' ), 60, self::NOW ) );
	}

	public function test_non_admin_is_refused(): void {
		wp_set_current_user( get_user_by( 'login', 'customer' )->ID );
		$this->assertFalse( $this->post_settings( array( 'shopcx_wc_low_threshold' => '99' ) ) );
		$this->assertSame( array( 'You are not allowed to change these settings.' ), self::settings_errors() );
		$this->assertNotSame( '99', get_option( 'shopcx_wc_low_threshold' ) );
	}

	public function test_only_an_administrator_sees_and_changes_the_webhook_url_and_secret(): void {
		if ( ! get_role( 'shop_manager' ) ) { // WooCommerce's role: manage_woocommerce, not manage_options.
			add_role( 'shop_manager', 'Shop manager', array( 'read' => true, 'manage_woocommerce' => true ) );
		}
		$manager = get_user_by( 'login', 'manager' );
		$manager = $manager ? $manager->ID : wp_insert_user( array( 'user_login' => 'manager', 'user_pass' => 'manager-password-1', 'user_email' => 'manager@example.test', 'role' => 'shop_manager' ) );
		$secret  = str_repeat( 'admin-secret-', 3 );
		update_option( 'shopcx_wc_webhook_url', 'https://helpdesk.example.test/hook' );
		update_option( 'shopcx_wc_webhook_secret', $secret );
		$ids = fn() => array_column( $this->settings_page()->get_settings(), 'id' );

		wp_set_current_user( $manager );
		$this->assertTrue( current_user_can( 'manage_woocommerce' ) );
		$this->assertNotContains( 'shopcx_wc_webhook_url', $ids() ); // Not shown to a shop manager.
		$this->assertNotContains( 'shopcx_wc_webhook_secret', $ids() );
		$this->assertNotContains( 'shopcx_wc_webhook_internal', $ids() );
		$this->assertStringNotContainsString( $secret, wp_json_encode( $this->settings_page()->get_settings() ) );
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_webhook_url' => 'http://169.254.169.254/latest', 'shopcx_wc_webhook_secret' => str_repeat( 'manager-', 5 ), 'shopcx_wc_webhook_internal' => '169.254.0.0/16', 'shopcx_wc_low_threshold' => '4' ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( '4', (string) get_option( 'shopcx_wc_low_threshold' ) ); // The rest of the tab is theirs.
		$this->assertSame( array( 'https://helpdesk.example.test/hook', $secret, false ), array( get_option( 'shopcx_wc_webhook_url' ), get_option( 'shopcx_wc_webhook_secret' ), get_option( 'shopcx_wc_webhook_internal' ) ) );

		$this->admin();
		$this->assertContains( 'shopcx_wc_webhook_url', $ids() );
		$this->assertContains( 'shopcx_wc_webhook_secret', $ids() );
		$this->assertContains( 'shopcx_wc_webhook_internal', $ids() );
		$new = str_repeat( 'rotated-', 5 );
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_webhook_url' => 'https://desk.example.test/in', 'shopcx_wc_webhook_secret' => $new, 'shopcx_wc_webhook_internal' => "helpdesk.lan, 10.0.0.0/8\n 192.168.1.20 \nhelpdesk.lan" ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( 'https://desk.example.test/in', $new, "helpdesk.lan\n10.0.0.0/8\n192.168.1.20" ), array( get_option( 'shopcx_wc_webhook_url' ), get_option( 'shopcx_wc_webhook_secret' ), get_option( 'shopcx_wc_webhook_internal' ) ) );
		// The extension checks the entries; a refused list leaves the section as it was.
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_webhook_internal' => '10.0.0.0/40' ) ) );
		$this->assertStringStartsWith( 'Helpdesk webhook not saved: ', self::settings_errors()[0] );
		$this->assertSame( "helpdesk.lan\n10.0.0.0/8\n192.168.1.20", get_option( 'shopcx_wc_webhook_internal' ) );
		update_option( 'shopcx_wc_webhook_url', '' );
		update_option( 'shopcx_wc_webhook_secret', '' );
		update_option( 'shopcx_wc_webhook_internal', '' );
	}

	public function test_missing_nonce_is_refused(): void {
		$this->admin();
		$this->assertFalse( $this->post_settings( array( 'shopcx_wc_low_threshold' => '99' ), false ) );
		$this->assertSame( array( 'The form has expired: reload the page and try again.' ), self::settings_errors() );
		$this->assertNotSame( '99', get_option( 'shopcx_wc_low_threshold' ) );
	}

	// --- stock and delivery ----------------------------------------------------

	public function test_stock_lines_for_products_and_variations(): void {
		$this->assertSame( 'Only 3 left!', ( new WC_Product( array( 'id' => 10, 'qty' => 3 ) ) )->get_availability()['availability'] );
		$this->assertSame( 'In stock', ( new WC_Product_Variation( array( 'id' => 11, 'qty' => 40 ) ) )->get_availability()['availability'] );
		$this->assertSame( 'Available on backorder', ( new WC_Product_Variation( array( 'id' => 12, 'qty' => 0, 'backorders' => true ) ) )->get_availability()['availability'] );
	}

	public function test_promise_rest_route_is_uncached(): void {
		$GLOBALS['wc_standin_products'][20] = new WC_Product( array( 'id' => 20, 'qty' => 8 ) );
		$request                            = new WP_REST_Request( 'GET', '/shopcx/v1/promise' );
		$request->set_query_params( array( 'product' => '20' ) );
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'no-store, max-age=0', $response->get_headers()['Cache-Control'] );
		$this->assertSame(
			array( 'dispatchDate' => '2026-03-10', 'earliest' => '2026-03-11', 'latest' => '2026-03-11', 'orderWithinSeconds' => 25200, 'carrier' => 'default', 'label' => 'Order before 22:00, delivered tomorrow' ),
			$response->get_data()
		);
		$request->set_query_params( array( 'product' => '999' ) );
		$this->assertSame( 404, rest_do_request( $request )->get_status() );
		$request->set_query_params( array( 'product' => 'abc' ) );
		$this->assertSame( 400, rest_do_request( $request )->get_status() );
	}

	public function test_product_page_prints_the_promise(): void {
		$GLOBALS['product'] = new WC_Product( array( 'id' => 20, 'qty' => 8 ) );
		ob_start();
		do_action( 'woocommerce_single_product_summary' );
		$html = ob_get_clean();
		$this->assertStringContainsString( '<p class="shopcx-promise" data-shopcx-promise="http://example.test/index.php?rest_route=%2Fshopcx%2Fv1%2Fpromise&#038;product=20">Order before 22:00, delivered tomorrow</p>', $html );
	}

	public function test_cart_shows_the_promise_of_its_slowest_line(): void {
		WC()->cart = new WC_Cart_Standin(
			array(
				array( 'data' => new WC_Product( array( 'id' => 30, 'qty' => 4 ) ), 'quantity' => 1, 'line_total' => 10.0 ),
				array( 'data' => new WC_Product( array( 'id' => 31, 'qty' => 0, 'backorders' => true ) ), 'quantity' => 1, 'line_total' => 10.0 ),
			)
		);
		ob_start();
		do_action( 'woocommerce_before_cart_totals' );
		$html      = ob_get_clean();
		WC()->cart = null;
		$expected  = shopcx_wc_estimator()->estimate( self::NOW, array( 'inStock' => false, 'backorderDays' => 10 ) )->label;
		$this->assertSame( '<p class="shopcx-promise shopcx-cart-promise">' . esc_html( $expected ) . '</p>', $html );
		$this->assertStringNotContainsString( 'tomorrow', $expected );
	}

	// --- FAQ -------------------------------------------------------------------

	public function test_faq_index_is_rebuilt_on_save_and_searchable(): void {
		$id   = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'How do I return an item?', 'post_content' => 'Use the return form within 30 days.' ) );
		$path = wp_upload_dir( null, false )['basedir'] . '/shopcx/faq-en.idx';
		$this->assertFileExists( $path );
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'When is my parcel delivered?', 'post_content' => 'Orders before 22:00 arrive the next working day.' ) );
		$request = new WP_REST_Request( 'GET', '/shopcx/v1/faq' );
		$request->set_query_params( array( 'q' => 'retrun' ) ); // A typo on purpose.
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( $id, $data['hits'][0]['id'] );
		$this->assertSame( 'How do I <mark>return</mark> an item?', $data['hits'][0]['question'] );
		$this->assertSame( 400, rest_do_request( new WP_REST_Request( 'GET', '/shopcx/v1/faq' ) )->get_status() ); // q is required.
	}

	public function test_a_missing_faq_index_is_not_rebuilt_by_visitors_and_is_logged_once(): void {
		// Before: every search that found no index file rebuilt it in the visitor's request.
		$id   = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Can I return sale items?', 'post_content' => 'Yes, within 14 days.' ) );
		$path = shopcx_wc_faq_path( 'en' );
		$this->assertFileExists( $path );
		unlink( $path ); // An unwritable or emptied uploads folder, a new language.
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
		$rebuilt = 0;
		$count   = function () use ( &$rebuilt ) {
			$rebuilt++;
		};
		add_action( 'shopcx_wc_faq_rebuilt', $count );
		$search = function ( string $q ) {
			$request = new WP_REST_Request( 'GET', '/shopcx/v1/faq' );
			$request->set_query_params( array( 'q' => $q ) );
			return rest_do_request( $request );
		};
		$log = tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old = ini_set( 'error_log', $log );
		try {
			for ( $i = 0; $i < 5; $i++ ) {
				$response = $search( 'return sale' );
				$this->assertSame( 200, $response->get_status() );
				$this->assertSame( array( 'query' => 'return sale', 'hits' => array(), 'answered' => false ), $response->get_data() );
			}
			$_GET['faq_q'] = 'return sale';
			$this->assertStringContainsString( 'No answer found for', do_shortcode( '[shopcx_faq]' ) );
		} finally {
			ini_set( 'error_log', (string) $old );
		}
		$this->assertFileDoesNotExist( $path );
		$this->assertSame( 0, $rebuilt );
		$logged = (string) file_get_contents( $log );
		unlink( $log );
		$this->assertSame( 1, substr_count( $logged, 'ShopCX FAQ: no usable index for "en"' ), $logged );

		// The first of those requests scheduled one rebuild job; the job (not a visitor) builds it.
		$this->assertNotFalse( wp_next_scheduled( 'shopcx_wc_faq_rebuild' ) );
		do_action( 'shopcx_wc_faq_rebuild' );
		$this->assertSame( 1, $rebuilt );
		$this->assertFileExists( $path );
		$this->assertSame( $id, $search( 'return sale' )->get_data()['hits'][0]['id'] );
		// Saving an entry rebuilds; a later loss of the file is logged again.
		wp_update_post( array( 'ID' => $id, 'post_content' => 'Yes, within 30 days.' ) );
		$this->assertSame( 2, $rebuilt );
		remove_action( 'shopcx_wc_faq_rebuilt', $count );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
	}

	public function test_deleting_the_last_faq_entry_leaves_no_index_and_searches_answer_empty(): void {
		// ShopCX refuses to build an index of nothing (a ValueError the save used to throw).
		global $wpdb;
		$ids = get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'any', 'posts_per_page' => -1, 'fields' => 'ids' ) );
		$log = tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old = ini_set( 'error_log', $log );
		try {
			foreach ( $ids as $id ) {
				wp_delete_post( $id, true );
			}
			$request = new WP_REST_Request( 'GET', '/shopcx/v1/faq' );
			$request->set_query_params( array( 'q' => 'return' ) );
			$response = rest_do_request( $request );
		} finally {
			ini_set( 'error_log', (string) $old );
		}
		$this->assertFileDoesNotExist( shopcx_wc_faq_path( 'en' ) );
		$this->assertSame( array( 200, array() ), array( $response->get_status(), $response->get_data()['hits'] ) );
		$this->assertSame( '', (string) file_get_contents( $log ) ); // Nothing is wrong: no entries, no log.
		unlink( $log );
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'How do I return an item?', 'post_content' => 'Use the return form within 30 days.' ) );
		$this->assertFileExists( shopcx_wc_faq_path( 'en' ) );
	}

	public function test_a_refused_faq_query_answers_a_generic_400_without_the_extension_s_message(): void {
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Do you ship abroad?', 'post_content' => 'To the EU and the UK.' ) );
		$request = new WP_REST_Request( 'GET', '/shopcx/v1/faq' );
		$request->set_query_params( array( 'q' => "ship \xff abroad" ) ); // Not UTF-8: the extension refuses it.
		$log = tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old = ini_set( 'error_log', $log );
		try {
			$response = rest_do_request( $request );
		} finally {
			ini_set( 'error_log', (string) $old );
		}
		// WordPress 6.8 strips the invalid bytes before the route runs (200); older ones pass them on (400).
		// Either way the extension's message must not reach the visitor.
		$this->assertStringNotContainsString( 'ShopCx\\', (string) wp_json_encode( $response->get_data() ) );
		if ( 200 === $response->get_status() ) {
			return;
		}
		$this->assertSame( 400, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 'shopcx_bad_query', 'This search could not be run. Try other words.' ), array( $data['code'], $data['message'] ) );
		$this->assertStringNotContainsString( 'Argument', print_r( $data, true ) );
		$this->assertStringNotContainsString( 'ShopCx', print_r( $data, true ) );
		$this->assertSame( '', (string) file_get_contents( $log ) ); // The detail is logged only with WP_DEBUG (off here).
		unlink( $log );
	}

	public function test_faq_shortcode_escapes_the_query(): void {
		$_GET['faq_q'] = '"><script>alert(1)</script> return';
		$html          = do_shortcode( '[shopcx_faq]' );
		$this->assertStringNotContainsString( '<script', $html );
		$this->assertStringContainsString( '<mark>return</mark>', $html );
		$_GET['faq_q'] = '<img src=x onerror=alert(1)>zzqx';
		$html          = do_shortcode( '[shopcx_faq]' );
		$this->assertStringNotContainsString( '<img', $html );
		$this->assertStringNotContainsString( 'onerror=alert(1)>', $html );
		// What survives sanitizing (quotes, ampersands) is escaped in the attribute and in the text.
		$_GET['faq_q'] = 'Tom & "Jerry" zzqx';
		$html          = do_shortcode( '[shopcx_faq]' );
		$this->assertStringContainsString( 'value="Tom &amp; &quot;Jerry&quot; zzqx"', $html );
		$this->assertStringContainsString( '<p class="shopcx-faq-none">No answer found for &quot;Tom &amp; &quot;Jerry&quot; zzqx&quot;.</p>', $html );
	}

	public function test_faq_form_searches_as_you_type_and_keeps_its_page_on_plain_permalinks(): void {
		$page            = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Help', 'post_content' => '[shopcx_faq]' ) );
		$GLOBALS['post'] = get_post( $page );
		$html            = do_shortcode( '[shopcx_faq]' );
		unset( $GLOBALS['post'] );
		// A GET form replaces its action's query string: without the field the search lands on the home page.
		$this->assertStringContainsString( '<input type="hidden" name="page_id" value="' . $page . '">', $html );
		$this->assertStringContainsString( 'data-shopcx-faq-none="No answer found for &quot;%s&quot;."', $html );
		$this->assertTrue( wp_script_is( 'shopcx-faq-search', 'enqueued' ) ); // The instant search (tests/browser walks it).
		$this->assertStringEndsWith( '/assets/faq-search.js', wp_scripts()->registered['shopcx-faq-search']->src );
	}

	public function test_faq_block_is_registered_and_renders_the_search_form(): void {
		$block = WP_Block_Type_Registry::get_instance()->get_registered( 'shopcx/faq' );
		$this->assertInstanceOf( WP_Block_Type::class, $block );
		$this->assertTrue( $block->is_dynamic() );
		$this->assertSame( array( 'type' => 'string', 'default' => '' ), $block->attributes['query'] );
		$this->assertTrue( wp_script_is( $block->editor_script, 'registered' ) ); // No build step: the file itself.
		$this->assertStringEndsWith( '/blocks/faq/index.js', wp_scripts()->registered[ $block->editor_script ]->src );

		$html = do_blocks( '<!-- wp:shopcx/faq /-->' );
		$this->assertStringStartsWith( '<form class="shopcx-faq" role="search" method="get"><input type="search" name="faq_q" value=""', $html );
		$this->assertStringNotContainsString( 'shopcx-faq-hits', $html );

		// A preset question from the block's attribute, hostile on purpose: escaped, and answered.
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Can I return a gift?', 'post_content' => 'Yes, with the gift receipt.' ) );
		$html = do_blocks( '<!-- wp:shopcx/faq {"query":"\u0022\u003e\u003cscript\u003ealert(1)\u003c/script\u003e return \u0026 \u0022gift\u0022"} /-->' );
		$this->assertStringNotContainsString( '<script', $html );
		$this->assertStringContainsString( 'value="&quot;&gt; return &amp; &quot;gift&quot;"', $html );
		$this->assertStringContainsString( '<mark>gift</mark>', $html );
		// The visitor's own search wins over the preset.
		$_GET['faq_q'] = 'zzqx';
		$this->assertStringContainsString( 'No answer found for &quot;zzqx&quot;.', do_blocks( '<!-- wp:shopcx/faq {"query":"gift"} /-->' ) );
	}

	public function test_public_routes_are_rate_limited_per_client_and_route_group(): void {
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Do you gift wrap?', 'post_content' => 'Yes, at the checkout.' ) );
		$get = function ( string $route, array $query ) {
			$request = new WP_REST_Request( 'GET', $route );
			$request->set_query_params( $query );
			return rest_do_request( $request );
		};
		$faq                    = fn() => $get( '/shopcx/v1/faq', array( 'q' => 'gift wrap' ) );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.7';
		try {
			for ( $i = 1; $i <= 60; $i++ ) {
				$this->assertSame( 200, $faq()->get_status(), "request $i" );
			}
			$limited = $faq();
			$this->assertSame( 429, $limited->get_status() );
			$this->assertSame( 'shopcx_rate_limited', $limited->get_data()['code'] );
			$wait = (int) $limited->get_headers()['Retry-After'];
			$this->assertGreaterThanOrEqual( 1, $wait );
			$this->assertLessThanOrEqual( 60, $wait );
			// A forwarded header is whatever the client wrote: it does not make a new client.
			$_SERVER['HTTP_X_FORWARDED_FOR'] = '198.51.100.' . wp_rand( 1, 250 );
			$this->assertSame( 429, $faq()->get_status() );
			// The other groups of the same client, and other clients, are not affected.
			$this->assertSame( 404, $get( '/shopcx/v1/promise', array( 'product' => '999999' ) )->get_status() ); // No such product, not 429.
			$chat = new WP_REST_Request( 'POST', '/shopcx/v1/chat' );
			$this->assertSame( 200, rest_do_request( $chat )->get_status() );
			$_SERVER['REMOTE_ADDR'] = '203.0.113.8';
			$this->assertSame( 200, $faq()->get_status() );
			// Unless a filter names the proxy's client address.
			add_filter( 'shopcx_rate_limit_client_ip', fn( $ip ) => '203.0.113.7' );
			$this->assertSame( 429, $faq()->get_status() );
			remove_all_filters( 'shopcx_rate_limit_client_ip' );

			// The shopcx_rate_limit filter changes a group's limit (and gets the client).
			$_SERVER['REMOTE_ADDR'] = '203.0.113.7';
			$seen = array();
			add_filter(
				'shopcx_rate_limit',
				function ( $rule, $group, $client ) use ( &$seen ) {
					$seen[] = array( $group, $client );
					return 'faq' === $group ? array( 'limit' => 100, 'window' => 60 ) : $rule;
				},
				10,
				3
			);
			$this->assertSame( 200, $faq()->get_status() );
			$this->assertSame( array( 'faq', '203.0.113.7' ), $seen[0] );
			remove_all_filters( 'shopcx_rate_limit' );

			// The signed-link pages: the opt-out link's 429 page says when to come back.
			add_filter( 'shopcx_rate_limit', fn( $rule, $group ) => 'optout' === $group ? array( 'limit' => 1, 'window' => 60 ) : $rule, 10, 2 );
			$this->assertSame( 0, shopcx_wc_rate_limit_hit( 'optout' ) );
			add_filter( 'wp_die_handler', fn() => function ( $message, $title, $args ) {
				throw new RuntimeException( $message . ' (' . $args['response'] . ')' );
			} );
			$_GET['shopcx_optout'] = 'v1.k1.anything.sig';
			try {
				shopcx_wc_optout_handler();
				$this->fail( 'the opt-out page was answered past the limit' );
			} catch ( RuntimeException $e ) {
				$this->assertSame( 'Too many requests. Please wait a moment and try again. (429)', $e->getMessage() );
			}
		} finally {
			unset( $_SERVER['REMOTE_ADDR'], $_SERVER['HTTP_X_FORWARDED_FOR'] );
			remove_all_filters( 'shopcx_rate_limit' );
			remove_all_filters( 'shopcx_rate_limit_client_ip' );
			remove_all_filters( 'wp_die_handler' );
		}
		// Without a client address (WP-CLI, a system cron) nothing is counted.
		for ( $i = 0; $i < 70; $i++ ) {
			$this->assertSame( 0, shopcx_wc_rate_limit_hit( 'faq' ) );
		}
	}

	// --- cart reminders --------------------------------------------------------

	public function test_cron_sends_exactly_the_due_reminders_once(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$base = array( 'items' => 2, 'value' => 59.9, 'currency' => 'EUR' );
		shopcx_wc_record_cart( 'due', $base + array( 'email' => 'ann@example.test', 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );
		shopcx_wc_record_cart( 'active', $base + array( 'email' => 'bob@example.test', 'consent' => true ), self::NOW - 600 );
		shopcx_wc_record_cart( 'no-consent', $base + array( 'email' => 'cy@example.test', 'consent' => false ), self::NOW - 2 * HOUR_IN_SECONDS );
		shopcx_wc_record_cart( 'no-email', $base + array( 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );

		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW ) ); // The second run finds nothing due.
		do_action( 'shopcx_wc_cart_reminders' ); // The scheduled hook, at the pinned clock.
		$this->assertCount( 1, self::$mails );
		$this->assertSame( 'ann@example.test', self::$mails[0]['to'] );
		$this->assertSame( '[' . self::NOW . ']', $wpdb->get_var( "SELECT reminders FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = 'due'" ) );

		// The link in the mail restores the cart; a tampered one is refused.
		preg_match( '/shopcx_cart=([^\s&]+)/', self::$mails[0]['message'], $m );
		$token = rawurldecode( $m[1] );
		$this->assertSame( 'due', shopcx_wc_verify_cart_link( $token, 'cart', self::NOW + 60 ) );
		$tampered = substr( $token, 0, -2 ) . ( 'AA' === substr( $token, -2 ) ? 'BB' : 'AA' );
		$this->assertSame( 'shopcx_bad_link', shopcx_wc_verify_cart_link( $tampered, 'cart', self::NOW + 60 )->get_error_code() );

		// A day later: step 2 for Ann, step 1 for Bob (idle long enough now), each once; the carts
		// without consent or e-mail address are never reminded.
		$this->assertSame( 2, shopcx_wc_send_cart_reminders( self::NOW + DAY_IN_SECONDS ) );
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW + DAY_IN_SECONDS ) );
		$this->assertSame( array( 'ann@example.test', 'ann@example.test', 'bob@example.test' ), array_column( self::$mails, 'to' ) );
		$this->assertStringContainsString( 'shopcx_cart=v1.', self::$mails[2]['message'] );
	}

	public function test_a_corrupt_cart_row_is_logged_and_does_not_stop_the_other_reminders(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$base = array( 'items' => 2, 'value' => 59.9, 'currency' => 'EUR', 'consent' => true );
		shopcx_wc_record_cart( 'broken', $base + array( 'email' => 'al@example.test' ), self::NOW - 2 * HOUR_IN_SECONDS );
		shopcx_wc_record_cart( 'fine', $base + array( 'email' => 'bo@example.test' ), self::NOW - 2 * HOUR_IN_SECONDS );
		$wpdb->update( shopcx_wc_cart_table(), array( 'currency' => 'e1' ), array( 'cart_key' => 'broken' ) ); // Not an ISO 4217 code.
		$log = tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old = ini_set( 'error_log', $log );
		try {
			$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		} finally {
			ini_set( 'error_log', (string) $old );
		}
		$this->assertSame( array( 'bo@example.test' ), array_column( self::$mails, 'to' ) );
		$this->assertStringContainsString( 'ShopCX cart reminders: cart row 1 skipped: cart "broken" field "currency" must be an ISO 4217 code', (string) file_get_contents( $log ) );
		unlink( $log );
	}

	public function test_guest_checkout_consent_and_email_are_recorded(): void {
		global $wpdb;
		WC()->session = new WC_Session_Standin( 'guest-42' );
		WC()->cart    = self::two_line_cart();
		ob_start();
		do_action( 'woocommerce_review_order_before_submit' );
		$box = ob_get_clean();
		$this->assertStringContainsString( 'name="shopcx_cart_consent" value="1">', $box ); // Unticked.
		// WooCommerce's checkout.js posts the form when a box inside .update_totals_on_change changes,
		// and an input.input-text there (the e-mail field); otherwise only for address fields.
		$this->assertStringContainsString( '<p class="form-row shopcx-consent update_totals_on_change">', $box );
		$this->assertSame( array( 'form-row-wide', 'update_totals_on_change' ), apply_filters( 'woocommerce_billing_fields', array( 'billing_email' => array( 'class' => array( 'form-row-wide' ) ) ) )['billing_email']['class'] );
		do_action( 'woocommerce_checkout_update_order_review', 'billing_email=gus%40example.test&shopcx_cart_consent=1' );
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT email, consent, items, value, status FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = %s", 'guest-42' ), ARRAY_A );
		$this->assertSame( array( 'email' => 'gus@example.test', 'consent' => '1', 'items' => '2', 'value' => '20.00', 'status' => 'open' ), $row );
		do_action( 'woocommerce_checkout_update_order_review', 'billing_email=not-an-email' ); // Box unticked again.
		$this->assertSame( array( 'gus@example.test', '0' ), array_values( $wpdb->get_row( "SELECT email, consent FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = 'guest-42'", ARRAY_A ) ) );
		do_action( 'woocommerce_checkout_order_processed', 1 );
		$this->assertSame( 'ordered', $wpdb->get_var( "SELECT status FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = 'guest-42'" ) );
		WC()->session = null;
		WC()->cart    = null;
	}

	public function test_a_logged_in_customer_who_ticks_the_classic_box_consents(): void {
		global $wpdb;
		$user = self::customer_user();
		wp_set_current_user( $user );
		WC()->session = new WC_Session_Standin( 'user-' . $user );
		WC()->cart    = self::two_line_cart();
		try {
			do_action( 'woocommerce_checkout_update_order_review', 'billing_email=ignored%40example.test&shopcx_cart_consent=1' );
			$this->assertSame( array( 'email' => 'kim@example.test', 'consent' => '1' ), $wpdb->get_row( $wpdb->prepare( "SELECT email, consent FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = %s", 'user-' . $user ), ARRAY_A ) );
			do_action( 'woocommerce_checkout_update_order_review', 'billing_email=ignored%40example.test' ); // Unticked again.
			$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT consent FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = %s", 'user-' . $user ) ) );
		} finally {
			WC()->session = null;
			WC()->cart    = null;
		}
	}

	// --- block checkout (Store API) -----------------------------------------------

	/** A registered customer (the account's address is the cart's). */
	private static function customer_user(): int {
		$user = get_user_by( 'email', 'kim@example.test' );
		return $user ? (int) $user->ID : (int) wp_insert_user( array( 'user_login' => 'kim', 'user_email' => 'kim@example.test', 'user_pass' => wp_generate_password(), 'role' => 'customer' ) );
	}

	/** A guest on the block checkout: the session, the session's customer and a cart of two lines. */
	private static function block_guest( string $key ): void {
		WC()->session  = new WC_Session_Standin( $key );
		WC()->customer = new WC_Customer( 0, true );
		WC()->cart     = self::two_line_cart();
	}

	private static function leave(): void {
		WC()->session  = null;
		WC()->customer = null;
		WC()->cart     = null;
	}

	/** A Store API request as the block checkout sends it (JSON body). */
	private static function store_api( string $method, string $route, array $body ): WP_REST_Response {
		$request = new WP_REST_Request( $method, '/wc/store/v1' . $route );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( wp_json_encode( $body ) );
		return rest_do_request( $request );
	}

	private static function consent_field(): array {
		return \Automattic\WooCommerce\Blocks\Package::container()->get( \Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields::class )->get_additional_fields()['shopcx/cart-reminders'] ?? array();
	}

	private static function cart_row( string $key ): ?array {
		global $wpdb;
		return $wpdb->get_row( $wpdb->prepare( "SELECT email, consent, items, value, status FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = %s", $key ), ARRAY_A );
	}

	public function test_block_checkout_has_the_consent_box_as_an_unticked_contact_checkbox(): void {
		$field = self::consent_field();
		$this->assertSame(
			array( 'contact', 'checkbox', false, true, 'E-mail me a reminder if I leave items in my cart (at most three, unsubscribe with one click).' ),
			array( $field['location'] ?? null, $field['type'] ?? null, $field['required'] ?? null, $field['show_in_order_confirmation'] ?? null, $field['label'] ?? null )
		);
		$this->assertSame( $field['label'], $field['optionalLabel'] ); // No "(optional)" after the sentence.
		// WooCommerce refuses a second registration of the same id (and ids without a namespace).
		$wrong = array();
		$catch = function ( $function, $message ) use ( &$wrong ) { $wrong[] = $message; };
		add_action( 'doing_it_wrong_run', $catch, 10, 2 );
		shopcx_wc_register_consent_field();
		woocommerce_register_additional_checkout_field( array( 'id' => 'cart-reminders', 'label' => 'x', 'location' => 'contact', 'type' => 'checkbox' ) );
		remove_action( 'doing_it_wrong_run', $catch, 10 );
		$this->assertSame( array( 'Unable to register field with id: &quot;shopcx/cart-reminders&quot;. The field is already registered.', 'Unable to register field with id: &quot;cart-reminders&quot;. A checkout field id must consist of namespace/name.' ), $wrong );
	}

	public function test_block_checkout_guest_who_ticks_the_box_gets_a_reminder(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		self::block_guest( 'guest-b1' );
		try {
			$this->assertSame( 200, self::store_api( 'POST', '/cart/update-customer', array( 'billing_address' => array( 'email' => 'dee@example.test', 'country' => 'NL' ) ) )->get_status() );
			$response = self::store_api( 'PUT', '/checkout', array( 'additional_fields' => array( 'shopcx/cart-reminders' => true ) ) );
			$this->assertSame( 200, $response->get_status() );
			$this->assertSame( array( 'email' => 'dee@example.test', 'consent' => '1', 'items' => '2', 'value' => '20.00', 'status' => 'open' ), self::cart_row( 'guest-b1' ) );
			// Stored on the customer as WooCommerce stores it, and read back through its API.
			$this->assertSame( '1', WC()->customer->get_meta( '_wc_other/shopcx/cart-reminders' ) );
			$this->assertTrue( shopcx_wc_stored_consent( WC()->customer ) );
		} finally {
			self::leave();
		}
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW + 600 ) ); // Still active.
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW + 2 * HOUR_IN_SECONDS ) );
		$this->assertSame( 'dee@example.test', self::$mails[0]['to'] );
		$this->assertStringContainsString( 'shopcx_cart=v1.', self::$mails[0]['message'] );
	}

	public function test_block_checkout_guest_who_leaves_the_box_unticked_gets_no_reminder(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		self::block_guest( 'guest-b2' );
		try {
			self::store_api( 'POST', '/cart/update-customer', array( 'billing_address' => array( 'email' => 'eve@example.test' ) ) );
			$this->assertSame( '0', self::cart_row( 'guest-b2' )['consent'] );
			// Ticked, then unticked: the last answer counts.
			self::store_api( 'PUT', '/checkout', array( 'additional_fields' => array( 'shopcx/cart-reminders' => true ) ) );
			self::store_api( 'PUT', '/checkout', array( 'additional_fields' => array( 'shopcx/cart-reminders' => false ) ) );
			$this->assertSame( array( 'email' => 'eve@example.test', 'consent' => '0' ), array_intersect_key( self::cart_row( 'guest-b2' ), array( 'email' => 1, 'consent' => 1 ) ) );
		} finally {
			self::leave();
		}
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW + 2 * HOUR_IN_SECONDS ) );
		$this->assertSame( array(), self::$mails );
	}

	public function test_store_api_customer_update_records_the_guest_address(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		self::block_guest( 'guest-b3' );
		$seen = array();
		$spy  = function ( $customer, $request ) use ( &$seen ) { $seen[] = array( get_class( $customer ), get_class( $request ) ); };
		add_action( 'woocommerce_store_api_cart_update_customer_from_request', $spy, 5, 2 );
		try {
			self::store_api( 'POST', '/cart/update-customer', array( 'billing_address' => array( 'email' => 'Fay@Example.test', 'first_name' => 'Fay' ) ) );
			$this->assertSame( array( array( 'WC_Customer', 'WP_REST_Request' ) ), $seen );
			$this->assertSame( 'Fay@Example.test', WC()->session->get( 'shopcx_email' ) );
			$this->assertSame( array( 'email' => 'Fay@Example.test', 'consent' => '0', 'items' => '2', 'value' => '20.00', 'status' => 'open' ), self::cart_row( 'guest-b3' ) );
			// An invalid address: the Store API's sanitizer empties it (WooCommerce answers 200 and the
			// customer's address becomes ''); the one kept stays.
			$this->assertSame( 200, self::store_api( 'POST', '/cart/update-customer', array( 'billing_address' => array( 'email' => 'not-an-address' ) ) )->get_status() );
			$this->assertSame( '', WC()->customer->get_billing_email() );
			$this->assertSame( 'Fay@Example.test', self::cart_row( 'guest-b3' )['email'] );
			// An update without an e-mail address (only the country) keeps it too.
			self::store_api( 'POST', '/cart/update-customer', array( 'shipping_address' => array( 'country' => 'DE' ) ) );
			$this->assertSame( 'Fay@Example.test', self::cart_row( 'guest-b3' )['email'] );
		} finally {
			remove_action( 'woocommerce_store_api_cart_update_customer_from_request', $spy, 5 );
			self::leave();
		}
	}

	public function test_block_checkout_order_marks_the_cart_ordered_and_keeps_the_answer_on_the_order(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		self::block_guest( 'guest-b4' );
		try {
			self::store_api( 'POST', '/cart/update-customer', array( 'billing_address' => array( 'email' => 'gil@example.test' ) ) );
			self::store_api( 'PUT', '/checkout', array( 'additional_fields' => array( 'shopcx/cart-reminders' => true ) ) );
			$placed = self::store_api( 'POST', '/checkout', array( 'additional_fields' => array( 'shopcx/cart-reminders' => true ) ) );
			$this->assertSame( 200, $placed->get_status() );
			$this->assertSame( 'ordered', self::cart_row( 'guest-b4' )['status'] );
			$order  = wc_get_order( $placed->get_data()['order_id'] );
			$fields = \Automattic\WooCommerce\Blocks\Package::container()->get( \Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields::class );
			$this->assertTrue( $fields->get_field_from_object( 'shopcx/cart-reminders', $order, 'other' ) );
		} finally {
			self::leave();
		}
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW + 2 * HOUR_IN_SECONDS ) );
	}

	public function test_a_registered_customer_s_earlier_answer_on_the_block_checkout_counts_in_a_new_session(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$user = self::customer_user();
		wp_set_current_user( $user );
		$customer = new WC_Customer( $user );
		\Automattic\WooCommerce\Blocks\Package::container()->get( \Automattic\WooCommerce\Blocks\Domain\Services\CheckoutFields::class )->persist_field_for_customer( 'shopcx/cart-reminders', true, $customer, 'other' );
		WC()->session  = new WC_Session_Standin( 'user-b5' ); // A later visit: nothing answered in this session.
		WC()->customer = $customer;
		WC()->cart     = self::two_line_cart();
		try {
			do_action( 'woocommerce_cart_updated' );
			$this->assertSame( array( 'email' => 'kim@example.test', 'consent' => '1' ), array_intersect_key( self::cart_row( 'user-b5' ), array( 'email' => 1, 'consent' => 1 ) ) );
		} finally {
			self::leave();
		}
	}

	public function test_hpos_and_block_checkout_compatibility_is_declared(): void {
		$features = \Automattic\WooCommerce\Utilities\FeaturesUtil::get_compatible_features_for_plugin( 'shopcx-woocommerce/shopcx-woocommerce.php' );
		$this->assertSame( array( 'cart_checkout_blocks', 'custom_order_tables' ), array_values( array_intersect( array( 'cart_checkout_blocks', 'custom_order_tables' ), $features['compatible'] ) ) );
		$this->assertSame( array(), $features['incompatible'] );
	}

	public function test_the_cron_schedule_translates_nothing_before_after_setup_theme(): void {
		// WooCommerce 11 schedules an event during plugins_loaded (its Jetpack connection), which runs
		// cron_schedules; WordPress 6.7+ logs a notice for a translation loaded before after_setup_theme.
		global $wp_actions;
		$ran        = $wp_actions['after_setup_theme'];
		$translated = array();
		$spy        = function ( $translation, $text ) use ( &$translated ) {
			$translated[] = $text;
			return $translation;
		};
		unset( $wp_actions['after_setup_theme'] );
		add_filter( 'gettext_shopcx-woocommerce', $spy, 10, 2 );
		try {
			$schedules = wp_get_schedules();
		} finally {
			remove_filter( 'gettext_shopcx-woocommerce', $spy, 10 );
			$wp_actions['after_setup_theme'] = $ran;
		}
		$this->assertSame( array(), $translated );
		$this->assertSame( array( 'interval' => 600, 'display' => 'Every ten minutes' ), $schedules['shopcx_ten_minutes'] );
		$this->assertSame( 'Every ten minutes', wp_get_schedules()['shopcx_ten_minutes']['display'] ); // Translated (here: English) later on.
	}

	public function test_an_empty_cart_of_a_new_visitor_writes_no_row(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		WC()->session = new WC_Session_Standin( 'visitor-1' );
		WC()->cart    = new WC_Cart_Standin( array() );
		try {
			do_action( 'woocommerce_cart_updated' ); // WooCommerce: on every request that loads the (empty) cart.
			$this->assertSame( '0', $wpdb->get_var( 'SELECT COUNT(*) FROM ' . shopcx_wc_cart_table() ) );
			WC()->cart = self::two_line_cart();
			do_action( 'woocommerce_cart_updated' );
			WC()->cart = new WC_Cart_Standin( array() ); // Emptied by the visitor: the row follows.
			do_action( 'woocommerce_cart_updated' );
			$this->assertSame( array( 'items' => '0', 'status' => 'open' ), array_intersect_key( (array) self::cart_row( 'visitor-1' ), array( 'items' => 1, 'status' => 1 ) ) );
		} finally {
			self::leave();
		}
	}

	public function test_the_cart_emptied_after_the_order_stays_ordered_and_a_new_cart_starts_over(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$base = array( 'items' => 2, 'value' => 20, 'email' => 'hal@example.test', 'consent' => true );
		shopcx_wc_record_cart( 'hal', $base, self::NOW - 2 * HOUR_IN_SECONDS );
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) ); // One reminder went out.
		WC()->session = new WC_Session_Standin( 'hal' );
		try {
			do_action( 'woocommerce_checkout_order_processed', 1 );
		} finally {
			self::leave();
		}
		// A Store API request under way when the order was placed still writes the full cart after it
		// (seen in a real WooCommerce 11 shop: the block checkout's cart/update-customer batch).
		shopcx_wc_record_cart( 'hal', $base, self::NOW + 1 );
		$this->assertSame( 'ordered', self::cart_row( 'hal' )['status'] );
		// WooCommerce empties the cart after the order (the payment gateway, the Store API).
		shopcx_wc_record_cart( 'hal', array( 'items' => 0, 'value' => 0 ) + $base, self::NOW + 60 );
		$this->assertSame( 'ordered', self::cart_row( 'hal' )['status'] );
		// A new cart later: open again, and its reminders start from the first.
		shopcx_wc_record_cart( 'hal', $base, self::NOW + DAY_IN_SECONDS );
		$this->assertSame( array( 'open', '[]' ), array_values( $wpdb->get_row( "SELECT status, reminders FROM {$wpdb->prefix}shopcx_cart_activity WHERE cart_key = 'hal'", ARRAY_A ) ) );
	}

	public function test_scheduler_falls_back_to_wp_cron(): void {
		$this->assertFalse( function_exists( 'as_schedule_recurring_action' ) );
		shopcx_wc_schedule_reminders();
		$this->assertSame( 'shopcx_ten_minutes', wp_get_schedule( 'shopcx_wc_cart_reminders' ) );
	}

	// --- reviews -----------------------------------------------------------------

	private function completed_order(): WC_Order {
		$product = wp_insert_post( array( 'post_type' => 'product', 'post_status' => 'publish', 'post_title' => 'Rain jacket' ) );
		$order   = new WC_Order( array( 'id' => 501, 'status' => 'completed', 'email' => 'ann@example.test', 'first_name' => 'Ann', 'products' => array( $product ) ) );
		$GLOBALS['wc_standin_orders'][501] = $order;
		return $order;
	}

	public function test_review_invitation_is_scheduled_and_sent_as_a_wc_email(): void {
		$order = $this->completed_order();
		do_action( 'woocommerce_order_status_completed', 501 );
		$this->assertSame( self::NOW + 7 * DAY_IN_SECONDS, wp_next_scheduled( 'shopcx_wc_review_invitation', array( 501 ) ) );
		do_action( 'shopcx_wc_review_invitation', 501 );
		$this->assertCount( 1, self::$mails );
		$this->assertSame( 'ann@example.test', self::$mails[0]['to'] );
		$this->assertSame( 'How do you like your order 501?', self::$mails[0]['subject'] );
		$this->assertMatchesRegularExpression( '/Rain jacket:\s+http:\/\/example\.test\/\S*shopcx_review=v1\./', self::$mails[0]['message'] );
	}

	public function test_the_review_link_shows_the_form_on_a_product_without_a_description(): void {
		// WooCommerce runs the_content on a product page only for the Description tab, which a product
		// without a description does not have (seen in a real WooCommerce 11 shop): the form is printed
		// under the product summary instead.
		$order   = $this->completed_order(); // "Rain jacket", no description.
		$product = $order->data['products'][0];
		parse_str( (string) parse_url( shopcx_wc_review_links( $order, self::NOW )[ $product ], PHP_URL_QUERY ), $q );
		$query = $GLOBALS['wp_query'];
		$GLOBALS['wp_query'] = new WP_Query( array( 'p' => $product, 'post_type' => 'product' ) );
		$_GET['shopcx_review'] = $q['shopcx_review'];
		try {
			ob_start();
			do_action( 'woocommerce_after_single_product_summary' );
			$html = ob_get_clean();
			$content = apply_filters( 'the_content', '' );
		} finally {
			$GLOBALS['wp_query'] = $query;
			$_GET = array();
		}
		$this->assertSame( 1, substr_count( $html, '<form method="post" class="shopcx-review">' ) );
		$this->assertStringContainsString( '<label>Your review <textarea name="comment" required></textarea></label>', $html );
		// No rating chosen in advance (a real shop's form started at five stars): the customer picks one.
		$this->assertStringContainsString( '<select name="rating" required><option value="">Choose a rating</option><option value="5" aria-label="5 stars">', $html );
		$this->assertStringNotContainsString( 'selected', $html );
		$this->assertStringNotContainsString( 'shopcx-review', $content ); // Once on the page, not again in a description.
	}

	public function test_the_faq_post_type_has_its_own_labels(): void {
		// Without them the admin said "Add Post" and "Edit Post" for a FAQ entry (real WooCommerce 11 shop).
		$labels = get_post_type_object( 'shopcx_faq' )->labels;
		$this->assertSame( array( 'FAQ', 'FAQ entry', 'Add FAQ entry', 'Edit FAQ entry', 'No FAQ entries found.' ), array( $labels->name, $labels->singular_name, $labels->add_new_item, $labels->edit_item, $labels->not_found ) );
	}

	public function test_review_form_stores_a_verified_review_once_and_refuses_tampering(): void {
		$order   = $this->completed_order();
		$product = $order->data['products'][0];
		$links   = shopcx_wc_review_links( $order, self::NOW );
		parse_str( (string) parse_url( $links[ $product ], PHP_URL_QUERY ), $q );
		$post = array(
			'shopcx_review' => $q['shopcx_review'],
			'rating'        => '5',
			'comment'       => 'Great jacket, <script>alert(1)</script>kept me dry all week.',
			'_wpnonce'      => wp_create_nonce( 'shopcx_review' ),
		);

		$this->assertSame( 'shopcx_nonce', shopcx_wc_submit_review( array( '_wpnonce' => '' ) + $post, self::NOW )->get_error_code() );
		$tampered = $post;
		$tampered['shopcx_review'] = substr( $post['shopcx_review'], 0, -3 ) . 'xyz';
		$this->assertSame( 'shopcx_token', shopcx_wc_submit_review( $tampered, self::NOW )->get_error_code() );
		$this->assertSame( 'shopcx_rating', shopcx_wc_submit_review( array( 'rating' => '9' ) + $post, self::NOW )->get_error_code() );

		$id = shopcx_wc_submit_review( $post, self::NOW + 3600 );
		$this->assertIsInt( $id );
		$comment = get_comment( $id );
		$this->assertSame( (string) $product, $comment->comment_post_ID );
		$this->assertSame( 'review', $comment->comment_type );
		$this->assertStringNotContainsString( '<script', $comment->comment_content );
		$this->assertSame( '1', get_comment_meta( $id, 'verified', true ) );
		$this->assertSame( '5', get_comment_meta( $id, 'rating', true ) );
		$evidence = json_decode( get_comment_meta( $id, 'shopcx_verification', true ), true );
		$this->assertSame( array( 'order-invitation', '501', (string) $product, self::NOW ), array( $evidence['method'], $evidence['orderId'], $evidence['itemId'], $evidence['invitedAt'] ) );

		// Replaying the same form is refused.
		$this->assertSame( 'shopcx_replay', shopcx_wc_submit_review( $post, self::NOW + 7200 )->get_error_code() );
	}

	/** A rating is the form's option value 1-5 exactly: (int) read "5' OR '1'='1" as 5 (seen in the attack pass, issue 24). */
	public function test_review_rating_must_be_one_of_the_forms_values(): void {
		$order   = $this->completed_order();
		$product = $order->data['products'][0];
		parse_str( (string) parse_url( shopcx_wc_review_links( $order, self::NOW )[ $product ], PHP_URL_QUERY ), $q );
		$post = array( 'shopcx_review' => $q['shopcx_review'], 'comment' => 'Fine boots.', '_wpnonce' => wp_create_nonce( 'shopcx_review' ) );
		foreach ( array( "5' OR '1'='1", '4.9', ' 3', '3 ', '05', '+4', '1e0', '', '0', '6', array( '5' ) ) as $bad ) {
			$result = shopcx_wc_submit_review( array( 'rating' => $bad ) + $post, self::NOW );
			$this->assertInstanceOf( WP_Error::class, $result, 'rating ' . wp_json_encode( $bad ) . ' was stored' );
			$this->assertSame( 'shopcx_rating', $result->get_error_code(), 'rating ' . wp_json_encode( $bad ) );
		}
		$this->assertSame( 0, (int) get_comments( array( 'post_id' => $product, 'count' => true ) ) );
		$id = shopcx_wc_submit_review( array( 'rating' => '4' ) + $post, self::NOW ); // Nothing was claimed by the refusals.
		$this->assertIsInt( $id );
		$this->assertSame( '4', get_comment_meta( $id, 'rating', true ) );
	}

	public function test_two_concurrent_posts_of_one_review_link_store_one_review(): void {
		// Two PHP processes (two database connections) post the same valid form at the same moment,
		// round after round: a check followed by an insert lets both through now and then.
		global $wpdb;
		$product = wp_insert_post( array( 'post_type' => 'product', 'post_status' => 'publish', 'post_title' => 'Wool socks' ) );
		$rounds  = 25;
		$start   = microtime( true ) + 3.0; // Both processes have loaded WordPress by then.
		$forms   = array();
		for ( $r = 0; $r < $rounds; $r++ ) {
			$forms[] = array(
				'at'   => $start + $r * 0.15,
				'post' => array(
					'shopcx_review' => shopcx_wc_invitations()->issue( (string) ( 7000 + $r ), (string) $product, 'race@example.test', self::NOW ),
					'rating'        => '4',
					'comment'       => 'Warm and soft, they fit well.',
					'_wpnonce'      => wp_create_nonce( 'shopcx_review' ),
				),
			);
		}
		$job = tempnam( sys_get_temp_dir(), 'shopcx-race' );
		file_put_contents( $job, wp_json_encode( array( 'now' => self::NOW + 3600, 'forms' => $forms ) ) );
		$so    = getenv( 'SHOPCX_SO' ) ?: dirname( __DIR__, 3 ) . '/modules/shopcx.so';
		$procs = array();
		$out   = array();
		try {
			for ( $p = 0; $p < 2; $p++ ) {
				$procs[ $p ] = proc_open( array( PHP_BINARY, '-d', "extension=$so", __DIR__ . '/review-worker.php', $job ), array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), array( 'file', '/dev/null', 'w' ) ), $pipes[ $p ] );
			}
			for ( $p = 0; $p < 2; $p++ ) {
				$out[ $p ] = explode( "\n", trim( stream_get_contents( $pipes[ $p ][1] ) ) );
				proc_close( $procs[ $p ] );
			}
		} finally {
			unlink( $job );
		}
		$stored = array();
		for ( $r = 0; $r < $rounds; $r++ ) {
			$answers = array( $out[0][ $r ] ?? 'none', $out[1][ $r ] ?? 'none' );
			sort( $answers ); // A comment id sorts before "shopcx_replay".
			$this->assertMatchesRegularExpression( '/^\d+$/', $answers[0], "round $r: " . implode( ', ', $answers ) );
			$this->assertSame( 'shopcx_replay', $answers[1], "round $r: both posts stored a review" );
			$stored[] = (int) $answers[0];
		}
		$ids = get_comments( array( 'post_id' => $product, 'fields' => 'ids', 'status' => 'all' ) );
		$this->assertCount( $rounds, $ids ); // One review per order item, none more.
		$this->assertEqualsCanonicalizing( $stored, array_map( 'intval', $ids ) );
	}

	// --- chat ---------------------------------------------------------------------

	public function test_chat_invitation_is_decided_server_side(): void {
		$post = function ( array $visit ) {
			$request = new WP_REST_Request( 'POST', '/shopcx/v1/chat' );
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $visit ) );
			return rest_do_request( $request );
		};
		update_option( 'shopcx_wc_chat_rules', '' );
		$this->assertSame( array( 'invitation' => null, 'why' => 'no-rules' ), $post( array( 'pageType' => 'product' ) )->get_data() );

		update_option( 'shopcx_wc_chat_rules', '{"version":1,"timezone":"Europe/Amsterdam","locale":"en","hours":{"mon":"08:00-22:00","tue":"08:00-22:00"},"capacity":{"chatsPerAgent":2,"maxAnswerSeconds":60},"rules":[{"name":"product-hesitation","kind":"opportunistic","priority":50,"when":{"pageType":"product","secondsOnPage":8,"addedToCart":false},"message":{"en":"Not sure about size? <b>Ask us.</b>"}}]}' );
		shopcx_wc_reset();
		$this->assertSame( array( 'invitation' => null, 'why' => 'no-agents' ), $post( array( 'pageType' => 'product', 'secondsOnPage' => 10 ) )->get_data() );

		add_filter( 'shopcx_wc_chat_team', fn() => array( 'agentsOnline' => 2, 'openChats' => 0, 'answerSeconds' => 20 ) );
		$response = $post( array( 'pageType' => 'product', 'secondsOnPage' => 10, 'addedToCart' => false, 'evil' => array( 'x' ) ) );
		$this->assertSame( 'no-store, max-age=0', $response->get_headers()['Cache-Control'] );
		$data = $response->get_data();
		$this->assertSame( 'invite', $data['why'] );
		$this->assertSame( 'product-hesitation', $data['invitation']['rule'] );
		$this->assertSame( 'Not sure about size? <b>Ask us.</b>', $data['invitation']['message'] ); // The page script sets it as text.
		$this->assertSame( 'no-rule', $post( array( 'pageType' => 'product', 'secondsOnPage' => 3 ) )->get_data()['why'] );
		remove_all_filters( 'shopcx_wc_chat_team' );
		update_option( 'shopcx_wc_chat_rules', '' );
	}

	// --- webhooks -------------------------------------------------------------------

	public function test_order_events_are_queued_signed_and_retried(): void {
		$secret = str_repeat( 's3cret-', 6 );
		update_option( 'shopcx_wc_webhook_secret', $secret );
		update_option( 'shopcx_wc_webhook_internal', '127.0.0.1' ); // The loopback receiver: internal, so allowed by name.
		update_option( 'shopcx_wc_webhook_url', 'http://127.0.0.1:' . self::free_port() . '/hook' ); // Nobody listens.
		do_action( 'woocommerce_order_status_changed', 77, 'processing', 'completed' );
		$event = array( 'type' => 'order.status_changed', 'payload' => array( 'order' => 77, 'from' => 'processing', 'to' => 'completed' ), 'attempt' => 1 );
		$this->assertSame( self::NOW, wp_next_scheduled( 'shopcx_wc_webhook', array( $event ) ) );

		$first = shopcx_wc_deliver_webhook( $event );
		$this->assertFalse( $first->delivered );
		$this->assertTrue( $first->retryable );
		$retry = array( 'id' => $first->eventId, 'attempt' => 2 ) + $event;
		$this->assertSame( $first->retryAt, wp_next_scheduled( 'shopcx_wc_webhook', array( $retry ) ) );

		// The helpdesk is back: the retry arrives signed, with the same event id.
		$port = self::free_port();
		$log  = tempnam( sys_get_temp_dir(), 'shopcx-hook' );
		$proc = proc_open( array( PHP_BINARY, '-S', "127.0.0.1:$port", __DIR__ . '/receiver.php' ), array( array( 'pipe', 'r' ), array( 'file', '/dev/null', 'w' ), array( 'file', '/dev/null', 'w' ) ), $pipes, null, array( 'SHOPCX_RECEIVER_LOG' => $log ) );
		try {
			for ( $i = 0; $i < 50 && ! @fsockopen( '127.0.0.1', $port ); $i++ ) {
				usleep( 100000 );
			}
			update_option( 'shopcx_wc_webhook_url', "http://127.0.0.1:$port/hook" );
			$this->now = time(); // The receiver checks the signature against its clock.
			$second    = shopcx_wc_deliver_webhook( $retry );
			$this->assertTrue( $second->delivered );
			$this->assertSame( 200, $second->status );
			$this->assertSame( $first->eventId, $second->eventId );
			$got = json_decode( trim( file_get_contents( $log ) ), true );
			$this->assertTrue( \ShopCx\Webhook\Client::verify( $secret, $got['body'], $got['sig'], time() ) );
			$body = json_decode( $got['body'], true );
			$this->assertSame( array( $first->eventId, 'order.status_changed', array( 'order' => 77, 'from' => 'processing', 'to' => 'completed' ) ), array( $body['id'], $body['type'], $body['data'] ) );

			// Without the setting the extension refuses the loopback address: nothing sent, no retry.
			update_option( 'shopcx_wc_webhook_internal', '' );
			file_put_contents( $log, '' );
			$refused = shopcx_wc_deliver_webhook( $event );
			$this->assertFalse( $refused->delivered );
			$this->assertFalse( $refused->retryable );
			$this->assertStringContainsString( 'internal', strtolower( (string) $refused->error ) );
			$this->assertSame( '', file_get_contents( $log ) );
			$this->assertFalse( wp_next_scheduled( 'shopcx_wc_webhook', array( array( 'id' => $refused->eventId, 'attempt' => 2 ) + $event ) ) );
		} finally {
			proc_terminate( $proc );
			proc_close( $proc );
			unlink( $log );
			update_option( 'shopcx_wc_webhook_url', '' );
			update_option( 'shopcx_wc_webhook_internal', '' );
		}
	}

	public function test_unusable_stored_webhook_settings_keep_the_event_and_log(): void {
		// Values the settings form refuses, stored anyway (a database edit, an older plugin):
		// the job must neither throw (Action Scheduler would mark it failed and drop the event)
		// nor send; it logs and keeps the event for an hour later, within the 8 attempts.
		update_option( 'shopcx_wc_webhook_secret', str_repeat( 's3cret-', 6 ) );
		update_option( 'shopcx_wc_webhook_url', 'http://127.0.0.1:' . self::free_port() . '/hook' );
		$event = array( 'type' => 'order.status_changed', 'payload' => array( 'order' => 78, 'from' => 'processing', 'to' => 'completed' ), 'attempt' => 3 );
		$log   = tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old   = ini_set( 'error_log', $log );
		try {
			foreach ( array( '10.0.0.0/40', "helpdesk.lan\n::1/200" ) as $internal ) {
				update_option( 'shopcx_wc_webhook_internal', $internal );
				$this->assertNull( shopcx_wc_deliver_webhook( $event ) );
			}
			$this->assertSame( self::NOW + HOUR_IN_SECONDS, wp_next_scheduled( 'shopcx_wc_webhook', array( array( 'attempt' => 4 ) + $event ) ) );
			$logged = (string) file_get_contents( $log );
			$this->assertSame( 2, substr_count( $logged, 'ShopCX webhook: the webhook settings cannot be used, the event waits for attempt 4 of 8' ) );
			$this->assertStringNotContainsString( 's3cret-', $logged );

			// The last attempt: logged, nothing more queued.
			wp_clear_scheduled_hook( 'shopcx_wc_webhook', array( array( 'attempt' => 4 ) + $event ) );
			$last = array( 'attempt' => 8 ) + $event;
			$this->assertNull( shopcx_wc_deliver_webhook( $last ) );
			$this->assertFalse( wp_next_scheduled( 'shopcx_wc_webhook', array( array( 'attempt' => 9 ) + $event ) ) );
		} finally {
			ini_set( 'error_log', (string) $old );
			unlink( $log );
			update_option( 'shopcx_wc_webhook_url', '' );
			update_option( 'shopcx_wc_webhook_internal', '' );
		}
	}

	// --- report -----------------------------------------------------------------------

	public function test_report_counts_the_cart_funnel(): void {
		global $wpdb;
		$t = shopcx_wc_cart_table();
		$wpdb->query( "TRUNCATE $t" );
		$base = array( 'items' => 1, 'value' => 30, 'email' => 'r@example.test', 'consent' => true );
		shopcx_wc_record_cart( 'abandoned', $base, self::NOW - 5 * HOUR_IN_SECONDS );
		shopcx_wc_record_cart( 'recovered', $base, self::NOW - 5 * DAY_IN_SECONDS );
		shopcx_wc_record_cart( 'converted', $base, self::NOW - 3 * DAY_IN_SECONDS );
		shopcx_wc_record_cart( 'active', $base, self::NOW - 60 );
		$wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'ordered', ordered_at = %d, reminders = %s WHERE cart_key = 'recovered'", self::NOW - 3 * DAY_IN_SECONDS, '[' . ( self::NOW - 4 * DAY_IN_SECONDS ) . ']' ) );
		$wpdb->query( $wpdb->prepare( "UPDATE $t SET status = 'ordered', ordered_at = %d WHERE cart_key = 'converted'", self::NOW - 2 * DAY_IN_SECONDS ) );
		$m = shopcx_wc_cart_metrics( self::NOW );
		$this->assertSame( array( 4, 1, 1, 1, 1 ), array( $m->carts, $m->active, $m->abandoned, $m->converted, $m->recovered ) );
		$this->assertEqualsWithDelta( 2 / 3, $m->abandonmentRate, 1e-9 ); // (1 abandoned + 1 recovered) / (4 - 1 active)
		$this->assertEqualsWithDelta( 0.5, $m->recoveryRate, 1e-9 );
		$this->admin();
		ob_start();
		shopcx_wc_report_page();
		$html = ob_get_clean();
		$this->assertStringContainsString( 'Abandonment rate 66.7%, recovery rate 50.0%.', $html );
		// The funnel's table: carts, left without ordering (abandoned + recovered), reminded, recovered, converted.
		$this->assertStringContainsString( '<tr><th scope="row">Carts</th><td>4</td></tr><tr><th scope="row">Left without ordering</th><td>2</td></tr><tr><th scope="row">Reminded</th><td>1</td></tr><tr><th scope="row">Recovered</th><td>1</td></tr><tr><th scope="row">Ordered without a reminder</th><td>1</td></tr>', $html );
	}

	// --- privacy -----------------------------------------------------------------

	public function test_privacy_exporter_and_eraser(): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		shopcx_wc_record_cart( 'p1', array( 'email' => 'dee@example.test', 'items' => 1, 'value' => 12.5 ), self::NOW );
		shopcx_wc_record_cart( 'p2', array( 'email' => 'eve@example.test', 'items' => 1, 'value' => 12.5 ), self::NOW );
		shopcx_wc_outreach_record( 'Dee@Example.test', 'review', self::NOW );
		shopcx_wc_outreach_record( 'eve@example.test', 'cart', self::NOW );
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		$export    = call_user_func( $exporters['shopcx-woocommerce']['callback'], 'dee@example.test', 1 );
		$this->assertCount( 2, $export['data'] );
		$this->assertSame( array( 'name' => 'value', 'value' => '12.50' ), $export['data'][0]['data'][2] );
		$this->assertSame( array( 'shopcx-outreach', array( 'name' => 'kind', 'value' => 'review' ) ), array( $export['data'][1]['group_id'], $export['data'][1]['data'][0] ) );
		$erasers = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		$erased  = call_user_func( $erasers['shopcx-woocommerce']['callback'], 'dee@example.test', 1 );
		$this->assertSame( array( 2, false, array() ), array( $erased['items_removed'], $erased['items_retained'], $erased['messages'] ) ); // Never opted out: nothing kept.
		$this->assertSame( array( 'eve@example.test' ), $wpdb->get_col( 'SELECT email FROM ' . shopcx_wc_cart_table() ) );
		$this->assertSame( array( shopcx_wc_email_hash( 'eve@example.test' ) ), $wpdb->get_col( 'SELECT email_hash FROM ' . shopcx_wc_outreach_table() ) );
	}

	// --- surveys -------------------------------------------------------------------

	private function survey_setup( string $type = 'ces' ): void {
		global $wpdb;
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_survey_table() );
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_outreach_table() );
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		update_option( 'shopcx_wc_survey_enabled', 'yes' );
		update_option( 'shopcx_wc_survey_type', $type );
		update_option( 'shopcx_wc_survey_delay', '3' );
	}

	private function survey_order( int $id, string $email ): WC_Order {
		$product = wp_insert_post( array( 'post_type' => 'product', 'post_status' => 'publish', 'post_title' => 'Boots ' . $id ) );
		return $GLOBALS['wc_standin_orders'][ $id ] = new WC_Order( array( 'id' => $id, 'status' => 'completed', 'email' => $email, 'first_name' => 'Fay', 'products' => array( $product ) ) );
	}

	private function survey_row( int $order_id ): ?array {
		global $wpdb;
		return $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . shopcx_wc_survey_table() . ' WHERE order_id = %d', $order_id ), ARRAY_A );
	}

	/** Completes an order, runs the job when the survey is due and returns the survey token from the mail. */
	private function sent_survey( int $order_id, string $email ): string {
		$this->survey_order( $order_id, $email );
		do_action( 'woocommerce_order_status_completed', $order_id );
		$this->now = self::NOW + 3 * DAY_IN_SECONDS;
		$this->assertSame( 1, shopcx_wc_send_survey_invitations()['sent'] );
		$mail = end( self::$mails );
		$this->assertSame( $email, $mail['to'] );
		$this->assertSame( 1, preg_match( '/shopcx_survey=([^\s&]+)/', $mail['message'], $m ) );
		return rawurldecode( $m[1] );
	}

	/** What the outreach log holds for one customer. */
	private function history( string $email, int $now ): array {
		return shopcx_wc_outreach_histories( array( $email ), $now )[ $email ];
	}

	public function test_activation_created_the_survey_tables(): void {
		global $wpdb;
		foreach ( array( shopcx_wc_survey_table() => array( 'PRIMARY', 'email', 'order_id', 'status_due', 'survey_answered' ), shopcx_wc_outreach_table() => array( 'PRIMARY', 'email_sent' ), shopcx_wc_optout_table() => array( 'PRIMARY' ) ) as $table => $expected ) {
			$keys = array_values( array_unique( array_column( $wpdb->get_results( "SHOW INDEX FROM $table", ARRAY_A ), 'Key_name' ) ) );
			sort( $keys );
			$this->assertSame( $expected, $keys, $table );
		}
		$this->assertSame( SHOPCX_WC_DB_VERSION, get_option( 'shopcx_wc_db_version' ) );
	}

	public function test_survey_settings_are_a_separate_block_that_validates(): void {
		$this->admin();
		$ids = array_column( $this->settings_page()->get_settings(), 'id' );
		$this->assertSame( array( 'shopcx_wc_survey', 'shopcx_wc_survey_enabled', 'shopcx_wc_survey_type', 'shopcx_wc_survey_custom', 'shopcx_wc_survey_delay', 'shopcx_wc_survey_trigger', 'shopcx_wc_survey' ), array_slice( $ids, -7 ) );
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_survey_enabled' => 'yes', 'shopcx_wc_survey_type' => 'nps', 'shopcx_wc_survey_delay' => '5', 'shopcx_wc_survey_trigger' => 'delivered' ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( 'yes', 'nps', '5', 'delivered' ), array_map( 'shopcx_wc_survey_option', array( 'enabled', 'type', 'delay', 'trigger' ) ) );
		$this->post_settings( array( 'shopcx_wc_survey_type' => '<b>promo</b>', 'shopcx_wc_survey_delay' => '90' ) );
		$this->assertSame( array( 'Unknown survey "promo": choose CES, NPS, CSAT, effort, conversation or a custom survey.', 'The survey delay must be a whole number of days from 0 to 60.' ), self::settings_errors() );
		$this->assertSame( array( 'nps', '5' ), array( get_option( 'shopcx_wc_survey_type' ), get_option( 'shopcx_wc_survey_delay' ) ) );
	}

	public function test_survey_is_scheduled_on_completion_and_sent_once_by_the_job(): void {
		$this->survey_setup( 'ces' );
		$this->survey_order( 601, 'fay@example.test' );
		do_action( 'woocommerce_order_status_completed', 601 );
		do_action( 'woocommerce_order_status_delivered', 601 ); // Not the configured trigger, and never a second row.
		$row = $this->survey_row( 601 );
		$this->assertSame( array( 'fay@example.test', 'ces', 'scheduled', (string) ( self::NOW + 3 * DAY_IN_SECONDS ) ), array( $row['email'], $row['survey'], $row['status'], $row['due_at'] ) );
		$this->assertFalse( shopcx_wc_schedule_survey( 601, 'completed' ) ); // Once per order.

		$this->assertSame( array( 'sent' => 0, 'held' => 0, 'skipped' => 0 ), shopcx_wc_send_survey_invitations( self::NOW + DAY_IN_SECONDS ) ); // Not due yet.
		$this->assertCount( 0, self::$mails );
		$this->now = self::NOW + 3 * DAY_IN_SECONDS;
		do_action( 'shopcx_wc_survey_invitations' ); // The scheduled hook, at the pinned clock.
		do_action( 'shopcx_wc_survey_invitations' ); // A second run sends nothing.
		$this->assertCount( 1, self::$mails );
		$mail = self::$mails[0];
		$this->assertSame( array( 'fay@example.test', 'One question about your order 601' ), array( $mail['to'], $mail['subject'] ) );
		$this->assertStringContainsString( 'The shop made it easy for me to handle my issue.', $mail['message'] );
		$this->assertMatchesRegularExpression( '#http://example\.test/\?shopcx_survey=v1\.\S+#', $mail['message'] );
		$this->assertMatchesRegularExpression( '#No more surveys, please:\s+http://example\.test/\?shopcx_survey_optout=v1\.\S+#', $mail['message'] );
		$this->assertSame( array( 'sent', (string) $this->now ), array_values( array_intersect_key( $this->survey_row( 601 ), array( 'status' => 1, 'sent_at' => 1 ) ) ) );
		$this->assertSame( array( array( 'kind' => 'survey', 'at' => $this->now ) ), $this->history( 'fay@example.test', $this->now ) );
		$this->assertNotFalse( wp_next_scheduled( 'shopcx_wc_survey_invitations' ) );
	}

	public function test_survey_waits_for_the_delivered_status_when_configured(): void {
		$this->survey_setup();
		update_option( 'shopcx_wc_survey_trigger', 'delivered' );
		$this->survey_order( 602, 'gil@example.test' );
		do_action( 'woocommerce_order_status_completed', 602 );
		$this->assertNull( $this->survey_row( 602 ) );
		do_action( 'woocommerce_order_status_delivered', 602 );
		$this->assertSame( 'scheduled', $this->survey_row( 602 )['status'] );
	}

	public function test_survey_is_held_back_by_the_outreach_policy(): void {
		$this->survey_setup();
		$due = self::NOW + 3 * DAY_IN_SECONDS;

		// A review invitation went out a day before the survey is due (sent for real, logged when sent).
		$this->survey_order( 603, 'hal@example.test' );
		do_action( 'woocommerce_order_status_completed', 603 );
		$this->now = $due - DAY_IN_SECONDS;
		do_action( 'shopcx_wc_review_invitation', 603 );
		$this->assertSame( 'How do you like your order 603?', self::$mails[0]['subject'] );

		// A cart reminder went out two hours before it is due.
		$this->survey_order( 604, 'ida@example.test' );
		$this->now = self::NOW;
		do_action( 'woocommerce_order_status_completed', 604 );
		shopcx_wc_outreach_record( 'ida@example.test', 'cart', $due - 2 * HOUR_IN_SECONDS );

		$this->assertSame( array( 'sent' => 0, 'held' => 2, 'skipped' => 0 ), shopcx_wc_send_survey_invitations( $due ) );
		$this->assertCount( 1, self::$mails ); // Only the review invitation.
		$hal = $this->survey_row( 603 );
		// The default gap between kinds is 48 hours.
		$this->assertSame( array( 'scheduled', 'gap', (string) ( $due + DAY_IN_SECONDS ) ), array( $hal['status'], $hal['note'], $hal['due_at'] ) );
		$this->assertSame( (string) ( $due + 2 * DAY_IN_SECONDS - 2 * HOUR_IN_SECONDS ), $this->survey_row( 604 )['due_at'] );

		// Still held a minute before; sent at the new due time, once.
		$this->assertSame( 0, shopcx_wc_send_survey_invitations( $due + DAY_IN_SECONDS - 60 )['sent'] );
		$this->assertSame( 1, shopcx_wc_send_survey_invitations( $due + DAY_IN_SECONDS )['sent'] );
		$this->assertSame( 1, shopcx_wc_send_survey_invitations( $due + 2 * DAY_IN_SECONDS )['sent'] );
		$this->assertSame( 0, shopcx_wc_send_survey_invitations( $due + 2 * DAY_IN_SECONDS )['sent'] );
		$this->assertSame( array( 'hal@example.test', 'hal@example.test', 'ida@example.test' ), array_column( self::$mails, 'to' ) );
	}

	public function test_survey_opt_out_link_stops_this_and_later_surveys(): void {
		$this->survey_setup();
		$this->sent_survey( 605, 'jo@example.test' );
		preg_match( '/shopcx_survey_optout=([^\s&]+)/', self::$mails[0]['message'], $m );
		$token = rawurldecode( $m[1] );
		$this->assertSame( 'shopcx_token', shopcx_wc_optout_subject( 'survey', substr( $token, 0, -2 ) . ( 'AA' === substr( $token, -2 ) ? 'BB' : 'AA' ), $this->now )->get_error_code() );
		$this->assertSame( 'shopcx_token', shopcx_wc_optout_subject( 'survey', $this->sent_survey_token_of_other_purpose(), $this->now )->get_error_code() );
		$this->assertSame( 'done', shopcx_wc_optout_response( 'POST', 'survey', $token, array( 'List-Unsubscribe' => 'One-Click' ), $this->now )['state'] );
		$this->assertSame( '1', $this->survey_row( 605 )['opted_out'] );

		// The next order of the same customer is not surveyed: dropped (no moment is ever allowed).
		$this->now = self::NOW;
		$this->survey_order( 606, 'jo@example.test' );
		do_action( 'woocommerce_order_status_completed', 606 );
		$this->assertSame( array( 'sent' => 0, 'held' => 0, 'skipped' => 1 ), shopcx_wc_send_survey_invitations( self::NOW + 10 * DAY_IN_SECONDS ) );
		$this->assertSame( array( 'skipped', 'opted_out' ), array( $this->survey_row( 606 )['status'], $this->survey_row( 606 )['note'] ) );
		$this->assertCount( 1, self::$mails );
	}

	private function sent_survey_token_of_other_purpose(): string {
		return shopcx_wc_tokens()->issue( 'cart', array( 'order' => '605' ), DAY_IN_SECONDS, $this->now );
	}

	public function test_survey_form_refuses_bad_tokens_missing_nonce_and_replay(): void {
		$this->survey_setup();
		$token = $this->sent_survey( 607, 'kim@example.test' );
		$now   = $this->now + HOUR_IN_SECONDS;
		$nonce = wp_create_nonce( 'shopcx_survey' );
		$post  = array( '_wpnonce' => $nonce, 'answers' => array( 'ces' => '6', 'comment' => 'Quick.' ) );

		$get = shopcx_wc_survey_response( 'GET', $token, array(), $now );
		$this->assertSame( 200, $get['status'] );
		$this->assertStringContainsString( '<legend>The shop made it easy for me to handle my issue.</legend>', $get['html'] );
		$this->assertStringContainsString( '<input type="radio" name="answers[ces]" value="7" required> 7 (strongly agree)</label>', $get['html'] );
		$this->assertStringContainsString( 'name="_wpnonce" value="' . $nonce . '"', $get['html'] );

		$refused = array(
			'missing nonce'     => array( 'POST', $token, array( '_wpnonce' => '' ) + $post, 403, 'The form has expired: reload the page and try again.' ),
			'tampered token'    => array( 'POST', substr( $token, 0, -3 ) . 'xyz', $post, 403, 'This survey link is not valid (any more).' ),
			'another purpose'   => array( 'POST', shopcx_wc_tokens()->issue( 'review', array( 'survey' => 'ces', 'order' => '607' ), DAY_IN_SECONDS, $now ), $post, 403, 'This survey link is not valid (any more).' ),
			'another survey'    => array( 'POST', shopcx_wc_tokens()->issue( 'survey', array( 'survey' => 'nps', 'order' => '607' ), DAY_IN_SECONDS, $now ), $post, 403, 'This survey link is not valid (any more).' ),
			'no invitation'     => array( 'GET', shopcx_wc_tokens()->issue( 'survey', array( 'survey' => 'ces', 'order' => '999' ), DAY_IN_SECONDS, $now ), array(), 403, 'This survey link is not valid (any more).' ),
			'expired (31 days)' => array( 'GET', $token, array(), 403, 'This survey link is not valid (any more).', $this->now + 31 * DAY_IN_SECONDS ),
			'off the scale'     => array( 'POST', $token, array( 'answers' => array( 'ces' => '9' ) ) + $post, 400, 'Your answers were not saved: answer to "ces" must be an integer from 1 to 7.' ),
			'unanswered'        => array( 'POST', $token, array( 'answers' => array( 'comment' => 'hi' ) ) + $post, 400, 'Your answers were not saved: must answer question "ces".' ),
			'unknown question'  => array( 'POST', $token, array( 'answers' => array( 'ces' => '6', 'evil' => 'x' ) ) + $post, 400, 'Your answers were not saved: contains unknown question "evil".' ), // Was stored without it.
		);
		foreach ( $refused as $case => list( $method, $t, $p, $status, $message ) ) {
			$r = shopcx_wc_survey_response( $method, $t, $p, $refused[ $case ][5] ?? $now );
			$this->assertSame( $status, $r['status'], $case );
			$this->assertStringContainsString( '<p class="shopcx-survey-error">' . esc_html( $message ) . '</p>', $r['html'], $case );
			$this->assertNull( $this->survey_row( 607 )['answered_at'], $case );
		}
		$this->assertStringContainsString( 'name="answers[ces]"', shopcx_wc_survey_response( 'POST', $token, array( 'answers' => array( 'ces' => '9' ) ) + $post, $now )['html'] ); // The form again.

		$ok = shopcx_wc_survey_response( 'POST', $token, $post, $now );
		$this->assertSame( array( 'status' => 200, 'html' => '<p class="shopcx-survey-result">Thank you for your answers!</p>' ), $ok );
		$row = $this->survey_row( 607 );
		$this->assertSame( array( 'answered', (string) $now, '{"ces":6,"comment":"Quick."}' ), array( $row['status'], $row['answered_at'], $row['answers'] ) );

		// Replayed form, second click, or the link opened again: refused, the first answer stays.
		$replay = shopcx_wc_survey_response( 'POST', $token, array( 'answers' => array( 'ces' => '1' ) ) + $post, $now + 60 );
		$this->assertSame( array( 'status' => 409, 'html' => '<p class="shopcx-survey-error">This survey has already been answered. Thank you!</p>' ), $replay );
		$this->assertSame( 409, shopcx_wc_survey_response( 'GET', $token, array(), $now + 60 )['status'] );
		$this->assertSame( '{"ces":6,"comment":"Quick."}', $this->survey_row( 607 )['answers'] );
	}

	public function test_survey_page_template_renders_the_form(): void {
		$this->survey_setup();
		$token = $this->sent_survey( 608, 'lou@example.test' );
		$page  = shopcx_wc_survey_response( 'GET', $token, array(), $this->now );
		$html  = wc_get_template_html( 'shopcx-survey.php', array( 'title' => 'Your opinion', 'body' => $page['html'] ), '', SHOPCX_WC_DIR . '/templates/' );
		$this->assertStringContainsString( '<meta name="robots" content="noindex">', $html );
		$this->assertStringContainsString( '<h1>Your opinion</h1>', $html );
		$this->assertStringContainsString( '<form method="post" class="shopcx-survey">', $html );
	}

	private function insert_answer( int $order_id, string $type, array $answers, int $at ): void {
		$GLOBALS['wpdb']->insert( shopcx_wc_survey_table(), array( 'order_id' => $order_id, 'email' => "o$order_id@example.test", 'survey' => $type, 'status' => 'answered', 'created_at' => $at, 'due_at' => $at, 'expires_at' => $at, 'sent_at' => $at, 'answered_at' => $at, 'answers' => wp_json_encode( $answers ) ) );
	}

	private function insert_review( int $stars, bool $verified = true, int $approved = 1 ): void {
		$id = wp_insert_comment( array( 'comment_post_ID' => 1, 'comment_content' => 'ok', 'comment_type' => 'review', 'comment_approved' => $approved ) );
		add_comment_meta( $id, 'rating', $stars );
		if ( $verified ) {
			add_comment_meta( $id, 'verified', 1 );
		}
	}

	/** A survey type the plugin does not offer gets no form and no report, rather than a fatal error. */
	public function test_unknown_survey_type_is_refused_by_the_form_and_the_report(): void {
		$this->assertSame( '<p class="shopcx-survey-error">This survey link is not valid (any more).</p>', shopcx_wc_survey_form_html( array( 'survey' => 'promo' ) ) );
		$this->expectException( ValueError::class );
		$this->expectExceptionMessage( 'Unknown survey type "promo".' );
		shopcx_wc_survey_report( 'promo', self::NOW );
	}

	public function test_report_shows_survey_trends_ratings_and_escapes_comments(): void {
		global $wpdb;
		$this->survey_setup( 'ces' );
		// Week 9: 6 and 4 (mean 5, interval clamped to 1-7); week 10: 7, 7, 4 (mean 6, t-interval 1.7 to 7).
		$week9  = self::NOW - 14 * DAY_IN_SECONDS;
		$week10 = self::NOW - 6 * DAY_IN_SECONDS;
		$this->insert_answer( 701, 'ces', array( 'ces' => 6, 'comment' => '<script>alert(1)</script> slow delivery' ), $week9 );
		$this->insert_answer( 702, 'ces', array( 'ces' => 4, 'comment' => null ), $week9 + 60 );
		$this->insert_answer( 703, 'ces', array( 'ces' => 7, 'comment' => null ), $week10 );
		$this->insert_answer( 704, 'ces', array( 'ces' => 7, 'comment' => null ), $week10 );
		$this->insert_answer( 705, 'ces', array( 'ces' => 4, 'comment' => null ), $week10 );
		$this->insert_answer( 706, 'ces', array( 'ces' => 2, 'comment' => null ), self::NOW - 13 * WEEK_IN_SECONDS ); // Before the 12 weeks.
		$this->insert_answer( 707, 'nps', array( 'nps' => 10, 'comment' => null ), $week10 );
		$this->insert_answer( 708, 'nps', array( 'nps' => 3, 'comment' => null ), $week10 );
		$this->insert_answer( 709, 'ces', array( 'ces' => 99 ), $week10 ); // Edited by hand: left out.

		$wpdb->query( "DELETE FROM {$wpdb->comments} WHERE comment_type = 'review'" );
		array_map( array( $this, 'insert_review' ), array( 5, 5, 4, 1 ) );
		$this->insert_review( 2, false );    // Not verified.
		$this->insert_review( 3, true, 0 );  // Not approved.

		$this->admin();
		ob_start();
		shopcx_wc_report_page();
		$html = ob_get_clean();

		// CES: overall 5.6 (interval 3.7 to 7) from 5 answers, per week with intervals.
		$this->assertStringContainsString( '5 responses.', $html );
		$this->assertStringContainsString( 'CES (mean, 1-7) per week with its 95% interval; over the period 5.6 (95% interval 3.7 to 7).', $html );
		$this->assertStringContainsString( '<tr><th scope="row">2026-W09</th><td>2</td><td>5</td><td>1 – 7</td></tr><tr><th scope="row">2026-W10</th><td>3</td><td>6</td><td>1.7 – 7</td></tr>', $html );
		// NPS: one promoter, one detractor: 0, no interval in a week with... two answers it has one.
		$this->assertStringContainsString( '<tr><th scope="row">2026-W10</th><td>2</td><td>0</td>', $html );
		// Verified, approved reviews only: 5 5 4 1.
		$this->assertStringContainsString( 'Average 3.75 stars over 4 verified reviews.', $html );
		$this->assertStringContainsString( '<tr><th scope="row">5 stars</th><td>2</td></tr><tr><th scope="row">4 stars</th><td>1</td></tr><tr><th scope="row">3 stars</th><td>0</td></tr><tr><th scope="row">2 stars</th><td>0</td></tr><tr><th scope="row">1 star</th><td>1</td></tr>', $html );
		// Charts are inline SVG with a title and a description: CES, NPS, ratings, cart funnel.
		$this->assertSame( 4, substr_count( $html, '<svg ' ) );
		$this->assertSame( 4, preg_match_all( '#<svg [^>]*role="img" aria-labelledby="(shopcx-chart-\d+)-t \1-d"[^>]*><title id="\1-t">[^<]+</title><desc id="\1-d">[^<]+</desc>#', $html ) );
		$this->assertStringContainsString( '<circle cx="', $html );
		preg_match_all( '#<svg .*?</svg>#s', $html, $svgs );
		foreach ( $svgs[0] as $svg ) {
			$this->assertNotFalse( simplexml_load_string( $svg ), 'every chart is well-formed SVG' );
		}
		$this->assertStringNotContainsString( '<script', $html );
		// The comment is shown escaped.
		$this->assertStringContainsString( '&lt;script&gt;alert(1)&lt;/script&gt; slow delivery', $html );
	}

	public function test_report_page_is_refused_to_non_admins(): void {
		add_filter( 'wp_die_handler', fn() => function ( $message, $title, $args ) {
			throw new RuntimeException( $message . ' (' . $args['response'] . ')' );
		} );
		wp_set_current_user( get_user_by( 'login', 'customer' )->ID );
		try {
			ob_start();
			shopcx_wc_report_page();
			$this->fail( 'the report was shown to a customer' );
		} catch ( RuntimeException $e ) {
			$this->assertSame( 'You are not allowed to see this report. (403)', $e->getMessage() );
		} finally {
			$this->assertSame( '', ob_get_clean() );
			remove_all_filters( 'wp_die_handler' );
		}
	}

	public function test_privacy_covers_surveys_and_the_outreach_log(): void {
		global $wpdb;
		$this->survey_setup();
		$token = $this->sent_survey( 609, 'max@example.test' );
		shopcx_wc_submit_survey( array( '_wpnonce' => wp_create_nonce( 'shopcx_survey' ), 'answers' => array( 'ces' => '5' ) ), $token, $this->now );
		$this->insert_answer( 610, 'ces', array( 'ces' => 3, 'comment' => null ), $this->now ); // Someone else.
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		$export    = call_user_func( $exporters['shopcx-woocommerce-surveys']['callback'], 'MAX@example.test', 1 );
		$this->assertSame( array( 'shopcx-surveys' ), array_column( $export['data'], 'group_id' ) );
		$this->assertContains( array( 'name' => 'answers', 'value' => '{"ces":5,"comment":null}' ), $export['data'][0]['data'] );
		$erasers = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		$this->assertSame( 1, call_user_func( $erasers['shopcx-woocommerce-surveys']['callback'], 'max@example.test', 1 )['items_removed'] );
		$this->assertSame( array( 'o610@example.test' ), $wpdb->get_col( 'SELECT email FROM ' . shopcx_wc_survey_table() ) );
		// The survey e-mail is in the outreach log, exported and erased with the cart activity.
		$this->assertSame( array( 'shopcx-outreach' ), array_column( call_user_func( $exporters['shopcx-woocommerce']['callback'], 'max@example.test', 1 )['data'], 'group_id' ) );
		$this->assertSame( 1, call_user_func( $erasers['shopcx-woocommerce']['callback'], 'max@example.test', 1 )['items_removed'] );
		$this->assertSame( array(), $this->history( 'max@example.test', $this->now ) );
		$this->assertSame( 1, shopcx_wc_survey_report( 'ces', $this->now )->count() ); // The report follows the rows.
	}

	/** A post with answers to questions the survey does not have is refused whole, not stored without them (issue 24). */
	public function test_survey_answers_with_unknown_question_ids_are_refused(): void {
		$this->survey_setup();
		$token = $this->sent_survey( 611, 'una@example.test' );
		$nonce = wp_create_nonce( 'shopcx_survey' );
		foreach ( array( array( 'ces' => '5', 'evil' => '1' ), array( 'ces' => '5', 'comment' => 'ok', 'x"><b>' => '1' ), array( 'ces' => '5', 7 => 'x' ), array( 'ces' => '5', 'nps' => array( '9' ) ) ) as $answers ) {
			$result = shopcx_wc_submit_survey( array( '_wpnonce' => $nonce, 'answers' => $answers ), $token, $this->now );
			$this->assertInstanceOf( WP_Error::class, $result, wp_json_encode( $answers ) . ' was stored' );
			$this->assertSame( array( 'shopcx_answers', 400 ), array( $result->get_error_code(), $result->get_error_data()['status'] ), wp_json_encode( $answers ) );
			$this->assertStringStartsWith( 'Your answers were not saved: contains unknown question ', $result->get_error_message() );
		}
		$this->assertNull( $this->survey_row( 611 )['answered_at'] );
		$this->assertIsInt( shopcx_wc_submit_survey( array( '_wpnonce' => $nonce, 'answers' => array( 'ces' => '5', 'comment' => 'ok' ) ), $token, $this->now ) );
	}

	public function test_survey_page_over_http(): void {
		// The whole path through WordPress (template_redirect, the page template, real nonce and
		// status codes) in a PHP built-in server on the test site, with the real clock.
		$this->survey_setup();
		update_option( 'shopcx_wc_survey_delay', '0' );
		add_filter( 'shopcx_wc_outreach_options', fn( $o ) => array_diff_key( $o, array( 'quietHours' => 1 ) ) ); // CI may run at night.
		shopcx_wc_reset();
		$this->now = time();
		$this->survey_order( 612, 'ned@example.test' );
		do_action( 'woocommerce_order_status_completed', 612 );
		$this->assertSame( 1, shopcx_wc_send_survey_invitations()['sent'] );
		preg_match( '/shopcx_survey=([^\s&]+)/', self::$mails[0]['message'], $m );
		preg_match( '/shopcx_survey_optout=([^\s&]+)/', self::$mails[0]['message'], $o );
		remove_all_filters( 'shopcx_wc_outreach_options' );

		$so   = getenv( 'SHOPCX_SO' ) ?: dirname( __DIR__, 3 ) . '/modules/shopcx.so';
		$port = self::free_port();
		$wp   = getenv( 'SHOPCX_WP_DIR' );
		$proc = proc_open( array( PHP_BINARY, '-d', "extension=$so", '-S', "127.0.0.1:$port", '-t', $wp ), array( array( 'pipe', 'r' ), array( 'file', '/dev/null', 'w' ), array( 'file', '/dev/null', 'w' ) ), $pipes, $wp );
		$http = function ( string $query, ?array $post = null ) use ( $port ) {
			$context = stream_context_create(
				array(
					'http' => array(
						'method'          => $post ? 'POST' : 'GET',
						'header'          => "Host: example.test\r\nContent-Type: application/x-www-form-urlencoded\r\n",
						'content'         => $post ? http_build_query( $post ) : '',
						'ignore_errors'   => true,
						'follow_location' => 0,
						'timeout'         => 20,
					),
				)
			);
			$body = file_get_contents( "http://127.0.0.1:$port/?$query", false, $context );
			return array( (int) substr( $http_response_header[0], 9, 3 ), $body );
		};
		try {
			for ( $i = 0; $i < 50 && ! @fsockopen( '127.0.0.1', $port ); $i++ ) {
				usleep( 100000 );
			}
			list( $status, $body ) = $http( 'shopcx_survey=' . $m[1] );
			$this->assertSame( 200, $status, $body );
			$this->assertStringContainsString( '<legend>The shop made it easy for me to handle my issue.</legend>', $body );
			$this->assertSame( 1, preg_match( '/name="_wpnonce" value="([0-9a-f]+)"/', $body, $n ) );

			list( $status, $body ) = $http( 'shopcx_survey=' . $m[1], array( 'answers' => array( 'ces' => '6' ) ) );
			$this->assertSame( array( 403, true ), array( $status, str_contains( $body, 'The form has expired: reload the page and try again.' ) ) );
			list( $status, $body ) = $http( 'shopcx_survey=' . substr( $m[1], 0, -3 ) . 'xyz', array( '_wpnonce' => $n[1], 'answers' => array( 'ces' => '6' ) ) );
			$this->assertSame( array( 403, true ), array( $status, str_contains( $body, 'This survey link is not valid (any more).' ) ) );
			list( $status, $body ) = $http( 'shopcx_survey=' . $m[1], array( '_wpnonce' => $n[1], 'answers' => array( 'ces' => '6', 'comment' => '<img src=x onerror=alert(1)>' ) ) );
			$this->assertSame( array( 200, true ), array( $status, str_contains( $body, 'Thank you for your answers!' ) ), $body );
			list( $status, $body ) = $http( 'shopcx_survey=' . $m[1], array( '_wpnonce' => $n[1], 'answers' => array( 'ces' => '1' ) ) );
			$this->assertSame( array( 409, true ), array( $status, str_contains( $body, 'This survey has already been answered. Thank you!' ) ) );
			$this->assertSame( '{"ces":6,"comment":"<img src=x onerror=alert(1)>"}', $this->survey_row( 612 )['answers'] ); // Stored as given, escaped when shown.

			// The opt-out link: a GET (a mail scanner, or the customer) only asks.
			list( $status, $body ) = $http( 'shopcx_survey_optout=' . $o[1] );
			$this->assertSame( array( 200, true, true ), array( $status, str_contains( $body, 'Stop survey invitations after your orders?' ), str_contains( $body, '<input type="hidden" name="List-Unsubscribe" value="One-Click">' ) ), $body );
			$this->assertSame( '0', $this->survey_row( 612 )['opted_out'] );
			// RFC 8058 one-click, as a mail provider sends it: a POST of List-Unsubscribe=One-Click as
			// multipart/form-data (which RFC 8058 prefers), no cookie, no nonce.
			$multipart = stream_context_create(
				array(
					'http' => array(
						'method'        => 'POST',
						'header'        => "Host: example.test\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n",
						'content'       => "--b0undary\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b0undary--\r\n",
						'ignore_errors' => true,
						'timeout'       => 20,
					),
				)
			);
			$body = file_get_contents( "http://127.0.0.1:$port/?shopcx_survey_optout=" . $o[1], false, $multipart );
			$this->assertSame( array( 200, true ), array( (int) substr( $http_response_header[0], 9, 3 ), str_contains( $body, 'Done: you will not get survey invitations any more.' ) ), $body );
			$this->assertSame( '1', $this->survey_row( 612 )['opted_out'] );
			// Sent again (a provider's retry, urlencoded this time): said, nothing changes.
			list( $status, $body ) = $http( 'shopcx_survey_optout=' . $o[1], array( 'List-Unsubscribe' => 'One-Click' ) );
			$this->assertSame( array( 200, true ), array( $status, str_contains( $body, 'You had already opted out' ) ), $body );
			list( $status, $body ) = $http( 'shopcx_survey_optout=' . substr( $o[1], 0, -3 ) . 'xyz', array( 'List-Unsubscribe' => 'One-Click' ) );
			$this->assertSame( array( 403, true ), array( $status, str_contains( $body, 'This link is not valid: it was changed or cut off.' ) ) );
			// Whatever is put in the link comes back escaped (here it is not even a token: refused).
			list( $status, $body ) = $http( 'shopcx_optout=' . rawurlencode( '"><script>alert(1)</script>' ) );
			$this->assertSame( array( 403, false, true ), array( $status, str_contains( $body, '<script>alert' ), str_contains( $body, '<meta name="robots" content="noindex, nofollow">' ) ) );
		} finally {
			proc_terminate( $proc );
			proc_close( $proc );
		}
	}

	public function test_refused_outreach_options_fall_back_to_the_settings(): void {
		add_filter( 'shopcx_wc_outreach_options', fn( $o ) => array( 'cap' => array( 'max' => -1 ) ) + $o );
		shopcx_wc_reset();
		$log = ini_set( 'error_log', '/dev/null' );
		try {
			$this->assertSame( array( 'max' => 5, 'window' => 7 * DAY_IN_SECONDS ), shopcx_wc_policy()->toArray()['cap'] );
		} finally {
			ini_set( 'error_log', $log );
			remove_all_filters( 'shopcx_wc_outreach_options' );
			shopcx_wc_reset();
		}
		add_filter( 'shopcx_wc_outreach_options', fn( $o ) => array( 'cap' => array( 'max' => 2, 'window' => DAY_IN_SECONDS ) ) + $o );
		$this->assertSame( 2, shopcx_wc_policy()->toArray()['cap']['max'] ); // A valid filter is used.
		remove_all_filters( 'shopcx_wc_outreach_options' );
		shopcx_wc_reset();
	}

	public function test_survey_mail_failure_is_retried_until_it_expires_and_disabled_mail_is_dropped(): void {
		$this->survey_setup();
		$this->survey_order( 613, 'ola@example.test' );
		do_action( 'woocommerce_order_status_completed', 613 );
		$due = self::NOW + 3 * DAY_IN_SECONDS;
		remove_all_filters( 'pre_wp_mail' );
		add_filter( 'pre_wp_mail', '__return_false' ); // The MTA refuses.
		$this->assertSame( array( 'sent' => 0, 'held' => 0, 'skipped' => 0 ), shopcx_wc_send_survey_invitations( $due ) );
		$row = $this->survey_row( 613 );
		$this->assertSame( array( 'scheduled', 'not_sent', (string) ( $due + HOUR_IN_SECONDS ), null ), array( $row['status'], $row['note'], $row['due_at'], $row['sent_at'] ) );
		$this->assertSame( array(), $this->history( 'ola@example.test', $due ) ); // A failed mail is no contact.
		$this->assertSame( 1, shopcx_wc_send_survey_invitations( $due + 31 * DAY_IN_SECONDS )['skipped'] ); // Still failing a month later.
		$this->assertSame( array( 'skipped', 'expired' ), array( $this->survey_row( 613 )['status'], $this->survey_row( 613 )['note'] ) );

		$this->survey_order( 614, 'pia@example.test' );
		$this->now = self::NOW;
		do_action( 'woocommerce_order_status_completed', 614 );
		WC()->mailer()->get_emails()['ShopCx_WC_Email_Survey']->enabled = 'no';
		try {
			$this->assertSame( array( 'sent' => 0, 'held' => 0, 'skipped' => 1 ), shopcx_wc_send_survey_invitations( $due ) );
			$this->assertSame( array( 'skipped', 'email_disabled' ), array( $this->survey_row( 614 )['status'], $this->survey_row( 614 )['note'] ) );
		} finally {
			WC()->mailer()->get_emails()['ShopCx_WC_Email_Survey']->enabled = 'yes';
		}
	}

	public function test_survey_html_email_has_the_question_and_both_signed_links(): void {
		$this->survey_setup( 'nps' );
		$mail              = WC()->mailer()->get_emails()['ShopCx_WC_Email_Survey'];
		$mail->object      = $this->survey_order( 615, 'quin@example.test' );
		$mail->survey_type = 'nps';
		$html              = $mail->get_content_html();
		$this->assertStringContainsString( '<p><strong>How likely is it that you would recommend our shop to a friend or colleague?</strong></p>', $html );
		$this->assertMatchesRegularExpression( '#<a href="http://example\.test/\?shopcx_survey=v1\.[^"]+">Answer the survey</a>#', $html );
		$this->assertMatchesRegularExpression( '#<a href="http://example\.test/\?shopcx_survey_optout=v1\.[^"]+">No more surveys, please</a>#', $html );
		preg_match( '#shopcx_survey=([^"]+)"#', $html, $m );
		$this->assertSame( array( 'survey' => 'nps', 'order' => '615' ), shopcx_wc_tokens()->verify( rawurldecode( $m[1] ), 'survey', $this->now ) );
		$this->assertFalse( $mail->trigger( 615, 'promo' ) ); // Only surveys the plugin offers.
	}

	/** WooCommerce's e-mail preview renders an e-mail without trigger(): no survey type is set then. */
	public function test_survey_email_renders_without_trigger_with_the_shops_survey(): void {
		$this->survey_setup( 'csat' );
		WC()->mailer()->get_emails(); // Loads the e-mail classes.
		$mail         = new ShopCx_WC_Email_Survey(); // A fresh one, as the preview builds it.
		$mail->object = $this->survey_order( 617, 'sam@example.test' );
		$html         = $mail->get_content_html();
		$this->assertStringContainsString( '<p><strong>How satisfied are you with our service?</strong></p>', $html );
		preg_match( '#shopcx_survey=([^"]+)"#', $html, $m );
		$this->assertSame( array( 'survey' => 'csat', 'order' => '617' ), shopcx_wc_tokens()->verify( rawurldecode( $m[1] ), 'survey', $this->now ) );
	}

	public function test_effort_survey_end_to_end_shows_the_hotspot(): void {
		$this->survey_setup( 'effort' );
		$token = $this->sent_survey( 616, 'rae@example.test' );
		$form  = shopcx_wc_survey_response( 'GET', $token, array(), $this->now )['html'];
		$this->assertSame( 3, substr_count( $form, '<fieldset>' ) );
		$this->assertStringContainsString( 'value="3" required> 3 (far too much)', $form );
		$post = array( '_wpnonce' => wp_create_nonce( 'shopcx_survey' ), 'answers' => array( 'choosing' => '1', 'purchasing' => '3', 'after' => '2', 'comment' => ' Two address forms. ' ) );
		$this->assertSame( 200, shopcx_wc_survey_response( 'POST', $token, $post, $this->now )['status'] );
		$this->assertSame( '{"choosing":1,"purchasing":3,"after":2,"comment":"Two address forms."}', $this->survey_row( 616 )['answers'] );
		$this->admin();
		$html = shopcx_wc_report_html( $this->now );
		$this->assertStringContainsString( '1 response. Most effort: purchasing.', $html );
		$this->assertSame( 3, substr_count( $html, '<h4>Effort ' ) );
		$this->assertStringContainsString( 'Effort purchasing (mean, 1 none - 3 far too much) per week with its 95% interval; over the period 3 (too few answers for an interval).', $html );
		$this->assertStringContainsString( 'Two address forms.', $html );
	}


	// --- opt-out links and List-Unsubscribe -------------------------------------------------

	/** The List-Unsubscribe headers of a captured mail (wp_mail() takes them as a string or a list). */
	private function unsubscribe_headers( array $mail ): array {
		$lines = is_array( $mail['headers'] ) ? $mail['headers'] : preg_split( '/\r?\n/', (string) $mail['headers'] );
		$found = array();
		foreach ( $lines as $line ) {
			if ( preg_match( '/^(List-Unsubscribe(?:-Post)?):\s*(.*)$/', trim( $line ), $m ) ) {
				$this->assertArrayNotHasKey( $m[1], $found, 'header twice' );
				$found[ $m[1] ] = $m[2];
			}
		}
		return $found;
	}

	/** The token of a List-Unsubscribe header's URL, checked to be the link of that kind. */
	private function header_token( array $headers, string $arg ): string {
		$this->assertSame( 1, preg_match( '#^<https://example\.test/\?' . $arg . '=([A-Za-z0-9._%-]+)>$#', $headers['List-Unsubscribe'] ?? '', $m ), $headers['List-Unsubscribe'] ?? 'no List-Unsubscribe' );
		$this->assertSame( 'List-Unsubscribe=One-Click', $headers['List-Unsubscribe-Post'] ?? null );
		return rawurldecode( $m[1] );
	}

	/** A cart reminder to $email, sent by the job; returns the mail. */
	private function sent_cart_reminder( string $key, string $email ): array {
		shopcx_wc_record_cart( $key, array( 'items' => 1, 'value' => 30, 'currency' => 'EUR', 'email' => $email, 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		return end( self::$mails );
	}

	private function https_home(): void {
		add_filter( 'home_url', fn( $url ) => set_url_scheme( $url, 'https' ), 99 );
	}

	public function test_every_outreach_email_carries_list_unsubscribe_and_one_click(): void {
		$this->survey_setup();
		$this->https_home();
		try {
			// Cart reminder (wp_mail with a header list).
			$cart  = $this->sent_cart_reminder( 'c-hdr', 'una@example.test' );
			$token = $this->header_token( $this->unsubscribe_headers( $cart ), 'shopcx_optout' );
			$this->assertMatchesRegularExpression( '#No more reminders:\s+' . preg_quote( 'https://example.test/?shopcx_optout=' . rawurlencode( $token ), '#' ) . '\s#', $cart['message'] . "\n" ); // A WC_Email now: wrapped at 70 characters.
			$this->assertSame( array( 'cart' => 'c-hdr' ), shopcx_wc_tokens()->verify( $token, 'optout', self::NOW ) );

			// Review invitation (a WC_Email: WooCommerce's headers kept, ours added).
			$this->survey_order( 620, 'vic@example.test' );
			$this->assertSame( 'sent', shopcx_wc_send_review_invitation( 620 ) );
			$review = end( self::$mails );
			$this->assertStringStartsWith( "Content-Type: text/plain\r\n", $review['headers'] );
			$token = $this->header_token( $this->unsubscribe_headers( $review ), 'shopcx_review_optout' );
			$this->assertSame( array( 'order' => '620' ), shopcx_wc_tokens()->verify( $token, 'review-optout', self::NOW ) );
			$this->assertMatchesRegularExpression( '#No more review invitations, please:\s+' . preg_quote( 'https://example.test/?shopcx_review_optout=' . rawurlencode( $token ), '#' ) . '\s#', $review['message'] . "\n" ); // WooCommerce wraps plain e-mails at 70 characters.

			// Survey invitation.
			$this->sent_survey( 621, 'wes@example.test' );
			$survey = end( self::$mails );
			$token  = $this->header_token( $this->unsubscribe_headers( $survey ), 'shopcx_survey_optout' );
			$this->assertSame( array( 'order' => '621' ), shopcx_wc_tokens()->verify( $token, 'survey-optout', $this->now ) );
			$this->assertMatchesRegularExpression( '#No more surveys, please:\s+' . preg_quote( 'https://example.test/?shopcx_survey_optout=' . rawurlencode( $token ), '#' ) . '\s#', $survey['message'] . "\n" );
			$this->assertCount( 3, self::$mails );
		} finally {
			remove_all_filters( 'home_url' );
		}

		// RFC 8058 one-click needs an HTTPS URL: a site without TLS sends the plain RFC 2369 header only.
		$this->assertSame( array( 'List-Unsubscribe' ), array_keys( $this->unsubscribe_headers( $this->sent_cart_reminder( 'c-http', 'xan@example.test' ) ) ) );
	}

	public function test_list_unsubscribe_reaches_the_message_unencoded_through_phpmailer(): void {
		// pre_wp_mail stops before PHPMailer: here the real one builds the message (sending is
		// replaced by capturing it), to see the header as the mail provider will.
		require_once ABSPATH . WPINC . '/PHPMailer/PHPMailer.php';
		require_once ABSPATH . WPINC . '/PHPMailer/Exception.php';
		$capture = new class( true ) extends PHPMailer\PHPMailer\PHPMailer {
			public $raw = array();
			public function postSend() {
				$this->raw[] = $this->getSentMIMEMessage();
				return true;
			}
		};
		$saved               = $GLOBALS['phpmailer'] ?? null;
		$GLOBALS['phpmailer'] = $capture;
		remove_all_filters( 'pre_wp_mail' );
		$transport = fn( $mailer ) => $mailer->isSendmail(); // As behind SMTP or sendmail.
		add_action( 'phpmailer_init', $transport );
		$this->survey_setup();
		$this->https_home();
		try {
			$this->assertTrue( wp_mail( 'yul@example.test', 'Hi', 'Body', shopcx_wc_optout_headers( shopcx_wc_optout_url( 'cart', array( 'cart' => 'c-raw' ), self::NOW ) ) ) );
			$this->assertMatchesRegularExpression( '#\nList-Unsubscribe: <https://example\.test/\?shopcx_optout=v1\.[A-Za-z0-9._%-]{100,}>\r?\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r?\n#', $capture->raw[0] );
			// PHP's mail() transport (WordPress's default) makes PHPMailer 6 fold any header longer than
			// 47 characters into RFC 2047 encoded-words, which breaks List-Unsubscribe: the README tells
			// shops to send through SMTP. This pins the behaviour the README describes.
			remove_action( 'phpmailer_init', $transport );
			$this->assertTrue( wp_mail( 'yul@example.test', 'Hi', 'Body', shopcx_wc_optout_headers( shopcx_wc_optout_url( 'cart', array( 'cart' => 'c-raw' ), self::NOW ) ) ) );
			$this->assertStringContainsString( "\nList-Unsubscribe: =?us-ascii?Q?", $capture->raw[1] );
		} finally {
			remove_all_filters( 'home_url' );
			remove_action( 'phpmailer_init', $transport );
			$GLOBALS['phpmailer'] = $saved;
		}
	}

	/** For each kind: the link's token, and whether its customer is opted out now. */
	private function optout_cases(): array {
		global $wpdb;
		$this->survey_setup();
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_optout_table() );
		$cart = $this->sent_cart_reminder( 'c-opt', 'zed@example.test' );
		$this->survey_order( 630, 'amy@example.test' );
		shopcx_wc_send_review_invitation( 630 );
		$review = end( self::$mails );
		$this->sent_survey( 631, 'bea@example.test' );
		$survey = end( self::$mails );
		$token  = function ( array $mail, string $arg ): string {
			$this->assertSame( 1, preg_match( '/' . $arg . '=([^\s&]+)/', $mail['message'], $m ), $arg );
			return rawurldecode( $m[1] );
		};
		return array(
			'cart'   => array( $token( $cart, 'shopcx_optout' ), fn() => shopcx_wc_opted_out( 'zed@example.test', 'cart' ) ),
			'review' => array( $token( $review, 'shopcx_review_optout' ), fn() => shopcx_wc_opted_out( 'amy@example.test', 'review' ) ),
			'survey' => array( $token( $survey, 'shopcx_survey_optout' ), fn() => shopcx_wc_opted_out( 'bea@example.test', 'survey' ) ),
		);
	}

	public function test_opening_an_optout_link_changes_nothing_the_confirmed_post_opts_out_once(): void {
		$one_click = array( 'List-Unsubscribe' => 'One-Click' );
		foreach ( $this->optout_cases() as $kind => list( $token, $opted_out ) ) {
			$texts = shopcx_wc_optout_texts( $kind );
			foreach ( array( 'GET', 'HEAD', 'GET' ) as $method ) { // A scanner may fetch a link many times.
				$this->assertSame( array( 'status' => 200, 'state' => 'confirm', 'message' => $texts['question'] ), shopcx_wc_optout_response( $method, $kind, $token, array(), $this->now ), $kind );
			}
			$this->assertFalse( $opted_out(), "$kind: opted out by a GET" );
			// A POST that is not the opt-out form or RFC 8058's body changes nothing either.
			$this->assertSame( array( 400, 'error' ), array_slice( array_values( shopcx_wc_optout_response( 'POST', $kind, $token, array( 'List-Unsubscribe' => 'yes' ), $this->now ) ), 0, 2 ), $kind );
			$this->assertFalse( $opted_out(), "$kind: opted out by a POST without One-Click" );

			$this->assertSame( array( 'status' => 200, 'state' => 'done', 'message' => $texts['done'] ), shopcx_wc_optout_response( 'POST', $kind, $token, $one_click, $this->now ), $kind );
			$this->assertTrue( $opted_out(), "$kind: not opted out by the POST" );
			// Replayed (provider retry, second click, the link opened again): said so, nothing else.
			$this->assertSame( array( 'status' => 200, 'state' => 'already', 'message' => $texts['already'] ), shopcx_wc_optout_response( 'POST', $kind, $token, $one_click, $this->now + 60 ), $kind );
			$this->assertSame( 'already', shopcx_wc_optout_response( 'GET', $kind, $token, array(), $this->now + 60 )['state'], $kind );
			$this->assertTrue( $opted_out(), $kind );
		}

		// And it holds: no more mails of those kinds to those addresses.
		self::$mails = array();
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW + DAY_IN_SECONDS ) );
		$this->assertSame( 'dropped', shopcx_wc_send_review_invitation( 630 ) );
		$this->survey_order( 632, 'bea@example.test' );
		do_action( 'woocommerce_order_status_completed', 632 );
		$this->assertSame( 1, shopcx_wc_send_survey_invitations( $this->now + 10 * DAY_IN_SECONDS )['skipped'] );
		$this->assertSame( array(), self::$mails );
	}

	public function test_tampered_foreign_and_expired_optout_links_are_refused_and_change_nothing(): void {
		$one_click = array( 'List-Unsubscribe' => 'One-Click' );
		$cases     = $this->optout_cases();
		foreach ( $cases as $kind => list( $token, $opted_out ) ) {
			$other  = 'cart' === $kind ? 'survey' : 'cart';
			$refuse = array(
				'tampered'      => array( substr( $token, 0, -2 ) . ( 'AA' === substr( $token, -2 ) ? 'BB' : 'AA' ), $this->now, 403 ),
				'cut off'       => array( substr( $token, 0, 40 ), $this->now, 403 ),
				'garbage'       => array( '"><script>alert(1)</script>', $this->now, 403 ),
				'other kind'    => array( $cases[ $other ][0], $this->now, 403 ),
				'signed, other' => array( shopcx_wc_tokens()->issue( 'survey', array( 'order' => '631', 'cart' => 'c-opt' ), DAY_IN_SECONDS, $this->now ), $this->now, 403 ),
				'expired'       => array( $token, $this->now + YEAR_IN_SECONDS + 1, 410 ),
			);
			foreach ( $refuse as $case => list( $bad, $at, $status ) ) {
				foreach ( array( 'GET', 'POST' ) as $method ) {
					$r = shopcx_wc_optout_response( $method, $kind, $bad, $one_click, $at );
					$this->assertSame( array( $status, 'error' ), array( $r['status'], $r['state'] ), "$kind $case $method" );
					$this->assertStringStartsWith( 410 === $status ? 'This link has expired.' : 'This link is not valid: it was changed or cut off.', $r['message'], "$kind $case" );
				}
			}
			$this->assertFalse( $opted_out(), "$kind: a refused link opted out" );
		}
		// A cart purged since the mail: nothing to stop, said so, no error.
		$GLOBALS['wpdb']->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$this->assertSame( array( 'status' => 200, 'state' => 'already', 'message' => 'That cart is no longer kept, so no reminder about it will come.' ), shopcx_wc_optout_response( 'GET', 'cart', $cases['cart'][0], array(), $this->now ) );
		// An authentic review or survey link whose order is gone cannot say whom to stop mailing.
		$lost = shopcx_wc_optout_response( 'POST', 'review', shopcx_wc_tokens()->issue( 'review-optout', array( 'order' => '999' ), DAY_IN_SECONDS, $this->now ), $one_click, $this->now );
		$this->assertSame( array( 403, 'error' ), array( $lost['status'], $lost['state'] ) );
	}

	public function test_optout_page_template_escapes_and_posts_to_the_link(): void {
		$render = fn( array $args ) => wc_get_template_html( 'shopcx-optout.php', $args + array( 'title' => 'E-mails from us', 'button' => 'Yes, no more surveys', 'action' => 'http://example.test/?shopcx_survey_optout=v1.a.b.c' ), '', SHOPCX_WC_DIR . '/templates/' );
		$html   = $render( array( 'state' => 'confirm', 'message' => 'Stop survey invitations after your orders?' ) );
		$this->assertStringContainsString( '<meta name="robots" content="noindex, nofollow">', $html );
		$this->assertStringContainsString( '<form method="post" action="http://example.test/?shopcx_survey_optout=v1.a.b.c" class="shopcx-optout">', $html );
		$this->assertStringContainsString( '<input type="hidden" name="List-Unsubscribe" value="One-Click">', $html );
		$this->assertStringContainsString( '<button type="submit">Yes, no more surveys</button>', $html );
		$this->assertStringNotContainsString( '<form', $render( array( 'state' => 'done', 'message' => 'Done.' ) ) );

		$hostile  = $render( array( 'state' => 'confirm', 'message' => '<img src=x onerror=alert(1)>', 'button' => '<script>alert(2)</script>', 'action' => 'javascript:alert(3)', 'title' => '</title><script>alert(4)</script>' ) );
		$hostile .= $render( array( 'state' => 'error" onmouseover="alert(5)', 'message' => 'x' ) );
		foreach ( array( '<img src=x', '<script>alert', 'javascript:', '" onmouseover="' ) as $needle ) {
			$this->assertStringNotContainsString( $needle, $hostile );
		}
		$this->assertStringContainsString( '&lt;img src=x onerror=alert(1)&gt;', $hostile );
	}

	// --- the suppression list and erasure ------------------------------------------------

	/** Runs every ShopCX eraser on an address, as Tools > Erase Personal Data does. */
	private function erase_everywhere( string $email ): array {
		$results = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_erasers', array() ) as $id => $eraser ) {
			if ( str_starts_with( $id, 'shopcx' ) ) {
				$results[ $id ] = call_user_func( $eraser['callback'], $email, 1 );
			}
		}
		$this->assertSame( array( 'shopcx-woocommerce', 'shopcx-woocommerce-surveys' ), array_keys( $results ) );
		return $results;
	}

	/** The group ids every ShopCX exporter gives for an address. */
	private function exported_groups( string $email ): array {
		$groups = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $id => $exporter ) {
			if ( str_starts_with( $id, 'shopcx' ) ) {
				$groups = array_merge( $groups, array_column( call_user_func( $exporter['callback'], $email, 1 )['data'], 'group_id' ) );
			}
		}
		return $groups;
	}

	/** Who got which kind of e-mail, from the captured mails' subjects. */
	private function mailed_kinds(): array {
		$got = array();
		foreach ( self::$mails as $mail ) {
			$kind = array( 'You left' => 'cart', 'How do y' => 'review', 'One ques' => 'survey' )[ substr( $mail['subject'], 0, 8 ) ] ?? $mail['subject'];
			$got[ $mail['to'] ][] = $kind;
		}
		ksort( $got );
		return $got;
	}

	public function test_an_erased_customer_who_opted_out_gets_no_more_mail_of_that_kind(): void {
		global $wpdb;
		$who = array( 'cart' => 'zed@example.test', 'review' => 'amy@example.test', 'survey' => 'bea@example.test' );
		foreach ( $this->optout_cases() as $kind => list( $token, $opted_out ) ) {
			$this->assertSame( 'done', shopcx_wc_optout_response( 'POST', $kind, $token, array( 'List-Unsubscribe' => 'One-Click' ), $this->now )['state'], $kind );
		}
		foreach ( $who as $kind => $email ) {
			$erased = $this->erase_everywhere( $email );
			$this->assertTrue( $erased['shopcx-woocommerce']['items_retained'], $kind );
			$this->assertFalse( $erased['shopcx-woocommerce-surveys']['items_retained'], $kind );
			// Nothing of the address is left but the opt-out, which the export shows.
			$this->assertSame( array( 'shopcx-optout' ), $this->exported_groups( $email ), $kind );
			$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . shopcx_wc_cart_table() . ' WHERE email = %s', $email ) ), $kind );
			$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . shopcx_wc_survey_table() . ' WHERE email = %s', $email ) ), $kind );
		}

		// Ten days later each of them fills a cart and leaves it, then orders again.
		self::$mails = array();
		$t0          = self::NOW + 10 * DAY_IN_SECONDS;
		foreach ( array_values( $who ) as $i => $email ) {
			shopcx_wc_record_cart( 'again-' . $i, array( 'items' => 1, 'value' => 30, 'currency' => 'EUR', 'email' => $email, 'consent' => true ), $t0 - 2 * HOUR_IN_SECONDS );
		}
		$this->assertSame( 2, shopcx_wc_send_cart_reminders( $t0 ) );
		$this->now = $t0 + 3 * DAY_IN_SECONDS;
		$reviews   = array();
		foreach ( array_values( $who ) as $i => $email ) {
			$this->survey_order( 640 + $i, $email );
			do_action( 'woocommerce_order_status_completed', 640 + $i ); // Schedules the review invitation and the survey.
			$reviews[ $email ] = shopcx_wc_send_review_invitation( 640 + $i ); // The invitation's job, run now.
			wp_clear_scheduled_hook( 'shopcx_wc_review_invitation', array( 640 + $i ) );
		}
		$this->assertSame( array( 'zed@example.test' => 'sent', 'amy@example.test' => 'dropped', 'bea@example.test' => 'sent' ), $reviews );
		$this->assertSame( array( 'sent' => 2, 'held' => 0, 'skipped' => 1 ), shopcx_wc_send_survey_invitations( $t0 + 6 * DAY_IN_SECONDS ) );
		$this->assertSame( array( 'skipped', 'opted_out' ), array( $this->survey_row( 642 )['status'], $this->survey_row( 642 )['note'] ) );
		// Each got the two other kinds, never the one they opted out of.
		$this->assertSame(
			array(
				'amy@example.test' => array( 'cart', 'survey' ),
				'bea@example.test' => array( 'cart', 'review' ),
				'zed@example.test' => array( 'review', 'survey' ),
			),
			$this->mailed_kinds()
		);
	}

	public function test_the_eraser_keeps_the_opt_out_as_a_hash_and_says_so(): void {
		global $wpdb;
		$table = shopcx_wc_optout_table();
		$this->assertTrue( shopcx_wc_suppress( 'Kim@Example.test', 'review', self::NOW ) );
		$this->assertTrue( shopcx_wc_suppress( 'kim@example.test', 'cart', self::NOW + 60 ) );
		$this->assertFalse( shopcx_wc_suppress( ' KIM@example.test', 'cart', self::NOW + 120 ) ); // Repeated: the first time stays.
		$this->assertFalse( shopcx_wc_suppress( '', 'cart', self::NOW ) ); // No address, nothing to remember.
		$this->assertTrue( shopcx_wc_suppress( 'lou@example.test', 'review', self::NOW ) );
		shopcx_wc_outreach_record( 'kim@example.test', 'review', self::NOW - DAY_IN_SECONDS );
		shopcx_wc_record_cart( 'kim-1', array( 'email' => 'kim@example.test', 'items' => 1, 'value' => 5 ), self::NOW );
		$this->assertSame( array( 'shopcx-carts', 'shopcx-outreach', 'shopcx-optout', 'shopcx-optout' ), $this->exported_groups( 'kim@example.test' ) );

		$erased = $this->erase_everywhere( 'kim@example.test' )['shopcx-woocommerce'];
		$this->assertSame(
			array(
				'items_removed'  => 2,
				'items_retained' => true,
				'messages'       => array(
					'The opt-out of cart reminders is kept as a one-way hash of the address so no more e-mails of that kind are sent.',
					'The opt-out of review invitations is kept as a one-way hash of the address so no more e-mails of that kind are sent.',
				),
				'done'           => true,
			),
			$erased
		);
		// What is kept: a hash, a kind, a time; the address itself nowhere.
		$this->assertSame( array( 'email_hash', 'kind', 'opted_at' ), $wpdb->get_col( "SHOW COLUMNS FROM $table" ) );
		$kim = shopcx_wc_email_hash( 'kim@example.test' );
		$this->assertSame( hash( 'sha256', 'kim@example.test' ), $kim );
		$this->assertSame(
			array( array( $kim, 'cart', (string) ( self::NOW + 60 ) ), array( $kim, 'review', (string) self::NOW ) ),
			$wpdb->get_results( $wpdb->prepare( "SELECT email_hash, kind, opted_at FROM $table WHERE email_hash = %s ORDER BY kind", $kim ), ARRAY_N )
		);
		// The export still shows what is kept, with its date.
		$export = call_user_func( apply_filters( 'wp_privacy_personal_data_exporters', array() )['shopcx-woocommerce']['callback'], 'kim@example.test', 1 )['data'];
		$this->assertSame( array( array( 'name' => 'kind', 'value' => 'cart' ), array( 'name' => 'opted_at', 'value' => gmdate( 'c', self::NOW + 60 ) ) ), $export[0]['data'] );
		$this->assertSame( array( 'shopcx-optout', 'shopcx-optout' ), $this->exported_groups( 'kim@example.test' ) );
		// Erased again: nothing to remove, the same honest answer.
		$again = $this->erase_everywhere( 'KIM@example.test' )['shopcx-woocommerce'];
		$this->assertSame( array( 0, true, $erased['messages'] ), array( $again['items_removed'], $again['items_retained'], $again['messages'] ) );
		$this->assertSame( '3', $wpdb->get_var( "SELECT COUNT(*) FROM $table" ) );
	}

	public function test_the_upgrade_moves_old_opt_out_flags_into_the_list(): void {
		global $wpdb;
		$this->survey_setup();
		$old_site = function () use ( $wpdb ) { // As version 4 left a site: flags on the rows, an empty list.
			$wpdb->query( 'TRUNCATE ' . shopcx_wc_optout_table() );
			$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
			$wpdb->query( 'TRUNCATE ' . shopcx_wc_outreach_table() );
			$cart = array( 'items' => 1, 'value' => 30, 'currency' => 'EUR', 'consent' => true );
			shopcx_wc_record_cart( 'old-nia', $cart + array( 'email' => 'Nia@Example.test' ), self::NOW - 2 * HOUR_IN_SECONDS );
			shopcx_wc_record_cart( 'old-ola', $cart + array( 'email' => 'ola@example.test' ), self::NOW - 2 * HOUR_IN_SECONDS );
			shopcx_wc_record_cart( 'old-anon', $cart, self::NOW - 2 * HOUR_IN_SECONDS );
			$wpdb->query( 'UPDATE ' . shopcx_wc_cart_table() . " SET opted_out = 1 WHERE cart_key IN ('old-nia', 'old-anon')" );
			$wpdb->replace( shopcx_wc_survey_table(), array( 'order_id' => 650, 'email' => 'pia@example.test', 'survey' => 'ces', 'status' => 'skipped', 'note' => 'opted_out', 'created_at' => self::NOW - WEEK_IN_SECONDS, 'due_at' => self::NOW - WEEK_IN_SECONDS, 'expires_at' => self::NOW, 'opted_out' => 1 ) );
			update_option( 'shopcx_wc_db_version', '4' );
		};
		$listed = fn() => $wpdb->get_results( 'SELECT email_hash, kind FROM ' . shopcx_wc_optout_table() . ' ORDER BY kind', ARRAY_N );
		$expect = array( array( shopcx_wc_email_hash( 'nia@example.test' ), 'cart' ), array( shopcx_wc_email_hash( 'pia@example.test' ), 'survey' ) );

		// The next admin page upgrades.
		$old_site();
		$this->assertSame( 10, has_action( 'admin_init', 'shopcx_wc_maybe_upgrade' ) );
		$this->assertSame( 5, has_action( 'init', 'shopcx_wc_maybe_upgrade' ) ); // A visitor's request upgrades too (the new tables of the public routes).
		$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}shopcx_rate_limit" ); // Version 9's table, not there on an older site.
		$before = time();
		shopcx_wc_maybe_upgrade();
		$this->assertSame( SHOPCX_WC_DB_VERSION, get_option( 'shopcx_wc_db_version' ) );
		$this->assertSame( $expect, $listed() );
		$this->assertSame( $wpdb->prefix . 'shopcx_rate_limit', $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->prefix . 'shopcx_rate_limit' ) ) );
		$this->assertGreaterThanOrEqual( $before, (int) $wpdb->get_var( 'SELECT MIN(opted_at) FROM ' . shopcx_wc_optout_table() ) ); // When migrated: the flags had no date.
		$this->assertSame( 0, shopcx_wc_migrate_optout_flags( time() ) ); // Repeated: nothing new.
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertSame( array( 'ola@example.test' => array( 'cart' ) ), $this->mailed_kinds() );
		$this->survey_order( 651, 'pia@example.test' );
		do_action( 'woocommerce_order_status_completed', 651 );
		$this->assertSame( array( 'sent' => 0, 'held' => 0, 'skipped' => 1 ), shopcx_wc_send_survey_invitations( self::NOW + 3 * DAY_IN_SECONDS ) );
		$this->assertSame( 'sent', shopcx_wc_send_review_invitation( 651 ) ); // Opted out of surveys only.

		// A cron run before any admin page: the senders upgrade first, and nobody flagged is mailed.
		self::$mails = array();
		$old_site();
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertSame( array( 'ola@example.test' => array( 'cart' ) ), $this->mailed_kinds() );
		$this->assertSame( SHOPCX_WC_DB_VERSION, get_option( 'shopcx_wc_db_version' ) );
		$this->assertSame( $expect, $listed() );
		wp_clear_scheduled_hook( 'shopcx_wc_review_invitation', array( 651 ) );
	}

	// --- faults (issue 24, tests/loadtest/faults.sh) ---------------------------------------------

	/** Makes the database refuse the queries that start with $prefix (as a read-only MariaDB does); returns the undo. */
	private function refuse_queries( string $prefix ): callable {
		global $wpdb;
		$refuse = fn( $query ) => str_starts_with( ltrim( $query ), $prefix ) ? "INSERT INTO {$wpdb->prefix}shopcx_no_such_table VALUES (1)" : $query;
		add_filter( 'query', $refuse );
		$suppressed = $wpdb->suppress_errors( true );
		return function () use ( $refuse, $suppressed, $wpdb ) {
			remove_filter( 'query', $refuse );
			$wpdb->suppress_errors( $suppressed );
		};
	}

	public function test_a_review_the_database_refuses_is_not_called_already_reviewed(): void {
		// Before: INSERT IGNORE failing (false) was taken for a duplicate, and the customer read "You have
		// already reviewed this product" for a review never stored, with no reason to try again.
		$order = $this->completed_order();
		$links = shopcx_wc_review_links( $order, self::NOW );
		parse_str( (string) parse_url( $links[ $order->data['products'][0] ], PHP_URL_QUERY ), $q );
		$post = array( 'shopcx_review' => $q['shopcx_review'], 'rating' => '4', 'comment' => 'Warm and dry.', '_wpnonce' => wp_create_nonce( 'shopcx_review' ) );
		$undo = $this->refuse_queries( 'INSERT IGNORE INTO ' . shopcx_wc_review_claim_table() );
		try {
			$refused = shopcx_wc_submit_review( $post, self::NOW + 60 );
		} finally {
			$undo();
		}
		$this->assertInstanceOf( WP_Error::class, $refused );
		$this->assertSame( array( 'shopcx_store', 'The review could not be stored.', 503 ), array( $refused->get_error_code(), $refused->get_error_message(), $refused->get_error_data()['status'] ) );
		$this->assertSame( 0, (int) get_comments( array( 'post_id' => $order->data['products'][0], 'type' => 'review', 'count' => true ) ) );
		// Once the database takes writes again the same link stores the review, once.
		$this->assertIsInt( shopcx_wc_submit_review( $post, self::NOW + 120 ) );
		$this->assertSame( 'shopcx_replay', shopcx_wc_submit_review( $post, self::NOW + 180 )->get_error_code() );
	}

	public function test_a_review_the_database_refuses_answers_503_from_the_product_page(): void {
		// Before: the form is printed inside the product page, so a refused write was that page's message
		// with HTTP 200 (caches and monitors saw a good page); the survey form answers 503. Now the post is
		// answered at template_redirect, before the page is sent, and the status says so.
		$order   = $this->completed_order();
		$product = $order->data['products'][0];
		parse_str( (string) parse_url( shopcx_wc_review_links( $order, self::NOW )[ $product ], PHP_URL_QUERY ), $q );
		$statuses = array();
		$record   = function ( $header, $code ) use ( &$statuses ) {
			$statuses[] = (int) $code;
			return $header;
		};
		add_filter( 'status_header', $record, 10, 2 );
		$query               = $GLOBALS['wp_query'];
		$GLOBALS['wp_query'] = new WP_Query( array( 'p' => $product, 'post_type' => 'product' ) );
		$_GET['shopcx_review']       = $q['shopcx_review'];
		$_SERVER['REQUEST_METHOD']   = 'POST';
		$_POST                       = array( 'rating' => '4', 'comment' => 'Warm and dry.', '_wpnonce' => wp_create_nonce( 'shopcx_review' ) );
		$page = function () {
			if ( has_action( 'template_redirect', 'shopcx_wc_review_post_status' ) ) {
				shopcx_wc_review_post_status(); // What WordPress runs before it sends the page.
			}
			ob_start();
			do_action( 'woocommerce_after_single_product_summary' );
			return ob_get_clean();
		};
		try {
			$undo = $this->refuse_queries( 'INSERT IGNORE INTO ' . shopcx_wc_review_claim_table() );
			try {
				$refused = $page();
			} finally {
				$undo();
			}
			$this->assertStringContainsString( '<p class="shopcx-review-result">The review could not be stored.</p>', $refused );
			$this->assertSame( array( 503 ), $statuses );
			// The customer sends it again (a new request): stored, the product page's own 200 (no status set).
			$GLOBALS['shopcx_wc_review_answers'] = array();
			$statuses                            = array();
			$this->assertStringContainsString( 'Thank you for your review!', $page() );
			$this->assertSame( array(), $statuses );
		} finally {
			remove_filter( 'status_header', $record, 10 );
			$GLOBALS['wp_query'] = $query;
			$GLOBALS['shopcx_wc_review_answers'] = array();
			$_GET  = array();
			$_POST = array();
			unset( $_SERVER['REQUEST_METHOD'] );
		}
	}

	public function test_survey_answers_the_database_refuses_are_not_called_already_answered(): void {
		// Before: the UPDATE failing (false) answered 409 "This survey has already been answered. Thank you!".
		$this->survey_setup();
		$token = $this->sent_survey( 609, 'noa@example.test' );
		$post  = array( '_wpnonce' => wp_create_nonce( 'shopcx_survey' ), 'answers' => array( 'ces' => '5' ) );
		$undo  = $this->refuse_queries( 'UPDATE ' . shopcx_wc_survey_table() . ' SET answers' );
		try {
			$refused = shopcx_wc_survey_response( 'POST', $token, $post, $this->now );
		} finally {
			$undo();
		}
		$this->assertSame( array( 'status' => 503, 'html' => '<p class="shopcx-survey-error">Your answers could not be stored just now. Please send the form again in a moment.</p>' ), $refused );
		$this->assertNull( $this->survey_row( 609 )['answered_at'] );
		$this->assertSame( 200, shopcx_wc_survey_response( 'POST', $token, $post, $this->now + 60 )['status'] );
		$this->assertSame( '{"ces":5,"comment":null}', $this->survey_row( 609 )['answers'] );
	}

	public function test_a_faq_rebuild_that_failed_is_retried_by_itself(): void {
		// Before: a rebuild that failed (a full or unwritable uploads disk) was logged and never tried
		// again: the index lacked the saved entry until someone saved another one.
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'How do I return an item?', 'post_content' => 'Use the return form within 30 days.' ) );
		$path   = shopcx_wc_faq_path( 'en' );
		$before = hash_file( 'sha256', $path );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
		$unwritable = fn( $dirs ) => array( 'basedir' => '/dev/null/uploads' ) + $dirs; // Not a directory: every write fails.
		add_filter( 'upload_dir', $unwritable );
		$log = tempnam( sys_get_temp_dir(), 'shopcx-log' );
		$old = ini_set( 'error_log', $log );
		try {
			$id     = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'How do I descale the machine?', 'post_content' => 'With citric acid, once a month.' ) );
			$failed = shopcx_wc_faq_rebuild_all();
		} finally {
			ini_set( 'error_log', (string) $old );
			remove_filter( 'upload_dir', $unwritable );
		}
		$logged = (string) file_get_contents( $log );
		unlink( $log );
		$this->assertContains( 'en', $failed );
		$this->assertStringContainsString( 'ShopCX FAQ: the "en" index could not be rebuilt', $logged );
		$this->assertSame( $before, hash_file( 'sha256', $path ) ); // The old index still answers.
		// The retry is scheduled when the request ends (a failed job is still running until then), once.
		$this->assertFalse( wp_next_scheduled( 'shopcx_wc_faq_rebuild' ) );
		$this->assertSame( 0, has_action( 'shutdown', 'shopcx_wc_faq_schedule_retry_now' ) );
		shopcx_wc_faq_schedule_retry_now(); // What shutdown runs.
		$this->assertFalse( has_action( 'shutdown', 'shopcx_wc_faq_schedule_retry_now' ) );
		$at = wp_next_scheduled( 'shopcx_wc_faq_rebuild' );
		$this->assertGreaterThanOrEqual( time() + 5 * MINUTE_IN_SECONDS - 5, $at );
		$this->assertLessThanOrEqual( time() + 5 * MINUTE_IN_SECONDS, $at );
		// The job, the disk writable again, builds the entry saved meanwhile into the index.
		do_action( 'shopcx_wc_faq_rebuild' );
		$this->assertSame( array(), shopcx_wc_faq_rebuild_all() );
		$this->assertFalse( has_action( 'shutdown', 'shopcx_wc_faq_schedule_retry_now' ) );
		$this->assertSame( $id, shopcx_wc_faq_search( 'descale' )['hits'][0]['id'] );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
	}
}
