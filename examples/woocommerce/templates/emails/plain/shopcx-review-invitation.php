<?php
/**
 * Review invitation (plain text).
 *
 * @package ShopCX\WooCommerce
 * @var array<int, string> $links product id => review URL
 * @var string $email_heading
 * @var string $optout_url
 */

defined( 'ABSPATH' ) || exit;

// WooCommerce includes templates inside a function and they call its e-mail hooks.
// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals

echo esc_html( wp_strip_all_tags( $email_heading ) ) . "\n\n";
esc_html_e( 'Thank you for your order. Would you review what you bought? Each link is for one product and works once.', 'shopcx-woocommerce' );
echo "\n\n";
foreach ( $links as $product_id => $url ) {
	echo esc_html( get_the_title( $product_id ) ) . ': ' . esc_url_raw( $url ) . "\n";
}
if ( ! empty( $optout_url ) ) {
	echo "\n";
	esc_html_e( 'No more review invitations, please:', 'shopcx-woocommerce' );
	echo ' ' . esc_url_raw( $optout_url ) . "\n";
}
