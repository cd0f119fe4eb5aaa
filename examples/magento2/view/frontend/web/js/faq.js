/**
 * Live FAQ search with autocomplete. Questions and snippets of hits arrive from ShopCX already
 * HTML-escaped with only <mark> added, so they are inserted as HTML; suggestions and related questions
 * are set as text. The input is an ARIA 1.2 combobox: ArrowDown/ArrowUp move through the listbox
 * (aria-activedescendant), Enter takes the active suggestion, Escape closes it.
 * Opening a hit posts shopcx/faq/click with the entries opened before in this visit (sessionStorage,
 * entry ids only) and shows its related questions.
 */
define(['jquery', 'mage/cookies'], function ($) {
    'use strict';

    var SEEN = 'shopcx-faq-seen';

    function seen() {
        try {
            return JSON.parse(window.sessionStorage.getItem(SEEN) || '[]');
        } catch (e) {
            return [];
        }
    }

    return function (config, form) {
        var $form = $(form),
            input = $form.find('input[name=q]'),
            listbox = $form.find('[role=listbox]'),
            hits = $form.find('.shopcx-faq__hits'),
            related = $form.find('.shopcx-faq__related'),
            timer, suggestTimer, settleTimer, active = -1;

        function close() {
            listbox.empty().attr('hidden', 'hidden');
            input.attr('aria-expanded', 'false').removeAttr('aria-activedescendant');
            active = -1;
        }

        function highlight(i) {
            var options = listbox.children('[role=option]');

            options.attr('aria-selected', 'false');
            if (i < 0 || i >= options.length) {
                active = -1;
                input.removeAttr('aria-activedescendant');
                return;
            }
            active = i;
            options.eq(i).attr('aria-selected', 'true');
            input.attr('aria-activedescendant', options.eq(i).attr('id'));
        }

        // A search left without a good answer for 1.5 s (or sent with Enter) is asked again with log=1, so the
        // shop's log of unanswered searches gets what the customer settled on, not every prefix typed.
        function search(q, settled) {
            clearTimeout(settleTimer);
            $.getJSON(config.url, settled ? {q: q, log: 1} : {q: q}).done(function (r) {
                if (!settled && !r.answered && q.trim() !== '') {
                    // Only for the log: the hits on screen are already this query's.
                    settleTimer = setTimeout(function () { $.getJSON(config.url, {q: q, log: 1}); }, 1500);
                }
                hits.empty();
                r.hits.forEach(function (hit) {
                    var item = $('<li/>').attr('data-id', hit.id)
                        .append($('<a href="#"/>').html(hit.question), $('<p/>').html(hit.snippet));

                    hits.append(item);
                });
                $(document).trigger('shopcx:faq', [{searchResults: r.answered ? r.hits.length : 0}]);
            });
        }

        function open(id) {
            var before = seen().filter(function (s) { return s !== id; }).slice(-5);

            $.post(config.clickUrl, {id: id, seen: before, form_key: $.mage.cookies.get('form_key')});
            window.sessionStorage.setItem(SEEN, JSON.stringify(before.concat([id])));
            $.getJSON(config.relatedUrl, {id: id}).done(function (r) {
                var list = related.find('ul').empty();

                r.related.forEach(function (q) {
                    // The question comes escaped for HTML: decode it by letting the browser parse it, then set as text.
                    list.append($('<li/>').append($('<a href="#"/>').attr('data-id', q.id).text($('<textarea/>').html(q.question).text())));
                });
                related.prop('hidden', r.related.length === 0);
            });
        }

        input.on('input', function () {
            var q = this.value;

            clearTimeout(timer);
            clearTimeout(suggestTimer);
            timer = setTimeout(function () { search(q, false); }, 200);
            suggestTimer = setTimeout(function () {
                if (q.trim().length < 2) {
                    close();
                    return;
                }
                $.getJSON(config.suggestUrl, {q: q}).done(function (r) {
                    listbox.empty();
                    r.suggestions.forEach(function (text, i) {
                        listbox.append($('<li role="option" aria-selected="false"/>').attr('id', 'shopcx-faq-suggest-' + i).text(text));
                    });
                    if (r.suggestions.length) {
                        listbox.removeAttr('hidden');
                        input.attr('aria-expanded', 'true');
                    } else {
                        close();
                    }
                    active = -1;
                });
            }, 120);
        });

        input.on('keydown', function (e) {
            var count = listbox.children('[role=option]').length;

            if (e.key === 'ArrowDown' && count) {
                e.preventDefault();
                highlight((active + 1) % count);
            } else if (e.key === 'ArrowUp' && count) {
                e.preventDefault();
                highlight(active <= 0 ? count - 1 : active - 1);
            } else if (e.key === 'Enter' && active >= 0) {
                e.preventDefault();
                input.val(listbox.children('[role=option]').eq(active).text());
                close();
                search(input.val(), false);
            } else if (e.key === 'Escape') {
                close();
            }
        });

        listbox.on('mousedown', '[role=option]', function (e) {
            e.preventDefault();
            input.val($(this).text());
            close();
            search(input.val(), false);
        });
        input.on('blur', function () { setTimeout(close, 150); });

        $form.on('click', '.shopcx-faq__hits li[data-id] a, .shopcx-faq__related a[data-id]', function (e) {
            e.preventDefault();
            open(String($(this).closest('[data-id]').attr('data-id')));
        });
        $form.on('submit', function (e) {
            e.preventDefault();
            search(input.val(), true);
        });
    };
});
