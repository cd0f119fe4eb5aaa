/**
 * Live FAQ search. Questions and snippets arrive from ShopCX already HTML-escaped with only
 * <mark> added, so they are inserted as HTML; everything else is set as text.
 */
define(['jquery'], function ($) {
    'use strict';

    return function (config, form) {
        var list = $(form).find('.shopcx-faq__hits'), timer;

        $(form).on('input', 'input[name=q]', function () {
            var q = this.value;

            clearTimeout(timer);
            timer = setTimeout(function () {
                $.getJSON(config.url, {q: q}).done(function (r) {
                    list.empty();
                    r.hits.forEach(function (hit) {
                        list.append($('<li/>').append($('<strong/>').html(hit.question), $('<p/>').html(hit.snippet)));
                    });
                    $(document).trigger('shopcx:faq', [{searchResults: r.answered ? r.hits.length : 0}]);
                });
            }, 200);
        });
    };
});
