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
check( 'review: a hostile text is stored once (SQL-like rating and text included), the replay is refused', function () use ( $reviewA, $review_result ) {
	$nonce = nonce_of( get( $reviewA )['body'] );
	$r     = post( $reviewA, array( '_wpnonce' => $nonce, 'rating' => "5' OR '1'='1", 'comment' => 'review ' . XSS . " '); DELETE FROM wp_comments; -- " ) );
	ok( str_contains( $review_result( $r ), 'Thank you' ), $review_result( $r ) );
	no_markup( $r['body'], 'the product page' );
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

foreach ( $jars as $jar ) {
	@unlink( $jar );
}
echo "woocommerce attack: $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
