import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderGenericPayload } from '../../src/destinations/generic.js';
import type { ServeHandle } from '../../src/serve/serve.js';
import { eventOf, hostileFailure, plainFailure } from '../helpers/alerts.js';
import { alertBody, post, signedHeaders, startTestServer, tempDir } from './helpers.js';

// The page as a person sees it, in a real headless Chromium (Debian's chromium package).
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const artifacts = join(new URL('../..', import.meta.url).pathname, 'test-artifacts');

if (!hasChromium && !process.env.CI)
  console.warn(
    `\n!!! SKIPPING the serve page browser test: ${CHROMIUM} is missing (apt-get install -y chromium). CI runs it. !!!\n`,
  );

describe.skipIf(!hasChromium && !process.env.CI)('the fingerprint page in Chromium', () => {
  let server: ServeHandle;
  let browser: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    server = await startTestServer(tempDir('page'));
    for (const id of ['msg_p1', 'msg_p2']) {
      const body = alertBody(id, ['checkout', 'login']);
      await post(server.url, body, signedHeaders(id, body));
    }
    // Attacker-controlled text everywhere: titles, tests, branch, issue and run links.
    const hostile = eventOf([hostileFailure(1, 200)]);
    const event = {
      ...hostile,
      id: 'msg_<i>hostile</i>',
      run: { ...hostile.run, branch: '"><script>window.pwned=1</script>' },
      runUrl: 'javascript:window.pwned=2',
      items: hostile.items.map((item) => ({
        ...item,
        title: '<script>window.pwned=3</script><b>bold</b>',
        issue: { number: 7, url: 'javascript:window.pwned=4' },
      })),
    };
    const body = renderGenericPayload(event);
    expect((await post(server.url, body, signedHeaders(event.id, body))).json.status).toBe('stored');
    // A fresh profile folder per run (Playwright takes it as userDataDir, not as --user-data-dir).
    browser = await chromium.launchPersistentContext(tempDir('chromium-profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists each fingerprint with its count, and links to a detail view of its latest events', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url);
    const rows = page.locator('#fingerprints tbody tr');
    expect(await rows.count()).toBe(3);
    const checkout = plainFailure('checkout').fingerprint;
    const row = page.locator(`tr[data-fingerprint="${checkout}"]`);
    expect(await row.locator('td.count').textContent()).toBe('2');
    expect(await row.locator('td').nth(6).textContent()).toBe('main');
    expect(await row.locator('a[href^="https://github.com/acme/shop/issues/"]').count()).toBe(1);
    // The hostile title shows as text; no script ran, and the javascript: link is not a link.
    expect(await page.getByText('<script>window.pwned=3</script><b>bold</b>').count()).toBe(1);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'serve-index.png'), fullPage: true });

    await row.locator('a').first().click();
    await page.waitForURL(`**/fingerprints/${encodeURIComponent(checkout)}`);
    expect(await page.locator('h1').textContent()).toBe('TypeError: checkout broke — in checkout');
    const events = page.locator('#events tbody tr');
    expect(await events.count()).toBe(2);
    expect(await events.first().locator('code').textContent()).toBe('msg_p2');
    await page.screenshot({ path: join(artifacts, 'serve-detail.png'), fullPage: true });
    expect(dialogs).toEqual([]);
  });
});
