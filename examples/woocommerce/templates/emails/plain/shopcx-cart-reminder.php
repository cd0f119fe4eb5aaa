<?php
/**
 * Cart reminder (plain text). Override in yourtheme/woocommerce/emails/plain/shopcx-cart-reminder.php.
 *
 * Plain text: every value is printed with its tags stripped, not HTML-escaped. The e-mail is
 * text/plain and WooCommerce strips tags from the whole body again; esc_html()'s &#039; would be
 * dropped by WooCommerce's entity replacement (WC_Email::$plain_search knows &apos; only), so
 * "d'aide" or a product "Kid's boots" would lose the apostrophe.
 *
 * @package ShopCX\WooCommerce
 * @var string $email_heading
 * @var list<array{name: string, quantity: int, price_html: string, price_text: string, image: string}> $items
 * @var int    $count
 * @var string $total_text
 * @var list<array{text: string, url: string}> $help
 * @var string $recovery_url
 * @var string $optout_url
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text, see above.
// WooCommerce includes templates inside a function.
// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals

echo wp_strip_all_tags( $email_heading ) . "\n\n";
if ( $items ) {
	echo wp_strip_all_tags( __( 'You left these items in your cart. We kept them for you:', 'shopcx-woocommerce' ) ) . "\n\n";
	foreach ( $items as $item ) {
		echo wp_strip_all_tags( sprintf( '%1$d × %2$s: %3$s', $item['quantity'], $item['name'], $item['price_text'] ) ) . "\n";
	}
} else {
	/* translators: 1: number of items, 2: the cart's value. */
	echo wp_strip_all_tags( sprintf( _n( 'You left %1$d item (%2$s) in your cart. We kept it for you.', 'You left %1$d items (%2$s) in your cart. We kept them for you.', $count, 'shopcx-woocommerce' ), $count, $total_text ) ) . "\n";
}
echo "\n" . wp_strip_all_tags( __( 'Back to your cart:', 'shopcx-woocommerce' ) ) . ' ' . esc_url_raw( $recovery_url ) . "\n";
if ( $help ) {
	echo "\n" . wp_strip_all_tags( __( 'Questions? We are happy to help.', 'shopcx-woocommerce' ) ) . "\n";
	foreach ( $help as $offer ) {
		echo '- ' . wp_strip_all_tags( $offer['text'] ) . "\n";
	}
}
if ( ! empty( $optout_url ) ) {
	echo "\n" . wp_strip_all_tags( __( 'No more reminders:', 'shopcx-woocommerce' ) ) . ' ' . esc_url_raw( $optout_url ) . "\n";
}
