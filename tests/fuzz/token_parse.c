/*
 * libFuzzer harness: the token envelope parser must never read out of bounds, and whatever it
 * accepts must have the shape it promises.
 * sources: src/token/token_core.c src/common/shopcx_base64url.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "token/token_core.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	shopcx_token_parts parts;
	/* Copy into an exact-size heap buffer so ASan sees any overread. */
	char *token = malloc(size ? size : 1);
	memcpy(token, data, size);
	if (shopcx_token_parse(token, size, &parts) == SHOPCX_TOKEN_OK) {
		if (!shopcx_token_key_id_valid(parts.key_id, parts.key_id_len)
			|| parts.payload_b64_len == 0
			|| parts.signed_len + 1 + SHOPCX_TOKEN_SIG_CHARS != size
			|| memcmp(token, "v1.", 3) != 0) {
			abort();
		}
	}
	free(token);
	return 0;
}
