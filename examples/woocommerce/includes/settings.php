<?php
/**
 * The "Customer service" tab under WooCommerce > Settings: field parsers and the save step.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/settings-fields.php';

/**
 * Adds the tab; the class file needs WC_Settings_Page, which exists only from here on.
 *
 * @param array<int, mixed> $pages Settings pages.
 * @return array<int, mixed>
 */
function shopcx_wc_settings_page( $pages ) {
	require_once SHOPCX_WC_DIR . '/includes/class-shopcx-wc-settings.php';
	$pages[] = new ShopCx_WC_Settings();
	return $pages;
}
add_filter( 'woocommerce_get_settings_pages', 'shopcx_wc_settings_page' );

/**
 * Why the extension refused a setting, for the shop manager: its ValueError reads like php-src's,
 * "ShopCx\Cart\Detector::__construct(): Argument #1 ($options) option ...", and only the part from
 * "option ..." on says something to them.
 *
 * @param Throwable $e What the extension (or a parser) threw.
 * @return string
 */
function shopcx_wc_settings_reason( Throwable $e ) {
	return (string) preg_replace( '/^[A-Za-z_\\\\]+::\w+\(\):\s*(?:Argument #\d+ \(\$\w+\)\s*)?/', '', $e->getMessage() );
}

/**
 * Saves a submitted form: each field is parsed (a bad value keeps the stored one and names the
 * field), then each section's ShopCx object is built from the result (a section the extension
 * refuses is not saved, with the extension's message). Errors go to WC_Admin_Settings, which
 * shows them above the form.
 *
 * @param array<string, array<string, mixed>> $sections Sections (shopcx_wc_settings_sections()).
 * @param array<string, mixed>                $data     The form, unslashed.
 * @return int errors
 */
function shopcx_wc_save_sections( array $sections, array $data ) {
	$errors = 0;
	$others = array();
	foreach ( $sections as $section ) {
		$accepted = array();
		foreach ( $section['fields'] as $field ) {
			if ( empty( $field['parse'] ) ) {
				$others[] = $field;
				continue;
			}
			if ( ! array_key_exists( $field['id'], $data ) ) {
				continue;
			}
			try {
				$accepted[ $field['id'] ] = call_user_func( $field['parse'], $data[ $field['id'] ], $field );
			} catch ( InvalidArgumentException $e ) {
				WC_Admin_Settings::add_error( $field['title'] . ': ' . shopcx_wc_settings_reason( $e ) );
				++$errors;
			}
		}
		if ( ! empty( $section['check'] ) ) {
			$get = fn( $key ) => array_key_exists( $key, $accepted ) ? $accepted[ $key ] : shopcx_wc_option( $key );
			try {
				call_user_func( $section['check'], $get );
			} catch ( InvalidArgumentException | ValueError | TypeError $e ) { // ShopCx\ConfigException is an InvalidArgumentException.
				/* translators: 1: a settings section, 2: why it was refused. */
				WC_Admin_Settings::add_error( sprintf( __( '%1$s not saved: %2$s', 'shopcx-woocommerce' ), $section['title'], shopcx_wc_settings_reason( $e ) ) );
				++$errors;
				continue;
			}
		}
		$translated = shopcx_wc_translated_defaults();
		$defaults   = shopcx_wc_defaults();
		foreach ( $accepted as $id => $value ) {
			if ( isset( $translated[ $id ] ) && ( $value === $translated[ $id ] || $value === $defaults[ $id ] ) ) {
				delete_option( $id ); // The default as the form showed it: not stored, so it follows the shop's language.
			} elseif ( null !== $value ) {
				update_option( $id, $value );
			}
		}
	}
	if ( $others ) {
		WC_Admin_Settings::save_fields( $others );
	}
	return $errors;
}

/**
 * A whole number within the field's min and max.
 *
 * @param mixed                $raw   Submitted value.
 * @param array<string, mixed> $field Field.
 * @return string
 * @throws InvalidArgumentException When it is not.
 */
function shopcx_wc_parse_int( $raw, $field ) {
	$value = trim( (string) $raw );
	$min   = (int) $field['custom_attributes']['min'];
	$max   = (int) $field['custom_attributes']['max'];
	if ( ! preg_match( '/^\d{1,9}$/', $value ) || (int) $value < $min || (int) $value > $max ) {
		/* translators: 1: smallest, 2: largest value. */
		throw new InvalidArgumentException( sprintf( __( 'must be a whole number from %1$d to %2$d.', 'shopcx-woocommerce' ), $min, $max ) );
	}
	return (string) (int) $value;
}

/**
 * One line of plain text.
 *
 * @param mixed $raw Submitted value.
 * @return string
 */
function shopcx_wc_parse_text( $raw ) {
	return sanitize_text_field( (string) $raw );
}

/**
 * A list, one entry a line: trimmed, without empty lines and repeats. Entries are plain text.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException With more than 1000 lines.
 */
function shopcx_wc_parse_lines( $raw ) {
	$lines = array_values( array_unique( array_map( 'sanitize_text_field', shopcx_wc_lines( $raw ) ) ) );
	if ( count( $lines ) > 1000 ) {
		throw new InvalidArgumentException( __( 'at most 1000 lines.', 'shopcx-woocommerce' ) );
	}
	return implode( "\n", array_filter( $lines, fn( $line ) => '' !== $line ) );
}

/**
 * Stock texts: "key: text" a line; the keys and lengths are ShopCx's to check.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On a line without "key: text".
 */
function shopcx_wc_parse_labels( $raw ) {
	$lines = shopcx_wc_lines( $raw );
	foreach ( $lines as $n => $line ) {
		if ( ! preg_match( '/^[a-z_]+\s*:\s*\S/', $line ) ) {
			/* translators: %d: line number. */
			throw new InvalidArgumentException( sprintf( __( 'line %d must be "key: text", e.g. "low: Only {qty} left!".', 'shopcx-woocommerce' ), $n + 1 ) );
		}
	}
	return implode( "\n", array_map( 'sanitize_text_field', $lines ) );
}

/**
 * An IANA time zone PHP (and ShopCX) knows.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On an unknown zone.
 */
function shopcx_wc_parse_timezone( $raw ) {
	$tz = trim( (string) $raw );
	if ( ! in_array( $tz, timezone_identifiers_list(), true ) ) {
		/* translators: %s: the rejected time zone. */
		throw new InvalidArgumentException( sprintf( __( 'unknown time zone "%s": use an IANA name such as Europe/Amsterdam.', 'shopcx-woocommerce' ), sanitize_text_field( $tz ) ) );
	}
	return $tz;
}

/**
 * A cut-off "HH:MM" (24:00 allowed), or empty for a closed day.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On anything else.
 */
function shopcx_wc_parse_cutoff( $raw ) {
	$cutoff = trim( (string) $raw );
	if ( '' !== $cutoff && ! preg_match( '/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/', $cutoff ) ) {
		throw new InvalidArgumentException( __( 'must be a time like 22:00, or empty when the warehouse is closed.', 'shopcx-woocommerce' ) );
	}
	return $cutoff;
}

/**
 * The holiday country, one ShopCx\Delivery\Calendar knows (its own message otherwise).
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On an unknown code.
 */
function shopcx_wc_parse_country( $raw ) {
	try {
		return ( new \ShopCx\Delivery\Calendar( strtoupper( trim( (string) $raw ) ) ) )->code();
	} catch ( ValueError $e ) {
		throw new InvalidArgumentException( $e->getMessage() );
	}
}

/**
 * Carriers, "Name: days" or "Name: min-max" [country code] a line (day ranges and codes are
 * ShopCx's to check).
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On a malformed line or a repeated name.
 */
function shopcx_wc_parse_carriers( $raw ) {
	$lines = array_map( 'sanitize_text_field', shopcx_wc_lines( $raw ) );
	$names = array();
	foreach ( $lines as $n => $line ) {
		$name = trim( (string) strstr( $line, ':', true ) );
		if ( ! preg_match( '/^(.+?)\s*:\s*(\d{1,3})(?:\s*-\s*(\d{1,3}))?(?:\s+([A-Za-z]{2}(?:-[A-Za-z]{2,3})?))?$/', $line ) ) {
			/* translators: %d: line number. */
			throw new InvalidArgumentException( sprintf( __( 'line %d must be "Name: days" or "Name: min-max", optionally followed by a country code, e.g. "DHL: 1-2 DE".', 'shopcx-woocommerce' ), $n + 1 ) );
		}
		if ( isset( $names[ $name ] ) ) {
			/* translators: %s: carrier name. */
			throw new InvalidArgumentException( sprintf( __( '"%s" is listed twice.', 'shopcx-woocommerce' ), $name ) );
		}
		$names[ $name ] = true;
	}
	return implode( "\n", $lines );
}

/**
 * Reminder steps: comma-separated whole seconds (order and minimum are ShopCx's to check).
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException On anything else.
 */
function shopcx_wc_parse_reminders( $raw ) {
	$steps = array_map( 'trim', explode( ',', trim( (string) $raw ) ) );
	foreach ( $steps as $step ) {
		if ( ! preg_match( '/^[1-9]\d{0,8}$/', $step ) ) {
			throw new InvalidArgumentException( __( 'must be whole seconds separated by commas, e.g. 3600,86400,259200.', 'shopcx-woocommerce' ) );
		}
	}
	if ( count( $steps ) > 10 ) {
		throw new InvalidArgumentException( __( 'at most 10 reminders.', 'shopcx-woocommerce' ) );
	}
	return implode( ',', $steps );
}

/**
 * The consent label: plain text, 1 to 300 characters.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException When empty or too long.
 */
function shopcx_wc_parse_consent_text( $raw ) {
	$text = sanitize_text_field( (string) $raw );
	if ( '' === $text || mb_strlen( $text ) > 300 ) {
		throw new InvalidArgumentException( __( 'must be 1 to 300 characters of text.', 'shopcx-woocommerce' ) );
	}
	return $text;
}

/**
 * Chat rules: a JSON document ShopCx\Chat\Rules::fromJson() accepts, or empty.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException With the validator's message (it names the JSON path).
 */
function shopcx_wc_parse_chat_rules( $raw ) {
	$json = trim( (string) $raw );
	if ( '' === $json ) {
		return '';
	}
	try {
		\ShopCx\Chat\Rules::fromJson( $json );
	} catch ( \ShopCx\Exception $e ) {
		throw new InvalidArgumentException( $e->getMessage() );
	}
	return $json;
}

/**
 * Service hours of one weekday: "HH:MM-HH:MM", up to four separated by commas, or empty (closed);
 * checked by the extension (an interval within one day, at most four).
 *
 * @param mixed                $raw   Submitted value.
 * @param array<string, mixed> $field Field.
 * @return string
 * @throws InvalidArgumentException When the extension refuses it.
 */
function shopcx_wc_parse_chat_hours( $raw, $field ) {
	$intervals = array_values( array_filter( array_map( 'trim', explode( ',', sanitize_text_field( (string) $raw ) ) ) ) );
	if ( ! $intervals ) {
		return '';
	}
	try {
		\ShopCx\Chat\Rules::fromArray(
			array(
				'version'  => 1,
				'timezone' => 'UTC',
				'hours'    => array( 'mon' => $intervals ),
				'rules'    => array(),
			)
		);
	} catch ( \ShopCx\Exception $e ) {
		throw new InvalidArgumentException( __( 'must be opening hours like 09:00-17:30, or two to four of them separated by commas (09:00-12:30, 13:30-17:30).', 'shopcx-woocommerce' ) );
	}
	return implode( ', ', $intervals );
}

/**
 * The webhook secret: empty (off) or at least 32 characters, as ShopCx\Webhook\Client needs.
 *
 * @param mixed $raw Submitted value.
 * @return string
 * @throws InvalidArgumentException When too short.
 */
function shopcx_wc_parse_webhook_secret( $raw ) {
	$secret = trim( (string) $raw );
	if ( '' !== $secret && strlen( $secret ) < 32 ) {
		throw new InvalidArgumentException( __( 'must be at least 32 characters.', 'shopcx-woocommerce' ) );
	}
	return $secret;
}

/**
 * The rotation box is an action, not a setting: never stored (the page rotates after saving).
 *
 * @return null
 */
function shopcx_wc_parse_rotate() {
	return null;
}

/**
 * Internal webhook hosts: entries separated by commas or lines, stored one a line; the extension
 * checks each when the section is checked.
 *
 * @param mixed $raw Submitted value.
 * @return string
 */
function shopcx_wc_parse_webhook_internal( $raw ) {
	return implode( "\n", array_unique( shopcx_wc_webhook_internal( sanitize_textarea_field( (string) $raw ) ) ) );
}
