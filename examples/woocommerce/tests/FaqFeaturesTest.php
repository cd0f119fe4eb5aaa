<?php
/**
 * FAQ extras (issue 21): synonyms per language, click popularity, autocomplete, related questions
 * from co-views, the log of unanswered searches and unknown words, starter entries, rebuilds.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
use PHPUnit\Framework\TestCase;

final class FaqFeaturesTest extends TestCase {

	use ShopCx_WC_Test_Fixture;

	/** A small Dutch shop FAQ: title => answer. */
	const NL = array(
		'Hoe kan ik een artikel retourneren?'               => 'Meld je retour aan via het formulier en stuur het pakket binnen 14 dagen op.',
		'Wat zijn de verzendkosten?'                        => 'Verzending is gratis vanaf 50 euro, daaronder kost een pakket 4,95.',
		'Verzenden jullie ook naar België?'                 => 'Ja, het pakket wordt in België binnen twee werkdagen bezorgd.',
		'Wanneer wordt mijn pakket bezorgd?'                => 'Bestel je voor 22:00, dan wordt het pakket de volgende werkdag bezorgd.',
		'Hoe kan ik betalen?'                               => 'Je betaalt met iDEAL, creditcard of achteraf met een factuur.',
		'Kan ik mijn bestelling annuleren?'                 => 'Zolang het pakket nog niet verzonden is, kun je de bestelling annuleren.',
		'Wanneer krijg ik mijn geld terug na een retour?'   => 'Binnen 14 dagen nadat het retourpakket binnen is, storten we het bedrag terug.',
		'Wat doen jullie met mijn persoonsgegevens?'        => 'We gebruiken je gegevens alleen voor je bestelling; lees de privacyverklaring.',
	);

	/** @var array<string, int> title => post id */
	private static $ids = array();

	protected function setUp(): void {
		global $wpdb;
		self::reset_settings_errors();
		$_POST    = array();
		$_GET     = array();
		$_REQUEST = array();
		unset( $_SERVER['REMOTE_ADDR'] );
		wp_set_current_user( 0 );
		self::default_settings();
		foreach ( array( 'nl', 'en', 'de', 'fr' ) as $lang ) {
			delete_option( 'shopcx_wc_faq_synonyms_' . $lang );
		}
		foreach ( array( 'clicks', 'coviews', 'misses' ) as $t ) {
			$wpdb->query( "TRUNCATE {$wpdb->prefix}shopcx_faq_$t" );
		}
		delete_option( 'shopcx_wc_faq_clicks_dirty' );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_rebuild' );
		wp_clear_scheduled_hook( 'shopcx_wc_faq_popularity' );
		if ( class_exists( 'Action_Scheduler_Standin' ) ) { // run.sh runs this file with the Action Scheduler stand-in too.
			Action_Scheduler_Standin::reset();
		}
		remove_all_filters( 'determine_locale' );
		remove_all_filters( 'shopcx_rate_limit' );
		remove_all_filters( 'shopcx_wc_faq_inline_max' );
		remove_all_filters( 'shopcx_wc_faq_log_cap' );
		add_filter( 'determine_locale', fn() => 'nl_NL' ); // A Dutch visitor (and a Dutch admin below).
		// The Dutch FAQ, fresh for every test (every other entry removed).
		foreach ( get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'any', 'posts_per_page' => -1, 'fields' => 'ids' ) ) as $id ) {
			wp_delete_post( $id, true );
		}
		self::$ids = array();
		foreach ( self::NL as $q => $a ) {
			self::$ids[ $q ] = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => $q, 'post_content' => $a ) );
		}
	}

	protected function tearDown(): void {
		remove_all_filters( 'determine_locale' );
		remove_all_filters( 'locale' );
		remove_all_filters( 'shopcx_rate_limit' );
		unset( $_SERVER['REMOTE_ADDR'] );
		wp_set_current_user( 0 );
		foreach ( array( 'nl', 'de', 'fr' ) as $lang ) { // The other test files know the English index only.
			wp_delete_file( shopcx_wc_faq_path( $lang ) );
			delete_option( 'shopcx_wc_faq_missing_' . $lang );
		}
	}

	/**
	 * When the pending jobs of a hook run: Action Scheduler's queue when the plugin has it, else WP-Cron's.
	 *
	 * @return list<int>
	 */
	private static function scheduled( string $hook ): array {
		if ( class_exists( 'Action_Scheduler_Standin' ) ) {
			$this_cron = array_filter( _get_cron_array() ?: array(), fn( $hooks ) => isset( $hooks[ $hook ] ) );
			self::assertSame( array(), $this_cron, "$hook went to WP-Cron beside Action Scheduler" );
			return array_values( array_column( Action_Scheduler_Standin::pending( $hook ), 'at' ) );
		}
		return array_keys( array_filter( _get_cron_array() ?: array(), fn( $hooks ) => isset( $hooks[ $hook ] ) ) );
	}

	/** A client address no earlier run counted (the rate limit's counts outlive the test process). */
	private static function fresh_client(): string {
		return sprintf( '2001:db8::%x:%x', wp_rand( 1, 0xffff ), wp_rand( 1, 0xffff ) );
	}

	private static function rest( string $method, string $route, array $params = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $params ) );
		}
		return rest_ensure_response( rest_do_request( $request ) );
	}

	private static function first_hit( string $q ): ?int {
		$hits = self::rest( 'GET', '/shopcx/v1/faq', array( 'q' => $q ) )->get_data()['hits'];
		return $hits ? (int) $hits[0]['id'] : null;
	}

	// --- synonyms ----------------------------------------------------------------------------

	public function test_dutch_starter_synonyms_find_the_returns_entry_for_terugsturen_and_retouren(): void {
		$returns = self::$ids['Hoe kan ik een artikel retourneren?'];
		$this->assertFileExists( shopcx_wc_faq_path( 'nl' ) ); // Built when the entries were saved.
		$this->assertSame( $returns, self::first_hit( 'terugsturen' ) );
		$this->assertSame( $returns, self::first_hit( 'artikel retouren' ) );
		$this->assertSame( $returns, self::first_hit( 'hoe kan ik iets terugsturen' ) );
		$this->assertSame( self::$ids['Wanneer wordt mijn pakket bezorgd?'], self::first_hit( 'levering pakket' ) );
		// Without synonyms "terugsturen" is a word no entry has.
		update_option( 'shopcx_wc_faq_synonyms_nl', '# none' );
		$this->assertNull( self::first_hit( 'terugsturen' ) );
	}

	public function test_every_language_has_a_starter_set_shopcx_accepts_and_the_settings_show_it(): void {
		foreach ( array( 'nl', 'en', 'de', 'fr' ) as $lang ) {
			$parsed = shopcx_wc_faq_parse_synonyms( shopcx_wc_faq_default_synonyms( $lang ), $lang );
			$this->assertSame( array(), $parsed['bad'], $lang );
			$this->assertGreaterThanOrEqual( 10, count( $parsed['groups'] ), $lang );
		}
		$this->assertContains( array( 'Rücksendung', 'zurückschicken', 'Retoure', 'retournieren', 'zurücksenden', 'Rückgabe' ), shopcx_wc_faq_synonyms( 'de' ) );
		$this->assertSame( array( 'livraison', 'expédition', 'envoi', 'livrer', 'expédier', 'expédié', 'livré' ), shopcx_wc_faq_synonyms( 'fr' )[1] );
		$fields = array();
		foreach ( $this->settings_page()->get_settings() as $field ) {
			$fields[ $field['id'] ?? '' ] = $field;
		}
		$this->assertSame( 'textarea', $fields['shopcx_wc_faq_synonyms_nl']['type'] );
		$this->assertStringStartsWith( 'retour, retourneren, terugsturen, retouren', $fields['shopcx_wc_faq_synonyms_nl']['default'] );
	}

	public function test_saving_synonyms_reports_bad_lines_keeps_everything_and_rebuilds_the_index(): void {
		$this->admin();
		$text  = "retour, retourneren, terugsturen, retouren\nkortingscode\nsend back, return\nkado, cadeau\n\n  bon ; waardebon  ";
		$_POST = array(
			'shopcx_wc_faq_synonyms_nl' => $text,
			'_wpnonce'                  => wp_create_nonce( 'woocommerce-settings' ),
		);
		$_REQUEST = $_POST;
		$this->assertTrue( $this->settings_page()->save() );
		$errors = self::settings_errors();
		$this->assertCount( 2, $errors, implode( ' | ', $errors ) );
		$this->assertStringContainsString( 'FAQ synonyms (Dutch): line 2 "kortingscode" needs at least two words', $errors[0] );
		$this->assertStringContainsString( 'line 3 "send back, return" "send back" is more than one word', $errors[1] );
		$this->assertStringContainsString( 'kept but not used until fixed', $errors[1] );
		// Nothing lost: every line is stored as typed (trimmed), the good ones are used.
		$this->assertSame( "retour, retourneren, terugsturen, retouren\nkortingscode\nsend back, return\nkado, cadeau\nbon ; waardebon", get_option( 'shopcx_wc_faq_synonyms_nl' ) );
		$this->assertSame( array( array( 'retour', 'retourneren', 'terugsturen', 'retouren' ), array( 'kado', 'cadeau' ), array( 'bon', 'waardebon' ) ), shopcx_wc_faq_synonyms( 'nl' ) );
		// The save rebuilt the Dutch index: "kado" now finds nothing it did not, "terugsturen" still works.
		$this->assertSame( self::$ids['Hoe kan ik een artikel retourneren?'], self::first_hit( 'terugsturen' ) );
		$this->assertNull( self::first_hit( 'levering' ) ); // The starter line with "levering" is gone.
		// A shop manager without the nonce changes nothing.
		$_POST    = array( 'shopcx_wc_faq_synonyms_nl' => 'a, b' );
		$_REQUEST = $_POST;
		$this->assertFalse( $this->settings_page()->save() );
		$this->assertStringStartsWith( 'retour, retourneren, terugsturen', get_option( 'shopcx_wc_faq_synonyms_nl' ) );
	}

	// --- rebuilds ------------------------------------------------------------------------------

	public function test_a_large_faq_is_rebuilt_by_one_job_not_in_the_saving_request(): void {
		$path = shopcx_wc_faq_path( 'nl' );
		add_filter( 'shopcx_wc_faq_inline_max', fn() => 3 ); // As if the FAQ had more than 200 entries.
		$before = (string) file_get_contents( $path );
		$inode  = fileinode( $path );
		$id     = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Kan ik een cadeaubon gebruiken?', 'post_content' => 'Ja, vul de code in bij het afrekenen.' ) );
		wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Hebben jullie een winkel?', 'post_content' => 'Nee, we verkopen alleen online.' ) );
		clearstatcache();
		$this->assertSame( $before, (string) file_get_contents( $path ), 'rebuilt in the saving request' );
		$this->assertNull( self::first_hit( 'cadeaubon' ) );
		$this->assertCount( 1, self::scheduled( 'shopcx_wc_faq_rebuild' ) ); // One job for both saves.
		do_action( 'shopcx_wc_faq_rebuild' );
		clearstatcache();
		$this->assertSame( $id, self::first_hit( 'cadeaubon' ) );
		$this->assertNotSame( $inode, fileinode( $path ), 'the mapped file was rewritten in place, not replaced' );
	}

	public function test_an_english_admin_saving_an_entry_also_rebuilds_the_dutch_index(): void {
		add_filter( 'locale', fn() => 'nl_NL' ); // A Dutch shop, its index not built yet.
		wp_delete_file( shopcx_wc_faq_path( 'nl' ) );
		remove_all_filters( 'determine_locale' );
		add_filter( 'determine_locale', fn() => 'en_US' ); // The admin's profile language.
		$id = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Kan ik een cadeaubon gebruiken?', 'post_content' => 'Ja, vul de code in bij het afrekenen.' ) );
		remove_all_filters( 'determine_locale' );
		add_filter( 'determine_locale', fn() => 'nl_NL' ); // Before: only an English index was built.
		remove_all_filters( 'locale' );
		$this->assertSame( $id, self::first_hit( 'cadeaubon' ) );
	}

	public function test_an_entry_in_another_language_stays_out_of_this_language_s_index(): void {
		$en = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Do you sell gift vouchers?', 'post_content' => 'Yes, in the shop.', 'meta_input' => array( 'shopcx_faq_lang' => 'en' ) ) );
		update_option( 'shopcx_wc_faq_synonyms_nl', shopcx_wc_faq_default_synonyms( 'nl' ) . "\nvouchers, bonnen" ); // Any change rebuilds.
		$this->assertNull( self::first_hit( 'vouchers' ) );
		remove_all_filters( 'determine_locale' );
		add_filter( 'determine_locale', fn() => 'en_US' );
		shopcx_wc_faq_rebuild( 'en' );
		$this->assertSame( $en, self::first_hit( 'vouchers' ) );
	}

	// --- autocomplete ---------------------------------------------------------------------------

	public function test_suggest_route_completes_verz_with_the_shipping_questions(): void {
		$r = self::rest( 'GET', '/shopcx/v1/faq/suggest', array( 'q' => 'verz' ) );
		$this->assertSame( 200, $r->get_status() );
		$list = $r->get_data()['suggestions'];
		$this->assertContains( 'Wat zijn de verzendkosten?', $list );
		$this->assertContains( 'Verzenden jullie ook naar België?', $list );
		$this->assertNotContains( 'Hoe kan ik betalen?', $list );
		$this->assertSame( array(), self::rest( 'GET', '/shopcx/v1/faq/suggest', array( 'q' => '   ' ) )->get_data()['suggestions'] );
		$this->assertSame( 400, self::rest( 'GET', '/shopcx/v1/faq/suggest' )->get_status() );
		// Rate limited like the search (its own group).
		$_SERVER['REMOTE_ADDR'] = self::fresh_client();
		add_filter( 'shopcx_rate_limit', fn( $rule, $group ) => 'faq_suggest' === $group ? array( 'limit' => 2, 'window' => 60 ) : $rule, 10, 2 );
		$this->assertSame( 200, self::rest( 'GET', '/shopcx/v1/faq/suggest', array( 'q' => 'verz' ) )->get_status() );
		$this->assertSame( 200, self::rest( 'GET', '/shopcx/v1/faq/suggest', array( 'q' => 'verz' ) )->get_status() );
		$this->assertSame( 429, self::rest( 'GET', '/shopcx/v1/faq/suggest', array( 'q' => 'verz' ) )->get_status() );
		$this->assertSame( 200, self::rest( 'GET', '/shopcx/v1/faq', array( 'q' => 'verz' ) )->get_status() ); // Other groups go on.
	}

	public function test_the_search_box_is_an_aria_combobox_with_its_listbox(): void {
		$html = do_shortcode( '[shopcx_faq]' );
		$this->assertMatchesRegularExpression( '#<input type="search" name="faq_q" value=""[^>]* role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="(shopcx-faq-suggest-\d+)" autocomplete="off">#', $html );
		preg_match( '#aria-controls="([^"]+)"#', $html, $m );
		$this->assertStringContainsString( '<ul class="shopcx-faq-suggest" id="' . $m[1] . '" role="listbox" aria-label="Suggested questions" hidden></ul>', $html );
		$this->assertStringContainsString( 'aria-label="Search the FAQ"', $html );
		$this->assertStringContainsString( 'data-shopcx-faq-suggest="' . esc_url( rest_url( 'shopcx/v1/faq/suggest' ) ) . '"', $html );
		$this->assertNotSame( $m[1], preg_match( '#aria-controls="([^"]+)"#', do_shortcode( '[shopcx_faq]' ), $n ) ? $n[1] : '' ); // Two forms, two ids.
	}

	// --- clicks, popularity, co-views, related ---------------------------------------------------

	public function test_a_click_is_counted_rate_limited_and_only_for_a_published_entry(): void {
		global $wpdb;
		$ship = self::$ids['Wat zijn de verzendkosten?'];
		$r    = self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $ship ) );
		$this->assertSame( 200, $r->get_status() );
		self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $ship ) );
		$this->assertSame( array( $ship => 2 ), shopcx_wc_faq_clicks() );
		$draft = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'draft', 'post_title' => 'Concept', 'post_content' => 'x' ) );
		$page  = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Over ons', 'post_content' => 'x' ) );
		foreach ( array( $draft, $page, 999999 ) as $bad ) {
			$this->assertSame( 404, self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $bad ) )->get_status() );
		}
		$this->assertSame( 400, self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => 'x' ) )->get_status() );
		$this->assertSame( 1, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}shopcx_faq_clicks" ) );
		$_SERVER['REMOTE_ADDR'] = self::fresh_client();
		add_filter( 'shopcx_rate_limit', fn( $rule, $group ) => 'faq_click' === $group ? array( 'limit' => 1, 'window' => 60 ) : $rule, 10, 2 );
		$this->assertSame( 200, self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $ship ) )->get_status() );
		$this->assertSame( 429, self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $ship ) )->get_status() );
		$this->assertSame( array( $ship => 3 ), shopcx_wc_faq_clicks() );
		wp_delete_post( $ship, true ); // A deleted entry takes its counts along.
		$this->assertSame( array(), shopcx_wc_faq_clicks() );
	}

	public function test_clicks_reach_the_index_through_the_scheduled_popularity_job(): void {
		$a = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Cadeaubon inwisselen', 'post_content' => 'In de winkelwagen.' ) );
		$b = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Cadeaubon inwisselen', 'post_content' => 'In de winkelwagen.' ) );
		$this->assertSame( $a, self::first_hit( 'cadeaubon' ) ); // Equal text: the older id first.
		for ( $i = 0; $i < 30; $i++ ) {
			shopcx_wc_faq_record_click( $b );
		}
		$this->assertSame( $a, self::first_hit( 'cadeaubon' ) ); // Not in the visitor's request.
		$when = self::scheduled( 'shopcx_wc_faq_popularity' );
		$this->assertCount( 1, $when ); // Once, within the hour.
		$this->assertGreaterThan( time() + 3000, $when[0] );
		do_action( 'shopcx_wc_faq_popularity' );
		$this->assertSame( $b, self::first_hit( 'cadeaubon' ) );
		$this->assertFalse( get_option( 'shopcx_wc_faq_clicks_dirty' ) );
	}

	public function test_co_views_are_recorded_per_visit_and_lift_related_questions(): void {
		$returns = self::$ids['Hoe kan ik een artikel retourneren?'];
		$refund  = self::$ids['Wanneer krijg ik mijn geld terug na een retour?'];
		$pay     = self::$ids['Hoe kan ik betalen?'];
		$swap    = wp_insert_post( array( 'post_type' => 'shopcx_faq', 'post_status' => 'publish', 'post_title' => 'Kan ik een artikel ruilen?', 'post_content' => 'Ruilen kan binnen 14 dagen: meld het artikel aan via het formulier.' ) );
		$plain   = shopcx_wc_faq_related( $returns );
		$this->assertSame( array( $swap, $refund ), array_column( $plain, 'id' ) ); // Content alone.
		$this->assertSame( 'Wanneer krijg ik mijn geld terug na een retour?', $plain[1]['question'] );
		$this->assertSame( get_permalink( $refund ), $plain[1]['url'] );
		// Visits: the refund entry opened after the returns entry, over and over.
		for ( $i = 0; $i < 5; $i++ ) {
			$this->assertSame( 200, self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $refund, 'seen' => array( $returns, 999999, $refund ) ) )->get_status() );
		}
		self::rest( 'POST', '/shopcx/v1/faq/click', array( 'id' => $pay, 'seen' => array( $returns ) ) );
		$this->assertSame( array( (string) $refund => 5, (string) $pay => 1 ), shopcx_wc_faq_coviews( $returns ) );
		$this->assertSame( array( (string) $returns => 5 ), shopcx_wc_faq_coviews( $refund ) );
		$with = shopcx_wc_faq_related( $returns );
		$this->assertSame( array( $refund, $swap ), array_column( $with, 'id' ), 'co-views did not lift the entry' );
		$this->assertGreaterThan( $plain[1]['score'] * 1.5, $with[0]['score'] );
		$this->assertNotContains( $pay, array_column( $with, 'id' ) ); // Co-views boost what is related, they make nothing related.
	}

	public function test_an_opened_answer_shows_its_related_questions_and_counts_the_visit(): void {
		$returns = self::$ids['Hoe kan ik een artikel retourneren?'];
		$this->go_to_entry( $returns );
		$html = apply_filters( 'the_content', '<p>Antwoord</p>' );
		$this->leave_entry();
		$this->assertStringContainsString( 'data-shopcx-faq-entry="' . $returns . '"', $html );
		$this->assertMatchesRegularExpression( '#<nav class="shopcx-faq-related" aria-labelledby="shopcx-faq-related-' . $returns . '"><h2 id="shopcx-faq-related-' . $returns . '">Related questions</h2><ul><li><a href="[^"]+" data-shopcx-faq-id="' . self::$ids['Wanneer krijg ik mijn geld terug na een retour?'] . '">Wanneer krijg ik mijn geld terug na een retour\?</a></li>#', $html );
		$this->assertTrue( wp_script_is( 'shopcx-faq-search', 'enqueued' ) );
		// Elsewhere (a page's own content, outside the loop) nothing is added.
		$this->assertStringNotContainsString( 'shopcx-faq', apply_filters( 'the_content', '<p>x</p>' ) );
		$page = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Over ons', 'post_content' => 'x' ) );
		$this->go_to_entry( $page, 'page' );
		$html = apply_filters( 'the_content', '<p>x</p>' );
		$this->leave_entry();
		$this->assertStringNotContainsString( 'shopcx-faq', $html );
	}

	private function go_to_entry( int $id, string $type = 'shopcx_faq' ): void {
		global $wp_query, $wp_the_query, $post;
		$wp_query     = new WP_Query( array( 'p' => $id, 'post_type' => $type ) );
		$wp_the_query = $wp_query;
		$wp_query->the_post();
		$this->assertTrue( in_the_loop() && is_singular( $type ) );
	}

	private function leave_entry(): void {
		global $wp_query, $wp_the_query;
		$wp_query->rewind_posts();
		wp_reset_postdata();
		$wp_query->in_the_loop = false;
		$wp_query     = new WP_Query();
		$wp_the_query = $wp_query;
	}

	// --- the log of unanswered searches and unknown words -----------------------------------------

	private static function log_rows(): array {
		global $wpdb;
		return $wpdb->get_results( "SELECT kind, lang, term, hits FROM {$wpdb->prefix}shopcx_faq_misses ORDER BY kind, term", ARRAY_A );
	}

	public function test_finished_unanswered_searches_and_unknown_words_are_logged_normalized(): void {
		// Typing (the instant search) logs nothing; the pause (POST /faq/log) and a submitted form do.
		self::rest( 'GET', '/shopcx/v1/faq', array( 'q' => 'kortingscode' ) );
		$this->assertSame( array(), self::log_rows() );
		$this->assertSame( 200, self::rest( 'POST', '/shopcx/v1/faq/log', array( 'q' => 'Kortingscode  WERKT niet' ) )->get_status() );
		self::rest( 'POST', '/shopcx/v1/faq/log', array( 'q' => 'kortingscode werkt niet' ) );
		self::rest( 'POST', '/shopcx/v1/faq/log', array( 'q' => 'pakket retourneren kortingscode' ) ); // Answered: the word only.
		$this->assertSame(
			array(
				array( 'kind' => 'query', 'lang' => 'nl', 'term' => 'kortingscode werkt niet', 'hits' => '2' ),
				array( 'kind' => 'word', 'lang' => 'nl', 'term' => 'kortingscode', 'hits' => '3' ),
				array( 'kind' => 'word', 'lang' => 'nl', 'term' => 'werkt', 'hits' => '2' ),
			),
			self::log_rows()
		);
		$_GET['faq_q'] = 'Wachtwoord 2026-12345 van jan.jansen@example.com vergeten';
		$this->assertStringContainsString( 'No answer found', do_shortcode( '[shopcx_faq]' ) );
		$terms = array_column( self::log_rows(), 'term' );
		$this->assertContains( 'wachtwoord # van vergeten', $terms ); // No address, no order number.
		foreach ( $terms as $term ) {
			$this->assertStringNotContainsString( 'jansen', $term );
			$this->assertStringNotContainsString( '12345', $term );
		}
		// A block's preset question is the merchant's, not a visitor's search.
		unset( $_GET['faq_q'] );
		do_blocks( '<!-- wp:shopcx/faq {"query":"zzqx onbekend"} /-->' );
		$this->assertNotContains( 'zzqx onbekend', array_column( self::log_rows(), 'term' ) );
		$this->assertSame( '', shopcx_wc_faq_normalize( '12345 @@ ---' ) );
		$this->assertSame( 400, self::rest( 'POST', '/shopcx/v1/faq/log', array( 'q' => str_repeat( 'a', 1001 ) ) )->get_status() );
	}

	public function test_the_log_is_capped_at_its_most_recent_rows(): void {
		add_filter( 'shopcx_wc_faq_log_cap', fn() => 3 );
		foreach ( array( 'aaa', 'bbb', 'ccc', 'ddd', 'eee' ) as $i => $word ) {
			shopcx_wc_faq_log_term( 'word', 'nl', $word );
			$GLOBALS['wpdb']->query( $GLOBALS['wpdb']->prepare( "UPDATE {$GLOBALS['wpdb']->prefix}shopcx_faq_misses SET last_seen = %d WHERE term = %s", 1000 + $i, $word ) );
		}
		$this->assertSame( array( 'ccc', 'ddd', 'eee' ), array_column( self::log_rows(), 'term' ) );
	}

	public function test_the_admin_log_escapes_what_visitors_typed_and_is_cleared_only_with_nonce_and_capability(): void {
		global $wpdb;
		self::rest( 'POST', '/shopcx/v1/faq/log', array( 'q' => '"><svg onload=alert(1)> kortingscode' ) );
		$wpdb->insert( $wpdb->prefix . 'shopcx_faq_misses', array( 'kind' => 'query', 'lang' => 'nl', 'term' => '<script>alert(2)</script>', 'hits' => 7, 'first_seen' => 1, 'last_seen' => 1773151200 ) );
		$this->admin();
		ob_start();
		shopcx_wc_faq_searches_page();
		$html = (string) ob_get_clean();
		$this->assertStringNotContainsString( '<script>alert', $html );
		$this->assertStringNotContainsString( '<svg', $html );
		$this->assertStringContainsString( '<td>&lt;script&gt;alert(2)&lt;/script&gt;</td><td>nl</td><td>7</td>', $html );
		$this->assertStringContainsString( '<td>kortingscode</td>', $html );
		$this->assertStringContainsString( 'name="action" value="shopcx_wc_faq_clear_log"', $html );
		$this->assertStringContainsString( 'name="_wpnonce" value="' . wp_create_nonce( 'shopcx_wc_faq_clear_log' ) . '"', $html );

		$_POST = array( '_wpnonce' => 'nope' );
		$this->assertStringContainsString( 'expired', shopcx_wc_faq_clear_log() );
		$customer = wp_insert_user( array( 'user_login' => 'faq-customer-' . wp_rand(), 'user_pass' => wp_generate_password(), 'role' => 'customer' ) );
		wp_set_current_user( $customer );
		$_POST = array( '_wpnonce' => wp_create_nonce( 'shopcx_wc_faq_clear_log' ) );
		$this->assertSame( 'You are not allowed to do this.', shopcx_wc_faq_clear_log() );
		$this->assertNotEmpty( self::log_rows() );
		$this->admin();
		$_POST = array( '_wpnonce' => wp_create_nonce( 'shopcx_wc_faq_clear_log' ) );
		$this->assertSame( '', shopcx_wc_faq_clear_log() );
		$this->assertSame( array(), self::log_rows() );
	}

	// --- starter entries -------------------------------------------------------------------------

	public function test_starter_entries_are_drafts_in_the_shop_s_language_and_form_of_address_made_once(): void {
		$starter = fn() => get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'any', 'posts_per_page' => -1, 'meta_key' => 'shopcx_faq_starter' ) );
		$this->assertSame( array(), $starter() ); // Never automatically: not on activation, not on saving.
		$policy = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Privacyverklaring', 'post_content' => 'x' ) );
		update_option( 'wp_page_for_privacy_policy', $policy );
		$ids = shopcx_wc_faq_create_starter_entries( 'nl', 'formal' );
		delete_option( 'wp_page_for_privacy_policy' );
		$this->assertCount( 6, $ids );
		$posts = $starter();
		$this->assertSame( array( 'draft' ), array_values( array_unique( wp_list_pluck( $posts, 'post_status' ) ) ) );
		$titles = wp_list_pluck( $posts, 'post_title' );
		$this->assertContains( 'Hoe kan ik een artikel retourneren?', $titles );
		$this->assertContains( 'Wat gebeurt er met mijn persoonsgegevens?', $titles );
		$privacy = get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'draft', 'meta_key' => 'shopcx_faq_starter', 'meta_value' => 'privacy:nl' ) )[0];
		$this->assertStringEndsWith( '<p><a href="' . esc_url( get_permalink( $policy ) ) . '">Privacyverklaring</a></p>', $privacy->post_content );
		$this->assertSame( 'nl', get_post_meta( $privacy->ID, 'shopcx_faq_lang', true ) );
		$text = implode( ' ', wp_list_pluck( $posts, 'post_content' ) );
		$this->assertMatchesRegularExpression( '/\bu\b.*\buw\b/', $text );
		$this->assertDoesNotMatchRegularExpression( '/\b(je|jij|jouw)\b/i', $text );
		$this->assertSame( array(), shopcx_wc_faq_create_starter_entries( 'nl', 'formal' ) ); // Pressed again: nothing new.
		// Published and edited, it is the merchant's entry, searchable like any.
		$returns = get_posts( array( 'post_type' => 'shopcx_faq', 'post_status' => 'draft', 'title' => 'Hoe kan ik een artikel retourneren?', 'meta_key' => 'shopcx_faq_starter' ) )[0];
		wp_update_post( array( 'ID' => $returns->ID, 'post_status' => 'publish', 'post_content' => 'Binnen 30 dagen.' ) );
		$this->assertStringContainsString( '30 dagen', get_post( $returns->ID )->post_content );
		$hits = wp_list_pluck( self::rest( 'GET', '/shopcx/v1/faq', array( 'q' => 'terugsturen' ) )->get_data()['hits'], 'id' );
		$this->assertContains( $returns->ID, $hits );

		$informal = implode( ' ', array_column( shopcx_wc_faq_starter_entries( 'nl', 'informal' ), 1 ) );
		$this->assertMatchesRegularExpression( '/\bje\b/', $informal );
		$this->assertDoesNotMatchRegularExpression( '/\b(u|uw)\b/', $informal );
		$this->assertMatchesRegularExpression( '/\bSie\b.*\bIhre\b/', implode( ' ', array_column( shopcx_wc_faq_starter_entries( 'de', 'formal' ), 1 ) ) );
		$this->assertDoesNotMatchRegularExpression( '/\b(Sie|Ihre|Ihnen)\b/', implode( ' ', array_column( shopcx_wc_faq_starter_entries( 'de', 'informal' ), 1 ) ) );
		$this->assertDoesNotMatchRegularExpression( '/\b(vous|votre|vos)\b/', implode( ' ', array_column( shopcx_wc_faq_starter_entries( 'fr', 'informal' ), 1 ) ) );
		foreach ( array( 'en', 'de', 'fr' ) as $lang ) {
			$this->assertSame( array( 'product', 'status', 'payment', 'shipping', 'returns', 'privacy' ), array_keys( shopcx_wc_faq_starter_entries( $lang, 'formal' ) ) );
		}
		// The shop's locale decides (as the plugin's translations: nl_NL je, nl_NL_formal u), not the admin's.
		$this->assertSame( 'formal', shopcx_wc_faq_register() ); // en_US.
		foreach ( array( 'nl_NL' => 'informal', 'nl_NL_formal' => 'formal', 'de_DE' => 'informal', 'de_DE_formal' => 'formal', 'fr_FR' => 'formal', 'fr_FR_informal' => 'informal' ) as $locale => $register ) {
			add_filter( 'locale', fn() => $locale );
			$this->assertSame( $register, shopcx_wc_faq_register(), $locale );
			remove_all_filters( 'locale' );
		}
	}
}
