<?php
/**
 * FAQ: a custom post type, an index in uploads rebuilt on save (never by a visitor's search), a
 * shortcode and a REST search.
 *
 * @package ShopCX\WooCommerce
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the FAQ post type.
 *
 * @return void
 */
function shopcx_wc_register_faq() {
	register_post_type(
		'shopcx_faq',
		array(
			'label'        => __( 'FAQ', 'shopcx-woocommerce' ),
			// Without labels WordPress's admin says "Add Post" and "Edit Post" (seen in a real WooCommerce 11 shop).
			'labels'       => array(
				'name'          => __( 'FAQ', 'shopcx-woocommerce' ),
				'singular_name' => __( 'FAQ entry', 'shopcx-woocommerce' ),
				'add_new_item'  => __( 'Add FAQ entry', 'shopcx-woocommerce' ),
				'edit_item'     => __( 'Edit FAQ entry', 'shopcx-woocommerce' ),
				'new_item'      => __( 'New FAQ entry', 'shopcx-woocommerce' ),
				'view_item'     => __( 'View FAQ entry', 'shopcx-woocommerce' ),
				'search_items'  => __( 'Search FAQ entries', 'shopcx-woocommerce' ),
				'not_found'     => __( 'No FAQ entries found.', 'shopcx-woocommerce' ),
				'all_items'     => __( 'All FAQ entries', 'shopcx-woocommerce' ),
			),
			'public'       => true,
			'show_in_rest' => true,
			'supports'     => array( 'title', 'editor' ),
			'rewrite'      => array( 'slug' => 'faq' ),
		)
	);
}
add_action( 'init', 'shopcx_wc_register_faq' );

/**
 * Where the index of a language lives.
 *
 * @param string $lang nl, en, de or fr.
 * @return string
 */
function shopcx_wc_faq_path( $lang ) {
	$dir = wp_upload_dir( null, false )['basedir'] . '/shopcx';
	return $dir . '/faq-' . $lang . '.idx';
}

/**
 * Rebuilds the index of a language from the published FAQ posts (title = question, content =
 * answer), with the language's synonyms and the clicks as popularity (includes/faq-features.php).
 *
 * @param string|null $lang nl, en, de or fr (default: the request's).
 * @return string the index file
 */
function shopcx_wc_faq_rebuild( $lang = null ) {
	$lang  = $lang ?? shopcx_wc_lang();
	$posts = get_posts(
		array(
			'post_type'      => 'shopcx_faq',
			'post_status'    => 'publish',
			'posts_per_page' => -1,
			'orderby'        => 'ID',
			'order'          => 'ASC',
			// Not WordPress 6.1+'s query cache: deleted_post fires before the deleted entry's cache
			// is cleaned, and a cached result would put the deleted entry back into the index.
			'cache_results'  => false,
		)
	);

	$entries = array();
	foreach ( $posts as $post ) {
		$entries[] = array(
			'id'       => (string) $post->ID,
			'question' => wp_strip_all_tags( $post->post_title ),
			'answer'   => $post->post_content,
		);
	}
	update_meta_cache( 'post', array_map( fn( $post ) => $post->ID, $posts ) );
	/**
	 * The entries of one language's index (faq-features.php: the entry's language, its clicks).
	 *
	 * @param list<array<string, mixed>> $entries Entries.
	 * @param string                     $lang    Language.
	 */
	$entries = (array) apply_filters( 'shopcx_wc_faq_entries', $entries, $lang );
	$path    = shopcx_wc_faq_path( $lang );
	if ( ! $entries ) {
		// ShopCX builds no index of nothing: no file, and searches answer no results without a log.
		wp_delete_file( $path );
		update_option( 'shopcx_wc_faq_missing_' . $lang, 'no entries', false );
	} else {
		wp_mkdir_p( dirname( $path ) );
		/**
		 * The build options of one language's index (faq-features.php: its synonyms).
		 *
		 * @param array<string, mixed> $options Options.
		 * @param string               $lang    Language.
		 */
		$options = (array) apply_filters( 'shopcx_wc_faq_build_options', array( 'lang' => $lang ), $lang );
		\ShopCx\Faq\Index::build( $entries, $options )->save( $path ); // A new file renamed over the old: mapped copies stay valid.
		delete_option( 'shopcx_wc_faq_missing_' . $lang ); // Log again should it go missing later.
	}
	/**
	 * Fires after the FAQ index of a language was rebuilt.
	 *
	 * @param string $path    The index file.
	 * @param int    $entries Number of entries.
	 */
	do_action( 'shopcx_wc_faq_rebuilt', $path, count( $entries ) );
	return $path;
}

/**
 * The scheduled rebuild (see shopcx_wc_faq_unavailable()): a failure is logged, not thrown.
 *
 * @return void
 */
function shopcx_wc_faq_rebuild_job() {
	shopcx_wc_faq_rebuild_all(); // Every language the shop has an index of; a failure is logged per language.
}
add_action( 'shopcx_wc_faq_rebuild', 'shopcx_wc_faq_rebuild_job' );

/**
 * The index of a language is missing or unreadable while a visitor searches. The visitor's
 * request never rebuilds it (a rebuild reads every entry: anyone could make the shop pay for one
 * per request); the first such request logs it and schedules one rebuild job, later ones only
 * answer without results. Without any published entry nothing is logged or scheduled.
 *
 * @param string $lang nl, en, de or fr.
 * @param string $why  The extension's message.
 * @return void
 */
function shopcx_wc_faq_unavailable( $lang, $why ) {
	global $wpdb;
	// No published entry (a new shop, every entry deleted): there is no index because there is nothing
	// to index, which is not a fault. Neither a log line nor a job; the first saved entry builds it.
	$any = get_posts(
		array(
			'post_type'        => 'shopcx_faq',
			'post_status'      => 'publish',
			'posts_per_page'   => 1,
			'fields'           => 'ids',
			'no_found_rows'    => true,
			'suppress_filters' => true,
		)
	);
	if ( ! $any ) {
		return;
	}
	// INSERT IGNORE on the unique option_name: one request of many concurrent ones gets the row.
	$first = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", 'shopcx_wc_faq_missing_' . $lang, (string) time() ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	if ( 1 !== $first ) {
		// A rebuild that found no entry left 'no entries': entries came since without a rebuild (an
		// import that bypassed save_post), so this is a fault after all; the UPDATE claims it once.
		$first = $wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = 'no entries'", (string) time(), 'shopcx_wc_faq_missing_' . $lang ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		wp_cache_delete( 'shopcx_wc_faq_missing_' . $lang, 'options' );
	}
	if ( 1 !== $first ) {
		return;
	}
	wp_cache_delete( 'notoptions', 'options' ); // The row was added behind the options API's back.
	error_log( 'ShopCX FAQ: no usable index for "' . $lang . '" (' . $why . '); searches answer no results until the rebuild job has run.' ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
	if ( function_exists( 'as_schedule_single_action' ) ) {
		as_schedule_single_action( time(), 'shopcx_wc_faq_rebuild', array(), 'shopcx' );
	} elseif ( ! wp_next_scheduled( 'shopcx_wc_faq_rebuild' ) ) {
		wp_schedule_single_event( time(), 'shopcx_wc_faq_rebuild' );
	}
}

/**
 * Rebuild when a FAQ entry changes.
 *
 * @param int     $post_id Post id.
 * @param WP_Post $post    Post.
 * @return void
 */
function shopcx_wc_faq_saved( $post_id, $post ) {
	if ( wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id ) || 'shopcx_faq' !== $post->post_type ) {
		return;
	}
	shopcx_wc_faq_changed(); // Now for a small FAQ, else one rebuild job (faq-features.php).
}
add_action( 'save_post', 'shopcx_wc_faq_saved', 10, 2 );
add_action(
	'deleted_post',
	function ( $post_id, $post = null ) {
		if ( $post && 'shopcx_faq' === $post->post_type ) {
			shopcx_wc_faq_changed();
		}
	},
	10,
	2
);

/**
 * Searches the FAQ.
 *
 * @param string $query Customer's words.
 * @param bool   $log   Whether this is a finished search to log when unanswered (faq-features.php).
 * @return array{query: string, hits: list<array<string, mixed>>, answered: bool}
 */
function shopcx_wc_faq_search( $query, $log = false ) {
	$query = trim( $query );
	if ( '' === $query ) {
		return array(
			'query'    => $query,
			'hits'     => array(),
			'answered' => false,
		);
	}
	$lang = shopcx_wc_lang();
	try {
		$index = \ShopCx\Faq\Index::load( shopcx_wc_faq_path( $lang ) );
	} catch ( \ShopCx\IndexException $e ) {
		shopcx_wc_faq_unavailable( $lang, $e->getMessage() );
		return array(
			'query'    => $query,
			'hits'     => array(),
			'answered' => false,
		);
	}
	$result = $index->search( mb_substr( $query, 0, 200 ), 5, array( 'minScore' => 0.05 ) );
	if ( $log ) {
		shopcx_wc_faq_log_search( $query, $result, $lang );
	}
	$hits = array();
	foreach ( $result->hits as $hit ) {
		// questionHighlight and highlight are escaped HTML with <mark> only.
		$hits[] = array(
			'id'       => (int) $hit->id,
			'score'    => round( $hit->score, 3 ),
			'question' => $hit->questionHighlight,
			'snippet'  => $hit->highlight,
			'url'      => get_permalink( (int) $hit->id ),
		);
	}
	return array(
		'query'    => $query,
		'hits'     => $hits,
		'answered' => $result->answered,
	);
}

/**
 * HTML allowed in highlights.
 *
 * @return array<string, array<string, bool>>
 */
function shopcx_wc_mark_only() {
	return array( 'mark' => array() );
}

/**
 * Hidden fields that keep a GET search on the same page when the site has plain permalinks
 * (?page_id=12): a GET form replaces the whole query string of its action.
 *
 * @return string HTML
 */
function shopcx_wc_faq_page_fields() {
	$page = get_permalink();
	if ( ! $page ) {
		return '';
	}
	parse_str( (string) wp_parse_url( $page, PHP_URL_QUERY ), $args );
	$html = '';
	foreach ( $args as $name => $value ) {
		if ( is_string( $value ) && 'faq_q' !== $name ) {
			$html .= '<input type="hidden" name="' . esc_attr( (string) $name ) . '" value="' . esc_attr( $value ) . '">';
		}
	}
	return $html;
}

/**
 * The FAQ search form and the answers to the visitor's question (?faq_q=), or to a preset
 * question while the visitor has not searched. Shared by the shortcode and the block.
 *
 * @param string $preset Question answered before the visitor searches ("" for none).
 * @return string HTML
 */
function shopcx_wc_faq_render( $preset = '' ) {
	static $forms = 0;

	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- a read-only search.
	$asked = isset( $_GET['faq_q'] ); // The visitor's own search (a preset question is the merchant's).
	$query = $asked ? sanitize_text_field( wp_unslash( $_GET['faq_q'] ) ) : sanitize_text_field( (string) $preset );
	// phpcs:enable
	wp_enqueue_script( 'shopcx-faq-search' ); // Printed in the footer, after the form.
	/* translators: %s: the customer's query. */
	$none = __( 'No answer found for "%s".', 'shopcx-woocommerce' );
	$list = 'shopcx-faq-suggest-' . ( ++$forms );
	// A combobox (WAI-ARIA 1.2): the script fills the listbox with ShopCX's suggest() while the visitor types.
	$html = '<form class="shopcx-faq" role="search" method="get"><input type="search" name="faq_q" value="' . esc_attr( $query ) . '" data-shopcx-faq="' . esc_url( rest_url( 'shopcx/v1/faq' ) ) . '" data-shopcx-faq-none="' . esc_attr( $none ) . '" data-shopcx-faq-suggest="' . esc_url( rest_url( 'shopcx/v1/faq/suggest' ) ) . '" data-shopcx-faq-log="' . esc_url( rest_url( 'shopcx/v1/faq/log' ) ) . '" data-shopcx-faq-click="' . esc_url( rest_url( 'shopcx/v1/faq/click' ) ) . '" aria-label="' . esc_attr__( 'Search the FAQ', 'shopcx-woocommerce' ) . '" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="' . esc_attr( $list ) . '" autocomplete="off"><ul class="shopcx-faq-suggest" id="' . esc_attr( $list ) . '" role="listbox" aria-label="' . esc_attr__( 'Suggested questions', 'shopcx-woocommerce' ) . '" hidden></ul>' . shopcx_wc_faq_page_fields() . ' <button type="submit">' . esc_html__( 'Search', 'shopcx-woocommerce' ) . '</button></form>';
	if ( '' === $query ) {
		return $html;
	}
	try {
		// A submitted search is logged when unanswered, within the log's own rate limit.
		$found = shopcx_wc_faq_search( $query, $asked && 0 === shopcx_wc_rate_limit_hit( 'faq_log' ) );
	} catch ( \Throwable $e ) {
		return $html;
	}
	if ( ! $found['hits'] ) {
		return $html . '<p class="shopcx-faq-none">' . esc_html( sprintf( $none, $query ) ) . '</p>';
	}
	$html .= '<ul class="shopcx-faq-hits">';
	foreach ( $found['hits'] as $hit ) {
		$html .= '<li><a href="' . esc_url( $hit['url'] ) . '" data-shopcx-faq-id="' . esc_attr( (string) $hit['id'] ) . '">' . wp_kses( $hit['question'], shopcx_wc_mark_only() ) . '</a><p>' . wp_kses( $hit['snippet'], shopcx_wc_mark_only() ) . '</p></li>';
	}
	return $html . '</ul>';
}

/**
 * The instant-search script of the FAQ form (a plain file, no build step, no third party).
 *
 * @return void
 */
function shopcx_wc_register_faq_script() {
	/**
	 * The script's URL (plugins_url() never returns "").
	 *
	 * @var non-empty-string $src
	 */
	$src = plugins_url( 'assets/faq-search.js', SHOPCX_WC_FILE );
	wp_register_script( 'shopcx-faq-search', $src, array(), SHOPCX_WC_VERSION, true );
}
add_action( 'init', 'shopcx_wc_register_faq_script' );

/**
 * [shopcx_faq] or [shopcx_faq query="returns"].
 *
 * @param array<string, string>|string $atts Shortcode attributes.
 * @return string
 */
function shopcx_wc_faq_shortcode( $atts = array() ) {
	$atts = shortcode_atts( array( 'query' => '' ), (array) $atts, 'shopcx_faq' );
	return shopcx_wc_faq_render( (string) $atts['query'] );
}
add_shortcode( 'shopcx_faq', 'shopcx_wc_faq_shortcode' );

/**
 * The shopcx/faq block: dynamic, rendered here by the shortcode's renderer (block.json holds
 * its name, attribute and editor script).
 *
 * @return void
 */
function shopcx_wc_register_faq_block() {
	register_block_type(
		SHOPCX_WC_DIR . '/blocks/faq',
		array(
			'render_callback' => fn( $attributes ) => shopcx_wc_faq_render( (string) ( $attributes['query'] ?? '' ) ),
		)
	);
}
add_action( 'init', 'shopcx_wc_register_faq_block' );

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'shopcx/v1',
			'/faq',
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
						return rest_ensure_response( shopcx_wc_faq_search( (string) $request['q'] ) );
					} catch ( \ValueError $e ) {
						// The extension's message names its internals ("ShopCx\Faq\Index::search(): Argument #1
						// ($query) ..."): the visitor gets a plain refusal, a debugging site the detail.
						if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
							error_log( 'ShopCX FAQ: query refused: ' . $e->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
						}
						return new WP_Error( 'shopcx_bad_query', __( 'This search could not be run. Try other words.', 'shopcx-woocommerce' ), array( 'status' => 400 ) );
					}
				},
			)
		);
	}
);
