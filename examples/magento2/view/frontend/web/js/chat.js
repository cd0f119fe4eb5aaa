/**
 * Asks shopcx/chat/invite whether to invite (the rules decide server-side) and shows the message as text.
 * The page reports what it sees: its type and product (from the server-rendered config), seconds on the page,
 * pages seen and invitations shown this visit, the FAQ's results, a dismissal. Cart and customer segment the
 * server reads itself. It asks again after the server's askAgainIn seconds (when a rule could next become
 * true), or, when that is null, only when something changes: the cart (Magento's ajax:addToCart) or the FAQ.
 */
define(['jquery', 'mage/cookies'], function ($) {
    'use strict';

    function stored(store, key) {
        try { return parseInt(store.getItem('shopcx.chat.' + key), 10) || 0; } catch (e) { return 0; }
    }

    function store(where, key, value) {
        try { where.setItem('shopcx.chat.' + key, String(value)); } catch (e) { /* private mode */ }
    }

    return function (config, box) {
        var started = Date.now(), timer = null, shown = false,
            visit = {pageType: config.pageType || 'other'};

        if (config.productId) {
            visit.productId = config.productId;
        }
        store(window.sessionStorage, 'pages', stored(window.sessionStorage, 'pages') + 1);

        function ask() {
            clearTimeout(timer);
            if (shown) {
                return;
            }
            visit.secondsOnPage = Math.floor((Date.now() - started) / 1000);
            visit.pagesViewed = stored(window.sessionStorage, 'pages');
            visit.invitationsThisVisit = stored(window.sessionStorage, 'invitations');
            if (stored(window.localStorage, 'dismissedAt')) {
                visit.lastDismissedAt = stored(window.localStorage, 'dismissedAt');
            }
            $.getJSON(config.url, {visit: JSON.stringify(visit)}).done(function (r) {
                if (r.invitation) {
                    shown = true;
                    store(window.sessionStorage, 'invitations', visit.invitationsThisVisit + 1);
                    $(box).data('invitation', r.invitation).find('.shopcx-chat__message').text(r.invitation.message);
                    $(box).prop('hidden', false);
                } else if (typeof r.askAgainIn === 'number') {
                    timer = setTimeout(ask, Math.max(1, r.askAgainIn) * 1000 + 250);
                }
            });
        }

        $(document).on('shopcx:faq', function (e, data) { $.extend(visit, data, {pageType: 'faq'}); ask(); });
        $(document).on('ajax:addToCart', function () { ask(); });
        // Accepting is recorded as a service interaction (logged-in customers), then the chat vendor's widget
        // opens the chat on 'shopcx:chat-accepted' (the invitation's rule, group and form come with it).
        $(box).on('click', '.shopcx-chat__accept', function () {
            $(box).prop('hidden', true);
            if (config.acceptUrl) {
                $.post(config.acceptUrl, {form_key: $.mage.cookies.get('form_key')});
            }
            $(document).trigger('shopcx:chat-accepted', [$(box).data('invitation')]);
        });
        $(box).on('click', '.shopcx-chat__close', function () {
            $(box).prop('hidden', true);
            store(window.localStorage, 'dismissedAt', Math.floor(Date.now() / 1000));
        });
        ask();
    };
});
