<?php
/**
 * Dependencies of the editor script (no build step: it uses the wp.* globals).
 *
 * @package ShopCX\WooCommerce
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
