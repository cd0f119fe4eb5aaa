dnl config.m4 for extension shopcx
dnl Build: phpize && ./configure [--enable-shopcx-dev] [--enable-shopcx-sanitizers] && make

PHP_ARG_ENABLE([shopcx],
  [whether to enable shopcx support],
  [AS_HELP_STRING([--enable-shopcx], [Enable the ShopCX customer-service toolkit])],
  [yes])

PHP_ARG_ENABLE([shopcx-dev],
  [whether to build shopcx with developer warnings as errors],
  [AS_HELP_STRING([--enable-shopcx-dev], [Add -Wall -Wextra -Werror (developers and CI)])],
  [no], [no])

PHP_ARG_ENABLE([shopcx-sanitizers],
  [whether to build shopcx with AddressSanitizer and UndefinedBehaviorSanitizer],
  [AS_HELP_STRING([--enable-shopcx-sanitizers], [Build with -fsanitize=address,undefined (run PHP with USE_ZEND_ALLOC=0)])],
  [no], [no])

PHP_ARG_ENABLE([shopcx-coverage],
  [whether to build shopcx with gcov coverage],
  [AS_HELP_STRING([--enable-shopcx-coverage], [Build with --coverage for gcov/lcov])],
  [no], [no])

if test "$PHP_SHOPCX" != "no"; then
  PKG_PROG_PKG_CONFIG

  dnl Each library: pkg-config where it ships a .pc file, otherwise a header and link probe.
  dnl A missing one stops configure with the Debian package that provides it.
  PKG_CHECK_MODULES([SHOPCX_CURL], [libcurl >= 7.68],
    [PHP_EVAL_LIBLINE([$SHOPCX_CURL_LIBS], [SHOPCX_SHARED_LIBADD])
     PHP_EVAL_INCLINE([$SHOPCX_CURL_CFLAGS])],
    [AC_MSG_ERROR([shopcx needs libcurl >= 7.68. On Debian: apt-get install libcurl4-openssl-dev])])

  PKG_CHECK_MODULES([SHOPCX_JANSSON], [jansson >= 2.14],
    [PHP_EVAL_LIBLINE([$SHOPCX_JANSSON_LIBS], [SHOPCX_SHARED_LIBADD])
     PHP_EVAL_INCLINE([$SHOPCX_JANSSON_CFLAGS])],
    [AC_MSG_ERROR([shopcx needs jansson >= 2.14. On Debian: apt-get install libjansson-dev])])

  PKG_CHECK_MODULES([SHOPCX_UTF8PROC], [libutf8proc >= 2.5],
    [PHP_EVAL_LIBLINE([$SHOPCX_UTF8PROC_LIBS], [SHOPCX_SHARED_LIBADD])
     PHP_EVAL_INCLINE([$SHOPCX_UTF8PROC_CFLAGS])],
    [AC_MSG_ERROR([shopcx needs utf8proc >= 2.5. On Debian: apt-get install libutf8proc-dev])])

  PKG_CHECK_MODULES([SHOPCX_PCRE2], [libpcre2-8 >= 10.30],
    [PHP_EVAL_LIBLINE([$SHOPCX_PCRE2_LIBS], [SHOPCX_SHARED_LIBADD])
     PHP_EVAL_INCLINE([$SHOPCX_PCRE2_CFLAGS])],
    [AC_MSG_ERROR([shopcx needs pcre2 (8-bit) >= 10.30. On Debian: apt-get install libpcre2-dev])])

  dnl libstemmer (Snowball) has no pkg-config file on Debian.
  AC_CHECK_HEADER([libstemmer.h], [],
    [AC_MSG_ERROR([shopcx needs libstemmer (Snowball). On Debian: apt-get install libstemmer-dev])])
  PHP_CHECK_LIBRARY([stemmer], [sb_stemmer_new],
    [PHP_ADD_LIBRARY([stemmer], 1, SHOPCX_SHARED_LIBADD)],
    [AC_MSG_ERROR([shopcx needs libstemmer (Snowball). On Debian: apt-get install libstemmer-dev])])

  PHP_SUBST(SHOPCX_SHARED_LIBADD)

  dnl A PHP built with its bundled pcre2 (no --with-external-pcre) carries a second pcre2 in the
  dnl process. Code JIT-compiled by the system libpcre2-8 then crashed when run (seen with a ZTS
  dnl build of PHP 8.2 from source), so shopcx matches with the pcre2 interpreter there.
  AC_MSG_CHECKING([whether PHP bundles its own pcre2])
  if grep -q "^#define HAVE_BUNDLED_PCRE 1" "$phpincludedir/main/php_config.h" 2>/dev/null; then
    AC_MSG_RESULT([yes, pcre2 JIT is not used by shopcx])
    SHOPCX_NO_PCRE_JIT="-DSHOPCX_NO_PCRE_JIT"
  else
    AC_MSG_RESULT([no])
    SHOPCX_NO_PCRE_JIT=""
  fi

  SHOPCX_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -I@ext_srcdir@/src -I@ext_srcdir@ $SHOPCX_NO_PCRE_JIT"
  if test "$PHP_SHOPCX_DEV" != "no"; then
    SHOPCX_CFLAGS="$SHOPCX_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers"
  fi
  if test "$PHP_SHOPCX_SANITIZERS" != "no"; then
    SHOPCX_CFLAGS="$SHOPCX_CFLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
    LDFLAGS="$LDFLAGS -fsanitize=address,undefined"
  fi
  if test "$PHP_SHOPCX_COVERAGE" != "no"; then
    SHOPCX_CFLAGS="$SHOPCX_CFLAGS --coverage -O0 -g"
    LDFLAGS="$LDFLAGS --coverage"
  fi

  dnl Every .c file under src/ belongs to the extension: one folder per feature,
  dnl so adding a feature never means editing this list. The sources are listed relative to the
  dnl extension's source directory, found without $ext_srcdir: PHP 8.4's phpize sets that only inside
  dnl PHP_NEW_EXTENSION, and pecl configures in a build directory of its own (a VPATH build), so the
  dnl directory is the one configure was run from ($abs_srcdir) or, inside php-src, ext/shopcx.
  shopcx_srcdir=""
  for shopcx_candidate in "$ext_srcdir" "$abs_srcdir" "$abs_srcdir/ext/shopcx" "$srcdir"; do
    if test -n "$shopcx_candidate" && test -f "$shopcx_candidate/src/shopcx.c"; then
      shopcx_srcdir=$shopcx_candidate
      break
    fi
  done
  if test -z "$shopcx_srcdir"; then
    AC_MSG_ERROR([shopcx: cannot find its sources (src/shopcx.c) next to config.m4; looked in "$ext_srcdir", "$abs_srcdir", "$abs_srcdir/ext/shopcx" and "$srcdir"])
  fi
  SHOPCX_SOURCES=`cd "$shopcx_srcdir" && ls src/*.c src/*/*.c 2>/dev/null | LC_ALL=C sort | tr '\n' ' '`
  shopcx_source_count=`echo $SHOPCX_SOURCES | wc -w | tr -d ' '`
  dnl A build that compiles nothing makes a module PHP cannot load: stop here instead.
  if test "$shopcx_source_count" -lt 10; then
    AC_MSG_ERROR([shopcx: found only $shopcx_source_count C sources under $shopcx_srcdir/src (a ShopCX tree has dozens); is the source tree complete?])
  fi
  AC_MSG_CHECKING([for the shopcx sources])
  AC_MSG_RESULT([$shopcx_source_count files in $shopcx_srcdir/src])

  PHP_NEW_EXTENSION([shopcx], [$SHOPCX_SOURCES], [$ext_shared], , [$SHOPCX_CFLAGS])
  dnl The object directories, one per feature folder; $ext_builddir is set by PHP_NEW_EXTENSION.
  for dir in `cd "$shopcx_srcdir" && ls -d src src/*/ 2>/dev/null`; do
    PHP_ADD_BUILD_DIR([$ext_builddir/$dir], 1)
  done
  PHP_ADD_EXTENSION_DEP(shopcx, date)
  PHP_ADD_EXTENSION_DEP(shopcx, hash)
  PHP_ADD_EXTENSION_DEP(shopcx, random)
  PHP_ADD_EXTENSION_DEP(shopcx, json)
  PHP_ADD_EXTENSION_DEP(shopcx, spl)
fi
