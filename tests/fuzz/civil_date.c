/*
 * libFuzzer harness: calendar maths and time-zone conversions. days <-> civil date must round
 * trip; local -> UTC -> local must give the same wall time except inside a DST gap, on a
 * transition table the fuzzer builds itself.
 * sources: src/common/shopcx_time.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common/shopcx_time.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int32_t raw;
	int64_t days, year;
	int month, day;
	shopcx_tz_transition transitions[8];
	shopcx_tz tz;
	size_t count = 0, i;

	if (size < 4) {
		return 0;
	}
	memcpy(&raw, data, 4);
	days = raw % 200000;   /* roughly 1422 to 2517 */
	shopcx_civil_from_days(days, &year, &month, &day);
	if (month < 1 || month > 12 || day < 1 || day > shopcx_days_in_month(year, month)
		|| shopcx_days_from_civil(year, month, day) != days) {
		abort();
	}
	if (shopcx_weekday_from_days(days) < 0 || shopcx_weekday_from_days(days) > 6) {
		abort();
	}

	/* A zone with up to 8 transitions of at most +-14 h, at increasing instants a day apart or more. */
	memset(&tz, 0, sizeof(tz));
	for (i = 4; i + 3 <= size && count < 8; i += 3) {
		int64_t at = count == 0 ? INT64_MIN : transitions[count - 1].at + 86400 * (1 + data[i] % 200) + (count == 1 ? 1600000000 : 0);
		transitions[count].at = at;
		transitions[count].offset = ((int32_t) (int8_t) data[i + 1]) * 900 % (14 * 3600);
		transitions[count].dst = data[i + 2] & 1;
		count++;
	}
	tz.transitions = count ? transitions : NULL;
	tz.count = count;
	{
		int64_t utc = (int64_t) raw * 37;
		shopcx_local_time local, back_local;
		int64_t back;
		shopcx_tz_to_local(&tz, utc, &local);
		back = shopcx_tz_from_local(&tz, local.days, local.hour, local.minute, local.second);
		shopcx_tz_to_local(&tz, back, &back_local);
		/* A wall time that exists maps back to itself (ambiguous ones may pick the other instant). */
		if (back_local.days != local.days || back_local.hour != local.hour
			|| back_local.minute != local.minute || back_local.second != local.second) {
			abort();
		}
	}
	return 0;
}
