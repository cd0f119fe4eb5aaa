<?php
/**
 * FAQ extras (issue 21): synonyms per language, click popularity, autocomplete, related
 * questions from co-views, the log of unanswered searches and unknown words, and starter entries.
 *
 * Tables (includes/install.php, version 7): {prefix}shopcx_faq_clicks (clicks per entry),
 * {prefix}shopcx_faq_coviews (pairs of entries opened in one visit) and {prefix}shopcx_faq_misses
 * (normalized unanswered queries and unknown words, with counts; capped).
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/** Rows the log of unanswered searches and unknown words keeps (the least recently seen go first). */
const SHOPCX_WC_FAQ_LOG_CAP = 500;

/**
 * The languages ShopCX's FAQ search knows, code => name.
 *
 * @return array<string, string>
 */
function shopcx_wc_faq_languages() {
	return array(
		'nl' => __( 'Dutch', 'shopcx-woocommerce' ),
		'en' => __( 'English', 'shopcx-woocommerce' ),
		'de' => __( 'German', 'shopcx-woocommerce' ),
		'fr' => __( 'French', 'shopcx-woocommerce' ),
	);
}

/**
 * The shop's own language (the site setting, not the admin's profile language).
 *
 * @return string nl, en, de or fr
 */
function shopcx_wc_faq_site_lang() {
	$lang = substr( (string) get_locale(), 0, 2 );
	return isset( shopcx_wc_faq_languages()[ $lang ] ) ? $lang : 'en';
}

/**
 * The languages whose index a rebuild writes: the shop's language, the one of this request, and
 * every language that already has an index file (a visitor's language a multilingual plugin set).
 * An admin whose profile language differs from the shop's no longer leaves the shop's index stale.
 *
 * @return list<string>
 */
function shopcx_wc_faq_build_languages() {
	$langs = array( shopcx_wc_faq_site_lang(), shopcx_wc_lang() );
	foreach ( array_keys( shopcx_wc_faq_languages() ) as $lang ) {
		if ( file_exists( shopcx_wc_faq_path( $lang ) ) || false !== get_option( 'shopcx_wc_faq_missing_' . $lang ) ) {
			$langs[] = $lang;
		}
	}
	/**
	 * The languages whose FAQ index is built (nl, en, de, fr).
	 *
	 * @param list<string> $langs Languages.
	 */
	$langs = (array) apply_filters( 'shopcx_wc_faq_build_languages', $langs );
	return array_values( array_intersect( array_keys( shopcx_wc_faq_languages() ), $langs ) );
}

// --- synonyms ----------------------------------------------------------------------------------

/**
 * The starter synonyms of a language: shop vocabulary, one group a line, for the merchant to edit.
 * Single words only (ShopCX matches synonyms word by word: "send back" cannot be one).
 *
 * @param string $lang nl, en, de or fr.
 * @return string
 */
function shopcx_wc_faq_default_synonyms( $lang ) {
	$sets = array(
		'nl' => array(
			'retour, retourneren, terugsturen, retouren, terugbrengen, retourzending',
			'bezorging, levering, verzending, bezorgd, bezorgen, leveren, geleverd, verzenden, verzonden',
			'betalen, betaling, afrekenen, betaalmethode',
			'bestelling, order, aankoop',
			'pakket, pakketje, zending',
			'annuleren, annulering, afbestellen',
			'terugbetaling, terugbetalen, restitutie, geld',
			'korting, kortingscode, actiecode, cadeaubon, waardebon',
			'factuur, rekening, bon',
			'maat, maten, maatvoering',
			'kapot, beschadigd, defect, stuk',
			'privacy, persoonsgegevens, gegevens, avg',
			'account, profiel, inloggen',
		),
		'en' => array(
			'return, returns, returning, returned',
			'delivery, shipping, shipment, dispatch, postage, deliver, delivered, shipped',
			'pay, payment, paying, checkout',
			'order, purchase',
			'parcel, package',
			'cancel, cancellation',
			'refund, refunded, reimbursement, money',
			'discount, coupon, voucher, promo',
			'invoice, bill, receipt',
			'size, sizing, fit',
			'broken, damaged, defective, faulty',
			'privacy, data, gdpr',
			'account, login, profile',
		),
		'de' => array(
			'Rücksendung, zurückschicken, Retoure, retournieren, zurücksenden, Rückgabe',
			'Lieferung, Versand, liefern, versenden, Zustellung, geliefert, versandt, verschickt',
			'bezahlen, Zahlung, zahlen, Bezahlung, Zahlungsart',
			'Bestellung, Auftrag, Kauf',
			'Paket, Sendung',
			'stornieren, Stornierung',
			'Erstattung, Rückerstattung, erstatten, Geld',
			'Gutschein, Rabatt, Rabattcode, Gutscheincode',
			'Rechnung, Beleg, Quittung',
			'Größe, Größen, Passform',
			'kaputt, beschädigt, defekt',
			'Datenschutz, Daten, DSGVO',
			'Konto, Kundenkonto, Account',
		),
		'fr' => array(
			'retour, renvoyer, retourner, renvoi',
			'livraison, expédition, envoi, livrer, expédier, expédié, livré',
			'payer, paiement, régler, règlement',
			'commande, achat',
			'colis, paquet',
			'annuler, annulation',
			'remboursement, rembourser, remboursé',
			'réduction, remise, promo, coupon, bon',
			'facture, reçu',
			'taille, tailles, pointure',
			'cassé, abîmé, endommagé, défectueux',
			'confidentialité, données, rgpd',
			'compte, profil, connexion',
		),
	);
	return implode( "\n", $sets[ $lang ] ?? array() );
}

/**
 * Option name of a language's synonyms.
 *
 * @param string $lang nl, en, de or fr.
 * @return string
 */
function shopcx_wc_faq_synonyms_option( $lang ) {
	return 'shopcx_wc_faq_synonyms_' . $lang;
}

/**
 * The stored synonyms text of a language (the starter set until the merchant saves their own).
 *
 * @param string $lang nl, en, de or fr.
 * @return string
 */
function shopcx_wc_faq_synonyms_text( $lang ) {
	return (string) get_option( shopcx_wc_faq_synonyms_option( $lang ), shopcx_wc_faq_default_synonyms( $lang ) );
}

/**
 * Checks synonym lines: one group a line, words separated by commas (or semicolons), "#" starts
 * a comment line. Each group is given to ShopCX on its own, so its message names the fault.
 *
 * @param string $text Lines.
 * @param string $lang nl, en, de or fr.
 * @return array{groups: list<list<string>>, bad: array<int, string>} the good groups; line number => why
 */
function shopcx_wc_faq_parse_synonyms( $text, $lang ) {
	$groups = array();
	$bad    = array();
	$lines  = preg_split( '/\R/', (string) $text );
	foreach ( false === $lines ? array() : $lines as $n => $line ) {
		$line = trim( $line );
		if ( '' === $line || '#' === $line[0] ) {
			continue;
		}
		$split = preg_split( '/\s*[,;]\s*/u', $line );
		$words = array_values( array_unique( array_filter( array_map( 'trim', false === $split ? array() : $split ), fn( $w ) => '' !== $w ) ) );
		if ( count( $words ) < 2 ) {
			$bad[ $n + 1 ] = __( 'needs at least two words separated by commas', 'shopcx-woocommerce' );
			continue;
		}
		$spaced = array_values( array_filter( $words, fn( $w ) => (bool) preg_match( '/\s/u', $w ) ) );
		if ( $spaced ) {
			/* translators: %s: the phrase typed. */
			$bad[ $n + 1 ] = sprintf( __( '"%s" is more than one word (synonyms are single words)', 'shopcx-woocommerce' ), $spaced[0] );
			continue;
		}
		try {
			\ShopCx\Faq\Index::build(
				array(
					array(
						'id'       => 'x',
						'question' => 'x',
					),
				),
				array(
					'lang'     => $lang,
					'synonyms' => array( $words ),
				)
			);
		} catch ( \ShopCx\ConfigException $e ) {
			$bad[ $n + 1 ] = (string) preg_replace( '/^option "synonyms" group 0 /', '', $e->getMessage() );
			continue;
		}
		$groups[] = $words;
	}
	return array(
		'groups' => $groups,
		'bad'    => $bad,
	);
}

/**
 * The synonym groups of a language that ShopCX accepts (bad lines are skipped until fixed).
 *
 * @param string $lang nl, en, de or fr.
 * @return list<list<string>>
 */
function shopcx_wc_faq_synonyms( $lang ) {
	return shopcx_wc_faq_parse_synonyms( shopcx_wc_faq_synonyms_text( $lang ), $lang )['groups'];
}

/**
 * Saving a synonyms field: the text is kept as typed (trimmed lines, at most 500), so nothing the
 * merchant wrote is lost; each line ShopCX refuses is reported with its number and left out of the
 * index until it is fixed.
 *
 * @param mixed                $raw   Submitted value.
 * @param array<string, mixed> $field Field (shopcx_lang: its language).
 * @return string
 * @throws InvalidArgumentException With more than 500 lines.
 */
function shopcx_wc_faq_parse_synonyms_field( $raw, $field ) {
	$lines = array_map( 'sanitize_text_field', shopcx_wc_lines( $raw ) );
	if ( count( $lines ) > 500 ) {
		throw new InvalidArgumentException( __( 'at most 500 lines.', 'shopcx-woocommerce' ) );
	}
	$text = implode( "\n", $lines );
	foreach ( shopcx_wc_faq_parse_synonyms( $text, (string) $field['shopcx_lang'] )['bad'] as $n => $why ) {
		/* translators: 1: the field, 2: line number, 3: the line, 4: why ShopCX refused it. */
		WC_Admin_Settings::add_error( sprintf( __( '%1$s: line %2$d "%3$s" %4$s; it is kept but not used until fixed.', 'shopcx-woocommerce' ), (string) $field['title'], $n, $lines[ $n - 1 ] ?? '', $why ) );
	}
	return $text;
}

/**
 * The FAQ section of the settings tab: a synonyms textarea per language.
 *
 * @param array<string, mixed> $sections Sections.
 * @return array<string, mixed>
 */
function shopcx_wc_faq_settings_section( $sections ) {
	$fields = array();
	foreach ( shopcx_wc_faq_languages() as $lang => $name ) {
		$fields[] = array(
			/* translators: %s: a language. */
			'title'       => sprintf( __( 'FAQ synonyms (%s)', 'shopcx-woocommerce' ), $name ),
			'desc'        => __( 'One group a line, single words separated by commas, e.g. "retour, retourneren, terugsturen": a search for one finds the others. Lines starting with # are comments.', 'shopcx-woocommerce' ),
			'id'          => shopcx_wc_faq_synonyms_option( $lang ),
			'type'        => 'textarea',
			'css'         => 'min-height: 8em; min-width: 40em;',
			'default'     => shopcx_wc_faq_default_synonyms( $lang ),
			'parse'       => 'shopcx_wc_faq_parse_synonyms_field',
			'shopcx_lang' => $lang,
		);
	}
	$sections['faq'] = array(
		'title'  => __( 'FAQ search', 'shopcx-woocommerce' ),
		'desc'   => __( 'The index is rebuilt after saving.', 'shopcx-woocommerce' ),
		'fields' => $fields,
	);
	return $sections;
}
add_filter( 'shopcx_wc_settings_sections', 'shopcx_wc_faq_settings_section' );

// The codes only: shopcx_wc_faq_languages() translates the names, which before init is WordPress 6.7+'s
// "translation loading triggered too early" notice on every request (seen in a real WooCommerce 11 shop).
foreach ( array( 'nl', 'en', 'de', 'fr' ) as $shopcx_wc_faq_lang ) {
	add_action( 'add_option_' . shopcx_wc_faq_synonyms_option( $shopcx_wc_faq_lang ), 'shopcx_wc_faq_changed', 10, 0 );
	add_action( 'update_option_' . shopcx_wc_faq_synonyms_option( $shopcx_wc_faq_lang ), 'shopcx_wc_faq_changed', 10, 0 );
}
unset( $shopcx_wc_faq_lang );

// --- what goes into the index ------------------------------------------------------------------

/**
 * Adds the entry's language filter and its clicks (popularity) to the entries of one index.
 * An entry with the meta shopcx_faq_lang (nl, en, de, fr) is in that language's index only;
 * without it, in every language's.
 *
 * @param list<array<string, mixed>> $entries Entries (id = post id).
 * @param string                     $lang    The index's language.
 * @return list<array<string, mixed>>
 */
function shopcx_wc_faq_index_entries( $entries, $lang ) {
	$clicks = shopcx_wc_faq_clicks();
	$out    = array();
	foreach ( $entries as $entry ) {
		$own = (string) get_post_meta( (int) $entry['id'], 'shopcx_faq_lang', true );
		if ( '' !== $own && $own !== $lang ) {
			continue;
		}
		$entry['popularity'] = $clicks[ (int) $entry['id'] ] ?? 0;
		$out[]               = $entry;
	}
	return $out;
}
add_filter( 'shopcx_wc_faq_entries', 'shopcx_wc_faq_index_entries', 10, 2 );

/**
 * The synonyms of the index's language in its build options.
 *
 * @param array<string, mixed> $options Build options.
 * @param string               $lang    Language.
 * @return array<string, mixed>
 */
function shopcx_wc_faq_index_options( $options, $lang ) {
	$synonyms = shopcx_wc_faq_synonyms( $lang );
	if ( $synonyms ) {
		$options['synonyms'] = $synonyms;
	}
	return $options;
}
add_filter( 'shopcx_wc_faq_build_options', 'shopcx_wc_faq_index_options', 10, 2 );

/**
 * Clicks per entry (the popularity prior).
 *
 * @return array<int, int> post id => clicks
 */
function shopcx_wc_faq_clicks() {
	global $wpdb;
	$rows = $wpdb->get_results( "SELECT entry_id, clicks FROM {$wpdb->prefix}shopcx_faq_clicks", ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$out  = array();
	foreach ( (array) $rows as $row ) {
		$out[ (int) $row['entry_id'] ] = (int) $row['clicks'];
	}
	return $out;
}

// --- rebuilding --------------------------------------------------------------------------------

/**
 * Entries, synonyms or popularity changed. A FAQ of up to 200 published entries (filter
 * shopcx_wc_faq_inline_max) is rebuilt right away: ShopCX builds 300 entries in about 7 ms, less
 * than the save itself, and the merchant sees the change at once. A larger one (or an import that
 * saves entry after entry) gets one rebuild job on Action Scheduler / WP-Cron instead, so the
 * page is not held up; the files are always replaced by rename (save()), never rewritten in place.
 *
 * @return void
 */
function shopcx_wc_faq_changed() {
	$count = (int) ( wp_count_posts( 'shopcx_faq' )->publish ?? 0 );
	if ( $count <= (int) apply_filters( 'shopcx_wc_faq_inline_max', 200 ) ) {
		shopcx_wc_faq_rebuild_all();
		return;
	}
	shopcx_wc_faq_schedule_rebuild( time() );
}

/**
 * One pending rebuild job at a time.
 *
 * @param int $when Unix time.
 * @return void
 */
function shopcx_wc_faq_schedule_rebuild( $when ) {
	if ( function_exists( 'as_schedule_single_action' ) ) {
		if ( ! as_has_scheduled_action( 'shopcx_wc_faq_rebuild' ) ) {
			as_schedule_single_action( $when, 'shopcx_wc_faq_rebuild', array(), 'shopcx' );
		}
	} elseif ( ! wp_next_scheduled( 'shopcx_wc_faq_rebuild' ) ) {
		wp_schedule_single_event( $when, 'shopcx_wc_faq_rebuild' );
	}
}

/**
 * Rebuilds the index of every language of shopcx_wc_faq_build_languages(). A language whose
 * rebuild fails (a full or unwritable uploads disk) keeps its previous index, and one rebuild job
 * is scheduled after shopcx_wc_faq_retry_seconds (default five minutes): the shop catches up by
 * itself once the disk has room again, without anyone saving an entry.
 *
 * @return list<string> the languages whose index could not be rebuilt
 */
function shopcx_wc_faq_rebuild_all() {
	delete_option( 'shopcx_wc_faq_clicks_dirty' );
	$failed = array();
	foreach ( shopcx_wc_faq_build_languages() as $lang ) {
		try {
			shopcx_wc_faq_rebuild( $lang );
		} catch ( \ShopCx\IndexException | \ShopCx\ConfigException | \ValueError $e ) {
			error_log( 'ShopCX FAQ: the "' . $lang . '" index could not be rebuilt: ' . $e->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			$failed[] = $lang;
		}
	}
	if ( $failed ) {
		shopcx_wc_faq_schedule_retry();
	}
	return $failed;
}

/**
 * One rebuild job after a failed rebuild, scheduled when the running request ends: until then a
 * rebuild job that failed is still running, and Action Scheduler counts it as scheduled.
 *
 * @return void
 */
function shopcx_wc_faq_schedule_retry() {
	if ( has_action( 'shutdown', 'shopcx_wc_faq_schedule_retry_now' ) ) {
		return;
	}
	add_action( 'shutdown', 'shopcx_wc_faq_schedule_retry_now', 0 );
}

/**
 * The retry job of shopcx_wc_faq_schedule_retry(), on shutdown.
 *
 * @return void
 */
function shopcx_wc_faq_schedule_retry_now() {
	remove_action( 'shutdown', 'shopcx_wc_faq_schedule_retry_now', 0 );
	/**
	 * Seconds until a failed FAQ rebuild is tried again.
	 *
	 * @param int $seconds Default 300.
	 */
	shopcx_wc_faq_schedule_rebuild( time() + max( 1, (int) apply_filters( 'shopcx_wc_faq_retry_seconds', 5 * MINUTE_IN_SECONDS ) ) );
}

// --- clicks and co-views -----------------------------------------------------------------------

/**
 * A published FAQ entry's id, or 0.
 *
 * @param mixed $id Posted id.
 * @return int
 */
function shopcx_wc_faq_entry_id( $id ) {
	$id = is_numeric( $id ) ? (int) $id : 0;
	if ( $id <= 0 || 'shopcx_faq' !== get_post_type( $id ) || 'publish' !== get_post_status( $id ) ) {
		return 0;
	}
	return $id;
}

/**
 * Records a click on an answer, and the pairs it makes with the entries opened before in the same
 * visit (the visitor's browser tab keeps those ids in sessionStorage: no cookie, nothing personal).
 * The index picks the clicks up on the next rebuild: the first click after one schedules a
 * rebuild within the hour.
 *
 * @param int       $id   Entry clicked.
 * @param list<int> $seen Entries opened before in this visit (at most 10 are used).
 * @return bool whether it was counted
 */
function shopcx_wc_faq_record_click( $id, $seen = array() ) {
	global $wpdb;
	$id = shopcx_wc_faq_entry_id( $id );
	if ( ! $id ) {
		return false;
	}
	$now = time();
	$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->prefix}shopcx_faq_clicks (entry_id, clicks, last_at) VALUES (%d, 1, %d) ON DUPLICATE KEY UPDATE clicks = clicks + 1, last_at = VALUES(last_at)", $id, $now ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$others = array();
	foreach ( array_slice( array_values( array_unique( array_map( 'intval', $seen ) ) ), 0, 10 ) as $other ) {
		$other = $other !== $id ? shopcx_wc_faq_entry_id( $other ) : 0;
		if ( $other ) {
			$others[] = $other;
		}
	}
	foreach ( $others as $other ) {
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->prefix}shopcx_faq_coviews (entry_a, entry_b, views, last_at) VALUES (%d, %d, 1, %d) ON DUPLICATE KEY UPDATE views = views + 1, last_at = VALUES(last_at)", min( $id, $other ), max( $id, $other ), $now ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}
	if ( add_option( 'shopcx_wc_faq_clicks_dirty', (string) $now, '', false ) ) {
		shopcx_wc_faq_schedule_popularity( $now + HOUR_IN_SECONDS );
	}
	return true;
}

/**
 * Schedules the popularity rebuild once.
 *
 * @param int $when Unix time.
 * @return void
 */
function shopcx_wc_faq_schedule_popularity( $when ) {
	if ( function_exists( 'as_schedule_single_action' ) ) {
		if ( ! as_has_scheduled_action( 'shopcx_wc_faq_popularity' ) ) {
			as_schedule_single_action( $when, 'shopcx_wc_faq_popularity', array(), 'shopcx' );
		}
	} elseif ( ! wp_next_scheduled( 'shopcx_wc_faq_popularity' ) ) {
		wp_schedule_single_event( $when, 'shopcx_wc_faq_popularity' );
	}
}

/**
 * The popularity job: rebuilds the indexes with the clicks counted since the last build.
 *
 * @return void
 */
function shopcx_wc_faq_popularity_job() {
	if ( false !== get_option( 'shopcx_wc_faq_clicks_dirty' ) ) {
		shopcx_wc_faq_rebuild_all();
	}
}
add_action( 'shopcx_wc_faq_popularity', 'shopcx_wc_faq_popularity_job' );

/**
 * Co-views of an entry: the other entries opened in the same visits, with how many.
 *
 * @param int $id Entry.
 * @return array<string, int> post id => visits
 */
function shopcx_wc_faq_coviews( $id ) {
	global $wpdb;
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT IF(entry_a = %d, entry_b, entry_a) AS other, views FROM {$wpdb->prefix}shopcx_faq_coviews WHERE entry_a = %d OR entry_b = %d ORDER BY views DESC LIMIT 200", $id, $id, $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$out  = array();
	foreach ( (array) $rows as $row ) {
		$out[ (string) $row['other'] ] = (int) $row['views'];
	}
	return $out;
}

/**
 * A deleted entry takes its counts with it.
 *
 * @param int $post_id Post id.
 * @return void
 */
function shopcx_wc_faq_forget_entry( $post_id ) {
	global $wpdb;
	if ( 'shopcx_faq' !== get_post_type( $post_id ) ) {
		return;
	}
	$wpdb->delete( $wpdb->prefix . 'shopcx_faq_clicks', array( 'entry_id' => (int) $post_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->prefix}shopcx_faq_coviews WHERE entry_a = %d OR entry_b = %d", $post_id, $post_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
}
add_action( 'before_delete_post', 'shopcx_wc_faq_forget_entry' );

/**
 * "Related questions" of an entry: ShopCX's content similarity, boosted by the co-views.
 *
 * @param int $id    Entry.
 * @param int $limit At most this many.
 * @return list<array{id: int, question: string, url: string, score: float}>
 */
function shopcx_wc_faq_related( $id, $limit = 5 ) {
	try {
		$index = \ShopCx\Faq\Index::load( shopcx_wc_faq_path( shopcx_wc_lang() ) );
		$hits  = $index->related( (string) $id, $limit, shopcx_wc_faq_coviews( $id ) );
	} catch ( \ShopCx\IndexException | \ValueError $e ) {
		return array(); // No index yet, or the entry is not in it (a draft, another language).
	}
	$out = array();
	foreach ( $hits as $hit ) {
		$out[] = array(
			'id'       => (int) $hit->id,
			'question' => $hit->question,
			'url'      => (string) get_permalink( (int) $hit->id ),
			'score'    => round( $hit->score, 4 ),
		);
	}
	return $out;
}

/**
 * Under an opened answer (the entry's own page): its related questions, and the script that
 * counts the visit (and clicks on the related links).
 *
 * @param string $content The entry's content.
 * @return string
 */
function shopcx_wc_faq_entry_content( $content ) {
	$id = (int) get_the_ID();
	// The opened entry's own content only (not an excerpt of another post printed on its page).
	if ( ! is_singular( 'shopcx_faq' ) || ! in_the_loop() || ! is_main_query() || get_queried_object_id() !== $id ) {
		return $content;
	}
	wp_enqueue_script( 'shopcx-faq-search' );
	$html = '<div class="shopcx-faq-entry" data-shopcx-faq-entry="' . esc_attr( (string) $id ) . '" data-shopcx-faq-click="' . esc_url( rest_url( 'shopcx/v1/faq/click' ) ) . '"></div>';
	$list = shopcx_wc_faq_related( $id );
	if ( $list ) {
		$html .= '<nav class="shopcx-faq-related" aria-labelledby="shopcx-faq-related-' . esc_attr( (string) $id ) . '"><h2 id="shopcx-faq-related-' . esc_attr( (string) $id ) . '">' . esc_html__( 'Related questions', 'shopcx-woocommerce' ) . '</h2><ul>';
		foreach ( $list as $item ) {
			$html .= '<li><a href="' . esc_url( $item['url'] ) . '" data-shopcx-faq-id="' . esc_attr( (string) $item['id'] ) . '">' . esc_html( $item['question'] ) . '</a></li>';
		}
		$html .= '</ul></nav>';
	}
	return $content . $html;
}
add_filter( 'the_content', 'shopcx_wc_faq_entry_content', 20 );

// --- unanswered searches and unknown words -----------------------------------------------------

/**
 * The query as the log keeps it: no tags, lower case, e-mail addresses dropped, numbers of three
 * or more digits (order, phone, postcode numbers) as "#", punctuation as spaces, at most 100
 * characters. Nothing else about the visitor is stored.
 *
 * @param string $query Query.
 * @return string '' when nothing worth keeping is left
 */
function shopcx_wc_faq_normalize( $query ) {
	$q = mb_strtolower( wp_strip_all_tags( $query ) );
	$q = (string) preg_replace( '/\S+@\S+/u', ' ', $q );
	$q = (string) preg_replace( '/\d[\d\s.\/-]*\d{2,}|\d{3,}/u', '#', $q );
	$q = (string) preg_replace( '/[^\p{L}\p{M}\p{N}#\'-]+/u', ' ', $q );
	$q = trim( (string) preg_replace( '/\s+/u', ' ', $q ), " -'" );
	$q = mb_substr( $q, 0, 100 );
	return preg_match( '/\p{L}/u', $q ) ? $q : '';
}

/**
 * Logs a search the visitor finished (submitted, or paused on): unanswered, the normalized query;
 * either way, the words the index does not know. Capped at SHOPCX_WC_FAQ_LOG_CAP rows.
 *
 * @param string             $query  The visitor's query.
 * @param \ShopCx\Faq\Result $result ShopCX's result.
 * @param string             $lang   The index's language.
 * @return int rows added or counted
 */
function shopcx_wc_faq_log_search( $query, $result, $lang ) {
	$normalized = shopcx_wc_faq_normalize( $query );
	$terms      = array();
	if ( ! $result->answered ) {
		$terms[] = array( 'query', $normalized );
	}
	// ShopCX splits "jan@example.com" into words too: only words left in the normalized query count.
	$kept = array_flip( explode( ' ', remove_accents( $normalized ) ) );
	foreach ( array_slice( $result->unknownWords, 0, 10 ) as $word ) {
		$word = shopcx_wc_faq_normalize( $word );
		if ( isset( $kept[ remove_accents( $word ) ] ) ) {
			$terms[] = array( 'word', $word );
		}
	}
	$n = 0;
	foreach ( $terms as list( $kind, $term ) ) {
		if ( '' !== $term ) {
			$n += shopcx_wc_faq_log_term( $kind, $lang, $term );
		}
	}
	return $n;
}

/**
 * Counts one term in the log.
 *
 * @param string $kind query or word.
 * @param string $lang Language.
 * @param string $term Normalized text.
 * @return int 1
 */
function shopcx_wc_faq_log_term( $kind, $lang, $term ) {
	global $wpdb;
	$table = $wpdb->prefix . 'shopcx_faq_misses';
	$now   = time();
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
	$added = $wpdb->query( $wpdb->prepare( "INSERT INTO $table (kind, lang, term, hits, first_seen, last_seen) VALUES (%s, %s, %s, 1, %d, %d) ON DUPLICATE KEY UPDATE hits = hits + 1, last_seen = VALUES(last_seen)", $kind, $lang, $term, $now, $now ) );
	if ( 1 === $added ) { // A new row (2 means counted on an existing one): keep the log within its cap.
		$cap = (int) apply_filters( 'shopcx_wc_faq_log_cap', SHOPCX_WC_FAQ_LOG_CAP );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is ours.
		$wpdb->query( $wpdb->prepare( "DELETE t FROM $table t JOIN (SELECT kind, lang, term FROM $table ORDER BY last_seen DESC, hits DESC LIMIT 18446744073709551615 OFFSET %d) old USING (kind, lang, term)", max( 1, $cap ) ) );
	}
	return 1;
}

/**
 * Runs a finished search again and logs it (the REST route /faq/log and the submitted form).
 *
 * @param string $query Query.
 * @return bool whether a search ran
 */
function shopcx_wc_faq_log_query( $query ) {
	$query = trim( mb_substr( $query, 0, 200 ) );
	if ( '' === $query ) {
		return false;
	}
	$lang = shopcx_wc_lang();
	try {
		$result = \ShopCx\Faq\Index::load( shopcx_wc_faq_path( $lang ) )->search( $query, 5, array( 'minScore' => 0.05 ) );
	} catch ( \ShopCx\IndexException | \ValueError $e ) {
		return false; // No index (logged elsewhere) or a query ShopCX refuses: nothing to learn.
	}
	shopcx_wc_faq_log_search( $query, $result, $lang );
	return true;
}

/**
 * The log, most asked first.
 *
 * @param string $kind  query or word.
 * @param int    $limit Rows.
 * @return list<array{term: string, lang: string, hits: int, last_seen: int}>
 */
function shopcx_wc_faq_log_rows( $kind, $limit = 100 ) {
	global $wpdb;
	$rows = $wpdb->get_results( $wpdb->prepare( "SELECT term, lang, hits, last_seen FROM {$wpdb->prefix}shopcx_faq_misses WHERE kind = %s ORDER BY hits DESC, last_seen DESC LIMIT %d", $kind, $limit ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$out  = array();
	foreach ( (array) $rows as $row ) {
		$out[] = array(
			'term'      => (string) $row['term'],
			'lang'      => (string) $row['lang'],
			'hits'      => (int) $row['hits'],
			'last_seen' => (int) $row['last_seen'],
		);
	}
	return $out;
}

// --- REST: suggest, click, log -----------------------------------------------------------------

/**
 * Autocomplete: questions that complete what the visitor types.
 *
 * @param string $prefix What is typed so far.
 * @return list<string>
 */
function shopcx_wc_faq_suggest( $prefix ) {
	$prefix = trim( mb_substr( $prefix, 0, 100 ) );
	if ( '' === $prefix ) {
		return array();
	}
	try {
		return \ShopCx\Faq\Index::load( shopcx_wc_faq_path( shopcx_wc_lang() ) )->suggest( $prefix, 5 );
	} catch ( \ShopCx\IndexException $e ) {
		return array();
	}
}

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'shopcx/v1',
			'/faq/suggest',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'args'                => array(
					'q' => array(
						'type'     => 'string',
						'required' => true,
					),
				),
				'callback'            => function ( $request ) {
					try {
						$list = shopcx_wc_faq_suggest( (string) $request['q'] );
					} catch ( \ValueError $e ) {
						return new WP_Error( 'shopcx_bad_query', __( 'This search could not be run. Try other words.', 'shopcx-woocommerce' ), array( 'status' => 400 ) );
					}
					return rest_ensure_response(
						array(
							'query'       => (string) $request['q'],
							'suggestions' => $list,
						)
					);
				},
			)
		);
		register_rest_route(
			'shopcx/v1',
			'/faq/click',
			array(
				'methods'             => 'POST',
				'permission_callback' => '__return_true',
				'args'                => array(
					'id'   => array(
						'type'     => 'integer',
						'required' => true,
					),
					'seen' => array(
						'type'     => 'array',
						'items'    => array( 'type' => 'integer' ),
						'maxItems' => 20,
						'default'  => array(),
					),
				),
				'callback'            => function ( $request ) {
					if ( ! shopcx_wc_faq_record_click( (int) $request['id'], array_values( array_map( 'intval', (array) $request['seen'] ) ) ) ) {
						return new WP_Error( 'shopcx_no_entry', __( 'No such FAQ entry.', 'shopcx-woocommerce' ), array( 'status' => 404 ) );
					}
					return rest_ensure_response( array( 'counted' => true ) );
				},
			)
		);
		register_rest_route(
			'shopcx/v1',
			'/faq/log',
			array(
				'methods'             => 'POST',
				'permission_callback' => '__return_true',
				'args'                => array(
					'q' => array(
						'type'      => 'string',
						'required'  => true,
						'maxLength' => 1000,
					),
				),
				'callback'            => function ( $request ) {
					return rest_ensure_response( array( 'searched' => shopcx_wc_faq_log_query( (string) $request['q'] ) ) );
				},
			)
		);
	}
);

// --- admin: the log and the starter entries ----------------------------------------------------

add_action(
	'admin_menu',
	function () {
		add_submenu_page( 'edit.php?post_type=shopcx_faq', __( 'FAQ searches', 'shopcx-woocommerce' ), __( 'Searches', 'shopcx-woocommerce' ), 'manage_woocommerce', 'shopcx-faq-searches', 'shopcx_wc_faq_searches_page' );
	}
);

/**
 * The admin page: unanswered searches and unknown words with their counts, the clear button, and
 * the starter entries button.
 *
 * @return void
 */
function shopcx_wc_faq_searches_page() {
	if ( ! current_user_can( 'manage_woocommerce' ) ) {
		wp_die( esc_html__( 'You are not allowed to see this page.', 'shopcx-woocommerce' ), '', array( 'response' => 403 ) );
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'FAQ searches', 'shopcx-woocommerce' ) . '</h1>';
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- only which notice to show.
	if ( isset( $_GET['shopcx_cleared'] ) ) {
		echo '<div class="notice notice-success"><p>' . esc_html__( 'The log was cleared.', 'shopcx-woocommerce' ) . '</p></div>';
	}
	if ( isset( $_GET['shopcx_created'] ) ) {
		/* translators: %d: number of entries. */
		echo '<div class="notice notice-success"><p>' . esc_html( sprintf( _n( '%d starter entry was created as a draft: check it and publish it.', '%d starter entries were created as drafts: check them and publish them.', (int) $_GET['shopcx_created'], 'shopcx-woocommerce' ), (int) $_GET['shopcx_created'] ) ) . '</p></div>';
	}
	// phpcs:enable
	echo '<p>' . esc_html__( 'What visitors searched for without a good answer, and the words the FAQ does not know: add entries or synonyms for them. Only the normalized text is kept (no addresses, numbers or visitor data), at most 500 rows.', 'shopcx-woocommerce' ) . '</p>';
	$tables = array(
		'query' => array( __( 'Unanswered searches', 'shopcx-woocommerce' ), __( 'Search', 'shopcx-woocommerce' ) ),
		'word'  => array( __( 'Unknown words', 'shopcx-woocommerce' ), __( 'Word', 'shopcx-woocommerce' ) ),
	);
	foreach ( $tables as $kind => list( $title, $column ) ) {
		$rows = shopcx_wc_faq_log_rows( $kind );
		echo '<h2>' . esc_html( $title ) . '</h2>';
		if ( ! $rows ) {
			echo '<p class="shopcx-faq-log-empty">' . esc_html__( 'Nothing logged yet.', 'shopcx-woocommerce' ) . '</p>';
			continue;
		}
		echo '<table class="widefat striped shopcx-faq-log" data-kind="' . esc_attr( $kind ) . '"><thead><tr><th scope="col">' . esc_html( $column ) . '</th><th scope="col">' . esc_html__( 'Language', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Times', 'shopcx-woocommerce' ) . '</th><th scope="col">' . esc_html__( 'Last seen', 'shopcx-woocommerce' ) . '</th></tr></thead><tbody>';
		foreach ( $rows as $row ) {
			echo '<tr><td>' . esc_html( $row['term'] ) . '</td><td>' . esc_html( $row['lang'] ) . '</td><td>' . esc_html( (string) $row['hits'] ) . '</td><td>' . esc_html( (string) wp_date( 'Y-m-d H:i', $row['last_seen'] ) ) . '</td></tr>';
		}
		echo '</tbody></table>';
	}
	echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="shopcx_wc_faq_clear_log">';
	wp_nonce_field( 'shopcx_wc_faq_clear_log' );
	echo '<button type="submit" class="button button-secondary delete">' . esc_html__( 'Clear the log', 'shopcx-woocommerce' ) . '</button>';
	echo '</form>';

	$lang = shopcx_wc_faq_site_lang();
	echo '<h2>' . esc_html__( 'Starter entries', 'shopcx-woocommerce' ) . '</h2><p>' . esc_html(
		sprintf(
			/* translators: %s: a language. */
			__( 'Six entries in %s (product, order status, payment, shipping, returns, privacy), in the form of address the shop uses, created as drafts for you to check, edit and publish. Topics that already have a starter entry are skipped.', 'shopcx-woocommerce' ),
			shopcx_wc_faq_languages()[ $lang ]
		)
	) . '</p>';
	echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"><input type="hidden" name="action" value="shopcx_wc_faq_starter">';
	wp_nonce_field( 'shopcx_wc_faq_starter' );
	echo '<button type="submit" class="button button-secondary">' . esc_html__( 'Create starter entries', 'shopcx-woocommerce' ) . '</button>';
	echo '</form></div>';
}

/**
 * Checks an admin form: the capability, then the nonce.
 *
 * @param string $action Nonce action.
 * @return string '' when allowed, else why not
 */
function shopcx_wc_faq_admin_refusal( $action ) {
	if ( ! current_user_can( 'manage_woocommerce' ) ) {
		return __( 'You are not allowed to do this.', 'shopcx-woocommerce' );
	}
	$nonce = isset( $_POST['_wpnonce'] ) ? sanitize_text_field( wp_unslash( $_POST['_wpnonce'] ) ) : '';
	if ( ! wp_verify_nonce( $nonce, $action ) ) {
		return __( 'The form has expired: reload the page and try again.', 'shopcx-woocommerce' );
	}
	return '';
}

/**
 * Clears the log (the admin-post handler's work).
 *
 * @return string '' when cleared, else why not
 */
function shopcx_wc_faq_clear_log() {
	global $wpdb;
	$refusal = shopcx_wc_faq_admin_refusal( 'shopcx_wc_faq_clear_log' );
	if ( '' === $refusal ) {
		$wpdb->query( "DELETE FROM {$wpdb->prefix}shopcx_faq_misses" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}
	return $refusal;
}

add_action(
	'admin_post_shopcx_wc_faq_clear_log',
	function () {
		$refusal = shopcx_wc_faq_clear_log();
		if ( '' !== $refusal ) {
			wp_die( esc_html( $refusal ), '', array( 'response' => 403 ) );
		}
		wp_safe_redirect( admin_url( 'edit.php?post_type=shopcx_faq&page=shopcx-faq-searches&shopcx_cleared=1' ) );
		exit;
	}
);

add_action(
	'admin_post_shopcx_wc_faq_starter',
	function () {
		$refusal = shopcx_wc_faq_admin_refusal( 'shopcx_wc_faq_starter' );
		if ( '' !== $refusal || ! current_user_can( 'edit_posts' ) ) {
			wp_die( esc_html( '' !== $refusal ? $refusal : __( 'You are not allowed to do this.', 'shopcx-woocommerce' ) ), '', array( 'response' => 403 ) );
		}
		$created = shopcx_wc_faq_create_starter_entries();
		wp_safe_redirect( admin_url( 'edit.php?post_type=shopcx_faq&page=shopcx-faq-searches&shopcx_created=' . count( $created ) ) );
		exit;
	}
);

/**
 * The form of address of the shop's starter entries: shopcx.register when php.ini sets it, else
 * the shop's own locale as shopcx_wc_locale_register() reads it for the visitor's (WordPress's
 * nl_NL and de_DE, and every *_informal locale, say je/du; nl_NL_formal, de_DE_formal and the
 * others u/Sie/vous), so the entries match the plugin's translations. The site locale, not the
 * admin's profile language: the merchant pressing the button may read the admin in English.
 *
 * @return string formal or informal
 */
function shopcx_wc_faq_register() {
	$locale = (string) get_locale();
	if ( false !== get_cfg_var( 'shopcx.register' ) ) {
		$register = (string) ini_get( 'shopcx.register' );
	} else {
		$register = str_ends_with( $locale, '_informal' ) || in_array( $locale, array( 'nl_NL', 'de_DE' ), true ) ? 'informal' : 'formal';
		$register = (string) apply_filters( 'shopcx_wc_locale_register', $register, $locale );
	}
	/**
	 * The starter entries' form of address.
	 *
	 * @param string $register formal or informal.
	 * @param string $locale   The site's locale.
	 */
	$register = (string) apply_filters( 'shopcx_wc_faq_register', $register, $locale );
	return 'informal' === $register ? 'informal' : 'formal';
}

/**
 * Creates the starter entries of the shop's language as drafts (a topic that already has one,
 * in any status but the trash, is skipped). Only ever called from the merchant's button.
 *
 * @param string|null $lang     nl, en, de or fr (default: the shop's language).
 * @param string|null $register formal or informal (default: shopcx_wc_faq_register()).
 * @return list<int> the new posts
 */
function shopcx_wc_faq_create_starter_entries( $lang = null, $register = null ) {
	$lang     = $lang ?? shopcx_wc_faq_site_lang();
	$register = $register ?? shopcx_wc_faq_register();
	$created  = array();
	foreach ( shopcx_wc_faq_starter_entries( $lang, $register ) as $topic => list( $question, $answer ) ) {
		$exists = get_posts(
			array(
				'post_type'   => 'shopcx_faq',
				'post_status' => array( 'publish', 'draft', 'pending', 'private', 'future' ),
				'meta_key'    => 'shopcx_faq_starter', // phpcs:ignore WordPress.DB.SlowDBQuery
				'meta_value'  => $topic . ':' . $lang, // phpcs:ignore WordPress.DB.SlowDBQuery
				'fields'      => 'ids',
				'numberposts' => 1,
			)
		);
		if ( $exists ) {
			continue;
		}
		$html   = '<p>' . esc_html( $answer ) . '</p>';
		$policy = (int) get_option( 'wp_page_for_privacy_policy' );
		if ( 'privacy' === $topic && $policy && 'publish' === get_post_status( $policy ) ) {
			$html .= '<p><a href="' . esc_url( (string) get_permalink( $policy ) ) . '">' . esc_html( get_the_title( $policy ) ) . '</a></p>'; // The shop's own privacy page.
		}
		$id = wp_insert_post(
			array(
				'post_type'    => 'shopcx_faq',
				'post_status'  => 'draft',
				'post_title'   => $question,
				'post_content' => $html,
				'meta_input'   => array(
					'shopcx_faq_starter' => $topic . ':' . $lang,
					'shopcx_faq_lang'    => $lang,
				),
			)
		);
		if ( $id ) {
			$created[] = $id;
		}
	}
	return $created;
}

/**
 * The six charter topics' starter questions and answers.
 *
 * @param string $lang     nl, en, de or fr.
 * @param string $register formal or informal (English has one form).
 * @return array<string, array{0: string, 1: string}> topic => question, answer
 */
function shopcx_wc_faq_starter_entries( $lang, $register ) {
	$nbsp = "\u{00A0}"; // French puts a no-break space before ? and ;.
	$all  = array(
		'nl-formal'   => array(
			'product'  => array( 'Hoe kies ik het juiste product of de juiste maat?', 'Op elke productpagina vindt u de beschrijving, de afmetingen en of het artikel op voorraad is. Twijfelt u nog? Stel uw vraag via het contactformulier of de chat, dan helpen wij u graag verder.' ),
			'status'   => array( 'Wat is de status van mijn bestelling?', 'In Mijn account onder Bestellingen ziet u de status van elke bestelling. Zodra uw pakket onderweg is, ontvangt u een e-mail met de track-and-tracecode.' ),
			'payment'  => array( 'Hoe kan ik betalen?', 'U betaalt veilig met een van de betaalmethoden die bij het afrekenen worden getoond. Zodra uw betaling binnen is, gaat uw bestelling in behandeling.' ),
			'shipping' => array( 'Wanneer wordt mijn bestelling verzonden en bezorgd?', 'Op de productpagina ziet u tot hoe laat u kunt bestellen zodat uw pakket nog dezelfde werkdag wordt verzonden, en wanneer het bij u wordt bezorgd. De verzendkosten ziet u in de winkelwagen, voordat u afrekent.' ),
			'returns'  => array( 'Hoe kan ik een artikel retourneren?', 'U kunt uw bestelling binnen 14 dagen na ontvangst zonder opgave van reden retourneren. Meld uw retour aan via het contactformulier; wij betalen het bedrag binnen 14 dagen terug.' ),
			'privacy'  => array( 'Wat gebeurt er met mijn persoonsgegevens?', 'Wij gebruiken uw gegevens alleen om uw bestelling te verwerken en u op de hoogte te houden van de levering. Hoe lang wij ze bewaren en welke rechten u heeft, leest u in onze privacyverklaring.' ),
		),
		'nl-informal' => array(
			'product'  => array( 'Hoe kies ik het juiste product of de juiste maat?', 'Op elke productpagina vind je de beschrijving, de afmetingen en of het artikel op voorraad is. Twijfel je nog? Stel je vraag via het contactformulier of de chat, dan helpen we je graag verder.' ),
			'status'   => array( 'Wat is de status van mijn bestelling?', 'In Mijn account onder Bestellingen zie je de status van elke bestelling. Zodra je pakket onderweg is, krijg je een e-mail met de track-and-tracecode.' ),
			'payment'  => array( 'Hoe kan ik betalen?', 'Je betaalt veilig met een van de betaalmethoden die je bij het afrekenen ziet. Zodra je betaling binnen is, gaat je bestelling in behandeling.' ),
			'shipping' => array( 'Wanneer wordt mijn bestelling verzonden en bezorgd?', 'Op de productpagina zie je tot hoe laat je kunt bestellen zodat je pakket nog dezelfde werkdag wordt verzonden, en wanneer het bij je wordt bezorgd. De verzendkosten zie je in de winkelwagen, voordat je afrekent.' ),
			'returns'  => array( 'Hoe kan ik een artikel retourneren?', 'Je kunt je bestelling binnen 14 dagen na ontvangst zonder opgave van reden retourneren. Meld je retour aan via het contactformulier; we betalen het bedrag binnen 14 dagen terug.' ),
			'privacy'  => array( 'Wat gebeurt er met mijn persoonsgegevens?', 'We gebruiken je gegevens alleen om je bestelling te verwerken en je op de hoogte te houden van de levering. Hoe lang we ze bewaren en welke rechten je hebt, lees je in onze privacyverklaring.' ),
		),
		'en'          => array(
			'product'  => array( 'How do I choose the right product or size?', 'Every product page shows the description, the dimensions and whether the item is in stock. Still not sure? Ask us through the contact form or the chat and we will gladly help.' ),
			'status'   => array( 'What is the status of my order?', 'Under My account > Orders you can see the status of every order. As soon as your parcel is on its way, we email you the tracking code.' ),
			'payment'  => array( 'How can I pay?', 'You pay securely with one of the payment methods shown at checkout. Your order is processed as soon as your payment has come through.' ),
			'shipping' => array( 'When will my order be shipped and delivered?', 'The product page shows how late you can order for your parcel to leave the same working day, and when it will arrive. Shipping costs are shown in the cart before you check out.' ),
			'returns'  => array( 'How do I return an item?', 'You can return your order within 14 days of receiving it without giving a reason. Let us know through the contact form; we refund the amount within 14 days.' ),
			'privacy'  => array( 'What happens to my personal data?', 'We only use your data to process your order and keep you informed about its delivery. Our privacy policy explains how long we keep it and what your rights are.' ),
		),
		'de-formal'   => array(
			'product'  => array( 'Wie finde ich das passende Produkt oder die richtige Größe?', 'Auf jeder Produktseite finden Sie die Beschreibung, die Maße und die Verfügbarkeit. Sind Sie unsicher? Schreiben Sie uns über das Kontaktformular oder den Chat – wir helfen Ihnen gern weiter.' ),
			'status'   => array( 'Wie ist der Status meiner Bestellung?', 'Unter Mein Konto > Bestellungen sehen Sie den Status jeder Bestellung. Sobald Ihr Paket unterwegs ist, erhalten Sie eine E-Mail mit der Sendungsnummer.' ),
			'payment'  => array( 'Wie kann ich bezahlen?', 'Sie bezahlen sicher mit einer der Zahlungsarten, die an der Kasse angezeigt werden. Sobald Ihre Zahlung eingegangen ist, bearbeiten wir Ihre Bestellung.' ),
			'shipping' => array( 'Wann wird meine Bestellung versandt und geliefert?', 'Auf der Produktseite sehen Sie, bis wann Sie bestellen müssen, damit Ihr Paket noch am selben Werktag verschickt wird, und wann es ankommt. Die Versandkosten sehen Sie im Warenkorb, bevor Sie zur Kasse gehen.' ),
			'returns'  => array( 'Wie kann ich einen Artikel zurückschicken?', 'Sie können Ihre Bestellung innerhalb von 14 Tagen nach Erhalt ohne Angabe von Gründen widerrufen und zurückschicken. Melden Sie die Rücksendung über das Kontaktformular an; wir erstatten Ihnen den Betrag innerhalb von 14 Tagen.' ),
			'privacy'  => array( 'Was passiert mit meinen persönlichen Daten?', 'Wir verwenden Ihre Daten nur, um Ihre Bestellung abzuwickeln und Sie über die Lieferung zu informieren. Wie lange wir sie speichern und welche Rechte Sie haben, lesen Sie in unserer Datenschutzerklärung.' ),
		),
		'de-informal' => array(
			'product'  => array( 'Wie finde ich das passende Produkt oder die richtige Größe?', 'Auf jeder Produktseite findest du die Beschreibung, die Maße und die Verfügbarkeit. Du bist unsicher? Schreib uns über das Kontaktformular oder den Chat – wir helfen dir gern weiter.' ),
			'status'   => array( 'Wie ist der Status meiner Bestellung?', 'Unter Mein Konto > Bestellungen siehst du den Status jeder Bestellung. Sobald dein Paket unterwegs ist, bekommst du eine E-Mail mit der Sendungsnummer.' ),
			'payment'  => array( 'Wie kann ich bezahlen?', 'Du bezahlst sicher mit einer der Zahlungsarten, die dir an der Kasse angezeigt werden. Sobald deine Zahlung eingegangen ist, bearbeiten wir deine Bestellung.' ),
			'shipping' => array( 'Wann wird meine Bestellung versandt und geliefert?', 'Auf der Produktseite siehst du, bis wann du bestellen musst, damit dein Paket noch am selben Werktag verschickt wird, und wann es ankommt. Die Versandkosten siehst du im Warenkorb, bevor du zur Kasse gehst.' ),
			'returns'  => array( 'Wie kann ich einen Artikel zurückschicken?', 'Du kannst deine Bestellung innerhalb von 14 Tagen nach Erhalt ohne Angabe von Gründen widerrufen und zurückschicken. Melde die Rücksendung über das Kontaktformular an; wir erstatten dir den Betrag innerhalb von 14 Tagen.' ),
			'privacy'  => array( 'Was passiert mit meinen persönlichen Daten?', 'Wir verwenden deine Daten nur, um deine Bestellung abzuwickeln und dich über die Lieferung zu informieren. Wie lange wir sie speichern und welche Rechte du hast, liest du in unserer Datenschutzerklärung.' ),
		),
		'fr-formal'   => array(
			'product'  => array( "Comment choisir le bon produit ou la bonne taille{$nbsp}?", "Chaque fiche produit indique la description, les dimensions et la disponibilité. Vous hésitez encore{$nbsp}? Écrivez-nous via le formulaire de contact ou le chat{$nbsp}: nous vous aiderons volontiers." ),
			'status'   => array( "Où en est ma commande{$nbsp}?", 'Dans Mon compte > Commandes, vous voyez le statut de chaque commande. Dès que votre colis est expédié, vous recevez un e-mail avec le numéro de suivi.' ),
			'payment'  => array( "Comment puis-je payer{$nbsp}?", "Vous payez en toute sécurité avec l'un des moyens de paiement proposés lors de la commande. Votre commande est traitée dès que le paiement est confirmé." ),
			'shipping' => array( "Quand ma commande sera-t-elle expédiée et livrée{$nbsp}?", "La fiche produit indique jusqu'à quelle heure commander pour que votre colis parte le jour même, et quand il arrivera. Les frais de livraison s'affichent dans le panier, avant le paiement." ),
			'returns'  => array( "Comment retourner un article{$nbsp}?", "Vous disposez de 14 jours après réception pour nous retourner votre commande sans avoir à vous justifier. Signalez le retour via le formulaire de contact{$nbsp}; nous vous remboursons sous 14 jours." ),
			'privacy'  => array( "Que faites-vous de mes données personnelles{$nbsp}?", 'Nous utilisons vos données uniquement pour traiter votre commande et vous informer de sa livraison. Notre politique de confidentialité précise combien de temps nous les conservons et quels sont vos droits.' ),
		),
		'fr-informal' => array(
			'product'  => array( "Comment choisir le bon produit ou la bonne taille{$nbsp}?", "Chaque fiche produit indique la description, les dimensions et la disponibilité. Tu hésites encore{$nbsp}? Écris-nous via le formulaire de contact ou le chat{$nbsp}: nous t'aiderons volontiers." ),
			'status'   => array( "Où en est ma commande{$nbsp}?", 'Dans Mon compte > Commandes, tu vois le statut de chaque commande. Dès que ton colis est expédié, tu reçois un e-mail avec le numéro de suivi.' ),
			'payment'  => array( "Comment puis-je payer{$nbsp}?", "Tu paies en toute sécurité avec l'un des moyens de paiement proposés lors de la commande. Ta commande est traitée dès que le paiement est confirmé." ),
			'shipping' => array( "Quand ma commande sera-t-elle expédiée et livrée{$nbsp}?", "La fiche produit t'indique jusqu'à quelle heure commander pour que ton colis parte le jour même, et quand il arrivera. Les frais de livraison s'affichent dans ton panier, avant le paiement." ),
			'returns'  => array( "Comment retourner un article{$nbsp}?", "Tu disposes de 14 jours après réception pour nous retourner ta commande sans avoir à te justifier. Signale le retour via le formulaire de contact{$nbsp}; nous te remboursons sous 14 jours." ),
			'privacy'  => array( "Que faites-vous de mes données personnelles{$nbsp}?", "Nous utilisons tes données uniquement pour traiter ta commande et t'informer de sa livraison. Notre politique de confidentialité précise combien de temps nous les conservons et quels sont tes droits." ),
		),
	);
	$key  = 'en' === $lang ? 'en' : $lang . '-' . ( 'informal' === $register ? 'informal' : 'formal' );
	return $all[ $key ] ?? $all['en'];
}
