<?php
// A helpdesk for the webhook test (php -S on 127.0.0.1): records each request, answers 200.
// phpcs:disable
file_put_contents(
	getenv( 'SHOPCX_RECEIVER_LOG' ),
	json_encode( array( 'sig' => $_SERVER['HTTP_X_SHOPCX_SIGNATURE'] ?? '', 'body' => file_get_contents( 'php://input' ) ) ) . "\n",
	FILE_APPEND
);
http_response_code( 200 );
echo 'ok';
