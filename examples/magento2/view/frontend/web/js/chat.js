/** Asks shopcx/chat/invite whether to invite (the rules decide server-side) and shows the message as text. */
define(['jquery'], function ($) {
    'use strict';

    return function (config, box) {
        // The page type comes from the server (the request's full action name: checkout_cart_index is the cart).
        var started = Date.now(), visit = {pageType: config.pageType || 'other'};

        $(document).on('shopcx:faq', function (e, data) { $.extend(visit, data, {pageType: 'faq'}); });
        $(box).on('click', '.shopcx-chat__close', function () { $(box).prop('hidden', true); });
        setTimeout(function ask() {
            visit.secondsOnPage = Math.round((Date.now() - started) / 1000);
            $.getJSON(config.url, {visit: JSON.stringify(visit)}).done(function (r) {
                if (r.invitation) {
                    $(box).find('.shopcx-chat__message').text(r.invitation.message);
                    $(box).prop('hidden', false);
                } else if (visit.secondsOnPage < 300) {
                    setTimeout(ask, 15000);
                }
            });
        }, 8000);
    };
});
