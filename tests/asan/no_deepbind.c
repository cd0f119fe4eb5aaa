/*
 * Test-only LD_PRELOAD shim for the sanitizer pass (tests/run.sh --asan).
 *
 * PHP loads extensions with dlopen(RTLD_DEEPBIND), which AddressSanitizer refuses
 * (google/sanitizers#611). Preloaded ahead of libasan, this dlopen drops the flag and hands
 * the call on to the next dlopen in line (ASan's interceptor, then libc's).
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

void *dlopen(const char *file, int flags)
{
	static void *(*next_dlopen)(const char *, int);
	if (next_dlopen == NULL) {
		next_dlopen = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
	}
	return next_dlopen(file, flags & ~RTLD_DEEPBIND);
}
