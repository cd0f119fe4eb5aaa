<?php
/**
 * The attack pass on the served WooCommerce test site (issue 24): a hostile customer against the
 * plugin's pages and routes, after the browser walk, over HTTP only. Started by the run.sh lines
 * in attack.sh's comment with SITE (browser/seed.php's JSON; its "attack" key holds the links
 * made for this pass). Prints "ok   ..." / "FAIL ..." per check and finally
 * "woocommerce attack: N passed, M failed"; exits 1 on any failure.
 *
 * Each check speaks from a source address of its own (127.0.0.10, .11, ...: the site's rate limit
 * counts per client address, and a pass this size would otherwise meet it; the limit itself is
 * checked once, on purpose).
 *
 * @package ShopCX\WooCommerce\Tests
 */

// phpcs:disable
$site   = json_decode( (string) file_get_contents( (string) getenv( 'SITE' ) ), true );
$atk    = $site['attack'] ?? null;
$u      = parse_url( $site['faqPage'] );
$origin = $u['scheme'] . '://' . $u['host'] . ':' . $u['port'];
if ( ! is_array( $atk ) ) {
	echo "FAIL site.json has no \"attack\" links (browser/seed.php)\nwoocommerce attack: 0 passed, 1 failed\n";
	exit( 1 );
}

$passed = 0;
$failed = 0;
$ip     = 9;
$jars   = array();
// Tags (which sanitize_text_field() would strip on the way in), then an attribute breakout (which it keeps).
const XSS = '"\'><img src=x onerror=alert(71)><script>alert(72)</script><svg onload=alert(73)>zqxj" autofocus onfocus="alert(74)';

function check( string $name, callable $fn ): void {
	global $passed, $failed, $ip;
	++$ip; // A fresh client address per check.
	try {
		$fn();
		++$passed;
		echo "ok   $name\n";
	} catch ( Throwable $e ) {
		++$failed;
		echo "FAIL $name: " . substr( (string) strtok( $e->getMessage(), "\n" ), 0, 300 ) . "\n";
	}
}
function ok( bool $cond, string $why ): void {
	if ( ! $cond ) {
		throw new RuntimeException( $why );
	}
}
function curl_for( string $method, string $url, $post = null, ?string $jar = null, array $headers = array() ) {
	global $ip;
	$c = curl_init( $url );
	curl_setopt_array(
		$c,
		array(
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_HEADER         => true,
			CURLOPT_CUSTOMREQUEST  => $method,
			CURLOPT_TIMEOUT        => 30,
			CURLOPT_INTERFACE      => "127.0.0.$ip",
			CURLOPT_HTTPHEADER     => $headers,
		)
	);
	if ( null !== $post ) {
		curl_setopt( $c, CURLOPT_POSTFIELDS, is_array( $post ) ? http_build_query( $post ) : $post );
	}
	if ( null !== $jar ) {
		curl_setopt( $c, CURLOPT_COOKIEFILE, $jar );
		curl_setopt( $c, CURLOPT_COOKIEJAR, $jar );
	}
	return $c;
}
function parse_response( $c, string $raw ): array {
	$hs = curl_getinfo( $c, CURLINFO_HEADER_SIZE );
	return array(
		'status'  => curl_getinfo( $c, CURLINFO_RESPONSE_CODE ),
		'headers' => strtolower( substr( $raw, 0, $hs ) ),
		'body'    => substr( $raw, $hs ),
	);
}
/** One request: status, headers (lower-cased), body. */
function req( string $method, string $url, $post = null, ?string $jar = null, array $headers = array() ): array {
	$c   = curl_for( $method, $url, $post, $jar, $headers );
	$raw = curl_exec( $c );
	ok( false !== $raw, "$method " . substr( $url, 0, 120 ) . ': ' . curl_error( $c ) );
	return parse_response( $c, $raw );
}
/** The same request $n times at once. */
function parallel( int $n, string $method, string $url, $post ): array {
	$m  = curl_multi_init();
	$cs = array();
	for ( $i = 0; $i < $n; $i++ ) {
		$cs[] = $c = curl_for( $method, $url, $post );
		curl_multi_add_handle( $m, $c );
	}
	do {
		curl_multi_exec( $m, $running );
		curl_multi_select( $m );
	} while ( $running > 0 );
	$out = array();
	foreach ( $cs as $c ) {
		$out[] = parse_response( $c, (string) curl_multi_getcontent( $c ) );
		curl_multi_remove_handle( $m, $c );
	}
	return $out;
}
function get( string $url, ?string $jar = null ): array {
	return req( 'GET', $url, null, $jar );
}
function post( string $url, $fields, ?string $jar = null, array $headers = array() ): array {
	return req( 'POST', $url, $fields, $jar, $headers );
}
/** The hostile markup must never come back as markup. */
function no_markup( string $body, string $where ): void {
	foreach ( array( '<img src=x onerror', '<script>alert(72)', '<svg onload', '"\'><img', '" autofocus onfocus=' ) as $raw ) {
		ok( false === stripos( $body, $raw ), "$where: the payload came back as markup ($raw)" );
	}
}
/**
 * An HTML mail as a mail client reads it: no element or attribute the payload could have made, no
 * script URL; its text. Parsed, not searched for the payload's characters: the real WooCommerce
 * sends HTML mails through its CSS inliner (WC_Email::send() -> style_inline(), Emogrifier on a
 * DOMDocument), which writes esc_html()'s &quot; and &#039; of a text node back as " and '.
 */
function mail_text( string $html, string $where ): string {
	$d = new DOMDocument();
	libxml_use_internal_errors( true );
	$d->loadHTML( '<?xml encoding="utf-8"?>' . $html );
	libxml_clear_errors();
	$x = new DOMXPath( $d );
	ok( 0 === $x->query( '//script|//svg|//iframe|//object|//embed|//img[@src="x"]' )->length, "$where: the payload made an element" );
	foreach ( $x->query( '//@*' ) as $a ) {
		ok( ! preg_match( '/^(on|autofocus$)/i', $a->nodeName ), "$where: the payload made an attribute ({$a->nodeName})" );
		ok( ! preg_match( '/^\s*(javascript|data|vbscript):/i', $a->value ), "$where: a script URL in {$a->nodeName}" );
	}
	return $d->textContent;
}
/**
 * The page without its JSON-LD blocks, each checked first: the real WooCommerce prints the product's
 * reviews as structured data (<script type="application/ld+json">, WC_Structured_Data), where the
 * review text is JSON (its quotes as \", < and > as \u003C, \u003E): the payload's words are
 * there, but as long as the block is JSON without a "<" nothing of it is markup.
 */
function without_json_ld( string $html, string $where ): string {
	return (string) preg_replace_callback(
		'#<script type="application/ld\+json"[^>]*>(.*?)</script>#s',
		function ( $m ) use ( $where ) {
			ok( ! str_contains( $m[1], '<' ) && null !== json_decode( $m[1] ), "$where: the structured data is not plain JSON: " . substr( $m[1], 0, 120 ) );
			return '';
		},
		$html
	);
}
/** Nothing about the code, the server or the database in what a visitor sees. */
function no_leak( array $r, string $where ): void {
	foreach ( array( 'ShopCx\\', 'ShopCx\\\\', 'ValueError', 'TokenException', 'Stack trace', '.php on line', '/usr/share/', '/tmp/', '/work/', 'SQL syntax', 'WordPress database error', 'mysqli', 'Fatal error', 'Warning: ', 'Deprecated: ' ) as $bad ) {
		ok( false === strpos( $r['body'], $bad ), "$where: the answer says \"$bad\"" ); // Case matters: "shopcx\/v1" is a route in JSON.
	}
	ok( $r['status'] < 500, "$where: status {$r['status']}" );
}
function set_arg( string $url, string $arg, string $value ): string {
	$p = parse_url( $url );
	parse_str( $p['query'] ?? '', $q );
	$q[ $arg ] = $value;
	return $p['scheme'] . '://' . $p['host'] . ':' . $p['port'] . ( $p['path'] ?? '/' ) . '?' . http_build_query( $q );
}
function arg( string $url, string $arg ): string {
	parse_str( (string) parse_url( $url, PHP_URL_QUERY ), $q );
	return (string) $q[ $arg ];
}
function b64u_decode( string $s ): string {
	return (string) base64_decode( strtr( $s, '-_', '+/' ) . str_repeat( '=', ( 4 - strlen( $s ) % 4 ) % 4 ) );
}
function b64u( string $s ): string {
	return rtrim( strtr( base64_encode( $s ), '+/', '-_' ), '=' );
}
/** A token with its signature changed in one place. */
function forged( string $token ): string {
	return substr( $token, 0, -2 ) . ( str_ends_with( $token, 'AA' ) ? 'BB' : 'AA' );
}
/** A token whose claims are rewritten by $edit, keeping the original signature (IDOR by editing the payload). */
function rewritten( string $token, callable $edit ): string {
	$parts    = explode( '.', $token );
	$payload  = json_decode( b64u_decode( $parts[2] ), true );
	$parts[2] = b64u( json_encode( $edit( $payload ) ) );
	return implode( '.', $parts );
}
function nonce_of( string $html ): string {
	ok( (bool) preg_match( '/name="_wpnonce" value="([0-9a-f]+)"/', $html, $m ), 'no nonce in the form' );
	return $m[1];
}
function survey_fields( string $html ): array {
	preg_match_all( '/name="answers\[([^\]]+)\]"/', $html, $m );
	return array_values( array_unique( $m[1] ) );
}
function survey_answers( string $html, string $comment ): array {
	$answers = array();
	foreach ( survey_fields( $html ) as $id ) {
		$answers[ $id ] = str_contains( $html, 'id="shopcx-q-' . $id . '"' ) ? $comment : '5';
	}
	ok( count( $answers ) >= 2, 'the survey form has no comment field: ' . implode( ',', array_keys( $answers ) ) );
	return $answers;
}
/** A logged-in session: the cookie jar file. */
function login( string $user, string $pass ): string {
	global $site, $jars, $origin;
	$jar    = tempnam( sys_get_temp_dir(), 'shopcx-attack-' );
	$jars[] = $jar;
	file_put_contents( $jar, "127.0.0.1\tFALSE\t/\tFALSE\t0\twordpress_test_cookie\tWP%20Cookie%20check\n" );
	$r = post( $site['loginPage'], array( 'log' => $user, 'pwd' => $pass, 'wp-submit' => 'Log In', 'redirect_to' => $origin . '/wp-admin/', 'testcookie' => '1' ), $jar );
	ok( 302 === $r['status'] && str_contains( (string) file_get_contents( $jar ), 'wordpress_logged_in' ), "login as $user failed ({$r['status']})" );
	return $jar;
}
$rest = fn( string $route, array $q = array() ) => $origin . '/?' . http_build_query( array( 'rest_route' => '/shopcx/v1/' . $route ) + $q );

// --- FAQ: the query ---------------------------------------------------------------------------
check( 'FAQ REST: a hostile query answers JSON (nosniff), highlights carry <mark> only', function () use ( $rest ) {
	foreach ( array( XSS, 'return ' . XSS, '<mark onmouseover=alert(1)>return</mark>' ) as $q ) {
		$r = get( $rest( 'faq', array( 'q' => $q ) ) );
		ok( 200 === $r['status'], "status {$r['status']}" );
		ok( str_contains( $r['headers'], 'content-type: application/json' ) && str_contains( $r['headers'], 'x-content-type-options: nosniff' ), 'not JSON with nosniff' );
		foreach ( json_decode( $r['body'], true )['hits'] as $hit ) {
			foreach ( array( $hit['question'], $hit['snippet'] ) as $html ) {
				ok( ! str_contains( str_replace( array( '<mark>', '</mark>' ), '', $html ), '<' ), "markup in a highlight: $html" );
			}
		}
	}
} );
foreach ( array( 'shortcode page' => $site['faqPage'], 'block page' => $site['blockPage'] ) as $what => $page ) {
	check( "FAQ $what: a hostile ?faq_q= is shown as text, in the field and in the answer", function () use ( $page, $what ) {
		foreach ( array( XSS, 'return ' . XSS ) as $q ) {
			$r = get( set_arg( $page, 'faq_q', $q ) );
			ok( 200 === $r['status'], "status {$r['status']}" );
			no_markup( $r['body'], $what );
			ok( str_contains( $r['body'], 'zqxj' ), 'the query is not shown at all' );
		}
	} );
}
check( 'FAQ REST: refused queries (6 kB, bad UTF-8, an array, none) answer 400 without internals', function () use ( $rest, $origin ) {
	$urls = array(
		$rest( 'faq', array( 'q' => str_repeat( 'a ', 3000 ) ) ),
		$rest( 'faq' ) . '&q=%ff%fe%80',
		$rest( 'faq' ) . '&q[]=x&q[a]=y',
		$rest( 'faq' ),
		$rest( 'faq', array( 'q' => "\0\0\0" ) ),
	);
	foreach ( $urls as $url ) {
		$r = get( $url );
		no_leak( $r, substr( $url, strlen( $origin ), 60 ) );
		ok( in_array( $r['status'], array( 200, 400 ), true ), "status {$r['status']} for " . substr( $url, strlen( $origin ), 60 ) );
	}
} );
check( 'FAQ: SQL injection in q (REST, shortcode page) finds nothing it should not and leaks nothing', function () use ( $rest, $site ) {
	foreach ( array( "' OR '1'='1' -- ", '1) UNION SELECT user_login,user_pass FROM wp_users -- ', "\\' OR 1=1#", '%\' AND SLEEP(3) AND \'%' ) as $q ) {
		$t0 = microtime( true );
		foreach ( array( get( $rest( 'faq', array( 'q' => $q ) ) ), get( set_arg( $site['faqPage'], 'faq_q', $q ) ) ) as $r ) {
			no_leak( $r, 'q=' . $q );
			ok( ! preg_match( '/\$P\$|\$wp\$|admin@example/', $r['body'] ), 'user data in the answer' );
		}
		ok( microtime( true ) - $t0 < 2.5, 'SLEEP() ran' );
	}
} );

// --- Other public REST routes -----------------------------------------------------------------
check( 'promise REST: hostile and SQL-like product ids answer cleanly, without internals', function () use ( $rest ) {
	foreach ( array( '20 OR 1=1', "20'--", XSS, '-1', '99999999999999999999', '0x14' ) as $p ) {
		$r = get( $rest( 'promise', array( 'product' => $p ) ) );
		no_leak( $r, "promise product=$p" );
		no_markup( $r['body'], "promise product=$p" );
	}
} );
check( 'chat REST: a hostile or malformed visit answers 200/400 (never 500), without internals, no markup echoed', function () use ( $rest ) {
	foreach ( array( '{"pageType":"product","secondsOnPage":"9 OR 1=1","addedToCart":' . json_encode( XSS ) . '}' ) as $body ) {
		$r = post( $rest( 'chat' ), $body, null, array( 'Content-Type: application/json' ) );
		ok( 200 === $r['status'], "a valid visit: status {$r['status']}" );
	}
	foreach ( array( '{"pageType":' . json_encode( XSS ) . ',"secondsOnPage":"9 OR 1=1","addedToCart":"x"}', '{"pageType":["a"],"secondsOnPage":{"x":1}}', 'not json' ) as $body ) {
		$r = post( $rest( 'chat' ), $body, null, array( 'Content-Type: application/json' ) );
		ok( in_array( $r['status'], array( 200, 400 ), true ), "chat $body: status {$r['status']}" );
		no_leak( $r, "chat $body" );
		no_markup( $r['body'], 'chat' );
	}
} );

// --- Survey links -----------------------------------------------------------------------------
$surveyA = $atk['a']['survey'];
$tokA    = arg( $surveyA, 'shopcx_survey' );
check( 'survey: forged, rewritten (A\'s link edited to B\'s order), expired and cross-purpose tokens are refused without internals', function () use ( $atk, $tokA, $surveyA ) {
	$bad = array(
		'forged'            => forged( $tokA ),
		'cut'               => substr( $tokA, 0, 40 ),
		'IDOR order 802'    => rewritten( $tokA, function ( $p ) { $p['c']['order'] = '802'; return $p; } ),
		'longer life'       => rewritten( $tokA, function ( $p ) { $p['exp'] += 86400 * 365; return $p; } ),
		'survey-optout'     => arg( $atk['a']['surveyOptout'], 'shopcx_survey_optout' ),
		'review token'      => arg( $atk['a']['review'], 'shopcx_review' ),
		'cart token'        => arg( $atk['a']['cart'], 'shopcx_cart' ),
		'expired'           => arg( $atk['expiredSurvey'], 'shopcx_survey' ),
		'SQL'               => "' OR 1=1 -- ",
		'SQL in the claims' => rewritten( $tokA, function ( $p ) { $p['c']['order'] = '801 OR 1=1'; return $p; } ),
	);
	foreach ( $bad as $what => $token ) {
		$r = get( set_arg( $surveyA, 'shopcx_survey', $token ) );
		ok( in_array( $r['status'], array( 403, 410 ), true ), "$what: status {$r['status']}" );
		ok( ! str_contains( $r['body'], 'name="answers[' ), "$what: the form is shown" );
		no_leak( $r, $what );
	}
	$r = get( $atk['b']['survey'] );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'name="answers[' ), "B's own link no longer shows the form ({$r['status']})" );
} );
check( 'survey: posts without a nonce or with another form\'s nonce are refused and store nothing (CSRF)', function () use ( $surveyA, $atk ) {
	$form    = get( $surveyA )['body'];
	$answers = survey_answers( $form, 'csrf zqxj' );
	$other   = nonce_of( get( $atk['b']['review'] )['body'] ); // The review form's nonce (action shopcx_review).
	foreach ( array( 'no nonce' => array(), 'empty nonce' => array( '_wpnonce' => '' ), 'review nonce' => array( '_wpnonce' => $other ), 'made-up nonce' => array( '_wpnonce' => 'abcdef1234' ) ) as $what => $n ) {
		$r = post( $surveyA, array( 'answers' => $answers ) + $n );
		ok( 403 === $r['status'], "$what: status {$r['status']}" );
		no_leak( $r, $what );
	}
	ok( str_contains( get( $surveyA )['body'], 'name="answers[' ), 'an answer was stored' );
} );
check( 'survey: wrong answers (out of range, arrays, SQL) are refused with a plain message', function () use ( $surveyA ) {
	$form  = get( $surveyA )['body'];
	$nonce = nonce_of( $form );
	$ids   = survey_fields( $form );
	foreach ( array( '99', "5' OR '1'='1", '-1', '5.5' ) as $v ) {
		$r = post( $surveyA, array( '_wpnonce' => $nonce, 'answers' => array( $ids[0] => $v ) ) );
		ok( 400 === $r['status'], "answer $v: status {$r['status']}" );
		no_leak( $r, "answer $v" );
	}
	$r = post( $surveyA, '_wpnonce=' . $nonce . '&answers[' . $ids[0] . '][]=5&answers[x][y]=1' );
	no_leak( $r, 'array answer' );
	ok( str_contains( get( $surveyA )['body'], 'name="answers[' ), 'a wrong answer was stored' );
} );
check( 'survey: a hostile comment is stored once, the replayed post is refused (409)', function () use ( $surveyA ) {
	$form    = get( $surveyA )['body'];
	$answers = survey_answers( $form, 'survey ' . XSS );
	$r       = post( $surveyA, array( '_wpnonce' => nonce_of( $form ), 'answers' => $answers ) );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'Thank you' ), "status {$r['status']}" );
	$again = post( $surveyA, array( '_wpnonce' => nonce_of( $form ), 'answers' => $answers ) );
	ok( 409 === $again['status'], "replay: status {$again['status']}" );
	ok( 409 === get( $surveyA )['status'], 'the link still shows a form after the answer' );
} );
check( 'survey: 16 parallel posts of one link store exactly one answer', function () use ( $atk ) {
	$link    = $atk['race']['survey'];
	$form    = get( $link )['body'];
	$answers = survey_answers( $form, 'race' );
	$rs      = parallel( 16, 'POST', $link, http_build_query( array( '_wpnonce' => nonce_of( $form ), 'answers' => $answers ) ) );
	$codes   = array_count_values( array_map( fn( $r ) => $r['status'], $rs ) );
	ok( 1 === ( $codes[200] ?? 0 ) && 15 === ( $codes[409] ?? 0 ), 'statuses ' . json_encode( $codes ) );
} );

// --- Review links -----------------------------------------------------------------------------
$reviewA = $atk['a']['review'];
$tokRA   = arg( $reviewA, 'shopcx_review' );
$review_result = function ( array $r ): string {
	return preg_match( '#<p class="shopcx-review-result">(.*?)</p>#s', $r['body'], $m ) ? html_entity_decode( $m[1] ) : '(no result: status ' . $r['status'] . ')';
};
check( 'review: the invitation link shows the form (with a nonce) on the product page', function () use ( $reviewA ) {
	$r = get( $reviewA );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'class="shopcx-review"' ), "no review form ({$r['status']})" );
	nonce_of( $r['body'] );
} );
check( 'review: posts without a nonce or with another form\'s nonce are refused and store nothing (CSRF)', function () use ( $reviewA, $atk, $review_result ) {
	$survey_nonce = nonce_of( get( $atk['b']['survey'] )['body'] );
	foreach ( array( 'no nonce' => array(), 'survey nonce' => array( '_wpnonce' => $survey_nonce ), 'made-up nonce' => array( '_wpnonce' => '0123456789' ) ) as $what => $n ) {
		$r = post( $reviewA, array( 'rating' => 5, 'comment' => 'csrf review' ) + $n );
		ok( str_contains( $review_result( $r ), 'expired' ), "$what: " . $review_result( $r ) );
		no_leak( $r, $what );
	}
} );
check( 'review: forged, rewritten (IDOR: A\'s link edited to B\'s order or another product), expired and cross-purpose tokens are refused', function () use ( $reviewA, $tokRA, $atk, $review_result ) {
	$nonce = nonce_of( get( $reviewA )['body'] );
	$bad   = array(
		'forged'        => forged( $tokRA ),
		'IDOR order'    => rewritten( $tokRA, function ( $p ) { $p['c']['o'] = '802'; return $p; } ),
		'IDOR product'  => rewritten( $tokRA, function ( $p ) { $p['c']['i'] = '1'; return $p; } ),
		'expired'       => arg( $atk['expiredReview'], 'shopcx_review' ),
		'survey token'  => arg( $atk['a']['survey'], 'shopcx_survey' ),
		'review-optout' => arg( $atk['a']['reviewOptout'], 'shopcx_review_optout' ),
		'cart token'    => arg( $atk['a']['cart'], 'shopcx_cart' ),
		'SQL'           => "' OR 1=1 -- ",
	);
	foreach ( $bad as $what => $token ) {
		$r = post( set_arg( $reviewA, 'shopcx_review', $token ), array( '_wpnonce' => $nonce, 'rating' => 5, 'comment' => "bad token $what" ) );
		ok( str_contains( $review_result( $r ), 'not valid' ), "$what: " . $review_result( $r ) );
		no_leak( $r, $what );
	}
} );
check( 'review: a SQL-like rating is refused, a hostile text is stored once (SQL-like text included), the replay is refused', function () use ( $reviewA, $review_result ) {
	$nonce = nonce_of( get( $reviewA )['body'] );
	$r     = post( $reviewA, array( '_wpnonce' => $nonce, 'rating' => "5' OR '1'='1", 'comment' => 'review ' . XSS ) );
	ok( str_contains( $review_result( $r ), 'Choose 1 to 5 stars' ), "the SQL-like rating: " . $review_result( $r ) ); // Was read as 5 and stored.
	$r     = post( $reviewA, array( '_wpnonce' => $nonce, 'rating' => '5', 'comment' => 'review ' . XSS . " '); DELETE FROM wp_comments; -- " ) );
	ok( str_contains( $review_result( $r ), 'Thank you' ), $review_result( $r ) );
	no_markup( without_json_ld( $r['body'], 'the product page' ), 'the product page' );
	$again = post( $reviewA, array( '_wpnonce' => $nonce, 'rating' => 4, 'comment' => 'second' ) );
	ok( str_contains( $review_result( $again ), 'already reviewed' ), 'replay: ' . $review_result( $again ) );
} );
check( 'review: 8 parallel posts of one link store exactly one review', function () use ( $atk, $review_result ) {
	$link  = $atk['race']['review'];
	$nonce = nonce_of( get( $link )['body'] );
	$rs    = parallel( 8, 'POST', $link, http_build_query( array( '_wpnonce' => $nonce, 'rating' => 5, 'comment' => 'race review' ) ) );
	$said  = array_count_values( array_map( fn( $r ) => str_contains( $review_result( $r ), 'Thank you' ) ? 'stored' : ( str_contains( $review_result( $r ), 'already' ) ? 'refused' : $review_result( $r ) ), $rs ) );
	ok( 1 === ( $said['stored'] ?? 0 ) && 7 === ( $said['refused'] ?? 0 ), json_encode( $said ) );
} );

// --- Cart recovery and opt-out links ------------------------------------------------------------
check( 'cart link: the valid one opens, forged, rewritten (IDOR), expired and cross-purpose ones answer 403 without internals', function () use ( $atk ) {
	$cartA = $atk['a']['cart'];
	$tok   = arg( $cartA, 'shopcx_cart' );
	ok( 200 === get( $cartA )['status'], 'the valid link is refused' );
	$bad = array(
		'forged'      => forged( $tok ),
		'IDOR cart'   => rewritten( $tok, function ( $p ) { $p['c']['cart'] = 'attack-b'; return $p; } ),
		'expired'     => arg( $atk['expiredCart'], 'shopcx_cart' ),
		'cart optout' => arg( $atk['a']['cartOptout'], 'shopcx_optout' ),
		'survey'      => arg( $atk['a']['survey'], 'shopcx_survey' ),
		'SQL'         => "attack-a' OR '1'='1",
	);
	foreach ( $bad as $what => $token ) {
		$r = get( set_arg( $cartA, 'shopcx_cart', $token ) );
		ok( 403 === $r['status'], "$what: status {$r['status']}" );
		no_leak( $r, $what );
	}
} );
foreach ( array( 'cart' => array( 'cartOptout', 'shopcx_optout' ), 'survey' => array( 'surveyOptout', 'shopcx_survey_optout' ) ) as $kind => list( $key, $argname ) ) {
	check( "$kind opt-out: forged, rewritten to B (IDOR), cross-purpose tokens refused; GET and a POST without One-Click change nothing; then one opt-out, then \"already\"", function () use ( $atk, $key, $argname, $kind ) {
		$linkA = $atk['a'][ $key ];
		$tok   = arg( $linkA, $argname );
		$claim = 'cart' === $kind ? 'cart' : 'order';
		$other = 'cart' === $kind ? 'attack-b' : '802';
		$bad   = array(
			'forged'        => forged( $tok ),
			'IDOR'          => rewritten( $tok, function ( $p ) use ( $claim, $other ) { $p['c'][ $claim ] = $other; return $p; } ),
			'other purpose' => arg( 'cart' === $kind ? $atk['a']['surveyOptout'] : $atk['a']['cartOptout'], 'cart' === $kind ? 'shopcx_survey_optout' : 'shopcx_optout' ),
			'review optout' => arg( $atk['a']['reviewOptout'], 'shopcx_review_optout' ),
			'SQL'           => "' OR 1=1 -- ",
		);
		foreach ( $bad as $what => $t ) {
			$r = post( set_arg( $linkA, $argname, $t ), array( 'List-Unsubscribe' => 'One-Click' ) );
			ok( 403 === $r['status'], "$what: status {$r['status']}" );
			no_leak( $r, $what );
		}
		if ( 'cart' === $kind ) {
			$r = get( set_arg( $linkA, $argname, arg( $atk['expiredOptout'], 'shopcx_optout' ) ) );
			ok( 410 === $r['status'], "expired: status {$r['status']}" );
		}
		$confirm = fn( $r ) => 200 === $r['status'] && str_contains( $r['body'], '<form' ) && ! str_contains( $r['body'], 'had already opted out' );
		ok( $confirm( get( $linkA ) ) && $confirm( get( $linkA ) ), 'GET did not just ask' );
		ok( 400 === post( $linkA, array( 'x' => 1 ) )['status'], 'a POST without List-Unsubscribe=One-Click was taken' );
		ok( $confirm( get( $atk['b'][ $key ] ) ), 'B was opted out by the rewritten link' );
		$r = post( $linkA, array( 'List-Unsubscribe' => 'One-Click' ) );
		ok( 200 === $r['status'] && str_contains( $r['body'], 'Done' ), "opt-out: {$r['status']}" );
		ok( str_contains( post( $linkA, array( 'List-Unsubscribe' => 'One-Click' ) )['body'], 'already opted out' ), 'the replay is not "already"' );
		ok( $confirm( get( $atk['b'][ $key ] ) ), 'B was opted out with A' );
	} );
}
check( 'review opt-out: forged and cross-purpose tokens are refused without internals', function () use ( $atk ) {
	$link = $atk['a']['reviewOptout'];
	$tok  = arg( $link, 'shopcx_review_optout' );
	foreach ( array( forged( $tok ), arg( $atk['a']['surveyOptout'], 'shopcx_survey_optout' ), arg( $atk['a']['review'], 'shopcx_review' ) ) as $t ) {
		$r = post( set_arg( $link, 'shopcx_review_optout', $t ), array( 'List-Unsubscribe' => 'One-Click' ) );
		ok( 403 === $r['status'], "status {$r['status']}" );
		no_leak( $r, 'review opt-out' );
	}
} );
check( 'rate limit: the 61st opt-out request of one client within a minute answers 429', function () use ( $atk ) {
	$codes = array();
	for ( $i = 0; $i < 61; $i++ ) {
		$s           = get( $atk['b']['surveyOptout'] )['status'];
		$codes[ $s ] = ( $codes[ $s ] ?? 0 ) + 1;
	}
	ok( 60 === ( $codes[200] ?? 0 ) && 1 === ( $codes[429] ?? 0 ), 'statuses ' . json_encode( $codes ) );
} );
check( 'rate limit: 61 opt-out requests of one client sent at once: exactly 60 answered, one 429', function () use ( $atk ) {
	$rs    = parallel( 61, 'GET', $atk['a']['surveyOptout'], null );
	$codes = array_count_values( array_map( fn( $r ) => $r['status'], $rs ) );
	ok( 60 === ( $codes[200] ?? 0 ) && 1 === ( $codes[429] ?? 0 ), 'statuses ' . json_encode( $codes ) );
} );

// --- Inbound service interactions (signed helpdesk reports) -------------------------------------
// walk-chat.mjs posts good contacts, a wrong secret and a retry; here: what a forger can try.
check( 'interaction REST: unsigned, stale, re-signed-elsewhere, tampered and oversized posts answer 401; hostile fields and a SQL-like id 400 without internals; a quoted e-mail address is stored once as text', function () use ( $site ) {
	$chat = $site['chat'] ?? null;
	ok( is_array( $chat ) && ! empty( $chat['secret'] ), 'site.json has no chat.secret (browser/seed-chat.php)' );
	$send = function ( string $body, ?string $signature ) use ( $chat ): array {
		$headers = array( 'Content-Type: application/json' );
		if ( null !== $signature ) {
			$headers[] = 'X-ShopCx-Signature: ' . $signature;
		}
		$r = post( $chat['interactionUrl'], $body, null, $headers );
		no_leak( $r, 'interaction' );
		no_markup( $r['body'], 'interaction' );
		return $r;
	};
	$sign    = fn( string $body, int $t, string $secret = '' ) => 't=' . $t . ',v1=' . hash_hmac( 'sha256', $t . '.' . $body, '' !== $secret ? $secret : $chat['secret'] );
	$now     = (int) $chat['now'];
	$contact = fn( string $id, array $data = array() ) => json_encode(
		array(
			'id'   => $id,
			'type' => 'interaction.contact',
			'time' => $now,
			'data' => $data + array( 'email' => 'atk@example.test', 'channel' => 'email', 'case' => 'ATK-1', 'opened' => $now - 7200, 'firstResponse' => 600, 'contacts' => 1 ),
		)
	);
	$body = $contact( 'atk-1' );
	ok( 401 === $send( $body, null )['status'], 'an unsigned post was not refused' );
	ok( 401 === $send( $body, 'v1=' . str_repeat( 'a', 64 ) )['status'], 'a signature without a time was not refused' );
	ok( 401 === $send( $body, $sign( $body, $now - 301 ) )['status'], 'a signature older than 300 s was not refused' );
	ok( 401 === $send( $body, $sign( $body, $now + 301 ) )['status'], 'a signature from the future was not refused' );
	ok( 401 === $send( $body, $sign( $body, $now, 'another-shops-secret-' . str_repeat( 'z', 20 ) ) )['status'], 'a signature with another secret was not refused' );
	ok( 401 === $send( str_replace( 'atk@example.test', 'victim@example.test', $body ), $sign( $body, $now ) )['status'], 'a body changed after signing was not refused' );
	$huge = $contact( 'atk-huge', array( 'case' => str_repeat( 'x', 70000 ) ) );
	ok( 401 === $send( $huge, $sign( $huge, $now ) )['status'], 'a 70 kB body was read' );
	foreach ( array( array( 'channel' => XSS ), array( 'email' => XSS ), array( 'rating' => "5' OR '1'='1" ), array( 'opened' => 'yesterday<script>alert(72)</script>' ) ) as $bad ) {
		$b = $contact( 'atk-bad-' . key( $bad ), $bad );
		$r = $send( $b, $sign( $b, $now ) );
		ok( 400 === $r['status'], 'a hostile ' . key( $bad ) . " answered {$r['status']}: " . substr( $r['body'], 0, 200 ) );
	}
	$sql_id = $contact( "atk-2' OR '1'='1" );
	ok( 400 === $send( $sql_id, $sign( $sql_id, $now ) )['status'], 'a SQL-like id was not refused (ids are 1-64 letters, digits or . _ : -)' );
	// Every field is an enum, a number, a time or a short code; the one with quotes is the e-mail address (valid as written).
	$sql   = $contact( 'atk-2', array( 'email' => "o'brien'or'1'='1'--@example.test" ) );
	$first = $send( $sql, $sign( $sql, $now ) );
	ok( 200 === $first['status'] && true === ( json_decode( $first['body'], true )['stored'] ?? null ), 'a quoted e-mail address was not stored as text: ' . $first['body'] );
	$again = $send( $sql, $sign( $sql, $now ) );
	ok( 200 === $again['status'] && false === ( json_decode( $again['body'], true )['stored'] ?? null ), 'the retried event was stored twice (or the table is gone): ' . $again['body'] );
} );

// --- Admin: the report and the stored hostile texts -------------------------------------------
check( 'report: a logged-out visitor and a customer get no report (login form, 403)', function () use ( $site ) {
	$r = get( $site['reportPage'] );
	ok( 302 === $r['status'] && str_contains( $r['headers'], 'wp-login.php' ), "logged out: {$r['status']}" );
	$jar = login( 'customer', 'customer-password-1' );
	$r   = get( $site['reportPage'], $jar );
	ok( 403 === $r['status'] && ! str_contains( $r['body'], 'shopcx-chart' ), "customer: {$r['status']}" );
} );
check( 'report: the hostile survey comment is shown as text, nothing of it in the SVG charts as markup', function () use ( $site ) {
	$jar = login( 'admin', 'admin-password-1' );
	$r   = get( $site['reportPage'], $jar );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'shopcx-chart' ), "status {$r['status']}, charts missing" );
	ok( str_contains( $r['body'], 'zqxj' ), 'the comment is not in the report' );
	no_markup( $r['body'], 'report' );
	ok( false === stripos( $r['body'], '<script>alert(1)</script>' ), 'the seeded comment came back as markup' );
	preg_match_all( '#<svg\b.*?</svg>#s', $r['body'], $svgs );
	ok( count( $svgs[0] ) >= 4, 'fewer than four charts' );
	foreach ( $svgs[0] as $svg ) {
		ok( ! preg_match( '#<(script|foreignObject|image|use|a)\b|\son[a-z]+=#i', $svg ), 'active content in a chart' );
	}
	no_leak( $r, 'report' );
} );
check( 'admin comments: the hostile review text is shown as text', function () use ( $origin ) {
	$jar = login( 'admin', 'admin-password-1' );
	$r   = get( $origin . '/wp-admin/edit-comments.php?comment_type=review&s=zqxj', $jar );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'zqxj' ), "status {$r['status']}, review not listed" );
	no_markup( $r['body'], 'edit-comments' );
} );

// --- Settings a shop manager sets (issue 24): WooCommerce's settings form, the plugin's tab -------
$settings_url = $origin . '/wp-admin/admin.php?page=wc-settings&tab=shopcx';
/** Posts the Customer service tab as WooCommerce's form does; the page's messages (errors, "saved"). */
$save_settings = function ( string $jar, array $fields, ?string $nonce = null ) use ( $settings_url, $origin ): string {
	$nonce = $nonce ?? nonce_of( get( $settings_url, $jar )['body'] );
	$r     = post( $settings_url, array( 'save' => '1', '_wpnonce' => $nonce, '_wp_http_referer' => '/wp-admin/admin.php?page=wc-settings&tab=shopcx' ) + $fields, $jar );
	if ( 403 === $r['status'] ) { // Whether anything was stored is the caller's to check.
		// WC_Admin_Settings::save()'s own capability check (11.0.1), else WordPress's for the page itself
		// (a customer may not open it, after the save ran on wp_loaded).
		return str_contains( $r['body'], 'You do not have permission to save settings.' ) ? 'refused by WooCommerce (403): not allowed' : 'refused (403): not allowed to open the page';
	}
	// WC_Admin_Settings::show_messages(): one <div id="message" class="error inline"> per error, else "updated".
	ok( 200 === $r['status'] && preg_match_all( '#<div id="message" class="(error|updated) inline"><p><strong>(.*?)</strong></p></div>#s', $r['body'], $m, PREG_SET_ORDER ), "settings save: status {$r['status']}, no WooCommerce message" );
	$said = implode( "\n", array_map( fn( $x ) => $x[1] . ': ' . html_entity_decode( $x[2], ENT_QUOTES ), $m ) );
	no_leak( array( 'status' => $r['status'], 'body' => $said ), 'settings save' ); // The messages (the real page around them is WooCommerce's admin page with its field help).
	return $said;
};
$manager     = null;
$manager_jar = function () use ( &$manager ): string { // The shop manager's session, logged in once.
	return $manager ??= login( 'manager', 'manager-password-1' );
};
check( 'settings: a customer with a woocommerce-settings nonce of their own cannot save the tab (help offers, survey JSON stay)', function () use ( $save_settings, $origin, $manager_jar, $settings_url ) {
	$jar   = login( 'customer', 'customer-password-1' );
	$nonce = get( $origin . '/?shopcx_attack_nonce=1', $jar )['body'];
	ok( (bool) preg_match( '/^[0-9a-f]{10}$/', $nonce ), 'no nonce for the customer' );
	ok( 403 === get( $settings_url, $jar )['status'], 'the customer sees the settings page' );
	$said = $save_settings( $jar, array( 'shopcx_wc_help_chat_hours' => 'customer was here', 'shopcx_wc_survey_type' => 'nps' ), $nonce );
	ok( str_contains( $said, 'not allowed' ), "the customer's save was taken: $said" );
	ok( ! str_contains( get( $settings_url, $manager_jar() )['body'], 'customer was here' ), 'stored' );
} );
// The shop manager's help offers: hostile chat hours (tags go, the attribute breakout stays), a phone
// with a script URL and a header break (refused), then a real number, free returns and shipping.
check( 'help offers: a shop manager\'s phone "javascript:..." and header breaks are refused with a plain message, hostile chat hours stored as text', function () use ( $save_settings, $manager_jar ) {
	$manager = $manager_jar();
	foreach ( array( 'javascript:alert(1)', "+31 20 123 4567\r\nBcc: evil@example.test", '+31 20 123 4567 <script>' ) as $phone ) {
		$said = $save_settings( $manager, array( 'shopcx_wc_help_phone' => $phone ) );
		ok( str_contains( $said, 'must be a phone number' ), 'phone ' . json_encode( $phone ) . ": $said" );
		no_markup( $said, 'settings errors' );
	}
	foreach ( array( 'shopcx_wc_help_free_returns' => '30<script>', 'shopcx_wc_help_free_shipping' => '50 OR 1=1' ) as $id => $bad ) {
		$said = $save_settings( $manager, array( $id => $bad ) );
		ok( str_contains( $said, 'must be' ), "$id $bad: $said" );
	}
	$said = $save_settings( $manager, array( 'shopcx_wc_help_phone' => '+31 (20) 123-4567', 'shopcx_wc_help_free_returns' => '30', 'shopcx_wc_help_free_shipping' => '50', 'shopcx_wc_help_chat_hours' => 'hours ' . XSS, 'shopcx_wc_survey_enabled' => 'yes', 'shopcx_wc_survey_delay' => '0' ) );
	ok( str_contains( $said, 'saved' ) && ! str_contains( $said, 'error' ), "the manager's help offers were not saved: $said" );
} );
$mails = array();
$reminders = function ( string $type ) use ( $origin ): array {
	$r = get( $origin . '/?shopcx_attack_reminders=' . $type );
	ok( 200 === $r['status'], "the reminder job: status {$r['status']}" );
	$mails = array();
	foreach ( json_decode( $r['body'], true )['mails'] as $m ) {
		$mails[ $m['to'] ] = $m;
	}
	return $mails;
};
check( 'cart reminder (HTML, the real job): hostile product names and help offers escaped, tel: link, one mail per cart, no header injection through the name or a typed address', function () use ( $reminders, &$mails ) {
	$mails = $reminders( 'html&fresh=1' );
	ok( array( 'mail-a@example.test', 'mail-b@example.test' ) === array_keys( $mails ), 'mails to ' . json_encode( array_keys( $mails ) ) ); // mail-c's address had a line break: no mail.
	foreach ( $mails as $to => $m ) {
		ok( ! preg_match( '/[\r\n]/', $m['subject'] ) && ! preg_match( '/^(bcc|cc|to):/im', $m['headers'] ), "$to: headers " . json_encode( $m['headers'] ) );
		$text[ $to ] = mail_text( $m['message'], "$to HTML" );
	}
	$a = $mails['mail-a@example.test']['message'];
	ok( str_contains( $text['mail-a@example.test'], 'A-coat "\'>zqxj" autofocus onfocus="alert(74) Kid\'s' ), 'the product name is not shown as text' );
	// The picture's alt text holds the whole name: an unescaped quote would end the attribute and its "'> the tag.
	$doc = new DOMDocument();
	@$doc->loadHTML( '<?xml encoding="utf-8"?>' . $a );
	$alts = array_map( fn( $img ) => $img->getAttribute( 'alt' ), iterator_to_array( $doc->getElementsByTagName( 'img' ) ) );
	ok( 1 === count( array_filter( $alts, fn( $alt ) => str_contains( $alt, 'A-coat "\'>zqxj" autofocus onfocus="alert(74) Kid\'s' ) ) ), 'the product name left its alt attribute: ' . json_encode( $alts ) );
	ok( str_contains( $a, 'href="tel:+31201234567"' ), 'no tel: link for the phone' );
	ok( str_contains( $text['mail-a@example.test'], 'Live chat: hours "\'>zqxj" autofocus onfocus="alert(74)' ), 'the chat hours are not shown as text' );
	ok( ! str_contains( $a, 'only-in-b' ) && str_contains( $mails['mail-b@example.test']['message'], 'only-in-b' ), "a cart's items in the other's mail" );
} );
check( 'cart reminder (plain, the real job): names as text without tags, apostrophes kept, nothing HTML-escaped, tel: not javascript:', function () use ( $reminders ) {
	$m = $reminders( 'plain' )['mail-a@example.test'] ?? null;
	ok( null !== $m, 'no plain mail to A' );
	ok( str_contains( $m['headers'], 'text/plain' ), 'not text/plain' );
	$t = $m['message'];
	ok( ! preg_match( '#<(img|script|svg)\b#i', $t ) && ! str_contains( $t, '&#039;' ) && ! str_contains( $t, '&quot;' ), 'markup or entities in the plain mail: ' . substr( $t, 0, 300 ) );
	ok( str_contains( $t, 'zqxj' ) && str_contains( $t, '+31 (20) 123-4567' ), 'the name or the phone missing: ' . substr( $t, 0, 400 ) );
	ok( str_contains( $t, "Kid's" ), "the name's apostrophe was lost (HTML-escaped, then dropped by WooCommerce's plain conversion): " . substr( $t, 0, 300 ) );
	ok( ! stripos( $t, 'javascript:' ), 'javascript: in the plain mail' );
} );
check( 'cart reminder links are per cart (IDOR): A\'s recovery link restores A\'s items only, rewritten to B\'s cart 403; A\'s opt-out stops A\'s reminders, not B\'s', function () use ( &$mails, $reminders, $origin ) {
	ok( isset( $mails['mail-a@example.test'], $mails['mail-b@example.test'] ), 'no mails from the HTML check' );
	$links = array();
	foreach ( $mails as $to => $m ) {
		ok( preg_match( '#href="([^"]*shopcx_cart=[^"]+)"#', $m['message'], $c ) && preg_match( '#href="([^"]*shopcx_optout=[^"]+)"#', $m['message'], $o ), "$to: links missing" );
		$links[ $to ] = array( 'cart' => html_entity_decode( $c[1] ), 'optout' => html_entity_decode( $o[1] ) );
	}
	$show = fn( string $url ) => get( $origin . '/?' . parse_url( set_arg( $url, 'shopcx_attack_show_cart', '1' ), PHP_URL_QUERY ) ); // The cart link on the home page (the stand-in has no cart page).
	$r    = $show( $links['mail-a@example.test']['cart'] );
	ok( 200 === $r['status'] && '[9711]' === $r['body'], "A's link restored " . substr( $r['body'], 0, 100 ) );
	ok( '[9712]' === $show( $links['mail-b@example.test']['cart'] )['body'], "B's link did not restore B's items" );
	$tok = arg( $links['mail-a@example.test']['cart'], 'shopcx_cart' );
	$r   = $show( set_arg( $links['mail-a@example.test']['cart'], 'shopcx_cart', rewritten( $tok, function ( $p ) { $p['c']['cart'] = 'mail-b'; return $p; } ) ) );
	ok( 403 === $r['status'] && ! str_contains( $r['body'], '9712' ), "A's link rewritten to B's cart: {$r['status']} " . substr( $r['body'], 0, 80 ) );
	no_leak( $r, 'rewritten recovery link' );
	$otok = arg( $links['mail-a@example.test']['optout'], 'shopcx_optout' );
	ok( 403 === post( set_arg( $links['mail-a@example.test']['optout'], 'shopcx_optout', rewritten( $otok, function ( $p ) { $p['c']['cart'] = 'mail-b'; return $p; } ) ), array( 'List-Unsubscribe' => 'One-Click' ) )['status'], "A's opt-out rewritten to B was taken" );
	$r = post( $links['mail-a@example.test']['optout'], array( 'List-Unsubscribe' => 'One-Click' ) );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'Done' ), "A's opt-out: {$r['status']}" );
	$again = $reminders( 'html' );
	ok( array( 'mail-b@example.test' ) === array_keys( $again ), 'after A opted out the job mailed ' . json_encode( array_keys( $again ) ) );
} );

// --- Chat: a guest's accept (issue 24) ------------------------------------------------------------
$accepts = fn() => json_decode( get( $origin . '/?shopcx_attack_interactions=chat' )['body'], true );
check( 'chat accept: hostile, SQL-like, array and missing visit ids and bodies answer 200/400 (never 500), store nothing, echo no markup, leak nothing', function () use ( $rest, $accepts ) {
	$before = count( $accepts() );
	foreach ( array( '{"rule":' . json_encode( XSS ) . ',"visit":' . json_encode( XSS ) . '}', '{"visit":"abcdef0123456789\' OR \'1\'=\'1"}', '{"visit":["' . str_repeat( 'a', 32 ) . '"]}', '{"visit":{"$gt":""}}', '{}', 'not json', '{"visit":"' . str_repeat( 'a', 65 ) . '"}', str_repeat( '{"visit":', 5000 ) ) as $body ) {
		$r = post( $rest( 'chat/accept' ), $body, null, array( 'Content-Type: application/json' ) );
		ok( in_array( $r['status'], array( 200, 400 ), true ), 'accept ' . substr( $body, 0, 60 ) . ": status {$r['status']}" );
		ok( 400 === $r['status'] || false === ( json_decode( $r['body'], true )['stored'] ?? null ), 'accept ' . substr( $body, 0, 60 ) . ' was stored: ' . $r['body'] );
		no_leak( $r, 'accept ' . substr( $body, 0, 40 ) );
		no_markup( $r['body'], 'accept' );
	}
	ok( count( $accepts() ) === $before, 'a refused accept was stored' );
} );
check( 'chat accept: a guest is recorded once per hour under a pseudonym, whatever e-mail, customer id or time the body claims; another visit is another guest', function () use ( $rest, $accepts ) {
	$before = count( $accepts() );
	$visit  = bin2hex( random_bytes( 16 ) );
	$claim  = array( 'rule' => 'product-hesitation', 'visit' => $visit, 'email' => 'victim@example.test', 'customerId' => 1, 'opened' => 1, 'channel' => XSS );
	$first  = post( $rest( 'chat/accept' ), json_encode( $claim ), null, array( 'Content-Type: application/json' ) );
	ok( 200 === $first['status'] && true === ( json_decode( $first['body'], true )['stored'] ?? null ), 'the first accept was not stored: ' . $first['body'] );
	$again = post( $rest( 'chat/accept' ), json_encode( $claim ), null, array( 'Content-Type: application/json' ) );
	ok( false === ( json_decode( $again['body'], true )['stored'] ?? null ), 'the same guest was stored twice within the hour: ' . $again['body'] );
	$rows = array_slice( $accepts(), $before );
	ok( 1 === count( $rows ), count( $rows ) . ' rows for one guest' );
	ok( preg_match( '/^guest:[0-9a-f]{24}$/', $rows[0]['email'] ) && '0' === (string) $rows[0]['customer_id'] && 'chat' === $rows[0]['channel'], 'the guest was recorded as ' . json_encode( $rows[0] ) );
	ok( ! str_contains( json_encode( $rows ), $visit ), 'the visit id itself was stored' );
	$other = post( $rest( 'chat/accept' ), json_encode( array( 'visit' => bin2hex( random_bytes( 16 ) ) ) ), null, array( 'Content-Type: application/json' ) );
	ok( true === ( json_decode( $other['body'], true )['stored'] ?? null ), 'another guest was not stored: ' . $other['body'] );
} );
check( 'chat accept: a cross-site post with the customer\'s cookies but no REST nonce is not recorded as the customer (a forged accept), with the nonce it is', function () use ( $rest, $accepts, $origin ) {
	$jar    = login( 'customer', 'customer-password-1' );
	$before = count( $accepts() );
	$r      = post( $rest( 'chat/accept' ), json_encode( array( 'visit' => bin2hex( random_bytes( 16 ) ) ) ), $jar, array( 'Content-Type: application/json', 'Origin: http://evil.example', 'Referer: http://evil.example/x' ) );
	ok( in_array( $r['status'], array( 200, 401, 403 ), true ), "status {$r['status']}" );
	no_leak( $r, 'cross-site accept' );
	foreach ( array_slice( $accepts(), $before ) as $row ) {
		ok( 'customer@example.test' !== $row['email'] && '0' === (string) $row['customer_id'], 'the forged accept was recorded as the customer: ' . json_encode( $row ) );
	}
	$page  = get( $origin . '/', $jar )['body'];
	ok( (bool) preg_match( '/"nonce":"([0-9a-f]{10})"/', $page, $m ), 'no REST nonce in the chat script of the customer\'s page' );
	$mine  = count( $accepts() );
	$r     = post( $rest( 'chat/accept' ), json_encode( array( 'visit' => bin2hex( random_bytes( 16 ) ) ) ), $jar, array( 'Content-Type: application/json', 'X-WP-Nonce: ' . $m[1] ) );
	$rows  = array_slice( $accepts(), $mine );
	ok( 200 === $r['status'] && 1 === count( $rows ) && '0' !== (string) $rows[0]['customer_id'], 'the customer\'s own accept: ' . $r['body'] . ' ' . json_encode( $rows ) );
} );
check( 'chat accept: one client flooding the route meets 429 (the chat group\'s limit), and nothing more is stored', function () use ( $rest, $accepts ) {
	$before = count( $accepts() );
	$codes  = array();
	for ( $i = 0; $i < 70; $i++ ) {
		$s           = post( $rest( 'chat/accept' ), json_encode( array( 'visit' => sprintf( '%032x', 900000 + $i ) ) ), null, array( 'Content-Type: application/json' ) )['status'];
		$codes[ $s ] = ( $codes[ $s ] ?? 0 ) + 1;
	}
	ok( 60 === ( $codes[200] ?? 0 ) && 10 === ( $codes[429] ?? 0 ), 'statuses ' . json_encode( $codes ) );
	ok( count( $accepts() ) - $before === ( $codes[200] ?? 0 ), 'stored ' . ( count( $accepts() ) - $before ) . ' for ' . ( $codes[200] ?? 0 ) . ' answered' );
} );
// --- A custom survey (issue 24): the merchant's JSON, hostile texts, the customer's answers -------
$custom_json = json_encode(
	array(
		'id'        => 'atk-custom',
		'questions' => array(
			array( 'id' => 'stars', 'metric' => 'rating', 'min' => 1, 'max' => 10, 'text' => array( 'en' => 'Stars ' . XSS ) ),
			array( 'id' => 'again', 'metric' => 'yesno', 'text' => array( 'en' => 'Again ' . XSS ) ),
			array( 'id' => 'tip', 'metric' => 'comment', 'text' => array( 'en' => 'Tip ' . XSS ) ),
		),
	)
);
$custom_link = null;
check( 'custom survey JSON: a customer cannot set it with a woocommerce-settings nonce of their own', function () use ( $save_settings, $origin, $custom_json, $settings_url, $manager_jar ) {
	$jar  = login( 'customer', 'customer-password-1' );
	$said = $save_settings( $jar, array( 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $custom_json ), get( $origin . '/?shopcx_attack_nonce=1', $jar )['body'] );
	ok( str_contains( $said, 'not allowed' ), "the customer's JSON was taken: $said" );
	ok( ! str_contains( get( $settings_url, $manager_jar() )['body'], 'atk-custom' ), "the customer's JSON was stored" );
} );
check( 'custom survey JSON: the shop manager\'s hostile question ids are refused naming the JSON path, hostile texts saved', function () use ( $save_settings, $manager_jar, $custom_json ) {
	$manager = $manager_jar();
	foreach ( array( '"><img src=x onerror=alert(71)>', "a' OR '1'='1" ) as $bad_id ) {
		$bad  = str_replace( '"id":"stars"', '"id":' . json_encode( $bad_id ), $custom_json );
		$said = $save_settings( $manager, array( 'shopcx_wc_survey_enabled' => 'yes', 'shopcx_wc_survey_delay' => '0', 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $bad ) );
		ok( str_contains( $said, 'Custom survey (JSON) not saved: $.questions[0].id' ), "id $bad_id: $said" );
		no_markup( $said, 'settings errors' );
	}
	$said = $save_settings( $manager, array( 'shopcx_wc_survey_enabled' => 'yes', 'shopcx_wc_survey_delay' => '0', 'shopcx_wc_survey_type' => 'custom', 'shopcx_wc_survey_custom' => $custom_json ) );
	ok( str_contains( $said, 'saved' ) && ! str_contains( $said, 'error' ), "the manager's custom survey was not saved: $said" );
} );
check( 'custom survey mail (HTML and plain, the real job): the hostile question text escaped / as text, the link signed for this order', function () use ( $origin, &$custom_link ) {
	foreach ( array( 'html', 'plain' ) as $type ) {
		$r = get( $origin . '/?shopcx_attack_survey_mail=' . $type );
		// The invitation; the real WooCommerce also mails its own "order complete" to the address (the job fires woocommerce_order_status_completed).
		$m = array_values( array_filter( json_decode( $r['body'], true )['mails'] ?? array(), fn( $x ) => str_contains( (string) $x['message'], 'shopcx_survey=' ) ) )[0] ?? null;
		ok( 200 === $r['status'] && null !== $m, "$type: no survey mail: " . substr( $r['body'], 0, 200 ) );
		ok( ! preg_match( '/[\r\n]/', $m['subject'] ) && ! preg_match( '/^(bcc|cc):/im', (string) $m['headers'] ), "$type: headers" );
		ok( str_contains( $m['message'], 'zqxj' ), "$type: the question is not in the mail" );
		if ( 'html' === $type ) {
			mail_text( $m['message'], 'survey mail' );
		} else {
			ok( ! preg_match( '#<(img|script|svg)\b#i', $m['message'] ) && ! str_contains( $m['message'], '&#039;' ), 'markup or entities in the plain survey mail' );
		}
		ok( (bool) preg_match( '#(http://[^\s"<>]*shopcx_survey=[^\s"&<>]+)#', $m['message'], $l ), "$type: no survey link" );
		$custom_link = html_entity_decode( $l[1] );
	}
} );
check( 'custom survey form: hostile question texts shown as text; out-of-range, non-yes/no, array, unknown-only and 100 kB answers refused (400) with a plain message; a good answer stored once', function () use ( &$custom_link ) {
	ok( null !== $custom_link, 'no link from the mail check' );
	$r = get( $custom_link );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'zqxj' ), "the form: {$r['status']}" );
	no_markup( $r['body'], 'custom survey form' );
	ok( array( 'stars', 'again', 'tip' ) === survey_fields( $r['body'] ), 'fields ' . json_encode( survey_fields( $r['body'] ) ) );
	$nonce = nonce_of( $r['body'] );
	$bad   = array(
		'stars 11'     => array( 'stars' => '11', 'again' => '1' ),
		'stars 0'      => array( 'stars' => '0', 'again' => '1' ),
		'stars SQL'    => array( 'stars' => "5' OR '1'='1", 'again' => '1' ),
		'again 2'      => array( 'stars' => '5', 'again' => '2' ),
		'again markup' => array( 'stars' => '5', 'again' => XSS ),
		'arrays'       => array( 'stars' => array( '5' ), 'again' => array( 'x' => '1' ) ),
		'unknown only' => array( 'evil' => '5', 'x"><b>' => '1' ),
		'unknown mixed' => array( 'stars' => '5', 'again' => '1', 'evil' => '1' ), // Was stored without 'evil'.
		'100 kB tip'   => array( 'stars' => '5', 'again' => '1', 'tip' => str_repeat( 'zqxj ', 20000 ) ),
	);
	foreach ( $bad as $what => $answers ) {
		$r = post( $custom_link, array( '_wpnonce' => $nonce, 'answers' => $answers ) );
		ok( 400 === $r['status'], "$what: status {$r['status']}" );
		ok( str_contains( $r['body'], 'Your answers were not saved' ) && ! str_contains( $r['body'], 'Argument #' ), "$what: not a plain message" );
		no_leak( $r, $what );
		no_markup( $r['body'], $what );
	}
	ok( str_contains( get( $custom_link )['body'], 'name="answers[' ), 'a refused answer was stored' );
	$r = post( $custom_link, array( '_wpnonce' => $nonce, 'answers' => array( 'stars' => '7', 'again' => 'yes', 'tip' => 'custom tip ' . XSS ) ) );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'Thank you' ), "the good answer: {$r['status']}" );
	ok( 409 === post( $custom_link, array( '_wpnonce' => $nonce, 'answers' => array( 'stars' => '1', 'again' => 'no' ) ) )['status'], 'the replay was taken' );
} );
check( 'report: the custom survey\'s hostile question texts and answer shown as text, its charts without active content', function () use ( $site ) {
	$jar = login( 'manager', 'manager-password-1' ); // The report is manage_woocommerce: the shop manager's.
	$r   = get( $site['reportPage'], $jar );
	ok( 200 === $r['status'] && str_contains( $r['body'], 'Custom survey &quot;atk-custom&quot;' ), "status {$r['status']}, no custom survey section" );
	ok( str_contains( $r['body'], 'custom tip' ) && str_contains( $r['body'], 'Stars ' ), 'the custom answer or question is not in the report' );
	no_markup( $r['body'], 'report' );
	preg_match_all( '#<svg\b.*?</svg>#s', $r['body'], $svgs );
	ok( count( array_filter( $svgs[0], fn( $s ) => str_contains( $s, 'zqxj' ) ) ) >= 1, 'no chart names the custom question' );
	foreach ( $svgs[0] as $svg ) {
		ok( ! preg_match( '#<(script|foreignObject|image|use|a)\b|\son[a-z]+\s*=\s*["\']#i', $svg ), 'active content in a chart' ); // Escaped text (onfocus=&quot;) is only text.
	}
	no_leak( $r, 'report' );
} );

foreach ( $jars as $jar ) {
	@unlink( $jar );
}
echo "woocommerce attack: $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
