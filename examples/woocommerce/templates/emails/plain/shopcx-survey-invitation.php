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

echo esc_html( wp_strip_all_tags( $email_heading ) ) . "\n\n";
esc_html_e( 'Thank you for your order. We would like to know how it went; it takes less than a minute.', 'shopcx-woocommerce' );
echo "\n\n" . esc_html( $question ) . "\n" . esc_url_raw( $survey_url ) . "\n\n";
esc_html_e( 'No more surveys, please:', 'shopcx-woocommerce' );
echo ' ' . esc_url_raw( $optout_url ) . "\n";
