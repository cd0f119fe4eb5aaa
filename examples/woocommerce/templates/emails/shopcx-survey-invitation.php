<?php
/**
 * Survey invitation (HTML). Override in yourtheme/woocommerce/emails/shopcx-survey-invitation.php.
 *
 * @package ShopCX\WooCommerce
 * @var WC_Order $order
 * @var string   $email_heading
 * @var string   $question   the survey's first question
 * @var string   $survey_url signed link to the survey form
 * @var string   $optout_url signed link that stops survey invitations
 * @var WC_Email $email
 */

defined( 'ABSPATH' ) || exit;

// WooCommerce includes templates inside a function and they call its e-mail hooks.
// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound

do_action( 'woocommerce_email_header', $email_heading, $email );
?>
<p><?php esc_html_e( 'Thank you for your order. We would like to know how it went; it takes less than a minute.', 'shopcx-woocommerce' ); ?></p>
<p><strong><?php echo esc_html( $question ); ?></strong></p>
<p><a href="<?php echo esc_url( $survey_url ); ?>"><?php esc_html_e( 'Answer the survey', 'shopcx-woocommerce' ); ?></a></p>
<p style="font-size:small"><a href="<?php echo esc_url( $optout_url ); ?>"><?php esc_html_e( 'No more surveys, please', 'shopcx-woocommerce' ); ?></a></p>
<?php
do_action( 'woocommerce_email_footer', $email );
