// Issue 20 in the browser (called from walk.mjs): the charter's chat presets decided on the server
// from what the page reports (page type, seconds on the page, pages this visit) and what only the
// server knows (the customer's orders), asked again when askAgainIn says; none outside the service
// hours; a signed service contact reported to the interactions route shows in the admin report and,
// past the minimum sample (3, seed-chat.php), in the badge on the cart page; the answer-time
// sentence on the FAQ and contact pages. The presets, the clock and the VIP's orders are switched
// on by chat-site.php's cookies, so the rest of the walk keeps seed.php's rules.
import { createHmac } from 'node:crypto';

// page.clock.install() starts the page's clock running; pauseAt() must name a moment still ahead of it
// when it is called, or Playwright throws "Cannot fast-forward to the past" (seen when the machine is
// busy). Half a minute ahead is safe; only the page's own elapsed time matters to the checks.
const PAUSE_MARGIN = 30000;

export async function walkChat({ visitor, check, assert, site, shot, clean, route, text }) {
  const chat = site.chat;
  const T0 = chat.now * 1000; // The server's fixed clock: Tuesday 15:00 in Amsterdam, inside 09:00-17:00.
  const on = [{ name: 'shopcx_test_presets', value: '1' }, { name: 'shopcx_test_agents', value: '1' }];
  const collect = (context) => context.addInitScript(() => {
    window.shopcxInvitations = [];
    document.addEventListener('shopcx:chat-invitation', (e) => window.shopcxInvitations.push(e.detail));
  });
  const invitations = (page) => page.evaluate(() => window.shopcxInvitations.length);
  const ask = (page, visit) => page.evaluate(async ([url, v]) => (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(v) })).json(), [new URL('index.php?rest_route=/shopcx/v1/chat', chat.home).href, visit]);

  // A dwell the page's clock runs (Playwright): no invitation one second before the preset's threshold, one at it.
  async function dwell(v, url, seconds, rule, name) {
    const { page, context } = v;
    await collect(context);
    await page.clock.install({ time: T0 });
    await page.clock.pauseAt(T0 + PAUSE_MARGIN); // Before the page loads: its clock moves only when the walk says (a slow load cannot use up seconds).
    const first = page.waitForResponse((res) => route(res, 'chat'));
    const r = await page.goto(url);
    assert(r.status() === 200, `${url} answered ${r.status()}`);
    const answer = await (await first).json();
    assert(answer.invitation === null && answer.askAgainIn === seconds, `asked at load, the route said ${JSON.stringify(answer)}`);
    await page.clock.runFor((seconds - 1) * 1000);
    await page.waitForTimeout(300);
    assert(await invitations(page) === 0, `invited before ${seconds} s`);
    const at = page.waitForResponse((res) => route(res, 'chat'));
    await page.clock.runFor(2000);
    const invited = await (await at).json();
    assert(invited.why === 'invite' && invited.invitation.rule === rule, `at ${seconds} s the route said ${JSON.stringify(invited)}`);
    await page.waitForFunction(() => window.shopcxInvitations.length === 1);
    assert((await page.evaluate(() => window.shopcxInvitations[0].rule)) === rule, 'another rule in the event');
    // The decision is the server's: the same visit a second short is refused, at the threshold invited.
    const type = url === site.productPage ? 'product' : 'cart';
    assert((await ask(page, { pageType: type, secondsOnPage: seconds - 1 })).invitation === null, `${seconds - 1} s invited`);
    assert((await ask(page, { pageType: type, secondsOnPage: seconds })).invitation.rule === rule, `${seconds} s not invited`);
    await shot(page, name);
  }

  const product = await visitor(on);
  await check('chat presets: a product page invites after 120 s of dwell, not at 119 s', async () => dwell(product, site.productPage, 120, 'product-dwell', '20-chat-product-dwell'));
  await check('chat presets: product page clean', async () => clean(product, 'product dwell'));
  const cart = await visitor(on);
  await check('chat presets: the cart page invites after 60 s, not at 59 s; no badge below the sample', async () => {
    await dwell(cart, chat.cartPage, 60, 'cart-dwell', '21-chat-cart-dwell');
    assert(await cart.page.locator('.shopcx-badge').count() === 0, 'a badge without contacts');
  });
  await check('chat presets: cart page clean', async () => clean(cart, 'cart dwell'));

  const vip = await visitor(on);
  await check('chat presets: a returning customer who spent 800 is invited on entering the shop', async () => {
    const { page, context } = vip;
    await collect(context);
    await page.goto(`${site.loginPage}?redirect_to=${encodeURIComponent(chat.home)}`);
    await page.locator('#user_login').fill('customer');
    await page.locator('#user_pass').fill('customer-password-1');
    const asked = page.waitForResponse((res) => route(res, 'chat'));
    await Promise.all([page.waitForNavigation({ url: chat.home }), page.locator('#wp-submit').click()]);
    const answer = await (await asked).json();
    assert(answer.why === 'invite' && answer.invitation.rule === 'vip-returning', `the route said ${JSON.stringify(answer)}`);
    await page.waitForFunction(() => window.shopcxInvitations.length === 1);
    // The second page of the visit is no longer "entering".
    const again = page.waitForResponse((res) => route(res, 'chat'));
    await page.goto(chat.home);
    const second = await (await again).json();
    assert(second.invitation === null, `invited again on the second page: ${JSON.stringify(second)}`);
    await shot(page, '22-chat-vip');
    clean(vip, 'vip');
  });
  const guest = await visitor(on);
  await check('chat presets: a guest entering the shop gets none, and no later ask', async () => {
    const { page } = guest;
    const asked = page.waitForResponse((res) => route(res, 'chat'));
    await page.goto(chat.home);
    const answer = await (await asked).json();
    assert(answer.invitation === null && answer.why === 'no-rule' && !('askAgainIn' in answer), `the route said ${JSON.stringify(answer)}`);
    // A page claiming a big spender is not believed.
    const claimed = await ask(page, { pageType: 'home', pagesViewed: 1, lifetimeValue: 5000, visitCount: 9, segment: 'returning' });
    assert(claimed.invitation === null, `a claimed lifetime value invited: ${JSON.stringify(claimed)}`);
    clean(guest, 'guest');
  });

  const saturday = Date.parse('2026-03-14T11:00:00Z') / 1000; // 12:00 in Amsterdam: no service hours.
  const closed = await visitor([...on, { name: 'shopcx_test_now', value: String(saturday) }]);
  await check('chat presets: on a Saturday (no service hours) a 200 s product dwell brings no invitation', async () => {
    const { page, context } = closed;
    await collect(context);
    await page.clock.install({ time: saturday * 1000 });
    await page.clock.pauseAt(saturday * 1000 + PAUSE_MARGIN);
    const asked = page.waitForResponse((res) => route(res, 'chat'));
    await page.goto(site.productPage);
    const answer = await (await asked).json();
    assert(answer.invitation === null && answer.why === 'closed-hours' && !('askAgainIn' in answer), `the route said ${JSON.stringify(answer)}`);
    await page.clock.runFor(200000);
    await page.waitForTimeout(300);
    assert(await invitations(page) === 0, 'invited outside the service hours');
    assert((await ask(page, { pageType: 'product', secondsOnPage: 200 })).why === 'closed-hours', 'the server invites on Saturday');
    clean(closed, 'closed');
  });

  // --- service contacts: signed, in the report, in the badge --------------------------------------
  const post = (event, secret = chat.secret) => {
    const body = JSON.stringify(event);
    const v1 = createHmac('sha256', secret).update(`${chat.now}.${body}`).digest('hex');
    return fetch(chat.interactionUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ShopCx-Signature': `t=${chat.now},v1=${v1}` }, body });
  };
  const contact = (n) => ({ id: `walk-${n}`, type: 'interaction.contact', time: chat.now,
    data: { email: `walker${n}@example.test`, channel: 'chat', case: `W-${n}`, opened: chat.now - 3600, firstResponse: 12, resolved: chat.now - 600, contacts: 1, rating: 5, friendly: 5 } });
  await check('interactions: signed contacts are stored, a wrong signature is refused', async () => {
    const refused = await post(contact(0), 'not-the-secret-' + 'y'.repeat(32));
    assert(refused.status === 401, `a wrong signature answered ${refused.status}`);
    for (const n of [1, 2, 3]) {
      const r = await post(contact(n));
      const body = await r.json();
      assert(r.status === 200 && body.stored === true, `contact ${n}: ${r.status} ${JSON.stringify(body)}`);
    }
    const again = await (await post(contact(1))).json();
    assert(again.stored === false, 'a retried event was stored twice');
  });

  const admin = await visitor();
  await check('interactions: the report shows the contacts per week and channel', async () => {
    const { page } = admin;
    await page.goto(`${site.loginPage}?redirect_to=${encodeURIComponent(site.reportPage)}`);
    await page.locator('#user_login').fill('admin');
    await page.locator('#user_pass').fill('admin-password-1');
    await Promise.all([page.waitForNavigation({ url: site.reportPage }), page.locator('#wp-submit').click()]);
    const section = page.locator('.shopcx-service-report');
    assert((await text(section.locator('.shopcx-service-total'))).startsWith('3 contacts from 3 customers'), `totals: ${await text(section.locator('.shopcx-service-total'))}`);
    const row = (await text(section.locator('table.shopcx-service-weeks tbody tr').first())).split(/\s+/);
    assert(JSON.stringify(row.slice(0, 3)) === JSON.stringify(['2026-W11', 'chat', '3']), `row ${row.join(' ')}`);
    const bar = section.locator('svg.shopcx-chart rect > title').first();
    assert((await bar.textContent()) === '2026-W11 chat: 3', `bar ${await bar.textContent()}`);
    await section.scrollIntoViewIfNeeded();
    await shot(page, '23-report-service');
    clean(admin, 'report');
  });
  const badge = await visitor();
  await check('badge: past the minimum sample the cart page shows it with its period', async () => {
    const { page } = badge;
    await page.goto(chat.cartPage);
    const shown = page.locator('.shopcx-badge');
    assert(await shown.isVisible(), 'no badge on the cart page');
    const lines = await shown.locator('li').allInnerTexts();
    assert(JSON.stringify(lines) === JSON.stringify(['100% of customers satisfied with our service', '100% of questions answered on time']), `badge ${JSON.stringify(lines)}`);
    assert((await text(shown.locator('.shopcx-badge-period'))) === 'From February 8, 2026 to March 10, 2026', `period ${await text(shown.locator('.shopcx-badge-period'))}`);
    await shot(page, '24-cart-badge');
    clean(badge, 'badge');
  });

  const reader = await visitor(on);
  await check('answer time: the contact page and the FAQ page say when an answer comes', async () => {
    const { page } = reader;
    await page.goto(chat.contactPage);
    const lines = await page.locator('.shopcx-answer-time p').allInnerTexts();
    assert(JSON.stringify(lines) === JSON.stringify(['Chat is open until 17:00.', 'We answer e-mails within 24 hours.']), `contact page: ${JSON.stringify(lines)}`);
    await page.goto(site.faqPage);
    assert((await text(page.locator('.shopcx-answer-time .shopcx-answer-chat'))) === 'Chat is open until 17:00.', 'no answer time on the FAQ page');
    await shot(page, '25-contact-answer-time');
    clean(reader, 'answer time');
  });
}
