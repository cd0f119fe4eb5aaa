<?php
/**
 * Must-use plugin of the attack pass only (installed by the run.sh lines that start attack.php):
 * the test theme prints a product's permalink as a plain post, without WooCommerce's
 * single-product template, so the hook that template fires under the summary (where the plugin
 * prints its review form) is fired here, as WooCommerce's template would.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
// On the WooCommerce stand-in (CI) or the real WooCommerce: the real one has its own product
// template, settings save, products, orders and sessions, so the stand-in's parts below are skipped.
const SHOPCX_ATTACK_STANDIN = 'WC_Session_Standin';
add_filter(
	'the_content',
	function ( $content ) {
		if ( ! class_exists( SHOPCX_ATTACK_STANDIN ) || ! is_singular( 'product' ) || ! in_the_loop() ) {
			return $content;
		}
		ob_start();
		do_action( 'woocommerce_after_single_product_summary' );
		return $content . ob_get_clean();
	},
	20
);

// --- The shop manager and WooCommerce's settings page (issue 24: hostile settings) -----------------
// WooCommerce's role (manage_woocommerce, not manage_options) and one user of it, made on first use.
add_action(
	'init',
	function () {
		if ( ! get_role( 'shop_manager' ) ) {
			add_role( 'shop_manager', 'Shop manager', array( 'read' => true, 'manage_woocommerce' => true ) );
		}
		if ( ! get_user_by( 'login', 'manager' ) ) {
			wp_insert_user( array( 'user_login' => 'manager', 'user_pass' => 'manager-password-1', 'user_email' => 'manager@example.test', 'role' => 'shop_manager' ) );
		}
	},
	1
);
// The settings form's save as WooCommerce 11.0.1 does it (stand-in only; the real one runs its own):
// WC_Admin_Menus::save_settings() on wp_loaded for admin.php?page=wc-settings with "save" posted;
// WC_Admin_Settings::save() first refuses a user without manage_woocommerce (wp_die, 403, "You do
// not have permission to save settings."), then checks the nonce (woocommerce-settings) and fires
// woocommerce_settings_save_<tab>; the page then shows WC_Admin_Settings::show_messages()'s
// <div id="message" class="error inline"> per error, else the "updated" one.
add_action(
	'wp_loaded',
	function () {
		if ( ! class_exists( SHOPCX_ATTACK_STANDIN ) || ! is_admin() || 'wc-settings' !== ( $_GET['page'] ?? '' ) || empty( $_POST['save'] ) ) {
			return;
		}
		if ( ! current_user_can( 'manage_woocommerce' ) ) {
			wp_die( esc_html__( 'You do not have permission to save settings.', 'woocommerce' ), 403 );
		}
		check_admin_referer( 'woocommerce-settings' );
		apply_filters( 'woocommerce_get_settings_pages', array() ); // The pages hook their save actions.
		do_action( 'woocommerce_settings_save_' . sanitize_key( $_GET['tab'] ?? '' ) );
		$errors = ( new ReflectionProperty( 'WC_Admin_Settings', 'errors' ) )->getValue();
		$shown  = $errors ? array_map( fn( $e ) => '<div id="message" class="error inline"><p><strong>' . esc_html( $e ) . '</strong></p></div>', $errors ) : array( '<div id="message" class="updated inline"><p><strong>Your settings have been saved.</strong></p></div>' );
		wp_die( implode( '', $shown ), 'Settings', array( 'response' => 200 ) );
	}
);
add_action(
	'admin_menu',
	fn() => class_exists( SHOPCX_ATTACK_STANDIN ) && add_menu_page( 'WooCommerce settings', 'WooCommerce', 'manage_woocommerce', 'wc-settings', fn() => print( '<form method="post">' . wp_nonce_field( 'woocommerce-settings', '_wpnonce', true, false ) . '<input type="hidden" name="save" value="1"></form>' ) )
);
// ?shopcx_attack_nonce=1: the logged-in user's own woocommerce-settings nonce, as any page that
// prints the form would give it (a customer's is valid for the customer: the plugin's own
// capability check is what refuses their save).
add_action(
	'template_redirect',
	function () {
		if ( isset( $_GET['shopcx_attack_nonce'] ) && is_user_logged_in() ) {
			nocache_headers();
			exit( wp_create_nonce( 'woocommerce-settings' ) );
		}
	},
	1
);

// --- Cart reminders through the real job (issue 24) ---------------------------------------------
// Two abandoned carts, mail-a and mail-b, with WooCommerce sessions (kept in memory by the stand-in,
// so set on every request: the recovery links restore from them), hostile product names.
const SHOPCX_ATTACK_NAME = '"\'><img src=x onerror=alert(71)><script>alert(72)</script><svg onload=alert(73)>zqxj" autofocus onfocus="alert(74)';
add_action(
	'init',
	function () {
		if ( ! class_exists( SHOPCX_ATTACK_STANDIN ) ) { // The real WooCommerce: products 9711/9712 are the seed's; the two sessions rows of its table.
			global $wpdb;
			foreach ( array( 'mail-a' => array( 'a', 9711, 2 ), 'mail-b' => array( 'b', 9712, 1 ) ) as $key => list( $line, $product, $qty ) ) {
				$wpdb->replace( $wpdb->prefix . 'woocommerce_sessions', array( 'session_key' => $key, 'session_value' => serialize( array( 'cart' => serialize( array( $line => array( 'key' => $line, 'product_id' => $product, 'variation_id' => 0, 'variation' => array(), 'quantity' => $qty ) ) ) ) ), 'session_expiry' => time() + DAY_IN_SECONDS ) );
			}
			return;
		}
		$GLOBALS['wc_standin_products'][9711] = new WC_Product( array( 'id' => 9711, 'qty' => 5, 'name' => 'A-coat ' . SHOPCX_ATTACK_NAME . " Kid's\r\nBcc: evil@example.test", 'price' => '49.95' ) );
		$GLOBALS['wc_standin_products'][9712] = new WC_Product( array( 'id' => 9712, 'qty' => 5, 'name' => 'B-boots only-in-b', 'price' => '19.00' ) );
		WC_Session_Standin::$stored['mail-a'] = array( 'cart' => serialize( array( 'a' => array( 'key' => 'a', 'product_id' => 9711, 'variation_id' => 0, 'variation' => array(), 'quantity' => 2 ) ) ) );
		WC_Session_Standin::$stored['mail-b'] = array( 'cart' => serialize( array( 'b' => array( 'key' => 'b', 'product_id' => 9712, 'variation_id' => 0, 'variation' => array(), 'quantity' => 1 ) ) ) );
		if ( isset( $_GET['shopcx_attack_show_cart'] ) ) { // A fresh visitor (on the real WooCommerce: a request without cookies is one) with an empty cart opening a recovery link.
			WC()->session = new WC_Session_Standin( 'visitor-' . wp_generate_password( 8, false ) );
			WC()->cart    = new WC_Cart_Standin( array() );
		}
	}
);
// ?shopcx_cart=...&shopcx_attack_show_cart=1: after the plugin restored the cart, the lines' product ids.
add_action(
	'template_redirect',
	function () {
		if ( isset( $_GET['shopcx_attack_show_cart'] ) ) {
			nocache_headers();
			wp_send_json( array_values( array_map( fn( $l ) => (int) $l['product_id'], WC()->cart ? WC()->cart->get_cart() : array() ) ) );
		}
	},
	99
);
// ?shopcx_attack_reminders=html|plain: the carts mail-a, mail-b (and mail-crlf, whose address a
// guest typed with a line break) abandoned 5 hours ago, their outreach history cleared, then the
// reminder job itself (shopcx_wc_send_cart_reminders(), the WooCommerce e-mail, wp_mail()); the
// mails wp_mail() was given, as JSON. The help offers are what the settings hold; &fresh=1 also
// clears the three addresses' cart opt-outs (the pass opts A out).
add_action(
	'template_redirect',
	function () {
		$type = $_GET['shopcx_attack_reminders'] ?? '';
		if ( ! in_array( $type, array( 'html', 'plain' ), true ) ) {
			return;
		}
		global $wpdb;
		$now    = shopcx_wc_now();
		$emails = array( 'mail-a' => 'mail-a@example.test', 'mail-b' => 'mail-b@example.test', 'mail-crlf' => "mail-c@example.test\r\nBcc: evil@example.test" );
		foreach ( $emails as $key => $email ) {
			$wpdb->delete( shopcx_wc_cart_table(), array( 'cart_key' => $key ) );
			$wpdb->delete( shopcx_wc_outreach_table(), array( 'email_hash' => shopcx_wc_email_hash( $email ) ) );
			if ( isset( $_GET['fresh'] ) ) { // The first run of a pass: no opt-out of an earlier pass.
				$wpdb->delete( shopcx_wc_optout_table(), array( 'email_hash' => shopcx_wc_email_hash( $email ) ) );
			}
			shopcx_wc_record_cart( $key, array( 'items' => 'mail-a' === $key ? 2 : 1, 'value' => 99.9, 'email' => $email, 'consent' => true ), $now - 5 * HOUR_IN_SECONDS );
		}
		add_filter( 'pre_option_woocommerce_shopcx_cart_reminder_settings', fn() => array( 'enabled' => 'yes', 'email_type' => $type ) );
		$mails = array();
		add_filter(
			'pre_wp_mail',
			function ( $r, $atts ) use ( &$mails ) {
				$mails[] = $atts;
				return true;
			},
			10,
			2
		);
		$sent = shopcx_wc_send_cart_reminders( $now );
		nocache_headers();
		wp_send_json( array( 'sent' => $sent, 'mails' => array_values( array_filter( $mails, fn( $m ) => str_contains( (string) ( is_array( $m['to'] ) ? implode( ',', $m['to'] ) : $m['to'] ), 'mail-' ) || str_contains( (string) ( is_array( $m['to'] ) ? implode( ',', $m['to'] ) : $m['to'] ), 'evil' ) ) ) ) );
	},
	2
);

// --- The survey invitation through the real job (issue 24: a custom survey's texts) --------------
// ?shopcx_attack_survey_mail=html|plain: order 851 (custom@example.test) completed now, its survey
// row and contact history cleared first, then shopcx_wc_send_survey_invitations() as the job runs
// it; the mails wp_mail() was given, as JSON. The survey is whatever the settings hold.
add_action(
	'template_redirect',
	function () {
		$type = $_GET['shopcx_attack_survey_mail'] ?? '';
		if ( ! in_array( $type, array( 'html', 'plain' ), true ) ) {
			return;
		}
		global $wpdb;
		$wpdb->delete( shopcx_wc_survey_table(), array( 'order_id' => 851 ) );
		$wpdb->delete( shopcx_wc_outreach_table(), array( 'email_hash' => shopcx_wc_email_hash( 'custom@example.test' ) ) );
		$product = (int) $wpdb->get_var( "SELECT ID FROM {$wpdb->posts} WHERE post_type = 'product' ORDER BY ID LIMIT 1" );
		if ( class_exists( SHOPCX_ATTACK_STANDIN ) ) // On the real WooCommerce the seed made order 851.
		$GLOBALS['wc_standin_orders'][851] = new WC_Order( array( 'id' => 851, 'status' => 'completed', 'email' => 'custom@example.test', 'first_name' => 'Cus', 'products' => array( $product ) ) );
		add_filter( 'pre_option_woocommerce_shopcx_survey_invitation_settings', fn() => array( 'enabled' => 'yes', 'email_type' => $type ) );
		add_filter( 'shopcx_wc_outreach_options', fn( $o ) => array_diff_key( $o, array( 'quietHours' => 1 ) ) );
		$mails = array();
		add_filter(
			'pre_wp_mail',
			function ( $r, $atts ) use ( &$mails ) {
				$mails[] = $atts;
				return true;
			},
			10,
			2
		);
		shopcx_wc_reset();
		do_action( 'woocommerce_order_status_completed', 851 );
		$sent = shopcx_wc_send_survey_invitations();
		nocache_headers();
		wp_send_json( array( 'sent' => $sent, 'mails' => array_values( array_filter( $mails, fn( $m ) => 'custom@example.test' === $m['to'] ) ) ) );
	},
	2
);

// ?shopcx_attack_interactions=chat: the chat-invitation interactions stored so far (email, customer,
// event id), as the report counts them; the attack pass checks who a posted accept was recorded as.
add_action(
	'template_redirect',
	function () {
		if ( 'chat' !== ( $_GET['shopcx_attack_interactions'] ?? '' ) ) {
			return;
		}
		global $wpdb;
		nocache_headers();
		wp_send_json( $wpdb->get_results( 'SELECT * FROM ' . shopcx_wc_interaction_table() . " WHERE source = 'chat_invitation' ORDER BY id", ARRAY_A ) );
	},
	2
);
