<?php
/**
 * Must-use plugin of the browser walk's cart reminder check (walk-reminder.mjs; run.sh installs it
 * next to site.php). `?shopcx_test_reminder_mail=html` (or `plain`) answers with the cart reminder
 * e-mail as the plugin's WooCommerce e-mail renders it for one abandoned cart, shown the way a mail
 * client shows it (the HTML body as the page, plain text in a <pre>): the cart's WooCommerce session
 * with two lines (a raincoat, and a variation whose name carries markup), the four help offers, a
 * Dutch shop's price format. The locale comes from site.php's shopcx_test_locale cookie. Nothing is
 * written to the database but the product picture's attachment (once); no mail leaves.
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
add_action(
	'template_redirect',
	function () {
		$type = $_GET['shopcx_test_reminder_mail'] ?? '';
		if ( ! in_array( $type, array( 'html', 'plain' ), true ) ) {
			return;
		}
		// The product picture: a real file in uploads and its attachment, made on the first request.
		$file = wp_upload_dir()['basedir'] . '/shopcx-walk-laars.png';
		if ( ! file_exists( $file ) ) {
			file_put_contents( $file, base64_decode( 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGM4UaFBEmIY1TCqYfhqAAADaGgQ43GRdgAAAABJRU5ErkJggg==' ) );
		}
		$image = (int) get_option( 'shopcx_walk_reminder_image' );
		if ( ! $image || ! get_post( $image ) ) {
			$image = wp_insert_attachment( array( 'post_title' => 'laars', 'post_mime_type' => 'image/png', 'post_status' => 'inherit' ), 'shopcx-walk-laars.png' );
			update_option( 'shopcx_walk_reminder_image', $image );
		}
		$GLOBALS['wc_standin_products'][9811] = new WC_Product( array( 'id' => 9811, 'qty' => 5, 'name' => 'Regenjas', 'price' => '49.95', 'image' => $image ) );
		$GLOBALS['wc_standin_products'][9812] = new WC_Product( array( 'id' => 9812, 'qty' => 5, 'type' => 'variable', 'name' => 'Laars', 'image' => $image ) );
		$GLOBALS['wc_standin_products'][9813] = new WC_Product_Variation( array( 'id' => 9813, 'qty' => 5, 'parent' => 9812, 'name' => "Kinderlaars 'Stoer' <img src=x onerror=window.shopcxPwned=1>rood", 'price' => '1234.5' ) );
		WC_Session_Standin::$stored['t_walk'] = array(
			'cart' => serialize(
				array(
					'a' => array( 'key' => 'a', 'product_id' => 9811, 'variation_id' => 0, 'variation' => array(), 'quantity' => 2 ),
					'b' => array( 'key' => 'b', 'product_id' => 9812, 'variation_id' => 9813, 'variation' => array( 'attribute_maat' => '32' ), 'quantity' => 1 ),
				)
			),
		);
		$options = array(
			'woocommerce_price_decimal_sep'  => ',',
			'woocommerce_price_thousand_sep' => '.',
			'woocommerce_currency_pos'       => 'left_space',
			'shopcx_wc_help_free_returns'    => '30',
			'shopcx_wc_help_free_shipping'   => '50.00',
			'shopcx_wc_help_chat_hours'      => 'ma-vr 9:00-17:00',
			'shopcx_wc_help_phone'           => '+31 20 123 4567',
		);
		foreach ( $options as $option => $value ) {
			add_filter( 'pre_option_' . $option, fn() => $value );
		}
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
		$mail             = WC()->mailer()->get_emails()['ShopCx_WC_Email_Cart_Reminder'];
		$mail->email_type = $type;
		$now              = shopcx_wc_now();
		$link             = add_query_arg( 'shopcx_cart', rawurlencode( shopcx_wc_detector()->recoveryToken( shopcx_wc_tokens(), 't_walk', 1, $now ) ), wc_get_cart_url() );
		$mail->trigger( array( 'id' => 't_walk', 'email' => 'anne@example.test', 'items' => 3, 'value' => 1334.4, 'currency' => 'EUR' ), $link, shopcx_wc_optout_url( 'cart', array( 'cart' => 't_walk' ), $now ) );
		$message = $mails ? (string) $mails[0]['message'] : '';
		nocache_headers();
		header( 'Content-Type: text/html; charset=utf-8' );
		echo '<!DOCTYPE html><html lang="' . esc_attr( substr( determine_locale(), 0, 2 ) ) . '"><head><meta charset="utf-8"><title>' . esc_html( $mails ? $mails[0]['subject'] : 'no mail' ) . '</title></head><body>';
		echo 'html' === $type ? $message : '<pre class="shopcx-plain-mail">' . esc_html( $message ) . '</pre>';
		echo '</body></html>';
		exit;
	},
	4
);
