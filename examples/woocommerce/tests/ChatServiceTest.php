<?php
/**
 * Issue 20 on WooCommerce: chat signals from the server, availability and presets from the
 * settings, askAgainIn; the signed interactions route, its KPIs in the report, the badge; the
 * answer-time sentence. Against the real WordPress and MariaDB of run.sh (WooCommerce: the stand-in).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class ChatServiceTest extends TestCase {

	/** 2026-03-10 14:00 UTC, a Tuesday: 15:00 in Amsterdam, inside the default service hours 09:00-17:00. */
	const NOW = 1773151200;

	const SECRET = 'an-interaction-secret-of-32-chars-or-more';

	use ShopCx_WC_Test_Fixture;

	private $now = self::NOW;

	protected function setUp(): void {
		global $wpdb;
		self::reset_settings_errors();
		$_POST     = array();
		$this->now = self::NOW;
		remove_all_filters( 'shopcx_wc_now' );
		remove_all_filters( 'shopcx_wc_chat_team' );
		remove_all_filters( 'shopcx_rate_limit' );
		add_filter( 'shopcx_wc_now', fn() => $this->now );
		wp_set_current_user( 0 );
		self::default_settings();
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_interaction_table() );
		delete_transient( 'shopcx_wc_badge' );
		WC()->cart                        = null;
		WC()->session                     = null;
		WC()->customer                    = null;
		$GLOBALS['wc_standin_orders']     = array();
		unset( $_SERVER['REMOTE_ADDR'] );
		shopcx_wc_reset();
	}

	/** Amsterdam wall-clock time as Unix time. */
	private static function local( string $local ): int {
		return ( new DateTimeImmutable( $local, new DateTimeZone( 'Europe/Amsterdam' ) ) )->getTimestamp();
	}

	/** The four presets on with the charter's thresholds, one agent on duty. */
	private static function presets(): void {
		foreach ( array( 'cart', 'product', 'faq', 'vip' ) as $preset ) {
			update_option( 'shopcx_wc_chat_preset_' . $preset, 'yes' );
		}
		update_option( 'shopcx_wc_chat_agents', '1' );
		shopcx_wc_reset();
	}

	private function chat( array $visit ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/shopcx/v1/chat' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( wp_json_encode( $visit ) );
		shopcx_wc_reset();
		return rest_do_request( $request );
	}

	private function rule( array $visit ): ?string {
		$data = $this->chat( $visit )->get_data();
		return $data['invitation']['rule'] ?? null;
	}

	private static function customer( string $login, float $spent, int $orders ): int {
		$id = get_user_by( 'login', $login ) ? get_user_by( 'login', $login )->ID : wp_insert_user( array( 'user_login' => $login, 'user_pass' => 'pw-' . $login . '-123', 'user_email' => "$login@example.test", 'role' => 'customer' ) );
		for ( $i = 0; $i < $orders; $i++ ) {
			$n                                  = 9000 + $id * 10 + $i;
			$GLOBALS['wc_standin_orders'][ $n ] = new WC_Order( array( 'id' => $n, 'status' => 'completed', 'customer_id' => $id, 'email' => "$login@example.test", 'total' => $spent / $orders, 'created' => self::NOW - ( 40 + $i ) * DAY_IN_SECONDS ) );
		}
		return (int) $id;
	}

	// --- chat --------------------------------------------------------------------

	public function test_presets_invite_at_their_thresholds_not_a_second_before(): void {
		self::presets();
		$this->assertNull( $this->rule( array( 'pageType' => 'product', 'secondsOnPage' => 119 ) ) );
		$this->assertSame( 'product-dwell', $this->rule( array( 'pageType' => 'product', 'secondsOnPage' => 120 ) ) );
		$this->assertNull( $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 59 ) ) );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 60 ) ) );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'checkout', 'secondsOnPage' => 60 ) ) );
		$this->assertNull( $this->rule( array( 'pageType' => 'faq', 'secondsOnPage' => 44 ) ) );
		$this->assertSame( 'faq-search', $this->rule( array( 'pageType' => 'faq', 'secondsOnPage' => 45 ) ) );
		// When to ask again: the page asks at once and then when a rule can first hold.
		$first = $this->chat( array( 'pageType' => 'product', 'secondsOnPage' => 10 ) );
		$this->assertSame( array( 'invitation' => null, 'why' => 'no-rule', 'askAgainIn' => 110 ), $first->get_data() );
		$this->assertSame( 60, $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 0 ) )->get_data()['askAgainIn'] );
		$this->assertSame( 'no-store, max-age=0', $first->get_headers()['Cache-Control'] );
		// A threshold the merchant edited.
		update_option( 'shopcx_wc_chat_product_seconds', '30' );
		$this->assertSame( 'product-dwell', $this->rule( array( 'pageType' => 'product', 'secondsOnPage' => 30 ) ) );
		// Unticked: that preset is gone, the others stay.
		update_option( 'shopcx_wc_chat_preset_product', 'no' );
		$this->assertNull( $this->rule( array( 'pageType' => 'product', 'secondsOnPage' => 500 ) ) );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 60 ) ) );
	}

	public function test_cart_and_customer_come_from_the_server_not_the_page(): void {
		self::presets();
		// The product on the page is in the cart (looked up in WC()->cart): no product-dwell invitation.
		WC()->cart = self::two_line_cart();
		$visit     = shopcx_wc_chat_visit( array( 'pageType' => 'product', 'productId' => 41, 'cartValue' => 9999, 'addedToCart' => false, 'lifetimeValue' => 5000, 'segment' => 'vip' ) );
		$this->assertSame( array( 'pageType' => 'product', 'cartValue' => 20.0, 'cartItems' => 2, 'addedToCart' => true, 'segment' => 'guest' ), $visit );
		$this->assertNull( $this->rule( array( 'pageType' => 'product', 'productId' => 41, 'secondsOnPage' => 200 ) ) );
		$this->assertSame( 'product-dwell', $this->rule( array( 'pageType' => 'product', 'productId' => 77, 'secondsOnPage' => 200 ) ) );
		WC()->cart = null;

		// A guest claiming to be a big spender is not believed.
		$this->assertNull( $this->rule( array( 'pageType' => 'home', 'pagesViewed' => 1, 'lifetimeValue' => 5000, 'visitCount' => 9, 'segment' => 'returning' ) ) );
		// A returning customer whose orders (wc_get_orders through WC_Customer) add up to 800: invited on entering.
		wp_set_current_user( self::customer( 'vip', 800.0, 2 ) );
		$this->assertSame( array( 'segment' => 'returning', 'lifetimeValue' => 800.0, 'visitCount' => 3 ), shopcx_wc_chat_segment( get_current_user_id() ) );
		$this->assertSame( 'vip-returning', $this->rule( array( 'pageType' => 'home', 'pagesViewed' => 1 ) ) );
		$this->assertNull( $this->rule( array( 'pageType' => 'home', 'pagesViewed' => 2 ) ) ); // Not on entering.
		// One who spent 300: below the threshold; raise it and the VIP is below too.
		wp_set_current_user( self::customer( 'small', 300.0, 1 ) );
		$this->assertNull( $this->rule( array( 'pageType' => 'home', 'pagesViewed' => 1 ) ) );
		update_option( 'shopcx_wc_chat_vip_value', '250' );
		$this->assertSame( 'vip-returning', $this->rule( array( 'pageType' => 'home', 'pagesViewed' => 1 ) ) );
		// Registered without orders: new, no lifetime value.
		wp_set_current_user( self::customer( 'fresh', 0.0, 0 ) );
		$this->assertSame( array( 'segment' => 'new', 'lifetimeValue' => 0.0, 'visitCount' => 1 ), shopcx_wc_chat_segment( get_current_user_id() ) );
	}

	public function test_no_invitation_outside_the_service_hours_on_holidays_or_without_agents(): void {
		self::presets();
		$cases = array(
			'Tuesday 16:59'         => array( '2026-03-10 16:59', 'cart-dwell' ),
			'Tuesday 17:00'         => array( '2026-03-10 17:00', null ),
			'Tuesday 08:59'         => array( '2026-03-10 08:59', null ),
			'Saturday'              => array( '2026-03-14 12:00', null ),
			"King's Day (a Monday)" => array( '2026-04-27 12:00', null ),
		);
		foreach ( $cases as $name => list( $local, $rule ) ) {
			$this->now = self::local( $local );
			$this->assertSame( $rule, $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 600 ) ), $name );
		}
		$this->now = self::local( '2026-04-27 12:00' );
		$this->assertSame( 'holiday', $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 600 ) )->get_data()['why'] );
		// Saturday hours set: open then.
		update_option( 'shopcx_wc_chat_hours_sat', '10:00-14:00' );
		$this->now = self::local( '2026-03-14 12:00' );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 600 ) ) );
		// Monday emptied: closed on Mondays.
		update_option( 'shopcx_wc_chat_hours_mon', '' );
		$this->now = self::local( '2026-03-09 12:00' );
		$this->assertNull( $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 600 ) ) );
		// Before opening on a weekday, askAgainIn points at the opening (09:00): 30 minutes.
		$this->now = self::local( '2026-03-10 08:30' );
		$this->assertSame( 1800, $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 0 ) )->get_data()['askAgainIn'] );

		// No agents on duty: none; the chat software's filter overrides the setting both ways.
		$this->now = self::NOW;
		update_option( 'shopcx_wc_chat_agents', '0' );
		$this->assertSame( array( 'invitation' => null, 'why' => 'no-agents' ), $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 600 ) )->get_data() );
		add_filter( 'shopcx_wc_chat_team', fn( $team ) => array( 'agentsOnline' => 3 ) + $team );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 600 ) ) );
	}

	public function test_unknown_page_type_is_a_bad_request_and_the_expert_json_adds_rules(): void {
		self::presets();
		$bad = $this->chat( array( 'pageType' => 'nonsense', 'secondsOnPage' => 5 ) );
		$this->assertSame( 400, $bad->get_status() );
		// Expert rules come after the presets; their own hours replace the settings'.
		update_option( 'shopcx_wc_chat_rules', '{"version":1,"timezone":"Europe/Amsterdam","hours":{"sat":"08:00-22:00"},"rules":[{"name":"sale","kind":"opportunistic","priority":10,"when":{"pageType":"category","secondsOnPage":5}}]}' );
		$this->now = self::local( '2026-03-14 12:00' );
		$this->assertSame( 'sale', $this->rule( array( 'pageType' => 'category', 'secondsOnPage' => 5 ) ) );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 60 ) ) );
		$this->now = self::NOW; // Tuesday: not in the expert's hours.
		$this->assertNull( $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 60 ) ) );
		// Empty objects, which fromJson() accepts, mean "nothing set" (not a list fromArray() refuses).
		\ShopCx\Chat\Rules::fromJson( '{"version":1,"timezone":"Europe/Amsterdam","caps":{},"rules":[{"name":"x","trigger":"cartDwell","when":{}}]}' );
		update_option( 'shopcx_wc_chat_rules', '{"version":1,"timezone":"Europe/Amsterdam","caps":{},"rules":[{"name":"sale","kind":"opportunistic","when":{"pageType":"category","secondsOnPage":5}},{"name":"x","trigger":"crossSell","when":{}}]}' );
		$this->assertSame( 'sale', $this->rule( array( 'pageType' => 'category', 'secondsOnPage' => 5 ) ) );
	}

	public function test_settings_check_hours_and_thresholds(): void {
		get_role( 'administrator' )->add_cap( 'manage_woocommerce' );
		wp_set_current_user( 1 );
		$post = function ( array $fields ) {
			self::reset_settings_errors();
			$_POST             = $fields + array( '_wpnonce' => wp_create_nonce( 'woocommerce-settings' ) );
			$_REQUEST          = $_POST;
			foreach ( apply_filters( 'woocommerce_get_settings_pages', array() ) as $page ) {
				if ( $page instanceof ShopCx_WC_Settings ) {
					$page->save();
				}
			}
			return self::settings_errors();
		};
		$this->assertSame( array(), $post( array( 'shopcx_wc_chat_hours_mon' => ' 09:00-12:30 ,13:30-17:30 ', 'shopcx_wc_chat_hours_sun' => '', 'shopcx_wc_chat_preset_cart' => '1', 'shopcx_wc_chat_cart_seconds' => '90', 'shopcx_wc_chat_agents' => '2' ) ) );
		$this->assertSame( '09:00-12:30, 13:30-17:30', get_option( 'shopcx_wc_chat_hours_mon' ) );
		$this->assertSame( '', get_option( 'shopcx_wc_chat_hours_sun' ) );
		$this->assertSame( 'yes', get_option( 'shopcx_wc_chat_preset_cart' ) );
		$this->assertSame( '90', get_option( 'shopcx_wc_chat_cart_seconds' ) );
		$errors = $post( array( 'shopcx_wc_chat_hours_tue' => '9 to 5', 'shopcx_wc_chat_hours_wed' => '17:00-09:00' ) );
		$this->assertCount( 2, $errors );
		$this->assertStringStartsWith( 'Service hours on Tuesday: must be opening hours like 09:00-17:30', $errors[0] );
		$this->assertNull( get_option( 'shopcx_wc_chat_hours_tue', null ) );
		// The interactions secret is an administrator's: a shop manager gets no field, and a posted one is ignored.
		$this->assertSame( array(), $post( array( 'shopcx_wc_interaction_secret' => self::SECRET ) ) );
		$this->assertSame( self::SECRET, get_option( 'shopcx_wc_interaction_secret' ) );
		$this->assertSame( array( 'Signing secret: must be at least 32 characters.' ), $post( array( 'shopcx_wc_interaction_secret' => 'short' ) ) );
		$manager = wp_insert_user( array( 'user_login' => 'chat-service-manager', 'user_pass' => 'manager-pw-1', 'user_email' => 'chat-service-manager@example.test', 'role' => 'editor' ) ); // Other test files have a "manager".
		$this->assertIsInt( $manager );
		get_user_by( 'id', $manager )->add_cap( 'manage_woocommerce' );
		wp_set_current_user( $manager );
		$this->assertSame( array(), $post( array( 'shopcx_wc_interaction_secret' => str_repeat( 'm', 40 ) ) ) );
		$this->assertSame( self::SECRET, get_option( 'shopcx_wc_interaction_secret' ) );
		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( $manager );
	}

	// --- interactions ----------------------------------------------------------------

	private function report( array $event, ?string $signature = null, ?int $signed_at = null ): WP_REST_Response {
		$body    = wp_json_encode( $event );
		$request = new WP_REST_Request( 'POST', '/shopcx/v1/interaction' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( $body );
		$request->set_header( 'X-ShopCx-Signature', $signature ?? \ShopCx\Webhook\Client::sign( self::SECRET, $body, $signed_at ?? $this->now ) );
		return rest_do_request( $request );
	}

	private static function contact( string $id, array $data = array() ): array {
		return array(
			'id'   => $id,
			'type' => 'interaction.contact',
			'time' => self::NOW,
			'data' => $data + array( 'email' => 'Ann@Example.test', 'channel' => 'chat', 'case' => 'T-' . $id, 'opened' => '2026-03-10T13:00:00Z', 'firstResponseAt' => '2026-03-10T13:00:15Z', 'resolved' => self::NOW - 600, 'contacts' => 1, 'rating' => 5, 'friendly' => 5 ),
		);
	}

	public function test_signed_interactions_are_stored_once_and_refused_otherwise(): void {
		global $wpdb;
		$this->assertSame( 404, $this->report( self::contact( 'a1' ) )->get_status() ); // No secret: off.
		update_option( 'shopcx_wc_interaction_secret', self::SECRET );
		$ok = $this->report( self::contact( 'a1' ) );
		$this->assertSame( 200, $ok->get_status() );
		$this->assertSame( array( 'stored' => true ), $ok->get_data() );
		$this->assertSame( array( 'stored' => false ), $this->report( self::contact( 'a1' ) )->get_data() ); // A retry.
		$row = $wpdb->get_row( 'SELECT * FROM ' . shopcx_wc_interaction_table(), ARRAY_A );
		$this->assertSame( array( 'ann@example.test', 'chat', 'T-a1', '15', '1', '5', '5', (string) ( self::NOW - 600 ) ), array( $row['email'], $row['channel'], $row['case_ref'], $row['first_response'], $row['contacts'], $row['csat'], $row['friendly'], $row['resolved_at'] ) );

		$this->assertSame( 401, $this->report( self::contact( 'a2' ), 't=' . self::NOW . ',v1=' . str_repeat( '0', 64 ) )->get_status() );
		$this->assertSame( 401, $this->report( self::contact( 'a2' ), '' )->get_status() );
		$this->assertSame( 401, $this->report( self::contact( 'a2' ), null, self::NOW - 301 )->get_status() ); // Stale.
		$bad = $this->report( self::contact( 'a3', array( 'rating' => 6 ) ) );
		$this->assertSame( 400, $bad->get_status() );
		$this->assertSame( array( 'error' => 'data.rating must be an integer from 1 to 5' ), $bad->get_data() );
		$this->assertSame( 'data.email must be the customer\'s e-mail address', $this->report( self::contact( 'a4', array( 'email' => 'nobody' ) ) )->get_data()['error'] );
		$this->assertSame( 400, $this->report( array( 'id' => 'x', 'type' => 'order.status_changed', 'data' => array() ) )->get_status() );
		$this->assertSame( '1', $wpdb->get_var( 'SELECT COUNT(*) FROM ' . shopcx_wc_interaction_table() ) );

		// Rate limited like the other public routes (group "interaction").
		$_SERVER['REMOTE_ADDR'] = '203.0.113.9';
		add_filter( 'shopcx_rate_limit', fn( $rule, $group ) => 'interaction' === $group ? array( 'limit' => 2, 'window' => 60 ) : $rule, 10, 2 );
		$this->report( self::contact( 'r1' ) );
		$this->report( self::contact( 'r2' ) );
		$limited = $this->report( self::contact( 'r3' ) );
		$this->assertSame( 429, $limited->get_status() );
		unset( $_SERVER['REMOTE_ADDR'] );

		// Exported and erased with the customer's data.
		$export = shopcx_wc_privacy_export_interactions( 'ann@example.test' );
		$this->assertCount( 3, $export['data'] );
		$this->assertSame( 'Service contacts', $export['data'][0]['group_label'] );
		$this->assertContains( array( 'name' => 'channel', 'value' => 'chat' ), $export['data'][0]['data'] );
		$this->assertArrayHasKey( 'shopcx-woocommerce-interactions', apply_filters( 'wp_privacy_personal_data_exporters', array() ) );
		$eraser = apply_filters( 'wp_privacy_personal_data_erasers', array() )['shopcx-woocommerce']['callback'];
		$this->assertSame( 3, call_user_func( $eraser, 'ann@example.test', 1 )['items_removed'] ); // The cart-activity eraser takes them along.
		$this->assertSame( array(), shopcx_wc_privacy_export_interactions( 'ann@example.test' )['data'] );
	}

	public function test_chat_invitation_taken_up_is_recorded_for_a_customer(): void {
		$accept = function () {
			$request = new WP_REST_Request( 'POST', '/shopcx/v1/chat/accept' );
			return rest_do_request( $request )->get_data();
		};
		update_option( 'shopcx_wc_interaction_secret', self::SECRET );
		wp_set_current_user( self::customer( 'taker', 0.0, 0 ) );
		$this->assertSame( array( 'stored' => true ), $accept() );
		$this->assertSame( array( 'stored' => false ), $accept() ); // Posted again within the hour: nothing more.
		$this->now += HOUR_IN_SECONDS;
		$this->assertSame( array( 'stored' => true ), $accept() );
		$this->now = self::NOW;
		$row = shopcx_wc_interactions_of( 'taker@example.test' )[0];
		$this->assertSame( array( 'chat_invitation', 'chat' ), array( $row['source'], $row['channel'] ) );
		update_option( 'shopcx_wc_interaction_secret', '' );
		$this->assertSame( array( 'stored' => false ), $accept() ); // Interactions off: nothing stored.
	}

	/**
	 * Seen in WooCommerce 11.0.1 (attack pass, issue 24): a cross-site post of the accept with a
	 * logged-in customer's cookies but no REST nonce is served logged out, yet WooCommerce loads
	 * the customer's own session (keyed by their user id) and its customer with their address: the
	 * forged accept was recorded under customer@example.test. Such a session counts as a guest.
	 */
	public function test_a_registered_customers_session_without_their_login_is_not_recorded_as_them(): void {
		global $wpdb;
		update_option( 'shopcx_wc_interaction_secret', self::SECRET );
		$user = self::customer( 'forged', 0.0, 0 );
		wp_set_current_user( 0 ); // WordPress's rest_cookie_check_errors() without a nonce.
		WC()->session  = new WC_Session_Standin( (string) $user ); // WooCommerce: the session of user $user, from its cookie.
		WC()->customer = new WC_Customer( 0, true );
		WC()->customer->set_billing_email( 'forged@example.test' ); // Loaded from that session.
		$request = new WP_REST_Request( 'POST', '/shopcx/v1/chat/accept' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( wp_json_encode( array( 'visit' => str_repeat( 'ef', 16 ) ) ) );
		$this->assertSame( array( 'stored' => true ), rest_do_request( $request )->get_data() );
		$rows = $wpdb->get_results( 'SELECT email, customer_id FROM ' . shopcx_wc_interaction_table(), ARRAY_A );
		$this->assertCount( 1, $rows );
		$this->assertMatchesRegularExpression( '/^guest:[0-9a-f]{24}$/', $rows[0]['email'] );
		$this->assertSame( '0', (string) $rows[0]['customer_id'] );
		$this->assertSame( array(), shopcx_wc_interactions_of( 'forged@example.test' ) );
		// No session cookie (counted by the visit id), but WC()->customer made for the user the login cookie named.
		WC()->session  = new WC_Session_Standin( 't_fresh', false );
		WC()->customer = new WC_Customer( $user, true );
		WC()->customer->set_billing_email( 'forged@example.test' );
		$request->set_body( wp_json_encode( array( 'visit' => str_repeat( '12', 16 ) ) ) );
		$this->assertSame( array( 'stored' => true ), rest_do_request( $request )->get_data() );
		$this->assertSame( array(), shopcx_wc_interactions_of( 'forged@example.test' ) );
		$this->assertSame( 2, (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . shopcx_wc_interaction_table() . " WHERE email LIKE 'guest:%' AND customer_id = 0" ) );
	}

	/** Seen in the real shop: a guest's accepted invitation was not recorded (no address), so the chat KPIs only counted customers. */
	public function test_chat_invitation_taken_up_by_a_guest_is_recorded(): void {
		global $wpdb;
		$accept = function ( array $body = array() ) {
			$request = new WP_REST_Request( 'POST', '/shopcx/v1/chat/accept' );
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
			return rest_do_request( $request )->get_data();
		};
		update_option( 'shopcx_wc_interaction_secret', self::SECRET );
		$visit = str_repeat( 'ab12', 8 );
		// A guest without WooCommerce's session cookie: by the page's visit id, as a pseudonym.
		WC()->session  = new WC_Session_Standin( 't_random1', false );
		WC()->customer = new WC_Customer( 0, true );
		$this->assertSame( array( 'stored' => false ), $accept() ); // Neither a session nor a visit id: nothing to count by.
		$this->assertSame( array( 'stored' => false ), $accept( array( 'visit' => 'not hex' ) ) );
		$this->assertSame( array( 'stored' => true ), $accept( array( 'visit' => $visit ) ) );
		WC()->session = new WC_Session_Standin( 't_random2', false ); // A new random key next request: the visit id still matches.
		$this->assertSame( array( 'stored' => false ), $accept( array( 'visit' => $visit ) ) );
		$rows = $wpdb->get_results( 'SELECT * FROM ' . shopcx_wc_interaction_table(), ARRAY_A );
		$this->assertCount( 1, $rows );
		$this->assertMatchesRegularExpression( '/^guest:[0-9a-f]{24}$/', $rows[0]['email'] );
		$this->assertSame( array( 'chat_invitation', 'chat', '0' ), array( $rows[0]['source'], $rows[0]['channel'], $rows[0]['customer_id'] ) );
		$this->assertStringNotContainsString( $visit, wp_json_encode( $rows[0] ) ); // Only a keyed hash of it.
		// A guest with a session whose billing address is known (typed at the checkout): under that address, exported and erased with it.
		WC()->session  = new WC_Session_Standin( 't_guest42' );
		WC()->customer = new WC_Customer( 0, true );
		WC()->customer->set_billing_email( 'Guest@Example.test' );
		$this->assertSame( array( 'stored' => true ), $accept( array( 'visit' => str_repeat( 'cd', 16 ) ) ) );
		$this->assertSame( array( 'stored' => false ), $accept() ); // Same session, same hour.
		$this->assertCount( 1, shopcx_wc_interactions_of( 'guest@example.test' ) );
		$this->assertCount( 1, shopcx_wc_privacy_export_interactions( 'guest@example.test' )['data'] );
		// Both count in the KPIs and the badge's sample; the pseudonym is not looked up as an order customer.
		$kpis = shopcx_wc_service_kpis( self::NOW + 60 );
		$this->assertSame( 2, $kpis['total']['interactions'] );
		$this->assertSame( 2, $kpis['total']['customers'] );
		// Only for the chat's own event: a helpdesk cannot report a pseudonym.
		$this->expectException( InvalidArgumentException::class );
		shopcx_wc_interaction_row( 'zd-1', array( 'email' => 'guest:' . str_repeat( 'a', 24 ), 'channel' => 'chat' ), self::NOW );
	}

	/** The chat widget's own availability (Crisp's website:available, Tawk.to's status), as the page script reports it. */
	public function test_chat_widget_availability_overrides_the_agents_on_duty(): void {
		self::presets();
		update_option( 'shopcx_wc_chat_agents', '0' );
		$this->assertSame( 'no-agents', $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 60 ) )->get_data()['why'] );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 60, 'widgetOnline' => true ) ) );
		$this->assertSame( 'no-agents', $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 60, 'widgetOnline' => 'yes' ) )->get_data()['why'] ); // Not a boolean: ignored.
		update_option( 'shopcx_wc_chat_agents', '2' );
		$this->assertSame( 'cart-dwell', $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 60 ) ) );
		$this->assertSame( 'no-agents', $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 60, 'widgetOnline' => false ) )->get_data()['why'] );
		// Outside the service hours the widget's word changes nothing.
		$this->now = self::local( '2026-03-14 12:00' );
		$this->assertNull( $this->rule( array( 'pageType' => 'cart', 'secondsOnPage' => 600, 'widgetOnline' => true ) ) );
		// The server-side filter still has the last word.
		$this->now = self::NOW;
		add_filter( 'shopcx_wc_chat_team', fn( $team ) => array( 'agentsOnline' => 0 ) + $team );
		$this->assertSame( 'no-agents', $this->chat( array( 'pageType' => 'cart', 'secondsOnPage' => 60, 'widgetOnline' => true ) )->get_data()['why'] );
	}

	/** Seen in the real shop: behind a full-page cache a guest's page carried another visitor's (or a day-old) nonce, and WordPress answered the chat route 403. */
	public function test_chat_script_prints_no_nonce_for_guests_and_can_fetch_a_fresh_one(): void {
		self::presets();
		$config = function () {
			ob_start();
			shopcx_wc_chat_script();
			$html = (string) ob_get_clean();
			$this->assertMatchesRegularExpression( '/^<script>\(function\(c\)\{.*\}\)\(\{.*\}\);<\/script>$/s', trim( $html ) );
			preg_match( '/\}\)\((\{.*\})\);<\/script>/s', $html, $m );
			return json_decode( $m[1], true );
		};
		// Seen in the real shop: the shop page sent the product loop's last product as productId.
		$GLOBALS['product'] = new WC_Product( array( 'id' => 77 ) );
		$guest              = $config();
		unset( $GLOBALS['product'] );
		$this->assertNotSame( 'product', $guest['pageType'] );
		$this->assertSame( 0, $guest['productId'] );
		$this->assertSame( '', $guest['nonce'] );
		$this->assertStringEndsWith( '/wp-admin/admin-ajax.php?action=rest-nonce', $guest['nonceUrl'] );
		$this->assertStringEndsWith( 'shopcx/v1/chat', $guest['url'] );
		wp_set_current_user( self::customer( 'noncer', 0.0, 0 ) );
		$customer = $config();
		$this->assertSame( 1, wp_verify_nonce( $customer['nonce'], 'wp_rest' ) );
		// The script: a refused nonce (403) is replaced once, from the nonce URL, else dropped; the widget's status is sent.
		$js = shopcx_wc_chat_js();
		$this->assertStringContainsString( "r.status===403&&nonce&&!fresh", $js );
		$this->assertStringContainsString( "fetch(c.nonceUrl", $js );
		$this->assertStringContainsString( "w.is('website:available')", $js );
		$this->assertStringContainsString( "v.widgetOnline=o", $js );
		// Seen in the real shop: the 120-second ask went out at 124 s, askAgainIn counted from the (slow) answer, not from the ask.
		$this->assertStringContainsString( "Math.max(1,j.askAgainIn)*1000-(Date.now()-sent)", $js );
		$this->assertStringContainsString( "post(c.acceptUrl,{rule:i.rule,visit:st.vid})", $js );
	}

	public function test_kpis_per_week_and_channel_in_the_report_with_shopper_types(): void {
		update_option( 'shopcx_wc_interaction_secret', self::SECRET );
		self::customer( 'ann', 1200.0, 3 );
		$this->report( self::contact( 'k1' ) );
		$this->report( self::contact( 'k2', array( 'channel' => 'email', 'case' => 'T-k2', 'firstResponse' => 7200, 'resolved' => null, 'contacts' => 3 ) ) );
		$this->report( self::contact( 'k3', array( 'email' => 'bob@example.test', 'opened' => self::NOW - 8 * DAY_IN_SECONDS, 'firstResponseAt' => null, 'firstResponse' => 40 ) ) );
		$kpis = shopcx_wc_service_kpis( self::NOW );
		$this->assertSame( array( '2026-W10', '2026-W11' ), array_column( $kpis['weeks'], 'week' ) );
		$this->assertSame( array( 'chat', 'email' ), array_keys( $kpis['weeks'][1]['channels'] ) );
		$this->assertSame( array( 'volume' => 1, 'velocity' => 7200.0, 'firstContactResolution' => 0.0, 'contactsToResolve' => 3 ), $kpis['weeks'][1]['channels']['email'] );
		$this->assertSame( 3, $kpis['total']['interactions'] );
		$this->assertSame( 2, $kpis['total']['customers'] );
		$this->assertSame( 2, $kpis['shoppers']['relational'] + $kpis['shoppers']['transactional'] );
		$html = shopcx_wc_service_report_html( self::NOW );
		$this->assertStringContainsString( '3 contacts from 2 customers', $html );
		$this->assertStringContainsString( '<th scope="row">2026-W11</th><td>email</td><td>1</td><td>7,200</td><td>0%</td><td>3</td>', $html );
		$this->assertSame( 2, substr_count( $html, '<svg' ) );
		// Order data decides the type: ann (1,200 in orders, two contacts) is relational, bob transactional.
		$this->assertSame( array( 'relational' => 1, 'transactional' => 1 ), $kpis['shoppers'] );
	}

	public function test_badge_shows_past_the_minimum_sample_with_its_period_and_is_cached(): void {
		update_option( 'shopcx_wc_interaction_secret', self::SECRET );
		update_option( 'shopcx_wc_badge_min_sample', '3' );
		for ( $i = 1; $i <= 3; $i++ ) {
			$this->report( self::contact( "b$i", array( 'email' => "c$i@example.test", 'rating' => 5 === $i ? 1 : 5 ) ) );
		}
		$this->assertSame( '', shopcx_wc_badge_html() ); // Off by default.
		update_option( 'shopcx_wc_badge_enabled', 'yes' );
		update_option( 'shopcx_wc_badge_min_sample', '4' );
		$this->assertSame( '', shopcx_wc_badge_html() ); // 3 rated < 4.
		$this->report( self::contact( 'b4', array( 'email' => 'c4@example.test', 'rating' => 2, 'firstResponse' => 90, 'firstResponseAt' => null ) ) ); // Clears the cache.
		$html = shopcx_wc_badge_html();
		$this->assertStringContainsString( '<li>75% of customers satisfied with our service</li>', $html );
		$this->assertStringContainsString( '<li>75% of questions answered on time</li>', $html );
		$this->assertStringContainsString( 'From February 8, 2026 to March 10, 2026', $html );
		// Cached: a row written behind the plugin's back does not change it within the hour.
		$GLOBALS['wpdb']->insert( shopcx_wc_interaction_table(), array( 'event_id' => 'raw', 'email' => 'z@example.test', 'channel' => 'chat', 'opened_at' => self::NOW, 'csat' => 1, 'created_at' => self::NOW ) );
		$this->assertSame( $html, shopcx_wc_badge_html() );
		ob_start();
		do_action( 'woocommerce_after_cart_table' );
		$this->assertSame( $html, ob_get_clean() );
		$this->assertStringContainsString( 'shopcx-badge', apply_filters( 'render_block_woocommerce/cart', '<div>cart</div>' ) );
		// Seen in the real shop: the merchant raised the minimum sample above the contacts there are and the cached badge stayed
		// for up to an hour. A change of the badge's settings recomputes it at once.
		update_option( 'shopcx_wc_badge_min_sample', '6' );
		$this->assertSame( '', shopcx_wc_badge_html() );
		update_option( 'shopcx_wc_badge_min_sample', '4' );
		$this->assertStringContainsString( '<li>60% of customers satisfied with our service</li>', shopcx_wc_badge_html() ); // Now with the raw row.
		update_option( 'shopcx_wc_badge_days', '1' );
		$this->assertStringContainsString( 'From March 9, 2026 to March 10, 2026', shopcx_wc_badge_html() );
		update_option( 'shopcx_wc_badge_enabled', 'no' );
		$this->assertSame( '', shopcx_wc_badge_html() );
		update_option( 'shopcx_wc_badge_enabled', 'yes' );
		$this->assertNotSame( '', shopcx_wc_badge_html() );
	}

	// --- answer time ------------------------------------------------------------------

	public function test_answer_time_on_a_saturday_a_holiday_and_a_minute_before_closing(): void {
		update_option( 'shopcx_wc_chat_preset_cart', 'yes' ); // Chat invitations on: the chat sentence too.
		$texts = fn( string $local ) => array_column( shopcx_wc_answer_times( self::local( $local ) ), 'text' );
		$this->assertSame( array( 'Chat is open until 17:00.', 'E-mails sent now are answered on Monday 16 March at the latest.' ), $texts( '2026-03-13 16:59' ) ); // Friday, a minute before closing: 24 hours end on Saturday.
		$this->assertSame( array( 'Chat is open until 17:00.', 'We answer e-mails within 24 hours.' ), $texts( '2026-03-12 16:59' ) );
		$this->assertSame( array( 'Chat opens on Monday 16 March at 09:00.', 'E-mails sent now are answered on Monday 16 March at the latest.' ), $texts( '2026-03-14 12:00' ) );
		$this->assertSame( array( 'Chat opens tomorrow at 09:00.', 'We answer e-mails within 24 hours.' ), $texts( '2026-04-27 12:00' ) ); // King's Day.
		$this->assertSame( array( 'Chat opens on Monday 16 March at 09:00.', 'E-mails sent now are answered on Monday 16 March at the latest.' ), $texts( '2026-03-13 17:00' ) );
		// Without chat invitations only the e-mail promise; a shorter promise from the settings.
		update_option( 'shopcx_wc_chat_preset_cart', 'no' );
		update_option( 'shopcx_wc_chat_email_hours', '4' );
		shopcx_wc_reset();
		$this->assertSame( array( 'We answer e-mails within 4 hours.' ), $texts( '2026-03-13 12:00' ) );
		// The shortcodes, and the FAQ shortcode's page.
		$this->now = self::local( '2026-03-13 12:00' );
		$this->assertSame( '<div class="shopcx-answer-time"><p class="shopcx-answer-email">We answer e-mails within 4 hours.</p></div>', do_shortcode( '[shopcx_contact]' ) );
		$this->assertStringEndsWith( '<p class="shopcx-answer-email">We answer e-mails within 4 hours.</p></div>', do_shortcode( '[shopcx_faq]' ) );
	}
}
