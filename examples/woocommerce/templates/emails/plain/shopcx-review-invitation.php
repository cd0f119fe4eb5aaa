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

// Plain text: values are printed with their tags stripped, not HTML-escaped. esc_html()'s &#039;
// would be dropped by WooCommerce's entity replacement (WC_Email::$plain_search knows &apos; only),
// so a question "Wat vond je van zo'n service?" lost its apostrophe. A title from get_the_title() is
// already texturized (&#8217;, which WooCommerce maps to an apostrophe) and keeps esc_html().
// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text, see above.
// WooCommerce includes templates inside a function and they call its e-mail hooks.
// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals

echo wp_strip_all_tags( $email_heading ) . "\n\n";
echo wp_strip_all_tags( __( 'Thank you for your order. Would you review what you bought? Each link is for one product and works once.', 'shopcx-woocommerce' ) );
echo "\n\n";
foreach ( $links as $product_id => $url ) {
	echo esc_html( get_the_title( $product_id ) ) . ': ' . esc_url_raw( $url ) . "\n";
}
if ( ! empty( $optout_url ) ) {
	echo "\n";
	echo wp_strip_all_tags( __( 'No more review invitations, please:', 'shopcx-woocommerce' ) );
	echo ' ' . esc_url_raw( $optout_url ) . "\n";
}
