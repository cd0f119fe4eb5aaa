<?php
/**
 * Review invitation (HTML). Override in yourtheme/woocommerce/emails/shopcx-review-invitation.php.
 *
 * @package ShopCX\WooCommerce
 * @var WC_Order $order
 * @var string   $email_heading
 * @var array<int, string> $links product id => review URL
 * @var string   $optout_url signed link that stops review invitations
 * @var WC_Email $email
 */

defined( 'ABSPATH' ) || exit;

// WooCommerce includes templates inside a function and they call its e-mail hooks.
// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals

do_action( 'woocommerce_email_header', $email_heading, $email );
?>
<p><?php esc_html_e( 'Thank you for your order. Would you review what you bought? Each link is for one product and works once.', 'shopcx-woocommerce' ); ?></p>
<ul>
<?php foreach ( $links as $product_id => $url ) : ?>
	<li><a href="<?php echo esc_url( $url ); ?>"><?php echo esc_html( get_the_title( $product_id ) ); ?></a></li>
<?php endforeach; ?>
</ul>
<?php if ( ! empty( $optout_url ) ) : ?>
<p style="font-size:small"><a href="<?php echo esc_url( $optout_url ); ?>"><?php esc_html_e( 'No more review invitations, please', 'shopcx-woocommerce' ); ?></a></p>
<?php endif; ?>
<?php
do_action( 'woocommerce_email_footer', $email );
