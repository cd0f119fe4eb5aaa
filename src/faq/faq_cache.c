/*
 * Index images and the per-worker cache of mapped files.
 *
 * A loaded file is mmap()ed read-only, validated once and kept in SHOPCX_G(faq_cache) (per thread
 * under ZTS) keyed by path, device, inode, mtime and size, so a later load() of the unchanged file
 * costs one stat(). A replaced file (atomic rename: new inode) gets a new entry and the old one is
 * dropped; objects still holding it keep it alive by reference count. Cache memory is persistent
 * (malloc/mmap), never the request allocator, so it outlives requests.
 * SPDX-License-Identifier: MIT
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_shopcx.h"
#include "faq_image.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	faq_image *head;
	uint32_t count;
	uint64_t tick;
} faq_cache;

static void image_free(faq_image *img)
{
	faq_scratch_free(&img->scratch);
	if (img->mapped) {
		munmap(img->base, img->size);
	} else {
		free(img->base);
	}
	free(img->path);
	free(img);
}

void faq_image_release(faq_image *img)
{
	if (img && --img->refcount == 0) {
		image_free(img);
	}
}

faq_image *faq_image_from_build(unsigned char *base, size_t size)
{
	faq_image *img = calloc(1, sizeof(faq_image));
	if (!img) {
		free(base);
		return NULL;
	}
	img->base = base;
	img->size = size;
	img->refcount = 1;
	if (faq_view_open(&img->view, base, size) != NULL) {
		/* The builder wrote something its own reader refuses: a bug, never user input. */
		image_free(img);
		return NULL;
	}
	return img;
}

static faq_image *map_file(const char *path, int fd, const struct stat *st, char *err, size_t err_len)
{
	faq_image *img;
	void *base;
	const char *why;

	if (!S_ISREG(st->st_mode)) {
		snprintf(err, err_len, "not a regular file");
		return NULL;
	}
	if (st->st_size < (off_t) sizeof(faq_header) || (uint64_t) st->st_size > UINT32_MAX) {
		snprintf(err, err_len, st->st_size < (off_t) sizeof(faq_header) ? "file is too short to be a FAQ index" : "file is too large");
		return NULL;
	}
	base = mmap(NULL, (size_t) st->st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (base == MAP_FAILED) {
		snprintf(err, err_len, "mmap failed: %s", strerror(errno));
		return NULL;
	}
	img = calloc(1, sizeof(faq_image));
	if (!img) {
		munmap(base, (size_t) st->st_size);
		snprintf(err, err_len, "out of memory");
		return NULL;
	}
	img->base = base;
	img->size = (size_t) st->st_size;
	img->mapped = true;
	img->refcount = 1;
	why = faq_view_open(&img->view, base, img->size);
	if (why) {
		snprintf(err, err_len, "%s", why);
		image_free(img);
		return NULL;
	}
	img->path = strdup(path);
	img->dev = st->st_dev;
	img->ino = st->st_ino;
	img->mtime = st->st_mtim.tv_sec;
	img->mtime_ns = st->st_mtim.tv_nsec;
	if (!img->path) {
		image_free(img);
		snprintf(err, err_len, "out of memory");
		return NULL;
	}
	return img;
}

static void cache_unlink(faq_cache *c, faq_image *img)
{
	faq_image **p;
	for (p = &c->head; *p; p = &(*p)->next) {
		if (*p == img) {
			*p = img->next;
			c->count--;
			faq_image_release(img);
			return;
		}
	}
}

faq_image *faq_image_load(const char *path, char *err, size_t err_len)
{
	faq_cache *c = SHOPCX_G(faq_cache);
	zend_long max = SHOPCX_G(faq_cache_size);
	struct stat st;
	faq_image *img, *next;
	int fd;

	if (stat(path, &st) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		return NULL;
	}
	if (c) {
		for (img = c->head; img; img = next) {
			next = img->next;
			if (strcmp(img->path, path) != 0) {
				continue;
			}
			if (img->dev == st.st_dev && img->ino == st.st_ino && img->size == (size_t) st.st_size
				&& img->mtime == st.st_mtim.tv_sec && img->mtime_ns == st.st_mtim.tv_nsec) {
				img->last_used = ++c->tick;
				img->refcount++;
				return img;
			}
			cache_unlink(c, img);   /* replaced on disk */
		}
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		close(fd);
		return NULL;
	}
	img = map_file(path, fd, &st, err, err_len);
	close(fd);
	if (!img || max <= 0) {
		return img;
	}
	if (!c) {
		c = calloc(1, sizeof(faq_cache));
		if (!c) {
			return img;
		}
		SHOPCX_G(faq_cache) = c;
	}
	while (c->count >= (uint32_t) max && c->head) {
		faq_image *p, *lru = c->head;
		for (p = c->head; p; p = p->next) {
			if (p->last_used < lru->last_used) lru = p;
		}
		cache_unlink(c, lru);
	}
	img->last_used = ++c->tick;
	img->next = c->head;
	c->head = img;
	c->count++;
	img->refcount++;
	return img;
}

/* Makes the rename durable: without an fsync of the directory a crash soon after can bring back the old
 * name's old file (or none). Best effort: the new index is in place either way, and a directory that
 * cannot be opened for reading (or a file system without directory fsync) is no reason to fail the save. */
static void faq_sync_parent_dir(char *path, size_t len)
{
	char *slash = NULL;
	int fd;

	for (size_t i = len; i > 0; i--) {
		if (path[i - 1] == '/') {
			slash = path + i - 1;
			break;
		}
	}

	if (slash == path) {
		fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	} else if (slash) {
		*slash = '\0';
		fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		*slash = '/';
	} else {
		fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (fd >= 0) {
		(void) fsync(fd);
		close(fd);
	}
}

bool faq_image_save(const faq_image *img, const char *path, char *err, size_t err_len)
{
	size_t plen = strlen(path), done = 0;
	char *tmp = malloc(plen + 16);
	int fd;

	if (!tmp) {
		snprintf(err, err_len, "out of memory");
		return false;
	}
	memcpy(tmp, path, plen);
	memcpy(tmp + plen, ".tmp.XXXXXX", sizeof(".tmp.XXXXXX"));
	fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		free(tmp);
		return false;
	}
	while (done < img->size) {
		ssize_t n = write(fd, img->base + done, img->size - done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			snprintf(err, err_len, "%s", n < 0 ? strerror(errno) : "short write");
			goto fail;
		}
		done += (size_t) n;
	}
	if (fchmod(fd, 0644) != 0 || fsync(fd) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		goto fail;
	}
	if (close(fd) != 0) {
		fd = -1;
		snprintf(err, err_len, "%s", strerror(errno));
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) != 0) {
		snprintf(err, err_len, "%s", strerror(errno));
		goto fail;
	}
	faq_sync_parent_dir(tmp, plen);
	free(tmp);
	return true;
fail:
	if (fd >= 0) {
		close(fd);
	}
	unlink(tmp);
	free(tmp);
	return false;
}

void faq_cache_destroy(void **slot)
{
	faq_cache *c = *slot;
	if (!c) {
		return;
	}
	while (c->head) {
		faq_image *img = c->head;
		c->head = img->next;
		faq_image_release(img);
	}
	free(c);
	*slot = NULL;
}

void faq_cache_shutdown(void)
{
	faq_cache_destroy(&SHOPCX_G(faq_cache));
}
