<?php
/**
 * Issue 21, WooCommerce: the cart reminder is a WooCommerce e-mail (HTML or plain text, chosen
 * under WooCommerce > Settings > Emails) with the cart's items from its WooCommerce session, the
 * shop's help offers from the settings, the recovery and opt-out links and List-Unsubscribe; and the
 * survey choice has the conversation survey and a custom survey (Survey::fromJson()), whose form
 * renders and stores every kind of question. Against a real WordPress and MariaDB (WooCommerce: the
 * stand-in in stubs/).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class ReminderMailTest extends TestCase {

	/** 2026-03-10 14:00 UTC, a Tuesday. */
	const NOW = 1773151200;

	const HELP = array( 'shopcx_wc_help_free_returns', 'shopcx_wc_help_free_shipping', 'shopcx_wc_help_chat_hours', 'shopcx_wc_help_phone' );

	/** The price format of a Dutch shop (WooCommerce > Settings > General). */
	const DUTCH_PRICES = array( 'woocommerce_price_decimal_sep' => ',', 'woocommerce_price_thousand_sep' => '.', 'woocommerce_currency_pos' => 'left_space' );

	const CUSTOM = '{"id": "na-levering", "questions": [
		{"id": "sterren", "metric": "rating", "min": 1, "max": 10, "text": {"nl": "Hoeveel sterren geef je de <b>levering</b>?", "en": "How many stars for the delivery?"}},
		{"id": "opnieuw", "metric": "yesno", "text": {"nl": "Zou je opnieuw bij ons bestellen?", "en": "Would you order again?"}},
		{"id": "tip", "metric": "comment", "text": {"nl": "Wat kunnen we beter doen?", "en": "What could we do better?"}}
	]}';

	use ShopCx_WC_Test_Fixture;

	private static $attachment = 0;

	public static function setUpBeforeClass(): void {
		// switch_to_locale() only switches to an installed language: the switcher is told of the plugin's.
		add_filter( 'get_available_languages', fn( $languages ) => array_values( array_unique( array_merge( (array) $languages, array( 'nl_NL', 'nl_NL_formal' ) ) ) ) );
		$GLOBALS['wp_locale_switcher'] = new WP_Locale_Switcher();
		$GLOBALS['wp_locale_switcher']->init();
		self::$attachment = wp_insert_attachment( array( 'post_title' => 'laars', 'post_mime_type' => 'image/jpeg', 'post_status' => 'inherit' ), '2026/03/laars.jpg' );
	}

	public static function tearDownAfterClass(): void {
		wp_delete_attachment( self::$attachment, true );
	}

	protected function setUp(): void {
		global $wpdb;
		$_GET = $_POST = $_REQUEST = array();
		remove_all_filters( 'shopcx_wc_now' );
		add_filter( 'shopcx_wc_now', fn() => self::NOW );
		self::capture_mails();
		self::reset_settings_errors();
		wp_set_current_user( 0 );
		self::default_settings();
		foreach ( array_merge( self::HELP, array( 'shopcx_wc_survey_custom' ) ) as $option ) {
			delete_option( $option );
		}
		shopcx_wc_reset();
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_survey_table() );
		WC()->session = null; // A cron job: no visitor's session.
		$GLOBALS['wc_standin_products'][91] = new WC_Product( array( 'id' => 91, 'qty' => 5, 'name' => 'Regenjas', 'price' => '49.95' ) );
		$GLOBALS['wc_standin_products'][92] = new WC_Product( array( 'id' => 92, 'qty' => 5, 'type' => 'variable', 'name' => 'Laars', 'image' => self::$attachment ) );
		$GLOBALS['wc_standin_products'][93] = new WC_Product_Variation( array( 'id' => 93, 'qty' => 5, 'parent' => 92, 'name' => "Kinderlaars 'Stoer' & <img src=x onerror=alert(1)>rood", 'price' => '1234.5' ) );
		WC_Session_Standin::$stored = array(
			't_rem' => array(
				'cart' => serialize(
					array(
						'a' => array( 'key' => 'a', 'product_id' => 91, 'variation_id' => 0, 'variation' => array(), 'quantity' => 2 ),
						'b' => array( 'key' => 'b', 'product_id' => 92, 'variation_id' => 93, 'variation' => array( 'attribute_maat' => '32' ), 'quantity' => 1 ),
						'c' => array( 'key' => 'c', 'product_id' => 999, 'variation_id' => 0, 'variation' => array(), 'quantity' => 1 ), // No longer in the shop.
					)
				),
			),
		);
		$this->mail()->email_type = 'plain';
		$this->mail()->enabled    = 'yes';
	}

	protected function tearDown(): void {
		global $wpdb;
		restore_current_locale();
		foreach ( array_merge( self::HELP, array_keys( self::DUTCH_PRICES ), array( 'shopcx_wc_survey_custom' ) ) as $option ) {
			delete_option( $option );
		}
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_cart_table() ); // Later test files share the database.
		$wpdb->query( 'TRUNCATE ' . shopcx_wc_survey_table() );
		WC_Session_Standin::$stored = array();
		$this->mail()->email_type   = 'plain';
		$this->mail()->enabled      = 'yes';
		$_POST = $_REQUEST = array();
		wp_set_current_user( 0 );
	}

	private function mail(): ShopCx_WC_Email_Cart_Reminder {
		return WC()->mailer()->get_emails()['ShopCx_WC_Email_Cart_Reminder'];
	}

	private function post_settings( array $fields ): bool {
		$_POST             = $fields;
		$_POST['_wpnonce'] = wp_create_nonce( 'woocommerce-settings' );
		$_REQUEST          = $_POST;
		return $this->settings_page()->save();
	}

	/** A Dutch shop with every help offer, its prices in the Dutch format. */
	private static function dutch_shop(): void {
		foreach ( self::DUTCH_PRICES as $option => $value ) {
			update_option( $option, $value );
		}
		update_option( 'shopcx_wc_help_free_returns', '30' );
		update_option( 'shopcx_wc_help_free_shipping', '50.00' );
		update_option( 'shopcx_wc_help_chat_hours', 'ma-vr 9:00-17:00' );
		update_option( 'shopcx_wc_help_phone', '+31 20 123 4567' );
	}

	/** The reminder of cart t_rem (a consenting guest, idle two hours) as the job sends it. */
	private function reminder(): array {
		shopcx_wc_record_cart( 't_rem', array( 'items' => 4, 'value' => 1334.40, 'email' => 'anne@example.test', 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertCount( 1, self::$mails );
		return self::$mails[0];
	}

	/** The visible words of a mail (tags and URLs removed), to look for English. */
	private static function words( string $message ): string {
		$text = html_entity_decode( wp_strip_all_tags( $message ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		return (string) preg_replace( '#https?://\S+#', ' ', $text );
	}

	private static function assert_no_english( string $message ): void {
		$words = self::words( $message );
		foreach ( array( 'your', 'cart', 'items', 'item', 'left', 'kept', 'back', 'free', 'returns', 'shipping', 'orders', 'questions', 'happy', 'help', 'call', 'reminders', 'please', 'waiting' ) as $english ) {
			self::assertDoesNotMatchRegularExpression( '/\b' . $english . '\b/i', $words, "English \"$english\" in: $words" );
		}
	}

	private static function headers( array $mail ): string {
		return is_array( $mail['headers'] ) ? implode( "\r\n", $mail['headers'] ) : (string) $mail['headers'];
	}

	// --- the reminder mail ----------------------------------------------------------------

	public function test_the_reminder_is_a_woocommerce_email_with_its_templates(): void {
		$mail = $this->mail();
		$this->assertInstanceOf( WC_Email::class, $mail );
		$this->assertSame( array( 'shopcx_cart_reminder', true, 'emails/shopcx-cart-reminder.php', 'emails/plain/shopcx-cart-reminder.php' ), array( $mail->id, $mail->customer_email, $mail->template_html, $mail->template_plain ) );
		$this->assertFileExists( $mail->template_base . $mail->template_html );
		$this->assertFileExists( $mail->template_base . $mail->template_plain );
		// The type comes from the e-mail's settings, as WooCommerce's form under Settings > Emails saves them.
		update_option( 'woocommerce_shopcx_cart_reminder_settings', array( 'enabled' => 'yes', 'email_type' => 'html' ) );
		try {
			$this->assertSame( 'html', ( new ShopCx_WC_Email_Cart_Reminder() )->get_email_type() );
		} finally {
			delete_option( 'woocommerce_shopcx_cart_reminder_settings' );
		}
		$this->assertSame( 'plain', ( new ShopCx_WC_Email_Cart_Reminder() )->get_email_type() );
	}

	public function test_dutch_html_reminder_shows_the_items_help_offers_and_links_and_no_english(): void {
		self::dutch_shop();
		$this->assertTrue( switch_to_locale( 'nl_NL' ) );
		$this->mail()->email_type = 'html';
		$mail                     = $this->reminder();
		$html                     = $mail['message'];
		$headers                  = self::headers( $mail );

		$this->assertSame( 'anne@example.test', $mail['to'] );
		$this->assertSame( 'Je hebt nog iets in je winkelwagen bij ' . get_bloginfo( 'name' ), $mail['subject'] );
		$this->assertStringContainsString( 'Content-Type: text/html', $headers );
		$this->assertMatchesRegularExpression( '#List-Unsubscribe: <http://example\.test/\?shopcx_optout=v1\.[^>]+>#', $headers );
		// The items: picture (the variation shows its parent's; no picture: WooCommerce's placeholder), name, quantity, price.
		$this->assertStringContainsString( '<img src="' . esc_url( wp_get_attachment_image_url( self::$attachment, 'woocommerce_thumbnail' ) ) . '"', $html );
		$this->assertStringContainsString( '<img src="http://example.test/wp-content/plugins/woocommerce/assets/images/placeholder.png" alt="Regenjas"', $html );
		$this->assertStringContainsString( 'Regenjas<br><span style="font-size:small">2 ×</span>', $html );
		// The mail as sent: through WooCommerce's CSS inliner (WC_Email::send() -> style_inline()), which
		// writes the text's entities as characters (&euro; as €, &nbsp; as U+00A0, &#039; as ').
		$this->assertStringStartsWith( "<!DOCTYPE html>\n<html", $html );
		$this->assertStringContainsString( "€</span>\u{a0}99,90</span>", $html );
		$this->assertStringContainsString( "€</span>\u{a0}1.234,50</span>", $html );
		// A product name is the shop's: its markup removed, its text escaped.
		$this->assertStringContainsString( "Kinderlaars 'Stoer' &amp; rood<br>", $html );
		$this->assertStringNotContainsString( '<img src=x', $html );
		$this->assertStringNotContainsString( 'onerror', $html );
		$this->assertStringNotContainsString( 'Product 999', $html );
		// Texts in Dutch, the help offers from the settings, the links.
		$this->assertStringContainsString( 'Je hebt deze artikelen in je winkelwagen laten liggen. We hebben ze voor je bewaard:', $html );
		$this->assertMatchesRegularExpression( '#<a class="button" href="http://example\.test/cart/\?shopcx_cart=v1\.[^"]+"[^>]*>Terug naar je winkelwagen</a>#', $html );
		$this->assertStringContainsString( 'Vragen? We helpen je graag.', $html );
		$this->assertStringContainsString( '<li>Gratis retourneren binnen 30 dagen.</li>', $html );
		$this->assertStringContainsString( '<li>Gratis verzending bij bestellingen vanaf € 50,00.</li>', $html );
		$this->assertStringContainsString( '<li>Livechat: ma-vr 9:00-17:00</li>', $html );
		$this->assertStringContainsString( '<li><a href="tel:+31201234567">Bel ons: +31 20 123 4567</a></li>', $html );
		$this->assertMatchesRegularExpression( '#<a href="http://example\.test/\?shopcx_optout=v1\.[^"]+">Liever geen herinneringen meer</a>#', $html );
		self::assert_no_english( $html );
		// The recovery link restores this cart.
		preg_match( '#shopcx_cart=([^"&]+)#', $html, $m );
		$this->assertSame( 't_rem', shopcx_wc_verify_cart_link( rawurldecode( $m[1] ), 'cart', self::NOW ) );
	}

	public function test_dutch_plain_reminder_shows_the_same_in_text_and_no_english(): void {
		self::dutch_shop();
		$this->assertTrue( switch_to_locale( 'nl_NL' ) );
		$mail = $this->reminder();
		$text = $mail['message'];
		$this->assertStringContainsString( 'Content-Type: text/plain', self::headers( $mail ) );
		$this->assertStringContainsString( 'List-Unsubscribe: <http://example.test/?shopcx_optout=', self::headers( $mail ) );
		$this->assertStringStartsWith( "Je winkelwagen wacht op je\n\nJe hebt deze artikelen in je winkelwagen laten liggen.", $text );
		$this->assertStringContainsString( "2 × Regenjas: € 99,90\n", $text );
		$this->assertStringContainsString( "1 × Kinderlaars 'Stoer' & rood: € 1.234,50\n", $text ); // The apostrophe kept, the markup gone.
		$this->assertStringNotContainsString( '<', $text );
		$this->assertMatchesRegularExpression( '#Terug naar je winkelwagen:\s+http://example\.test/cart/\?shopcx_cart=v1\.\S+#', $text );
		$this->assertStringContainsString( "Vragen? We helpen je graag.\n- Gratis retourneren binnen 30 dagen.\n- Gratis verzending bij bestellingen vanaf € 50,00.\n- Livechat: ma-vr 9:00-17:00\n- Bel ons: +31 20 123 4567\n", $text );
		$this->assertMatchesRegularExpression( '#Geen herinneringen meer:\s+http://example\.test/\?shopcx_optout=v1\.\S+#', $text );
		self::assert_no_english( $text );
	}

	public function test_formal_dutch_says_u(): void {
		self::dutch_shop();
		$this->assertTrue( switch_to_locale( 'nl_NL_formal' ) );
		$text = (string) preg_replace( '/\s+/', ' ', $this->reminder()['message'] ); // Wrapped at 70 characters.
		$this->assertStringContainsString( 'U heeft deze artikelen in uw winkelwagen laten liggen. We hebben ze voor u bewaard:', $text );
		$this->assertMatchesRegularExpression( '#Terug naar uw winkelwagen:\s+http#', $text );
		$this->assertStringContainsString( 'Vragen? We helpen u graag.', $text );
		self::assert_no_english( $text );
	}

	public function test_without_the_session_the_count_and_value_and_without_help_offers_no_help_block(): void {
		WC_Session_Standin::$stored = array(); // WooCommerce keeps a session 48 hours: the third reminder (72 hours) finds none.
		$text = $this->reminder()['message'];
		$this->assertStringContainsString( 'You left 4 items (€1,334.40) in your cart. We kept them for you.', $text );
		$this->assertStringNotContainsString( 'Questions?', $text );
		$this->assertMatchesRegularExpression( '#No more reminders:\s+http://example\.test/\?shopcx_optout=v1\.\S+#', $text );
		$this->mail()->email_type = 'html';
		self::capture_mails();
		$GLOBALS['wpdb']->query( 'TRUNCATE ' . shopcx_wc_cart_table() );
		$GLOBALS['wpdb']->query( 'TRUNCATE ' . shopcx_wc_outreach_table() ); // Else the 12-hour cool-down holds the second one.
		$html = $this->reminder()['message'];
		$this->assertStringNotContainsString( '<table class="shopcx-cart-items"', $html );
		$this->assertStringNotContainsString( 'shopcx-help', $html );
	}

	public function test_a_switched_off_email_claims_and_sends_nothing_and_the_claim_holds_once(): void {
		global $wpdb;
		shopcx_wc_record_cart( 't_rem', array( 'items' => 1, 'value' => 10, 'email' => 'anne@example.test', 'consent' => true ), self::NOW - 2 * HOUR_IN_SECONDS );
		$this->mail()->enabled = 'no';
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertSame( '[]', $wpdb->get_var( 'SELECT reminders FROM ' . shopcx_wc_cart_table() ) );
		$this->mail()->enabled = 'yes';
		$this->assertSame( 1, shopcx_wc_send_cart_reminders( self::NOW ) );
		$this->assertSame( 0, shopcx_wc_send_cart_reminders( self::NOW ) ); // Claimed: never twice.
		$this->assertSame( '[' . self::NOW . ']', $wpdb->get_var( 'SELECT reminders FROM ' . shopcx_wc_cart_table() ) );
		$this->assertCount( 1, self::$mails );
	}

	public function test_the_email_preview_renders_without_a_cart(): void {
		$mail = new ShopCx_WC_Email_Cart_Reminder(); // As WooCommerce's preview builds it: no trigger().
		$html = $mail->get_content_html();
		$this->assertStringContainsString( 'You left 1 item (', $html );
		$this->assertStringContainsString( 'href="http://example.test/cart/"', $html );
	}

	// --- the help offers' settings ----------------------------------------------------------

	public function test_help_settings_are_saved_normalized_and_bad_values_keep_the_saved_ones(): void {
		$this->admin();
		$ids = array_column( $this->settings_page()->get_settings(), 'id' );
		foreach ( self::HELP as $id ) {
			$this->assertContains( $id, $ids );
		}
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_help_free_returns' => '30', 'shopcx_wc_help_free_shipping' => '49,95', 'shopcx_wc_help_chat_hours' => ' ma-vr <b>9-17</b> ', 'shopcx_wc_help_phone' => '+31 (0)20 123 4567' ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( '30', '49.95', 'ma-vr 9-17', '+31 (0)20 123 4567' ), array_map( 'get_option', self::HELP ) );

		$this->post_settings( array( 'shopcx_wc_help_free_returns' => '0', 'shopcx_wc_help_free_shipping' => '50 euro', 'shopcx_wc_help_chat_hours' => str_repeat( 'x', 101 ), 'shopcx_wc_help_phone' => 'call me' ) );
		$this->assertSame(
			array(
				'Free returns within (days): must be a whole number of days from 1 to 365, or empty.',
				'Free shipping from (amount): must be an amount such as 50 or 49.95, or empty.',
				'Live chat hours: at most 100 characters.',
				'Phone number: must be a phone number such as +31 20 123 4567, or empty.',
			),
			self::settings_errors()
		);
		$this->assertSame( array( '30', '49.95', 'ma-vr 9-17', '+31 (0)20 123 4567' ), array_map( 'get_option', self::HELP ) );
		foreach ( array( '-5', '1.999', '12345678', '1e3' ) as $bad ) {
			self::reset_settings_errors();
			$this->post_settings( array( 'shopcx_wc_help_free_shipping' => $bad ) );
			$this->assertCount( 1, self::settings_errors(), $bad );
			$this->assertSame( '49.95', get_option( 'shopcx_wc_help_free_shipping' ), $bad );
		}
		// Empty: not mentioned any more.
		self::reset_settings_errors();
		$this->post_settings( array_fill_keys( self::HELP, '' ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( '', '', '', '' ), array_map( 'get_option', self::HELP ) );
		$this->assertSame( array(), shopcx_wc_reminder_help() );
	}

	// --- the survey choice ---------------------------------------------------------------------

	public function test_the_survey_choice_offers_conversation_and_custom(): void {
		$this->admin();
		$fields = array_column( $this->settings_page()->get_settings(), null, 'id' );
		$this->assertSame( array( 'ces', 'nps', 'csat', 'effort', 'conversation', 'custom' ), array_keys( $fields['shopcx_wc_survey_type']['options'] ) );
		$this->assertSame( 'textarea', $fields['shopcx_wc_survey_custom']['type'] );
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_survey_type' => 'conversation' ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( 'conversation', shopcx_wc_survey_option( 'type' ) );
		$this->assertSame( 'conversation', shopcx_wc_survey( 'conversation' )->id() );
	}

	public function test_a_custom_survey_is_saved_only_when_the_extension_accepts_it_and_the_error_names_the_json_path(): void {
		$this->admin();
		update_option( 'shopcx_wc_survey_type', 'nps' );
		// Custom chosen without a JSON: refused, NPS stays.
		$this->post_settings( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => '' ) );
		$this->assertSame( array( 'The custom survey needs its JSON under "Custom survey (JSON)"; the survey was not changed.' ), self::settings_errors() );
		$this->assertSame( array( 'nps', '' ), array( get_option( 'shopcx_wc_survey_type' ), (string) get_option( 'shopcx_wc_survey_custom', '' ) ) );
		// A bad metric: the extension's message with its JSON path; nothing saved.
		$bad = str_replace( '"metric": "yesno"', '"metric": "stars"', self::CUSTOM );
		foreach (
			array(
				$bad                                        => 'Custom survey (JSON) not saved: $.questions[1].metric must be one of "effort", "ces", "nps", "csat", "rating", "yesno", "comment"',
				'{"id": "x", "questions": [}'               => 'Custom survey (JSON) not saved: ',
				'{"id": "x", "questions": [{"id": "a", "metric": "nps", "text": {"es": "?"}}]}' => 'Custom survey (JSON) not saved: $.questions[0].text must be keyed by "nl", "en", "de" or "fr"',
			) as $json => $message
		) {
			self::reset_settings_errors();
			$this->post_settings( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $json ) );
			$errors = self::settings_errors();
			$this->assertCount( 1, $errors, $json );
			$this->assertStringStartsWith( $message, $errors[0] );
			$this->assertMatchesRegularExpression( '/\$/', $errors[0] ); // Every message of fromJson() names a path ($...).
			$this->assertSame( array( 'nps', '' ), array( get_option( 'shopcx_wc_survey_type' ), (string) get_option( 'shopcx_wc_survey_custom', '' ) ), $json );
		}
		// A good one: both saved, the survey is the merchant's.
		self::reset_settings_errors();
		$this->assertTrue( $this->post_settings( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => self::CUSTOM ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( 'custom', trim( self::CUSTOM ) ), array( get_option( 'shopcx_wc_survey_type' ), get_option( 'shopcx_wc_survey_custom' ) ) );
		shopcx_wc_reset();
		$this->assertSame( 'na-levering', shopcx_wc_survey( 'custom' )->id() );
		// Later a broken edit, or emptying it while chosen: the saved survey stays.
		self::reset_settings_errors();
		$this->post_settings( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $bad ) );
		$this->post_settings( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => '' ) );
		$errors = self::settings_errors();
		$this->assertCount( 2, $errors );
		$this->assertStringStartsWith( 'Custom survey (JSON) not saved: $.questions[1].metric must be one of', $errors[0] );
		$this->assertSame( 'Custom survey (JSON) not saved: it cannot be empty while the custom survey is chosen.', $errors[1] );
		$this->assertSame( array( 'custom', trim( self::CUSTOM ) ), array( get_option( 'shopcx_wc_survey_type' ), get_option( 'shopcx_wc_survey_custom' ) ) );
	}

	/** A survey row of an invited order, and the token of its link. */
	private static function invited( int $order_id, string $type ): string {
		$GLOBALS['wpdb']->insert( shopcx_wc_survey_table(), array( 'order_id' => $order_id, 'email' => "o$order_id@example.test", 'survey' => $type, 'status' => 'sent', 'created_at' => self::NOW, 'due_at' => self::NOW, 'expires_at' => self::NOW + 30 * DAY_IN_SECONDS, 'sent_at' => self::NOW ) );
		parse_str( (string) wp_parse_url( shopcx_wc_survey_links( $order_id, $type, self::NOW )['survey'], PHP_URL_QUERY ), $query );
		return $query['shopcx_survey'];
	}

	private static function answers( int $order_id ): ?string {
		return $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( 'SELECT answers FROM ' . shopcx_wc_survey_table() . ' WHERE order_id = %d', $order_id ) );
	}

	public function test_the_conversation_survey_form_renders_in_the_register_and_stores_the_answers(): void {
		update_option( 'shopcx_wc_survey_type', 'conversation' );
		$this->assertTrue( switch_to_locale( 'nl_NL_formal' ) );
		$token = self::invited( 701, 'conversation' );
		$html  = shopcx_wc_survey_response( 'GET', $token, array(), self::NOW )['html'];
		$survey = \ShopCx\Effort\Survey::conversation();
		foreach ( $survey->questions( 'nl', 'formal' ) as $q ) {
			$this->assertStringContainsString( '>' . esc_html( $q['text'] ) . '</', $html, $q['id'] );
		}
		$this->assertStringContainsString( '<input type="radio" name="answers[solved]" value="1" required> ja</label>', $html );
		$this->assertStringContainsString( '<input type="radio" name="answers[solved]" value="0" required> nee</label>', $html );
		restore_current_locale();
		$this->assertTrue( switch_to_locale( 'nl_NL' ) );
		$informal = shopcx_wc_survey_response( 'GET', $token, array(), self::NOW )['html'];
		foreach ( $survey->questions( 'nl', 'informal' ) as $q ) {
			$this->assertStringContainsString( '>' . esc_html( $q['text'] ) . '</', $informal, $q['id'] );
		}
		$post = array( '_wpnonce' => wp_create_nonce( 'shopcx_survey' ), 'answers' => array( 'friendly' => '5', 'informed' => '4', 'solved' => '1', 'comment' => 'Snel geholpen.' ) );
		$this->assertSame( 200, shopcx_wc_survey_response( 'POST', $token, $post, self::NOW )['status'] );
		$this->assertSame( '{"friendly":5,"informed":4,"solved":true,"comment":"Snel geholpen."}', self::answers( 701 ) );
		// The report counts it and charts each scale.
		$report = shopcx_wc_report_html( self::NOW + 60 );
		$this->assertStringContainsString( '<h3>Gesprek: vriendelijk, goed geïnformeerd (elk 1-5), opgelost (ja/nee)</h3><p>1 reactie.</p>', $report );
		$this->assertStringContainsString( '<h4>Hoe vriendelijk werd je geholpen? (gemiddelde, 1-5)</h4>', $report );
	}

	public function test_a_custom_survey_is_mailed_rendered_escaped_and_stored(): void {
		update_option( 'shopcx_wc_survey_custom', self::CUSTOM );
		update_option( 'shopcx_wc_survey_type', 'custom' );
		update_option( 'shopcx_wc_survey_enabled', 'yes' );
		$this->assertTrue( switch_to_locale( 'nl_NL' ) );
		// The invitation names its first question.
		$GLOBALS['wc_standin_orders'][702] = new WC_Order( array( 'id' => 702, 'status' => 'completed', 'email' => 'o702@example.test' ) );
		$this->assertTrue( WC()->mailer()->get_emails()['ShopCx_WC_Email_Survey']->trigger( 702, 'custom' ) );
		$this->assertStringContainsString( "Hoeveel sterren geef je de levering?\n", end( self::$mails )['message'] ); // Plain text: the merchant's words, the markup stripped.
		$token = self::invited( 702, 'custom' );
		$html  = shopcx_wc_survey_response( 'GET', $token, array(), self::NOW )['html'];
		$this->assertStringContainsString( '<legend>Hoeveel sterren geef je de &lt;b&gt;levering&lt;/b&gt;?</legend>', $html ); // The merchant's text, escaped.
		$this->assertStringContainsString( '<input type="radio" name="answers[sterren]" value="10" required> 10</label>', $html );
		$this->assertStringContainsString( '<legend>Zou je opnieuw bij ons bestellen?</legend>', $html );
		$this->assertStringContainsString( 'value="0" required> nee</label>', $html );
		$this->assertStringContainsString( '<label for="shopcx-q-tip">Wat kunnen we beter doen?</label>', $html );
		$post = array( '_wpnonce' => wp_create_nonce( 'shopcx_survey' ), 'answers' => array( 'sterren' => '11', 'opnieuw' => '1' ) );
		$this->assertSame( 400, shopcx_wc_survey_response( 'POST', $token, $post, self::NOW )['status'] ); // Off its scale.
		$post['answers']['sterren'] = '9';
		$post['answers']['tip']     = '<script>x</script> Sneller bezorgen';
		$this->assertSame( 200, shopcx_wc_survey_response( 'POST', $token, $post, self::NOW )['status'] );
		$this->assertSame( array( 'sterren' => 9, 'opnieuw' => true, 'tip' => '<script>x</script> Sneller bezorgen' ), json_decode( self::answers( 702 ), true ) );
		$report = shopcx_wc_report_html( self::NOW + 60 );
		$this->assertStringContainsString( 'Hoeveel sterren geef je de levering? (gemiddelde, 1-10)', $report );
		$this->assertStringNotContainsString( '<script>x', $report ); // The comment is escaped there.
	}

	public function test_a_custom_survey_with_backslashes_is_shown_as_stored_and_an_unchanged_save_keeps_it(): void {
		// Seen in a real WooCommerce 11: WC_Admin_Settings::get_option() runs stripslashes() on what the
		// form shows, so 'Tip \"ons\"' came back as 'Tip "ons"' and the next save of the tab, for any
		// other field, was refused: "$ is not valid JSON".
		$this->admin();
		$json = str_replace( '"Wat kunnen we beter doen?"', '"Tip \\"ons\\" \\u0026 \\\\ <jou>"', self::CUSTOM );
		$this->assertNotNull( json_decode( $json ) );
		$this->assertTrue( $this->post_settings( wp_slash( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $json ) ) ) ); // The browser's post, slashed as WordPress slashes $_POST.
		$this->assertSame( trim( $json ), get_option( 'shopcx_wc_survey_custom' ) );
		$shown = null;
		foreach ( $this->settings_page()->get_settings() as $field ) {
			if ( 'shopcx_wc_survey_custom' === ( $field['id'] ?? '' ) ) {
				$shown = $field['value'] ?? WC_Admin_Settings::get_option( $field['id'], $field['default'] ); // What WooCommerce's form prints.
			}
		}
		$this->assertSame( trim( $json ), $shown );
		$this->assertNotSame( $shown, WC_Admin_Settings::get_option( 'shopcx_wc_survey_custom' ) ); // WooCommerce's own reading would lose the backslashes.
		// The merchant changes the delay only and saves: the form posts the JSON as shown.
		self::reset_settings_errors();
		$this->assertTrue( $this->post_settings( wp_slash( array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $shown, 'shopcx_wc_survey_delay' => '5' ) ) ) );
		$this->assertSame( array(), self::settings_errors() );
		$this->assertSame( array( trim( $json ), '5' ), array( get_option( 'shopcx_wc_survey_custom' ), get_option( 'shopcx_wc_survey_delay' ) ) );
		// Every other text area of the tab is shown as stored too (chat rules JSON, stock texts, synonyms, ...).
		update_option( 'shopcx_wc_closed_dates', 'a\\b' );
		foreach ( $this->settings_page()->get_settings() as $field ) {
			if ( 'textarea' === ( $field['type'] ?? '' ) ) {
				$this->assertSame( (string) get_option( $field['id'], $field['default'] ?? '' ), $field['value'] ?? null, $field['id'] );
			}
		}
		delete_option( 'shopcx_wc_closed_dates' );
		delete_option( 'shopcx_wc_survey_delay' );
	}

	public function test_a_custom_surveys_comment_answers_are_in_the_report_under_its_name(): void {
		// Seen in a real WooCommerce 11: the report listed only answers with the id "comment", so the
		// README example's "tip" was stored and shown nowhere; its heading said "(the JSON below)".
		update_option( 'shopcx_wc_survey_custom', self::CUSTOM );
		update_option( 'shopcx_wc_survey_type', 'custom' );
		update_option( 'shopcx_wc_survey_enabled', 'yes' );
		$GLOBALS['wc_standin_orders'][704] = new WC_Order( array( 'id' => 704, 'status' => 'completed', 'email' => 'o704@example.test' ) );
		$this->assertTrue( WC()->mailer()->get_emails()['ShopCx_WC_Email_Survey']->trigger( 704, 'custom' ) );
		$token = self::invited( 704, 'custom' );
		$post  = array( '_wpnonce' => wp_create_nonce( 'shopcx_survey' ), 'answers' => array( 'sterren' => '8', 'opnieuw' => '1', 'tip' => 'Sneller <i>leveren</i>' ) );
		$this->assertSame( 200, shopcx_wc_survey_response( 'POST', $token, $post, self::NOW )['status'] );
		$this->admin();
		$report = shopcx_wc_report_html( self::NOW + 60 );
		$this->assertStringContainsString( '<h3>Custom survey &quot;na-levering&quot;</h3>', $report );
		$this->assertStringNotContainsString( 'the JSON below', $report );
		$this->assertMatchesRegularExpression( '#<li><strong>[^<]+ \(na-levering\)</strong> Sneller &lt;i&gt;leveren&lt;/i&gt;</li>#', $report );
	}

	public function test_plain_survey_and_review_invitations_keep_apostrophes(): void {
		// esc_html() wrote ' as &#039;, which WooCommerce's plain-text conversion (WC_Email::$plain_search,
		// as the stand-in's) drops: "zo'n" arrived as "zon".
		update_option( 'shopcx_wc_survey_custom', str_replace( 'Hoeveel sterren geef je de <b>levering</b>?', "Hoe vond je zo'n levering?", self::CUSTOM ) );
		update_option( 'shopcx_wc_survey_type', 'custom' );
		update_option( 'shopcx_wc_survey_enabled', 'yes' );
		$this->assertTrue( switch_to_locale( 'nl_NL' ) );
		$GLOBALS['wc_standin_orders'][703] = new WC_Order( array( 'id' => 703, 'status' => 'completed', 'email' => 'o703@example.test' ) );
		$this->assertTrue( WC()->mailer()->get_emails()['ShopCx_WC_Email_Survey']->trigger( 703, 'custom' ) );
		$this->assertStringContainsString( "Hoe vond je zo'n levering?\n", end( self::$mails )['message'] );
	}

	public function test_a_custom_survey_edited_into_something_invalid_offers_no_form_and_breaks_no_report(): void {
		update_option( 'shopcx_wc_survey_custom', '{"id": "broken"' ); // Edited in the database: the settings never save it.
		update_option( 'shopcx_wc_survey_type', 'custom' );
		$this->assertNull( shopcx_wc_survey( 'custom' ) );
		$token = self::invited( 703, 'custom' );
		$this->assertSame( 403, shopcx_wc_survey_response( 'GET', $token, array(), self::NOW )['status'] );
		$this->assertStringContainsString( 'Customer service report', shopcx_wc_report_html( self::NOW ) );
	}
}
