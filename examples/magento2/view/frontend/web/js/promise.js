/**
 * Fetches the delivery promise from the uncached shopcx/promise endpoint and counts down to its
 * absolute deadline with the browser clock corrected by the server's "now".
 */
define(['jquery'], function ($) {
    'use strict';

    return function (config, element) {
        $.getJSON(config.url, {sku: config.sku}).done(function (promise) {
            var skew = Date.now() / 1000 - promise.now,
                label = $('<span class="shopcx-promise__label"/>').text(promise.label),
                clock = $('<span class="shopcx-promise__countdown"/>');

            $(element).empty().append(label, ' ', clock);
            if (!promise.deadline) {
                return;
            }
            (function tick() {
                var left = Math.max(0, Math.round(promise.deadline - (Date.now() / 1000 - skew)));

                clock.text(Math.floor(left / 3600) + ' h ' + Math.floor(left % 3600 / 60) + ' min');
                if (left > 0) {
                    setTimeout(tick, 30000);
                } else {
                    // Past the cut-off the promise itself changes: ask again.
                    $.getJSON(config.url, {sku: config.sku}).done(function (p) { label.text(p.label); clock.text(''); });
                }
            }());
        });
    };
});
