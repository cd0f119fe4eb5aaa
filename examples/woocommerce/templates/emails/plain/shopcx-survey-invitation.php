<?php
/**
 * Survey invitation (plain text). Override in yourtheme/woocommerce/emails/plain/shopcx-survey-invitation.php.
 *
 * @package ShopCX\WooCommerce
 * @var string $email_heading
 * @var string $question
 * @var string $survey_url
 * @var string $optout_url
 */

defined( 'ABSPATH' ) || exit;

// Plain text: values are printed with their tags stripped, not HTML-escaped. esc_html()'s &#039;
// would be dropped by WooCommerce's entity replacement (WC_Email::$plain_search knows &apos; only),
// so a question "Wat vond je van zo'n service?" lost its apostrophe. A title from get_the_title() is
// already texturized (&#8217;, which WooCommerce maps to an apostrophe) and keeps esc_html().
// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- plain text, see above.
echo wp_strip_all_tags( $email_heading ) . "\n\n";
echo wp_strip_all_tags( __( 'Thank you for your order. We would like to know how it went; it takes less than a minute.', 'shopcx-woocommerce' ) );
echo "\n\n" . wp_strip_all_tags( $question ) . "\n" . esc_url_raw( $survey_url ) . "\n\n";
echo wp_strip_all_tags( __( 'No more surveys, please:', 'shopcx-woocommerce' ) );
echo ' ' . esc_url_raw( $optout_url ) . "\n";
