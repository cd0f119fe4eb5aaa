<?php
/**
 * Cart reminder (HTML). Override in yourtheme/woocommerce/emails/shopcx-cart-reminder.php.
 *
 * @package ShopCX\WooCommerce
 * @var string   $email_heading
 * @var list<array{name: string, quantity: int, price_html: string, price_text: string, image: string}> $items
 *      the cart's items (empty when WooCommerce no longer has the cart's session)
 * @var int      $count      number of items in the cart
 * @var string   $total_html the cart's value, from wc_price()
 * @var string   $total_text the same as text
 * @var list<array{text: string, url: string}> $help the shop's help offers (free returns, free shipping, chat, phone)
 * @var string   $recovery_url signed link back to the cart
 * @var string   $optout_url   signed link that stops cart reminders
 * @var WC_Email $email
 */

defined( 'ABSPATH' ) || exit;

// WooCommerce includes templates inside a function and they call its e-mail hooks.
// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals

do_action( 'woocommerce_email_header', $email_heading, $email );
?>
<?php if ( $items ) : ?>
<p><?php esc_html_e( 'You left these items in your cart. We kept them for you:', 'shopcx-woocommerce' ); ?></p>
<table class="shopcx-cart-items" cellspacing="0" cellpadding="6" border="0" style="width:100%;border-collapse:collapse">
	<?php foreach ( $items as $item ) : ?>
	<tr>
		<td style="width:72px;vertical-align:middle"><img src="<?php echo esc_url( $item['image'] ); ?>" alt="<?php echo esc_attr( $item['name'] ); ?>" width="64" height="64" style="display:block;border:0;width:64px;height:64px;object-fit:cover"></td>
		<td style="vertical-align:middle"><?php echo esc_html( $item['name'] ); ?><br><span style="font-size:small"><?php echo esc_html( sprintf( '%d ×', $item['quantity'] ) ); ?></span></td>
		<td style="vertical-align:middle;text-align:right;white-space:nowrap"><?php echo wp_kses_post( $item['price_html'] ); ?></td>
	</tr>
	<?php endforeach; ?>
</table>
<?php else : ?>
<p>
	<?php
	/* translators: 1: number of items, 2: the cart's value. */
	echo esc_html( sprintf( _n( 'You left %1$d item (%2$s) in your cart. We kept it for you.', 'You left %1$d items (%2$s) in your cart. We kept them for you.', $count, 'shopcx-woocommerce' ), $count, $total_text ) );
	?>
</p>
<?php endif; ?>
<p><a class="button" href="<?php echo esc_url( $recovery_url ); ?>" style="display:inline-block;padding:10px 18px;text-decoration:none;font-weight:bold"><?php esc_html_e( 'Back to your cart', 'shopcx-woocommerce' ); ?></a></p>
<?php if ( $help ) : ?>
<p><strong><?php esc_html_e( 'Questions? We are happy to help.', 'shopcx-woocommerce' ); ?></strong></p>
<ul class="shopcx-help">
	<?php foreach ( $help as $offer ) : ?>
	<li><?php echo '' === $offer['url'] ? esc_html( $offer['text'] ) : '<a href="' . esc_url( $offer['url'], array( 'tel' ) ) . '">' . esc_html( $offer['text'] ) . '</a>'; ?></li>
	<?php endforeach; ?>
</ul>
<?php endif; ?>
<?php if ( ! empty( $optout_url ) ) : ?>
<p style="font-size:small"><a href="<?php echo esc_url( $optout_url ); ?>"><?php esc_html_e( 'No more reminders, please', 'shopcx-woocommerce' ); ?></a></p>
<?php endif; ?>
<?php
do_action( 'woocommerce_email_footer', $email );
