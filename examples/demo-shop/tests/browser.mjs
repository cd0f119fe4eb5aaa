// Walks the demo shop in headless Chromium (Debian's, driven by playwright-core) and checks what a
// visitor sees. Started by run.sh, which serves the shop and sets SHOP_URL, SCREENSHOTS, USER_DATA_DIR and
// ADMIN_PASSWORD (the shop's SHOPCX_DEMO_ADMIN_PASSWORD).
// Prints one line per check and finally "browser: N passed, M failed"; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.SHOP_URL || 'http://127.0.0.1:8080';
const shots = process.env.SCREENSHOTS || 'screenshots';
const userDataDir = process.env.USER_DATA_DIR;
const adminPassword = process.env.ADMIN_PASSWORD || '';
if (!userDataDir) {
  console.error('USER_DATA_DIR must name a fresh directory');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// The next Tuesday afternoon that is no holiday eve: chat open, warehouse working, cut-off far away.
// (After the real date, so the seeded history lies in the shop clock's past.)
function nextTuesday() {
  const d = new Date(Date.now() + 86400000);
  for (;;) {
    const md = (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    const near = md >= 1220 || md <= 102 || (md >= 426 && md <= 428) || (md >= 504 && md <= 506);
    if (d.getUTCDay() === 2 && !near) return d.toISOString().slice(0, 10);
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
const DAY = nextTuesday();
const TUESDAY = DAY + 'T14:00';
let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${String(e && e.message || e).split('\n')[0]}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
const text = async (locator) => (await locator.innerText()).trim();
const shot = (page, name) => page.screenshot({ path: join(shots, name + '.png'), fullPage: true });

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 900 },
  locale: 'en-GB',
});
context.setDefaultTimeout(10000);
const page = context.pages()[0] || await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
const go = async (path) => {
  const r = await page.goto(base + path, { waitUntil: 'load' });
  assert(r && r.status() < 400, `${path} answered ${r && r.status()}`);
};

try {
  await check('category page lists lamps with stock, rating and promise', async () => {
    await go(`/?lang=en&at=${TUESDAY}`);
    assert(await text(page.locator('h1')) === 'Lamps', 'h1 is not "Lamps"');
    assert(await page.locator('.card').count() === 3, 'expected 3 lamps');
    const first = page.locator('.card').first();
    assert((await text(first)).includes('Northern Light pendant'), 'first card is not the pendant');
    assert((await text(first.locator('.stock'))) === 'In stock', 'pendant not "In stock"');
    assert((await text(first.locator('.promise'))).includes('Order before 22:00'), 'no promise on the card');
    assert(await first.locator('.stars').count() === 1, 'no star rating on the card');
    await shot(page, '01-category');
  });

  await check('chairs show a low-stock line', async () => {
    await go('/c/chairs');
    assert((await text(page.locator('.card').first().locator('.stock'))) === 'Only 2 left!', 'Veluwe is not "Only 2 left!"');
  });

  await check('product page: one stock line per variant', async () => {
    await go('/p/noorderlicht');
    const lines = await page.locator('.variants li .stock').allInnerTexts();
    assert(lines.length === 3, `expected 3 variant lines, got ${lines.length}`);
    assert(lines[0] === 'In stock', `oak: ${lines[0]}`);
    assert(lines[1] === 'Only 3 left!', `walnut: ${lines[1]}`);
    assert(lines[2].startsWith('Out of stock, back on '), `black: ${lines[2]}`);
    assert(await page.locator('script[type="application/ld+json"]').count() === 1, 'no JSON-LD');
  });

  await check('product page: delivery promise and a countdown that decreases', async () => {
    assert((await text(page.locator('#promise-label'))) === 'Order before 22:00, delivered tomorrow', await text(page.locator('#promise-label')));
    const first = Number(await page.locator('#countdown').getAttribute('data-seconds'));
    assert(first > 7 * 3600 && first <= 8 * 3600, `countdown starts at ${first}`);
    await page.waitForFunction((s) => Number(document.getElementById('countdown').dataset.seconds) <= s - 2, first, { timeout: 5000 });
    const shown = await text(page.locator('#countdown'));
    assert(/^\d+:\d\d:\d\d$/.test(shown), `countdown shows "${shown}"`);
  });

  await check('countdown endpoint is uncached and follows the shop clock', async () => {
    const a = await page.request.get(base + '/api/promise?variant=1');
    assert(a.headers()['cache-control'] === 'no-store', 'endpoint is cacheable');
    const first = (await a.json()).orderWithinSeconds;
    await page.waitForTimeout(1100);
    const second = (await (await page.request.get(base + '/api/promise?variant=1')).json()).orderWithinSeconds;
    assert(second < first, `${second} is not below ${first}`);
  });

  await check('the X-ShopCx-Clock header sets the time of one request', async () => {
    const r = await page.request.get(base + '/api/promise?variant=1', { headers: { 'X-ShopCx-Clock': '2026-12-24T21:59:30' } });
    const p = await r.json();
    assert(p.orderWithinSeconds === 30 && p.earliest === '2026-12-28', JSON.stringify(p));
  });

  await check('chat invitation appears after a while on the product page', async () => {
    await page.locator('#chat-toast').waitFor({ state: 'visible', timeout: 20000 });
    const msg = await text(page.locator('#chat-message'));
    assert(msg.includes('Ask one of our stylists'), msg);
    assert(await page.locator('#chat-toast').getAttribute('data-rule') === 'product-hesitation', 'wrong rule');
    await shot(page, '02-product-chat-invitation');
  });

  await check('21:59 on Christmas Eve: one minute left, delivery after the holidays', async () => {
    await go('/p/noorderlicht?at=2026-12-24T21:59');
    assert((await text(page.locator('#promise-label'))) === 'Order before 22:00, delivered on Monday 28 December',
      await text(page.locator('#promise-label')));
    const left = Number(await page.locator('#countdown').getAttribute('data-seconds'));
    assert(left > 0 && left <= 60, `countdown ${left}`);
    await shot(page, '03-christmas-eve-2159');
  });

  await check('Dutch product page', async () => {
    await go(`/p/noorderlicht?lang=nl&at=${TUESDAY}`);
    const lines = await page.locator('.variants li .stock').allInnerTexts();
    assert(lines[1] === 'Nog maar 3 over!', lines[1]);
    assert((await text(page.locator('#promise-label'))).includes('22:00'), 'no Dutch promise');
    await shot(page, '04-product-nl');
  });

  await check('FAQ: a misspelled query finds the right answer, highlighted', async () => {
    await go('/faq?lang=en');
    await page.locator('#faq-q').pressSequentially('retrun my ordr', { delay: 30 });
    const top = page.locator('#faq-results li').first();
    await top.locator('mark').first().waitFor();
    assert((await text(top.locator('strong'))) === 'How do I return my order?', await text(top.locator('strong')));
    assert((await text(top.locator('strong mark').first())) === 'return', 'the corrected word is not highlighted');
    assert(await page.locator('#faq-handoff').isHidden(), 'hand-off shown for a good answer');
    assert(/\d+% of \d+ customers satisfied/.test(await text(page.locator('#service-badge'))), 'no service badge');
    await shot(page, '05-faq-typo');
  });

  await check('FAQ: no good answer offers the chat, and the chat invites', async () => {
    await page.locator('#faq-q').fill('');
    await page.locator('#faq-q').pressSequentially('xylophone banana', { delay: 20 });
    await page.locator('#faq-handoff').waitFor({ state: 'visible' });
    assert(await page.locator('#faq-results li').count() === 0, 'results for nonsense');
    await page.locator('#chat-toast').waitFor({ state: 'visible', timeout: 15000 });
    assert(await page.locator('#chat-toast').getAttribute('data-rule') === 'faq-no-answer', 'wrong rule');
    await shot(page, '06-faq-no-answer');
    await page.locator('#faq-chat').click();
    await page.locator('#chat-panel').waitFor({ state: 'visible' });
    await page.locator('#chat-close').click();
  });

  await check('cart records two items', async () => {
    await go('/p/noorderlicht');
    await Promise.all([page.waitForURL('**/cart'), page.locator('#add-to-cart').click()]);
    await go('/p/duinzand');
    await page.locator('input[name=qty]').fill('2');
    await Promise.all([page.waitForURL('**/cart'), page.locator('#add-to-cart').click()]);
    assert(await page.locator('#cart-table tbody tr').count() === 2, 'not two lines');
    assert((await text(page.locator('#cart-count'))) === '3', 'cart count is not 3');
    assert((await text(page.locator('#cart-total'))) === '€ 308.00', await text(page.locator('#cart-total')));
    await shot(page, '07-cart');
  });

  const links = {};
  await check('checkout converts the cart and shows the review and survey links', async () => {
    await Promise.all([page.waitForURL('**/checkout'), page.locator('#to-checkout').click()]);
    await page.locator('#checkout-form input[name=name]').fill('Test Buyer');
    await page.locator('#checkout-form input[name=email]').fill('buyer@example.nl');
    await page.locator('#checkout-form input[name=consent]').check();
    await Promise.all([page.waitForURL('**/checkout?order=*'), page.locator('#place-order').click()]);
    assert((await text(page.locator('#order-done'))).includes('is placed'), 'no confirmation');
    links.reviews = await page.locator('a.review-link').evaluateAll((as) => as.map((a) => a.href));
    links.survey = await page.locator('#survey-link').getAttribute('href');
    links.nps = await page.locator('#nps-link').getAttribute('href');
    assert(links.reviews.length === 2, `${links.reviews.length} review links`);
    assert((await text(page.locator('#cart-count'))) === '0', 'cart not emptied');
    await shot(page, '08-checkout-done');
  });

  await check('a review through its invitation link is published', async () => {
    await page.goto(links.reviews[0]);
    await page.locator('input[name=rating][value="5"]').check();
    await page.locator('input[name=title]').fill('Warm light');
    await page.locator('textarea[name=body]').fill('Lovely lamp: warm light, and the oak finish is beautiful.');
    await Promise.all([page.waitForLoadState('load'), page.locator('#review-submit').click()]);
    await page.locator('#review-result').waitFor();
    assert((await text(page.locator('#review-result'))).includes('Your review is published'), await text(page.locator('#review-result')));
    await shot(page, '09-review-published');
  });

  await check('a review with contact details is not published as is', async () => {
    await page.goto(links.reviews[1]);
    await page.locator('input[name=rating][value="1"]').check();
    await page.locator('textarea[name=body]').fill('Buy it cheaper at https://cheap-lamps.example or mail me at jan@example.nl');
    await Promise.all([page.waitForLoadState('load'), page.locator('#review-submit').click()]);
    const cls = await page.locator('#review-result').getAttribute('class');
    assert(/verdict-(hold|reject)/.test(cls), `${cls}: ${await text(page.locator('#review-result'))}`);
    assert((await text(page.locator('#review-result'))).includes('(pii.url)'), 'the link is not named as the reason');
    await shot(page, '10-review-moderated');
  });

  await check('the effort survey through its link', async () => {
    await page.goto(base + links.survey);
    assert(await page.locator('fieldset.question').count() === 4, 'not 4 questions');
    await page.locator('input[name="q[choosing]"][value="1"]').check();
    await page.locator('input[name="q[purchasing]"][value="2"]').check();
    await page.locator('input[name="q[after]"][value="1"]').check();
    await page.locator('textarea[name="q[comment]"]').fill('Quick and easy.');
    await shot(page, '11-survey');
    await Promise.all([page.waitForLoadState('load'), page.locator('#survey-submit').click()]);
    assert((await text(page.locator('#survey-thanks'))) === 'Thank you for your answers!', await text(page.locator('#survey-thanks')));
  });

  await check('the NPS survey through its link', async () => {
    await page.goto(base + links.nps);
    await page.locator('input[name="q[nps]"][value="4"]').check();
    await Promise.all([page.waitForLoadState('load'), page.locator('#survey-submit').click()]);
    assert((await text(page.locator('#survey-thanks'))) === 'Thank you for your answers!', 'no thanks');
  });

  await check('a tampered survey link is refused', async () => {
    const at = links.survey.length - 20;  // inside the signature, not its last character's spare bits
    const tampered = links.survey.slice(0, at) + (links.survey[at] === 'A' ? 'B' : 'A') + links.survey.slice(at + 1);
    const r = await page.request.get(base + tampered);
    assert(r.status() === 403, `status ${r.status()}`);
    assert((await r.text()).includes('signature does not match'), 'no reason given');
  });

  await check('admin: the report asks for the password first, a wrong one is refused', async () => {
    await go('/admin');
    assert(new URL(page.url()).pathname === '/admin/login', `not sent to the login: ${page.url()}`);
    assert(await page.locator('svg#chart-ces').count() === 0, 'the report shows before logging in');
    await page.locator('#login-form input[name=password]').fill('not the password');
    await Promise.all([page.waitForLoadState('load'), page.locator('#login-submit').click()]);
    await page.locator('#login-error').waitFor();
    await page.locator('#login-form input[name=password]').fill(adminPassword);
    await Promise.all([page.waitForURL(base + '/admin'), page.locator('#login-submit').click()]);
  });

  await check('admin: charts, figures and the reminders a cron run would send', async () => {
    await go('/admin');
    for (const id of ['chart-ces', 'chart-nps', 'chart-csat', 'chart-effort', 'chart-ratings', 'chart-funnel']) {
      assert(await page.locator(`svg#${id}`).count() === 1, `no ${id}`);
    }
    assert(await page.locator('svg#chart-ces circle').count() >= 10, 'CES trend has too few points');
    assert((await text(page.locator('#survey-figures'))).includes('NPS 169, CSAT 168, effort 169'), await text(page.locator('#survey-figures')));
    assert(await page.locator('#reminders tr').count() === 4, `reminders: ${await page.locator('#reminders tr').count() - 1}`);
    assert(await page.locator('#moderation tr').count() >= 2, 'the held review is not in the moderation list');
    assert(await page.locator('#channels tr').count() === 4, 'no KPIs per channel');
    const hooks = await page.locator('#webhooks tr').allInnerTexts();
    assert(hooks.length === 3, `webhooks: ${hooks.length - 1}`);
    assert(hooks[1].startsWith('effort.low_score') && hooks[2].startsWith('review.held'), hooks.join(' | '));
    assert(hooks.slice(1).every((row) => row.includes('signature verified')), 'the helpdesk did not verify every event');
    await shot(page, '12-admin');
  });

  await check('a reminder\'s recovery link restores the cart', async () => {
    const link = await page.locator('#reminders a').first().getAttribute('href');
    await go(link);
    assert((await text(page.locator('#cart-recovered'))).includes('reminder 1'), 'no welcome back');
    assert((await text(page.locator('#cart-total'))) === '€ 649.00', await text(page.locator('#cart-total')));
    await shot(page, '13-cart-recovered');
  });

  await check('admin at 21:59: quiet hours hold every reminder', async () => {
    await go(`/admin?at=${DAY}T21:59`);
    await page.locator('#reminders-none').waitFor();
    await go('/admin?at=now');
  });

  await check('no script errors on any page', async () => {
    assert(errors.length === 0, errors.join(' | '));
  });
} finally {
  await context.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
