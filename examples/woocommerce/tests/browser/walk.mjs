// Walks the plugin's pages on the test WordPress site in headless Chromium (Debian's, driven by
// playwright-core). Started by run.sh, which serves the site with `php -S`, seeds it (seed.php)
// and sets SITE (seed.php's JSON) and SCREENSHOTS. Prints one line per check and finally
// "woocommerce browser: N passed, M failed"; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = JSON.parse(readFileSync(process.env.SITE, 'utf8'));
const shots = process.env.SCREENSHOTS;
// page.clock.install() starts the page's clock running; pauseAt() must name a moment still ahead of it
// when it is called, or Playwright throws "Cannot fast-forward to the past" (seen when the machine is
// busy). Half a minute ahead is safe; only the page's own elapsed time matters to the checks.
const PAUSE_MARGIN = 30000;
mkdirSync(shots, { recursive: true });
const origin = new URL(site.faqPage).origin; // http://127.0.0.1:PORT: the only host the pages may reach.

// A wait left pending by a check that already failed must not end the walk.
process.on('unhandledRejection', () => {});

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${String((e && e.message) || e).split('\n')[0]}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
// A response of one of the plugin's REST routes (index.php?rest_route=/shopcx/v1/...: no pretty permalinks).
const route = (res, name) => new URL(res.url()).searchParams.get('rest_route') === `/shopcx/v1/${name}`;
const text = async (locator) => (await locator.innerText()).trim();
const shot = (page, name) => page.screenshot({ path: join(shots, name + '.png'), fullPage: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

// Every page is watched: console errors, script errors, failed requests, error responses of
// anything but the page itself (whose status each check asserts), and requests to other hosts
// (stopped before they leave the machine, and counted).
async function visitor(cookies = []) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(10000);
  if (cookies.length) await context.addCookies(cookies.map((c) => ({ url: origin, ...c })));
  const problems = [];
  const documents = new Set(); // Pages whose 4xx status is part of the check.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:')) return route.continue();
    problems.push(`third-party request ${url}`);
    return route.abort();
  });
  context.on('page', (page) => watch(page, problems, documents));
  const page = await context.newPage();
  return { context, page, problems, documents };
}
function watch(page, problems, documents) {
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium logs a document's own 4xx status as a console error: expected for refusals.
    if (m.text().startsWith('Failed to load resource') && documents.has(m.location().url)) return;
    problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith(origin + '/')) return; // Already counted as third-party.
    // A script's fetch still under way when the visitor leaves the page is cut by the browser
    // (the chat script asks its route on every page): normal, not a fault of the page.
    if (['fetch', 'xhr'].includes(r.resourceType()) && r.failure() && r.failure().errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !documents.has(r.url())) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
}
function clean(v, what) {
  assert(v.problems.length === 0, `${what}: ${v.problems.slice(0, 3).join('; ')}`);
}

try {
  // --- FAQ ------------------------------------------------------------------------------
  const faq = await visitor();
  await check('FAQ page: typing a question with a typo shows answers from the REST endpoint, no page load', async () => {
    const { page } = faq;
    const r = await page.goto(site.faqPage);
    assert(r.status() === 200, `FAQ page answered ${r.status()}`);
    await page.evaluate(() => { window.shopcxSamePage = true; });
    const asked = page.waitForResponse((res) => route(res, 'faq') && new URL(res.url()).searchParams.get('q') === 'retrun polciy');
    await page.locator('form.shopcx-faq input[name=faq_q]').pressSequentially('retrun polciy', { delay: 30 });
    const rest = await (await asked).json();
    assert(rest.hits.length > 0, 'the REST endpoint found nothing');
    const first = page.locator('.shopcx-faq-hits li a').first();
    await first.waitFor();
    assert(await text(first) === 'How do I return an item?', `first answer is "${await text(first)}"`);
    assert(await first.locator('mark').first().innerText() === 'return', 'the corrected word is not marked');
    assert(await page.locator('.shopcx-faq-hits li').count() === rest.hits.length, 'not every hit is shown');
    assert(await page.evaluate(() => window.shopcxSamePage === true), 'the page was reloaded');
    assert(!page.url().includes('faq_q='), 'the form was submitted');
    await shot(page, '01-faq-instant');
  });
  await check('FAQ page: a query with <script> and <img onerror> is shown as text, nothing runs', async () => {
    const { page } = faq;
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> zzqx';
    await page.evaluate(() => { window.shopcxPwned = 0; });
    const input = page.locator('form.shopcx-faq input[name=faq_q]');
    await input.fill('');
    const asked = page.waitForResponse((res) => route(res, 'faq') && res.url().includes('zzqx'));
    await input.pressSequentially(hostile.replaceAll('alert', 'shopcxPwned++;alert'), { delay: 5 });
    await asked;
    const none = page.locator('.shopcx-faq-none');
    await none.waitFor();
    await page.waitForTimeout(500); // Time for an injected image's onerror to run, if one got in.
    assert(await page.evaluate(() => window.shopcxPwned === 0), 'injected code ran');
    const shown = await text(none);
    assert(shown.startsWith('No answer found for "<img src=x onerror=shopcxPwned++;alert(1)><script>'), `shown: ${shown}`);
    assert(await page.locator('main img, .entry-content img, form.shopcx-faq ~ * img').count() === 0, 'an <img> was created');
    await shot(page, '02-faq-hostile-typed');
    // Submitted the old way (Enter: a page load), the server's answer escapes it as well.
    await Promise.all([page.waitForURL(/faq_q=/), input.press('Enter')]);
    assert(await page.locator('form.shopcx-faq').count() === 1, `the search left the FAQ page for ${page.url()}`);
    assert(await page.locator('form.shopcx-faq ~ * img, form.shopcx-faq ~ script').count() === 0, 'the server page has an <img> or <script> after the form');
    assert(await page.evaluate(() => window.shopcxPwned === undefined || window.shopcxPwned === 0), 'injected code ran');
    assert((await page.locator('input[name=faq_q]').inputValue()).includes('zzqx'), 'the query is not kept in the field');
    await shot(page, '02-faq-hostile-submitted');
  });
  await check('FAQ block page: the preset question is answered and the block searches as you type', async () => {
    const { page } = faq;
    const r = await page.goto(site.blockPage);
    assert(r.status() === 200, `block page answered ${r.status()}`);
    assert((await text(page.locator('.shopcx-faq-hits li a').first())) === 'How do I return an item?', 'preset "return" not answered');
    const input = page.locator('form.shopcx-faq input[name=faq_q]');
    await input.fill('');
    await input.pressSequentially('invoyce', { delay: 30 });
    await page.locator('.shopcx-faq-hits li a', { hasText: 'invoice' }).first().waitFor();
    assert(await page.locator('form.shopcx-faq + .shopcx-faq-hits').count() === 1, 'answers are not right after the form (or shown twice)');
    await shot(page, '03-faq-block');
  });
  await check('FAQ pages: no console errors, failed or third-party requests, no dialog', async () => clean(faq, 'FAQ'));
  await (await import('./walk-faq.mjs')).walkFaq({ visitor, check, assert, site, shot, clean, route, text }); // Issue 21.
  await (await import('./walk-stock.mjs')).walkStock({ visitor, check, assert, site, shot, clean, route, text }); // Issue 19.

  // --- product page: stock line, promise refreshed, chat invitation ---------------------
  const T0 = Date.parse('2026-03-10T14:00:00Z'); // The page's clock (the site's is fixed at the same moment).
  const shopper = await visitor([{ name: 'shopcx_test_agents', value: '2' }]);
  await check('product page: stock line and a promise refreshed from the uncached REST route', async () => {
    const { page } = shopper;
    await page.clock.install({ time: T0 });
    await page.addInitScript(() => {
      window.shopcxInvitations = [];
      document.addEventListener('shopcx:chat-invitation', (e) => window.shopcxInvitations.push(e.detail));
      window.$crisp = []; // A chat widget's queue: the adapter hands the message to it.
    });
    await page.clock.pauseAt(T0 + PAUSE_MARGIN); // Before the load (a slow one cannot pass it): the page's time moves only when the walk says so.
    const promised = page.waitForResponse((res) => route(res, 'promise'));
    const r = await page.goto(site.productPage);
    assert(r.status() === 200, `product page answered ${r.status()}`);
    const cached = (await r.text()).match(/<p class="shopcx-promise"[^>]*>([^<]*)</);
    assert(cached, 'no promise in the page as served');
    const res = await promised;
    assert(res.status() === 200, `promise route answered ${res.status()}`);
    assert((res.headers()['cache-control'] || '').includes('no-store'), `promise route is cacheable: ${res.headers()['cache-control']}`);
    const label = (await res.json()).label;
    assert(label && label !== cached[1], `the route's sentence "${label}" should differ from the cached page's "${cached[1]}"`);
    await page.waitForFunction((l) => document.querySelector('.shopcx-promise').textContent === l, label);
    assert(await text(page.locator('p.stock')) === 'Only 3 left!', `stock line: ${await text(page.locator('p.stock'))}`);
    assert(await page.locator('.shopcx-promise').isVisible(), 'promise not visible');
    await shot(page, '04-product');
  });
  await check('product page: with an agent online the page gets the shopcx:chat-invitation event', async () => {
    const { page } = shopper;
    assert((await page.evaluate(() => window.shopcxInvitations.length)) === 0, 'invited before the rule\'s 8 seconds');
    const asked = page.waitForResponse((res) => route(res, 'chat') && JSON.parse(res.request().postData()).secondsOnPage > 0); // Asked at load, then when askAgainIn says.
    await page.clock.runFor(11000);
    const answer = await (await asked).json();
    assert(answer.why === 'invite', `the chat route said ${answer.why}`);
    await page.waitForFunction(() => window.shopcxInvitations.length === 1);
    const detail = await page.evaluate(() => window.shopcxInvitations[0]);
    assert(detail.rule === 'product-hesitation', `rule ${detail.rule}`);
    assert(detail.message === 'Not sure about size? <b>Ask us.</b>', `message ${detail.message}`);
    const handed = await page.evaluate(() => window.$crisp);
    assert(JSON.stringify(handed) === JSON.stringify([['do', 'message:show', ['text', detail.message]]]), `widget got ${JSON.stringify(handed)}`);
    await shot(page, '05-product-invited');
  });
  await check('product page: no console errors, failed or third-party requests', async () => clean(shopper, 'product'));

  const alone = await visitor([{ name: 'shopcx_test_agents', value: '0' }]);
  await check('product page: with no agent online there is no invitation', async () => {
    const { page } = alone;
    await page.clock.install({ time: T0 });
    await page.addInitScript(() => {
      window.shopcxInvitations = [];
      document.addEventListener('shopcx:chat-invitation', (e) => window.shopcxInvitations.push(e.detail));
    });
    await page.clock.pauseAt(T0 + PAUSE_MARGIN);
    const asked = page.waitForResponse((res) => route(res, 'chat')); // The page asks at load; no agent: never again.
    await page.goto(site.productPage);
    await page.clock.runFor(11000);
    const answer = await (await asked).json();
    assert(answer.invitation === null && answer.why === 'no-agents', `the chat route said ${JSON.stringify(answer)}`);
    await page.waitForTimeout(300);
    assert((await page.evaluate(() => window.shopcxInvitations.length)) === 0, 'invited without an agent');
    clean(alone, 'product, no agent');
  });

  // --- survey -----------------------------------------------------------------------------
  const customer = await visitor();
  await check('survey link: the form, an answer, the thank-you', async () => {
    const { page, context } = customer;
    const r = await page.goto(site.surveyLink);
    assert(r.status() === 200, `survey page answered ${r.status()}`);
    assert(await text(page.locator('legend')) === 'The shop made it easy for me to handle my issue.', 'no CES question');
    // A second tab with the same form, submitted after the first: a replay.
    customer.second = await context.newPage();
    await customer.second.goto(site.surveyLink);
    await shot(page, '06-survey-form');
    await page.locator('input[name="answers[ces]"][value="6"]').check();
    await page.locator('textarea').fill('Quick <b>and</b> kind.');
    customer.documents.add(page.url());
    const [sent] = await Promise.all([page.waitForNavigation(), page.locator('form.shopcx-survey button[type=submit]').click()]);
    assert(sent.status() === 200, `submit answered ${sent.status()}`);
    assert(await text(page.locator('.shopcx-survey-result')) === 'Thank you for your answers!', 'no thank-you');
    await shot(page, '07-survey-thanks');
  });
  await check('survey link: the same form sent again is refused, the first answer stays', async () => {
    const page = customer.second;
    await page.locator('input[name="answers[ces]"][value="1"]').check();
    customer.documents.add(page.url());
    const [sent] = await Promise.all([page.waitForNavigation(), page.locator('form.shopcx-survey button[type=submit]').click()]);
    assert(sent.status() === 409, `replay answered ${sent.status()}`);
    assert(await text(page.locator('.shopcx-survey-error')) === 'This survey has already been answered. Thank you!', 'no refusal');
    assert(await page.locator('form.shopcx-survey').count() === 0, 'the form is shown again');
    await shot(page, '08-survey-replay');
  });
  await check('survey link: a tampered link is refused', async () => {
    const { page } = customer;
    const tampered = site.surveyLink.slice(0, -3) + (site.surveyLink.endsWith('xyz') ? 'abc' : 'xyz');
    customer.documents.add(tampered);
    const r = await page.goto(tampered);
    assert(r.status() === 403, `tampered link answered ${r.status()}`);
    assert(await text(page.locator('.shopcx-survey-error')) === 'This survey link is not valid (any more).', 'no refusal');
    assert(await page.locator('form.shopcx-survey').count() === 0, 'a form is shown');
    await shot(page, '09-survey-tampered');
  });
  await check('survey pages: no console errors, failed or third-party requests', async () => clean(customer, 'survey'));

  // --- opt-out link (the survey invitation's) ----------------------------------------------
  const reader = await visitor();
  await check('opt-out link: opening it (twice, as a mail scanner would) only asks; the button opts out', async () => {
    const { page } = reader;
    for (const visit of [1, 2]) {
      const r = await page.goto(site.surveyOptout);
      assert(r.status() === 200, `opt-out page answered ${r.status()} (visit ${visit})`);
      assert(r.headers()['x-robots-tag'] === 'noindex, nofollow', `X-Robots-Tag: ${r.headers()['x-robots-tag']}`);
      // The second visit still asks: the first GET opted nobody out.
      const asked = await text(page.locator('.shopcx-optout-confirm'));
      assert(asked === 'Stop survey invitations after your orders?', `visit ${visit} says "${asked}"`);
    }
    assert(await page.locator('meta[name=robots]').first().getAttribute('content') === 'noindex, nofollow', 'no robots noindex');
    await shot(page, '13-optout-confirm');
    const [done] = await Promise.all([page.waitForNavigation(), page.locator('form.shopcx-optout button[type=submit]').click()]);
    assert(done.request().method() === 'POST', `the button sent a ${done.request().method()}`);
    assert(done.status() === 200, `the opt-out answered ${done.status()}`);
    assert(await text(page.locator('.shopcx-optout-done')) === 'Done: you will not get survey invitations any more.', 'no done page');
    assert(await page.locator('form.shopcx-optout').count() === 0, 'the form is still shown');
    await shot(page, '14-optout-done');
  });
  await check('opt-out link: opened again it says it is already done, with no button', async () => {
    const { page } = reader;
    const r = await page.goto(site.surveyOptout);
    assert(r.status() === 200, `opt-out page answered ${r.status()}`);
    assert(await text(page.locator('.shopcx-optout-already')) === 'You had already opted out: you will not get survey invitations any more.', 'not "already"');
    assert(await page.locator('form.shopcx-optout').count() === 0, 'the form is shown again');
    clean(reader, 'opt-out');
  });

  // --- report -----------------------------------------------------------------------------
  const admin = await visitor();
  await check('report: an administrator sees the four charts, drawn, with tables of the same numbers', async () => {
    const { page } = admin;
    // Logged in through the login form, which then opens the report (the dashboard's own requests
    // would be cut off by leaving it early).
    await page.goto(`${site.loginPage}?redirect_to=${encodeURIComponent(site.reportPage)}`);
    await page.locator('#user_login').fill('admin');
    await page.locator('#user_pass').fill('admin-password-1');
    const [r] = await Promise.all([page.waitForNavigation({ url: site.reportPage }), page.locator('#wp-submit').click()]);
    assert(r.status() === 200, `report answered ${r.status()}`);
    await page.waitForLoadState('networkidle');
    assert(await text(page.locator('.shopcx-report h1')) === 'Customer service report', 'no report heading');
    const charts = page.locator('.shopcx-report svg.shopcx-chart');
    assert(await charts.count() === 4, `${await charts.count()} charts`);
    for (let i = 0; i < 4; i++) {
      const box = await charts.nth(i).boundingBox();
      assert(box && box.width > 100 && box.height > 50, `chart ${i} box ${JSON.stringify(box)}`);
      assert(await charts.nth(i).isVisible(), `chart ${i} not visible`);
    }
    // Each chart against the table right after it: the tooltips carry the drawn numbers.
    const pairs = await page.evaluate(() => [...document.querySelectorAll('.shopcx-report svg.shopcx-chart')].map((svg) => {
      const table = svg.nextElementSibling;
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
      const marks = [...svg.querySelectorAll('rect > title, circle > title')].map((t) => t.textContent);
      const bars = [...svg.querySelectorAll('rect')].map((r) => r.getBBox().width);
      return { title: svg.querySelector('title').textContent, rows, marks, bars };
    }));
    for (const c of pairs) {
      if (c.bars.length) { // Bar chart: "label: n" per bar, widths proportional to n.
        assert(JSON.stringify(c.marks) === JSON.stringify(c.rows.map(([l, n]) => `${l}: ${n}`)), `${c.title}: bars ${c.marks} vs table ${c.rows}`);
        const max = Math.max(...c.rows.map(([, n]) => Number(n)));
        c.rows.forEach(([, n], i) => assert(Math.abs(c.bars[i] - (330 * Number(n)) / Math.max(1, max)) < 1, `${c.title}: bar ${i} is ${c.bars[i]} wide for ${n}`));
      } else { // Trend: "week: value (n = responses)" per answered week.
        const expected = c.rows.filter(([, , v]) => v !== '–').map(([w, n, v]) => `${w}: ${v} (n = ${n})`);
        assert(expected.length > 0 && JSON.stringify(c.marks) === JSON.stringify(expected), `${c.title}: points ${c.marks} vs table ${expected}`);
      }
    }
    const body = await text(page.locator('.shopcx-report'));
    assert(body.includes('Average 3.75 stars over 4 verified reviews.'), 'rating summary');
    assert(body.includes('Abandonment rate 66.7%, recovery rate 50.0%.'), 'cart rates');
    assert(body.includes('<script>alert(1)</script> slow delivery'), 'the comment is not shown as text');
    // The answer given in the browser above counts (this week: one answer, 6), the replayed 1 does not.
    assert(body.includes('Quick <b>and</b> kind.'), 'the survey comment from the browser is missing');
    const week = pairs[0].rows.at(-1);
    assert(JSON.stringify(week.slice(1, 3)) === JSON.stringify(['1', '6']), `this week's CES row: ${week}`);
    await page.locator('.shopcx-report svg.shopcx-chart').first().scrollIntoViewIfNeeded();
    await shot(page, '10-report');
  });
  await check('report: no console errors, failed or third-party requests', async () => clean(admin, 'report'));

  const stranger = await visitor();
  await check('report: a logged-out visitor is sent to the login form and sees no report', async () => {
    const { page } = stranger;
    const r = await page.goto(site.reportPage);
    assert(new URL(page.url()).pathname.endsWith('/wp-login.php'), `ended on ${page.url()} (${r.status()})`);
    assert(await page.locator('.shopcx-report, svg.shopcx-chart').count() === 0, 'report content shown');
    assert(!(await page.content()).includes('Customer service report'), 'the report title is in the page');
    await shot(page, '11-report-logged-out');
    clean(stranger, 'logged out');
  });

  const customerLogin = await visitor();
  await check('report: a logged-in customer (no manage_woocommerce) is refused with 403', async () => {
    const { page, documents } = customerLogin;
    documents.add(site.reportPage);
    await page.goto(`${site.loginPage}?redirect_to=${encodeURIComponent(site.reportPage)}`);
    await page.locator('#user_login').fill('customer');
    await page.locator('#user_pass').fill('customer-password-1');
    const [r] = await Promise.all([page.waitForNavigation({ url: site.reportPage }), page.locator('#wp-submit').click()]);
    assert(r.status() === 403, `report answered ${r.status()} to a customer`);
    assert(await page.locator('.shopcx-report, svg.shopcx-chart').count() === 0, 'report content shown');
    assert((await text(page.locator('body'))).includes('not allowed'), 'no refusal message');
    await shot(page, '12-report-customer');
    clean(customerLogin, 'customer');
  });
  await (await import('./walk-chat.mjs')).walkChat({ visitor, check, assert, site, shot, clean, route, text }); // Issue 20.
  await (await import('./walk-reminder.mjs')).walkReminder({ visitor, check, assert, site, shot, clean }); // Issue 21: the cart reminder e-mail in Dutch.
} finally {
  await browser.close();
}
console.log(`woocommerce browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
