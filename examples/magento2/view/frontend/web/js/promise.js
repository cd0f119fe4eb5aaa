/**
 * Fetches the delivery promise from the uncached shopcx/promise endpoint and counts down to its
 * absolute deadline with the browser clock corrected by the server's "now". A promise without a
 * deadline (restock date, backorder) has no countdown; one without a label (sold out, not orderable)
 * shows nothing. On a configurable product the chosen simple product's promise replaces the parent's
 * (event shopcx:variant from js/stock-line.js).
 */
define(['jquery'], function ($) {
    'use strict';

    return function (config, element) {
        var timer;

        function load(sku) {
            clearTimeout(timer);
            $.getJSON(config.url, {sku: sku}).done(function (promise) {
                var skew = Date.now() / 1000 - promise.now,
                    label = $('<span class="shopcx-promise__label"/>').text(promise.label),
                    clock = $('<span class="shopcx-promise__countdown"/>');

                $(element).empty();
                if (!promise.label) {
                    return;
                }
                $(element).append(label, ' ', clock);
                if (!promise.deadline) {
                    return;
                }
                (function tick() {
                    var left = Math.max(0, Math.round(promise.deadline - (Date.now() / 1000 - skew)));

                    clock.text(Math.floor(left / 3600) + ' h ' + Math.floor(left % 3600 / 60) + ' min');
                    if (left > 0) {
                        timer = setTimeout(tick, 30000);
                    } else {
                        // Past the cut-off the promise itself changes: ask again.
                        load(sku);
                    }
                }());
            });
        }

        load(config.sku);
        $(document).on('shopcx:variant', function (e, sku) {
            load(sku || config.sku);
        });
    };
});
