// Issue 21's FAQ extras in the browser, for walk.mjs (which passes its helpers): a Dutch visitor
// (cookie shopcx_test_locale, read by site.php) searches the Dutch FAQ seed.php made: synonyms
// ("terugsturen" finds the entry titled "retourneren"), autocomplete ("verz" offers the shipping
// questions in an ARIA listbox, taken with the keyboard), a click counted and the related
// questions under the opened answer, and an unanswered search that then shows in the admin's
// log (FAQ > Searches), escaped, until the merchant clears it.
export async function walkFaq({ visitor, check, assert, site, shot, clean, route, text }) {
  // The chat script (issue 20) asks its route on every page; leaving a page by a click cuts a request of
  // its still under way, which is the browser's normal behaviour, not a fault of the FAQ's pages.
  const cleanFaq = (v, what) => {
    const cut = /^request failed: \S*rest_route=\/shopcx\/v1\/chat net::ERR_ABORTED$/;
    v.problems.splice(0, v.problems.length, ...v.problems.filter((p) => !cut.test(p)));
    clean(v, what);
  };
  const nl = await visitor([{ name: 'shopcx_test_locale', value: 'nl_NL' }]);
  const input = nl.page.locator('form.shopcx-faq input[name=faq_q]');

  await check('FAQ (nl): "terugsturen" finds the entry titled "retourneren" through the starter synonyms', async () => {
    const { page } = nl;
    const r = await page.goto(site.faqNl);
    assert(r.status() === 200, `Dutch FAQ page answered ${r.status()}`);
    const asked = page.waitForResponse((res) => route(res, 'faq') && new URL(res.url()).searchParams.get('q') === 'terugsturen');
    await input.pressSequentially('terugsturen', { delay: 30 });
    const rest = await (await asked).json();
    assert(rest.hits.length > 0, 'nothing found for "terugsturen"');
    const first = page.locator('.shopcx-faq-hits li a').first();
    await first.waitFor();
    assert(await text(first) === 'Hoe kan ik een artikel retourneren?', `first answer is "${await text(first)}"`);
    await shot(page, '20-faq-nl-synonym');
  });

  await check('FAQ (nl): typing "verz" offers the shipping questions in a listbox, taken with the keyboard', async () => {
    const { page } = nl;
    await input.fill('');
    const suggested = page.waitForResponse((res) => route(res, 'faq/suggest') && new URL(res.url()).searchParams.get('q') === 'verz');
    await input.pressSequentially('verz', { delay: 40 });
    assert((await suggested).status() === 200, 'suggest route failed');
    const list = page.locator('#' + (await input.getAttribute('aria-controls')));
    await list.locator('[role=option]').first().waitFor();
    assert(await list.getAttribute('role') === 'listbox', 'not a listbox');
    assert(await input.getAttribute('role') === 'combobox' && await input.getAttribute('aria-expanded') === 'true', 'combobox not expanded');
    const options = await list.locator('[role=option]').allInnerTexts();
    for (const q of ['Wat zijn de verzendkosten?', 'Verzenden jullie ook naar België?']) {
      assert(options.includes(q), `"${q}" not offered: ${JSON.stringify(options)}`);
    }
    assert(!options.includes('Hoe kan ik betalen?'), 'an unrelated question is offered');
    await shot(page, '21-faq-nl-suggest');
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    assert(active && await page.locator('#' + active).getAttribute('aria-selected') === 'true', 'ArrowDown marks no option');
    const taken = await text(page.locator('#' + active));
    const searched = page.waitForResponse((res) => route(res, 'faq') && new URL(res.url()).searchParams.get('q') === taken);
    await input.press('Enter');
    await searched;
    assert(await input.inputValue() === taken, `Enter did not take "${taken}"`);
    assert(await list.isHidden() && await input.getAttribute('aria-expanded') === 'false', 'listbox still open');
    assert(!page.url().includes('faq_q='), 'Enter on an option submitted the form');
    await page.locator('.shopcx-faq-hits li a', { hasText: taken }).first().waitFor();
    await input.pressSequentially(' x', { delay: 30 });
    await list.locator('[role=option]').first().waitFor({ state: 'attached' }).catch(() => {});
    await input.press('Escape');
    assert(await list.isHidden(), 'Escape did not close the listbox');
  });

  await check('FAQ (nl): a click on an answer is counted and the opened answer shows related questions', async () => {
    const { page } = nl;
    await input.fill('');
    await input.pressSequentially('retourneren', { delay: 30 });
    const hit = page.locator('.shopcx-faq-hits li a', { hasText: 'Hoe kan ik een artikel retourneren?' }).first();
    await hit.waitFor();
    const id = Number(await hit.getAttribute('data-shopcx-faq-id'));
    await input.press('Escape'); // The suggestions lie over the answers.
    const clicked = page.waitForRequest((req) => route(req, 'faq/click') && req.method() === 'POST');
    await Promise.all([page.waitForURL((u) => u.searchParams.has('shopcx_faq')), hit.click()]);
    const body = JSON.parse((await clicked).postData() || '{}');
    assert(id > 0 && body.id === id && Array.isArray(body.seen), `click posted ${JSON.stringify(body)} for ${id}`);
    const counted = await (await clicked).response();
    assert(counted && counted.status() === 200 && (await counted.json()).counted === true, 'the click was not counted');
    const related = page.locator('nav.shopcx-faq-related');
    await related.waitFor();
    const heading = await text(related.locator('h2'));
    assert(heading === 'Gerelateerde vragen', `heading "${heading}" (the plugin's nl_NL translation of "Related questions")`);
    const link = related.locator('a', { hasText: 'Wanneer krijg ik mijn geld terug na een retour?' });
    assert(await link.count() === 1, `related: ${JSON.stringify(await related.locator('a').allInnerTexts())}`);
    await shot(page, '22-faq-nl-related');
    // The next answer opened in this visit posts the first one as seen with it (a co-view).
    const second = page.waitForRequest((req) => route(req, 'faq/click'));
    await Promise.all([page.waitForURL(/geld-terug/), link.click()]);
    const again = JSON.parse((await second).postData() || '{}');
    assert(again.seen.includes(id), `co-view not posted: ${JSON.stringify(again)}`);
    const counted2 = await (await second).response();
    assert(counted2 && counted2.status() === 200 && (await counted2.json()).counted === true, 'the second click was not counted');
  });

  await check('FAQ (nl): a search without an answer, left for two seconds, is logged', async () => {
    const { page } = nl;
    await page.goto(site.faqNl);
    const logged = page.waitForRequest((req) => route(req, 'faq/log'), { timeout: 8000 });
    await input.pressSequentially('Kortingscode <b>ongeldig</b> bij kassa', { delay: 20 });
    await page.locator('.shopcx-faq-none').waitFor();
    const req = await logged;
    assert(JSON.parse(req.postData() || '{}').q === 'Kortingscode <b>ongeldig</b> bij kassa', `logged ${req.postData()}`);
    const res = await req.response();
    assert(res && res.status() === 200 && (await res.json()).searched === true, 'log route failed');
  });
  await check('FAQ (nl) pages: no console errors, failed or third-party requests, no dialog', async () => cleanFaq(nl, 'FAQ (nl)'));

  const admin = await visitor();
  await check('FAQ searches (admin): the unanswered search and its unknown word are listed, escaped, and cleared', async () => {
    const { page } = admin;
    await page.goto(`${site.loginPage}?redirect_to=${encodeURIComponent(site.faqLog)}`);
    await page.locator('#user_login').fill('admin');
    await page.locator('#user_pass').fill('admin-password-1');
    const [r] = await Promise.all([page.waitForNavigation({ url: site.faqLog }), page.locator('#wp-submit').click()]);
    assert(r.status() === 200, `log page answered ${r.status()}`);
    const queries = page.locator('table.shopcx-faq-log[data-kind=query] td:first-child');
    const terms = await queries.allInnerTexts();
    assert(terms.includes('kortingscode ongeldig bij kassa'), `unanswered: ${JSON.stringify(terms)}`);
    const words = await page.locator('table.shopcx-faq-log[data-kind=word] td:first-child').allInnerTexts();
    assert(words.includes('kortingscode'), `unknown words: ${JSON.stringify(words)}`);
    const row = page.locator('table.shopcx-faq-log[data-kind=query] tr', { hasText: 'kortingscode ongeldig bij kassa' });
    assert(await row.locator('td').nth(1).innerText() === 'nl' && Number(await row.locator('td').nth(2).innerText()) >= 1, 'language or count missing');
    assert(await page.locator('.wrap b, .wrap script').count() === 0, 'markup from the query reached the page');
    await shot(page, '23-faq-log');
    await Promise.all([page.waitForNavigation(), page.locator('form:has(input[value=shopcx_wc_faq_clear_log]) button[type=submit]').click()]);
    assert(await page.locator('.notice-success', { hasText: 'The log was cleared.' }).count() === 1, 'no "cleared" notice');
    assert(await page.locator('table.shopcx-faq-log').count() === 0, 'the log still has rows');
  });
  await check('FAQ searches (admin): no console errors, failed or third-party requests', async () => cleanFaq(admin, 'FAQ admin'));
  // Closed: an admin page left open keeps polling (heartbeat) while the later checks time their pages.
  await Promise.all([nl.context.close(), admin.context.close()]);
}
