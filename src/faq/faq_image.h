/*
 * An index image in memory (built, or mapped from a file) with its search scratch, shared by
 * reference between Index objects and the per-worker cache of mapped files.
 * SPDX-License-Identifier: MIT
 */
#ifndef FAQ_IMAGE_H
#define FAQ_IMAGE_H

#include "faq_format.h"
#include "faq_search.h"

#include <sys/types.h>

typedef struct faq_image {
	unsigned char *base;
	size_t size;
	bool mapped;              /* mmap()ed file, else malloc()ed image */
	uint32_t refcount;        /* the cache holds one, every Index object one */
	faq_view view;
	faq_scratch scratch;
	/* cache key (mapped images only) */
	char *path;
	dev_t dev;
	ino_t ino;
	time_t mtime;
	long mtime_ns;
	uint64_t last_used;
	struct faq_image *next;
} faq_image;

/* Wraps a freshly built malloc()ed image (already valid). Returns NULL on failure. */
faq_image *faq_image_from_build(unsigned char *base, size_t size);

/* Loads through the per-worker cache. On failure returns NULL with a message in err. */
faq_image *faq_image_load(const char *path, char *err, size_t err_len);

/* Writes atomically. Returns false with a message in err. */
bool faq_image_save(const faq_image *img, const char *path, char *err, size_t err_len);

void faq_image_release(faq_image *img);

/* Drops every cached image (MSHUTDOWN). */
void faq_cache_shutdown(void);

#endif
