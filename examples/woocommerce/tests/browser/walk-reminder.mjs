// Issue 21 in the browser (called from walk.mjs): the cart reminder e-mail of a Dutch shop, HTML and
// plain text, as reminder-site.php renders it through the plugin's WooCommerce e-mail for an abandoned
// cart (its WooCommerce session, the four help offers): the items with their picture, name, quantity
// and price, the help offers, the recovery and opt-out links, a product name's markup shown as text,
// and no English word among the visible text.

const ENGLISH = ['your', 'cart', 'items', 'item', 'left', 'kept', 'back', 'free', 'returns', 'shipping', 'orders',
  'questions', 'happy', 'help', 'call', 'reminders', 'please', 'waiting'];
const words = (s) => s.replace(/https?:\/\/\S+/g, ' ').replace(/\u00a0/g, ' ');

export async function walkReminder({ visitor, check, assert, site, shot, clean }) {
  const dutch = [{ name: 'shopcx_test_locale', value: 'nl_NL' }];
  const url = (type) => new URL(`/?shopcx_test_reminder_mail=${type}`, new URL(site.productPage).origin).href;
  const english = (shown) => ENGLISH.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(words(shown)));

  const v = await visitor(dutch);
  await check('cart reminder (nl, HTML): the items with picture, name, quantity and price, the help offers, both links, no English', async () => {
    const { page } = v;
    await page.addInitScript(() => { window.shopcxPwned = 0; });
    const r = await page.goto(url('html'));
    assert(r.status() === 200, `the mail page answered ${r.status()}`);
    assert((await page.title()).startsWith('Je hebt nog iets in je winkelwagen bij '), `subject "${await page.title()}"`);
    const rows = page.locator('table.shopcx-cart-items tr');
    assert(await rows.count() === 2, `${await rows.count()} item rows`);
    const first = words(await rows.nth(0).innerText());
    assert(/Regenjas\s+2 ×\s+€ 99,90/.test(first), `first row: ${first}`);
    const second = words(await rows.nth(1).innerText());
    assert(/Kinderlaars 'Stoer' rood\s+1 ×\s+€ 1\.234,50/.test(second), `second row: ${second}`);
    // Both pictures load (the variation shows its parent's); the name's <img onerror> is not an element.
    const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => [i.complete && i.naturalWidth > 0, i.alt]));
    assert(images.length === 2 && images.every(([loaded]) => loaded), `images: ${JSON.stringify(images)}`);
    assert(await page.evaluate(() => window.shopcxPwned === 0), 'the product name ran code');
    const help = await page.locator('ul.shopcx-help li').allInnerTexts();
    assert(JSON.stringify(help.map(words)) === JSON.stringify(['Gratis retourneren binnen 30 dagen.', 'Gratis verzending bij bestellingen vanaf € 50,00.', 'Livechat: ma-vr 9:00-17:00', 'Bel ons: +31 20 123 4567']), `help: ${JSON.stringify(help)}`);
    assert(await page.locator('ul.shopcx-help a[href="tel:+31201234567"]').count() === 1, 'no tel: link');
    const back = page.locator('a.button', { hasText: 'Terug naar je winkelwagen' });
    assert(/[?&]shopcx_cart=v1\./.test(await back.getAttribute('href')), 'no signed recovery link');
    const optout = page.locator('a', { hasText: 'Liever geen herinneringen meer' });
    assert(/[?&]shopcx_optout=v1\./.test(await optout.getAttribute('href')), 'no signed opt-out link');
    const found = english(await page.locator('body').innerText());
    assert(found.length === 0, `English in the mail: ${found.join(', ')}`);
    await shot(page, '30-reminder-mail-html-nl');
  });
  await check('cart reminder (nl, plain text): the same items, help offers and links, no English', async () => {
    const { page } = v;
    const r = await page.goto(url('plain'));
    assert(r.status() === 200, `the mail page answered ${r.status()}`);
    const plain = await page.locator('pre.shopcx-plain-mail').innerText();
    for (const line of ['Je winkelwagen wacht op je', "2 × Regenjas: € 99,90", "1 × Kinderlaars 'Stoer' rood: € 1.234,50", '- Gratis retourneren binnen 30 dagen.', '- Bel ons: +31 20 123 4567']) {
      assert(plain.includes(line), `"${line}" missing from: ${plain}`);
    }
    assert(/Terug naar je winkelwagen:\s+http\S+shopcx_cart=v1\./.test(plain), 'no recovery link');
    assert(/Geen herinneringen meer:\s+http\S+shopcx_optout=v1\./.test(plain), 'no opt-out link');
    const found = english(plain);
    assert(found.length === 0, `English in the mail: ${found.join(', ')}`);
    await shot(page, '31-reminder-mail-plain-nl');
  });
  await check('cart reminder pages: no console errors, failed or third-party requests', async () => clean(v, 'reminder mail'));
}
