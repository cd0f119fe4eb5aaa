/**
 * Configurable products: shows the stock line of the simple product the customer chose (swatches or
 * dropdowns set Magento's hidden input selected_configurable_option to its id). Labels are set as text.
 */
define(['jquery'], function ($) {
    'use strict';

    return function (config) {
        var line = $('[data-shopcx-stock]'),
            parent = {text: line.text(), cls: line.attr('class')};

        function show() {
            var id = $('input[name=selected_configurable_option]').val(),
                variant = id && config.variants[id];

            if (variant) {
                line.text(variant.label).attr('class', 'shopcx-stock shopcx-stock--' + variant.css);
            } else {
                line.text(parent.text).attr('class', parent.cls);
            }
            $(document).trigger('shopcx:variant', [variant ? variant.sku : null]);
        }

        $(document).on('change', '#product_addtocart_form input, #product_addtocart_form select', function () {
            setTimeout(show, 0);
        });
        $(document).on('click', '.swatch-option', function () {
            setTimeout(show, 0);
        });
    };
});
