<?php
/**
 * Constants WordPress and the plugin define at run time, for PHPStan (the WordPress stubs
 * declare functions and classes only).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
define( 'ABSPATH', '/var/www/wordpress/' );
define( 'WPINC', 'wp-includes' );
define( 'MINUTE_IN_SECONDS', 60 );
define( 'HOUR_IN_SECONDS', 3600 );
define( 'DAY_IN_SECONDS', 86400 );
define( 'WEEK_IN_SECONDS', 604800 );
define( 'MONTH_IN_SECONDS', 2592000 );
define( 'YEAR_IN_SECONDS', 31536000 );
define( 'OBJECT', 'OBJECT' );
define( 'ARRAY_A', 'ARRAY_A' );
define( 'ARRAY_N', 'ARRAY_N' );
define( 'SHOPCX_WC_VERSION', '0.1.0' );
define( 'SHOPCX_WC_FILE', '/var/www/wordpress/wp-content/plugins/shopcx-woocommerce/shopcx-woocommerce.php' );
define( 'SHOPCX_WC_DIR', '/var/www/wordpress/wp-content/plugins/shopcx-woocommerce' );
