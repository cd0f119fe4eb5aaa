/**
 * Sends the review or survey form in the background: shopcx/review/submit and shopcx/survey/submit
 * answer JSON ({"message": ...} or {"error": ...}), which a plain form post would show the customer as
 * text. On success the form's fields give way to the message; on an error the message is shown and
 * the form stays, to correct and send again. Texts are set as text, never as HTML.
 */
define(['jquery'], function ($) {
    'use strict';

    return function (config, form) {
        var $form = $(form),
            status = $form.find('.shopcx-feedback__status');

        $form.on('submit', function (event) {
            var button = $form.find('button[type=submit]');

            event.preventDefault();
            button.prop('disabled', true);
            $.ajax({url: form.action, type: 'POST', data: $form.serialize(), dataType: 'json'})
                .done(function (r) {
                    $form.children().not(status).remove();
                    status.text(r.message || config.sent);
                })
                .fail(function (xhr) {
                    var r = xhr.responseJSON || {};

                    status.text(r.error || config.failed);
                    button.prop('disabled', false);
                });
        });
    };
});
