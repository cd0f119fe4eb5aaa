<?php
/**
 * Plugin Name:       ShopCX for WooCommerce
 * Plugin URI:        https://github.com/shopcx/shopcx
 * Description:       Customer-service building blocks from the ShopCX PHP extension: honest stock lines, delivery promises, FAQ search, cart reminders and verified reviews.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            ShopCX
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       shopcx-woocommerce
 * Domain Path:       /languages
 * WC requires at least: 10.9
 * WC tested up to:   11.0
 *
 * Tested: WordPress 6.1.9 on PHP 8.2 (and 6.8, 7.1.3 on PHP 8.4) with the WooCommerce stand-in of
 * tests/stubs/; by hand in a real WooCommerce 11.0.1 shop (WordPress 7.1.3, PHP 8.4.27, MariaDB): block
 * and classic checkout with cart reminders, review and survey invitations and their links, opt-outs,
 * FAQ, chat invitation, privacy export and erasure, the report, variations, restock date, block cart
 * lines; WooCommerce 10.9.4 for activation, settings, block checkout, order mails and reminders. Not
 * every path: the webhook, service interactions, the badge and the rate limits ran against the stand-in
 * only (README.md, "Tested with").
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

define( 'SHOPCX_WC_VERSION', '0.1.0' );
define( 'SHOPCX_WC_FILE', __FILE__ );
define( 'SHOPCX_WC_DIR', __DIR__ );

require_once SHOPCX_WC_DIR . '/includes/install.php';
require_once SHOPCX_WC_DIR . '/includes/suppression.php';

/**
 * Translations (languages/shopcx-woocommerce-LOCALE.mo; WordPress's own language packs in
 * wp-content/languages/plugins/ come first) on init, the first moment WordPress 6.7+ allows:
 * nothing of the plugin translates before it. Also without the extension (its notice). Again on
 * every locale switch (a mail in the customer's language): WordPress 6.1 does not reload a
 * plugin's own languages/ folder there when the site's locale had no file.
 *
 * @return void
 */
function shopcx_wc_load_textdomain() {
	if ( doing_action( 'change_locale' ) ) {
		unload_textdomain( 'shopcx-woocommerce', true );
	}
	load_plugin_textdomain( 'shopcx-woocommerce', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'shopcx_wc_load_textdomain', 0 );
add_action( 'change_locale', 'shopcx_wc_load_textdomain', 0 );

/*
 * The FAQ block's editor script (wp.i18n): its JSON translations are in languages/ too
 * (shopcx-woocommerce-LOCALE-md5("blocks/faq/index.js").json, written by tests/i18n.sh), where
 * WordPress's own call from block.json does not look. After the block is registered on init.
 */
add_action(
	'init',
	function () {
		$handle = function_exists( 'generate_block_asset_handle' ) ? generate_block_asset_handle( 'shopcx/faq', 'editorScript' ) : 'shopcx-faq-editor-script';
		if ( wp_script_is( $handle, 'registered' ) ) {
			wp_set_script_translations( $handle, 'shopcx-woocommerce', SHOPCX_WC_DIR . '/languages' );
		}
	},
	20
);

register_activation_hook( __FILE__, 'shopcx_wc_activate' );
register_deactivation_hook( __FILE__, 'shopcx_wc_deactivate' );

/*
 * HPOS (custom order tables): orders are read only through wc_get_order() and WC_Order's getters,
 * never as posts or post meta. Cart and Checkout blocks: the consent box is an additional checkout
 * field and the guest's address comes from the Store API (includes/checkout-blocks.php).
 * WooCommerce wants this inside before_woocommerce_init; without the extension the plugin does
 * nothing with orders or the checkout at all.
 */
add_action(
	'before_woocommerce_init',
	function () {
		if ( class_exists( \Automattic\WooCommerce\Utilities\FeaturesUtil::class ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', __FILE__, true );
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', __FILE__, true );
		}
	}
);

/*
 * Without the extension the plugin only explains how to install it: every ShopCx class it would
 * touch is missing, so nothing else is loaded (no fatal error on the merchant's shop).
 */
if ( ! extension_loaded( 'shopcx' ) ) {
	add_action( 'admin_notices', 'shopcx_wc_missing_extension_notice' );
	return;
}

/**
 * The extension's form of address (shopcx.register: formal u/Sie/vous by default, informal je/du/tu)
 * follows the site's language while the merchant has not chosen one in php.ini: WordPress's nl_NL
 * and de_DE (and every *_informal locale) say je/du, nl_NL_formal, de_DE_formal and the others
 * formal, as the plugin's own translations do. Set again when the locale is switched (a customer's
 * mail in their language); a value set at run time by other code is left alone.
 *
 * @return void
 */
function shopcx_wc_locale_register() {
	static $ours = null;
	if ( false !== get_cfg_var( 'shopcx.register' ) || (string) ini_get( 'shopcx.register' ) !== ( $ours ?? 'formal' ) ) {
		return;
	}
	$locale   = determine_locale();
	$register = str_ends_with( $locale, '_informal' ) || in_array( $locale, array( 'nl_NL', 'de_DE' ), true ) ? 'informal' : 'formal';
	$register = 'informal' === apply_filters( 'shopcx_wc_locale_register', $register, $locale ) ? 'informal' : 'formal';
	if ( false !== ini_set( 'shopcx.register', $register ) ) { // phpcs:ignore WordPress.PHP.IniSet.Risky
		$ours = $register;
	}
}
add_action( 'init', 'shopcx_wc_locale_register', 0 );
add_action( 'change_locale', 'shopcx_wc_locale_register' );

require_once SHOPCX_WC_DIR . '/includes/core.php';
require_once SHOPCX_WC_DIR . '/includes/rate-limit.php';
require_once SHOPCX_WC_DIR . '/includes/settings.php';
require_once SHOPCX_WC_DIR . '/includes/stock-delivery.php';
require_once SHOPCX_WC_DIR . '/includes/faq.php';
require_once SHOPCX_WC_DIR . '/includes/faq-features.php';
require_once SHOPCX_WC_DIR . '/includes/cart.php';
require_once SHOPCX_WC_DIR . '/includes/checkout-blocks.php';
require_once SHOPCX_WC_DIR . '/includes/review.php';
require_once SHOPCX_WC_DIR . '/includes/privacy.php';
require_once SHOPCX_WC_DIR . '/includes/chat.php';
require_once SHOPCX_WC_DIR . '/includes/interactions.php';
require_once SHOPCX_WC_DIR . '/includes/service.php';
require_once SHOPCX_WC_DIR . '/includes/webhook.php';
require_once SHOPCX_WC_DIR . '/includes/reports.php';
require_once SHOPCX_WC_DIR . '/includes/outreach.php';
require_once SHOPCX_WC_DIR . '/includes/survey.php';
require_once SHOPCX_WC_DIR . '/includes/survey-form.php';
require_once SHOPCX_WC_DIR . '/includes/charts.php';
require_once SHOPCX_WC_DIR . '/includes/optout.php';
