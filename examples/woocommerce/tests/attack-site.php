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
add_filter(
	'the_content',
	function ( $content ) {
		if ( ! is_singular( 'product' ) || ! in_the_loop() ) {
			return $content;
		}
		ob_start();
		do_action( 'woocommerce_after_single_product_summary' );
		return $content . ob_get_clean();
	},
	20
);
