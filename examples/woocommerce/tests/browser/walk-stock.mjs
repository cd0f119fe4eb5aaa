// Issue 19 in the browser, for walk.mjs (which passes its helpers): the stock line and delivery
// promise follow the variation chosen in WooCommerce's variations form (found_variation /
// reset_data, a double of WooCommerce's script in site-stock.php), the latest choice wins over a
// slower earlier answer; the block cart and checkout summary show each item's stock line and
// promise through registerCheckoutFilters (a double of wc-blocks-checkout), escaped; the script
// loads on the cart page only.
export async function walkStock({ visitor, check, assert, site, shot, clean, route, text }) {
  const origin = new URL(site.faqPage).origin;
  const product = (res) => route(res, 'promise') && new URL(res.url()).searchParams.get('product');
  const shopper = await visitor();
  const { page } = shopper;
  const promise = page.locator('.shopcx-promise');
  const stock = page.locator('.summary .stock');
  const settled = (label) => page.waitForFunction((l) => document.querySelector('.shopcx-promise').textContent === l, label);

  await check('variable product: choosing a backordered size shows its restock date and its own promise, without a cut-off', async () => {
    const first = page.waitForResponse((res) => product(res) === '80');
    const r = await page.goto(`${origin}/?shopcx_test_stock=variable`);
    assert(r.status() === 200, `product page answered ${r.status()}`);
    await first;
    await settled('Order before 22:00, delivered tomorrow');
    const asked = page.waitForResponse((res) => product(res) === '82');
    await page.locator('select#size').selectOption('M');
    const answer = await (await asked).json();
    assert(answer.label === 'Delivered on Wednesday 18 March' && answer.orderWithinSeconds === 0, `route for the variation: ${JSON.stringify(answer)}`);
    await settled('Delivered on Wednesday 18 March');
    assert(await text(stock) === 'On backorder, expected on Tuesday 17 March', `stock line: ${await text(stock)}`);
    await shot(page, '30-variation-backorder');
  });
  await check('variable product: another size and then no size bring back their own promise', async () => {
    await page.locator('select#size').selectOption('S');
    await settled('Order before 22:00, delivered tomorrow');
    assert(await text(stock) === 'In stock', `stock line: ${await text(stock)}`);
    await page.locator('select#size').selectOption('M');
    await settled('Delivered on Wednesday 18 March');
    const reset = page.waitForResponse((res) => product(res) === '80');
    await page.locator('select#size').selectOption('');
    await reset;
    await settled('Order before 22:00, delivered tomorrow');
    assert(await text(stock) === 'In stock', `stock line after the reset: ${await text(stock)}`);
  });
  await check('variable product: a slow answer for an earlier choice does not overwrite the latest one', async () => {
    await page.route((url) => url.searchParams.get('product') === '82', async (r) => {
      await new Promise((done) => setTimeout(done, 800));
      await r.continue();
    });
    const slow = page.waitForResponse((res) => product(res) === '82');
    await page.locator('select#size').selectOption('M');
    await page.locator('select#size').selectOption('S');
    await slow;
    await page.waitForTimeout(200);
    assert(await text(promise) === 'Order before 22:00, delivered tomorrow', `promise after M then S: ${await text(promise)}`);
    await page.unroute((url) => url.searchParams.get('product') === '82');
    assert(await page.locator('script[src*="cart-blocks.js"]').count() === 0, 'the blocks script is on the product page');
    clean(shopper, 'variable product');
  });

  const buyer = await visitor([{ name: 'shopcx_test_stock_cart', value: '1' }, { name: 'shopcx_test_stock_hostile', value: '1' }]);
  await check('block cart and checkout summary: each item shows its stock line and promise, escaped, from the Store API', async () => {
    const { page } = buyer;
    await page.addInitScript(() => { window.shopcxPwned = 0; });
    const cart = page.waitForResponse((res) => new URL(res.url()).searchParams.get('rest_route') === '/wc/store/v1/cart');
    const r = await page.goto(`${origin}/?shopcx_test_stock=cart`);
    assert(r.status() === 200, `cart page answered ${r.status()}`);
    const items = (await (await cart).json()).items;
    assert(items.length === 2 && items[1].extensions.shopcx.promise === 'Delivered on Wednesday 18 March', `Store API items: ${JSON.stringify(items)}`);
    assert(await page.locator('script[src*="/shopcx-woocommerce/assets/cart-blocks.js"]').count() === 1, 'the blocks script is not on the cart page');
    await page.waitForSelector('body[data-rendered="1"]');
    await page.waitForTimeout(300); // Time for an injected image's onerror, if one got in.
    const low = '<img src=x onerror=window.shopcxPwned=1> Only 3 left & "more"';
    for (const list of ['cart', 'summary']) {
      const names = page.locator(`.shopcx-test-${list} .wc-block-components-product-name`);
      assert(await names.count() === 2, `${list}: ${await names.count()} items`);
      const boots = await text(names.nth(0));
      assert(boots === `Boots & laces \u2013 ${low} \u00b7 Order before 22:00, delivered tomorrow`, `${list}, boots: ${boots}`);
      const jacket = await text(names.nth(1));
      assert(jacket === 'Rain jacket - M \u2013 On backorder, expected on Tuesday 17 March \u00b7 Delivered on Wednesday 18 March', `${list}, jacket: ${jacket}`);
      const label = await page.locator(`.shopcx-test-${list} li`).nth(0).getAttribute('aria-label');
      assert(label === boots, `${list}: aria-label ${label}`);
    }
    assert(await page.locator('main img').count() === 0, 'an <img> was created');
    assert(await page.evaluate(() => window.shopcxPwned) === 0, 'injected code ran');
    assert(await page.locator('.shopcx-test-cart li.shopcx-stock-low').count() === 1, 'the low-stock line is not marked (cartItemClass)');
    await shot(page, '31-block-cart');
    clean(buyer, 'block cart');
  });
}
