/*
 * libFuzzer harness for the pure-C delivery and stock cores: date and code parsers, the holiday
 * rules for any country/region/year, calendar walks and the localized date words.
 *   bash tests/fuzz/delivery_fuzz.sh [seconds]
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "delivery/delivery_calendar.h"
#include "delivery/delivery_words.h"
#include "stock/stock_core.h"

static shopcx_calendar cal;
static int ready;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	shopcx_holiday list[SHOPCX_CAL_MAX_HOLIDAYS];
	char buf[SHOPCX_WORDS_MAX];
	uint8_t country, region;
	int64_t days, out;
	int month, day;
	size_t i, n;

	if (!ready) {
		shopcx_calendar_init(&cal, SHOPCX_CC_GB, SHOPCX_RG_GB_SCT, SHOPCX_CAL_MON_FRI, SHOPCX_LOCALE_EN);
		ready = 1;
	}
	/* Text parsers take the raw bytes. */
	if (shopcx_parse_ymd((const char *) data, size, &days)) {
		shopcx_format_ymd(days, buf);
		if (memcmp(buf, data, 10) != 0) {
			abort();   /* a parsed date must print back the same */
		}
	}
	(void) shopcx_parse_md((const char *) data, size, &month, &day);
	(void) shopcx_calendar_parse_code((const char *) data, size, &country, &region);

	if (size < 8) {
		return 0;
	}
	/* Structured part: country, region, year, two days, a count. */
	country = data[0] % 9;
	region = data[1] % 21;
	{
		int64_t year = SHOPCX_CAL_FIRST_YEAR + (data[2] | data[3] << 8) % 130;
		int64_t a = (int64_t) (data[4] | data[5] << 8 | (data[6] & 0x7f) << 16) % (SHOPCX_CAL_END_DAYS + 10) - 5;
		int64_t step = (int8_t) data[7];
		n = shopcx_holidays_of_year(country, region, year, list, SHOPCX_CAL_MAX_HOLIDAYS);
		for (i = 0; i < n; i++) {
			if (shopcx_holiday_kind_name(list[i].kind, list[i].substitute, country, (shopcx_locale) (data[1] % 4)) == NULL) {
				abort();
			}
			if (i > 0 && list[i].days < list[i - 1].days) {
				abort();   /* sorted */
			}
		}
		(void) shopcx_calendar_is_open(&cal, a);
		(void) shopcx_calendar_holiday_name(&cal, a);
		if (shopcx_calendar_add_days(&cal, a, step, &out) && !shopcx_calendar_is_open(&cal, out)) {
			abort();   /* a walk ends on an open day */
		}
		if (a >= 0 && a < SHOPCX_CAL_END_DAYS) {
			shopcx_words_when(buf, sizeof(buf), a, a + (data[7] & 3), a + (data[7] & 3) + (data[6] & 7), (shopcx_locale) (data[0] % 4));
			shopcx_words_date(buf, sizeof(buf), a, (shopcx_locale) (data[1] % 4));
		}
	}
	return 0;
}
