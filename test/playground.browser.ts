/// <reference lib="dom" />
/**
 * The playground in a real browser (`npm run test:browser`): builds the page, serves it on
 * 127.0.0.1 and drives headless Chromium (puppeteer-core, Chromium found as in
 * test/browser.test.ts). It loads the seed and checks the summary's dateline and ticker,
 * clicks the headline in the source and checks the tree selects the `headline` node,
 * drops an HTML exhibit and checks its summary against Node's, drops the largest corpus
 * text exhibit and a 300 KB input (only the rows in view are built), and saves screenshots
 * in .screenshots/playground/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './helpers/chromium.js';
import { format, parse, read, summarize, toMarkdown } from '../src/index.js';
import { buildPlayground } from '../scripts/playground-build.mjs';
import { servePlayground } from '../scripts/playground-serve.mjs';

const root = new URL('../', import.meta.url).pathname;
const shots = `${root}.screenshots/playground`;
const seedPath = `${root}fixtures/seed/american-locker-2004.txt`;
const htmlPath = `${root}fixtures/html/workiva-divs.html`;
const devCorpus = `${root}../shared/corpus/dev`;
/** A small submission with six EX-99 documents. */
const submission = `${root}../shared/corpus/raw/submission/alabama-power-20050125-0000092122-05-000042.txt`;

/** Waits until the page has rendered the answer to the latest input; returns its timings. */
async function rendered(page: Page): Promise<{ parseMs: number; renderMs: number; totalMs: number }> {
  await page.waitForFunction(() => {
    const state = document.getElementById('status')?.getAttribute('data-state');
    return state === 'done' || state === 'error';
  });
  return page.$eval('#status', (s) => {
    if (s.getAttribute('data-state') !== 'done') throw new Error(`playground: ${s.textContent}`);
    return { parseMs: Number(s.getAttribute('data-parse-ms')), renderMs: Number(s.getAttribute('data-render-ms')), totalMs: Number(s.getAttribute('data-total-ms')) };
  });
}

/** Drops a file on the page as a user would: a `drop` event whose DataTransfer holds it. */
async function drop(page: Page, bytes: Uint8Array, name: string): Promise<{ parseMs: number; renderMs: number; totalMs: number }> {
  await page.evaluate(() => document.getElementById('status')?.removeAttribute('data-state'));
  await page.evaluate(
    (data: string, fileName: string) => {
      const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([raw], fileName));
      // Tasks from here on are the page's own (decoding the base64 above is the test's).
      (window as unknown as { droppedAt: number }).droppedAt = performance.now();
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    Buffer.from(bytes).toString('base64'),
    name,
  );
  return rendered(page);
}

/** The summary panel as shown: each field's text. */
async function shownSummary(page: Page): Promise<Record<string, string>> {
  const entries = await page.$$eval('#summary .sum-entry', (els) => els.map((el) => [el.getAttribute('data-field') ?? '', el.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(entries);
}

/** How the summary panel shows a summary: strings as they are, the rest as indented JSON. */
function asShown(summary: object): Record<string, string> {
  return Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v, null, 2)]));
}

const chromium = findChromium();
if (!chromium && !process.env['CI']) console.warn('playground test skipped: no chromium on PATH (set CHROMIUM_PATH, or apt-get install chromium)');

describe.runIf(chromium || process.env['CI'])('the playground in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url = '';
  let out = '';
  const errors: string[] = [];

  beforeAll(async () => {
    if (!chromium) throw new Error('CI: chromium is missing (.ci/run installs it)');
    out = await buildPlayground(mkdtempSync(join(tmpdir(), 'sec-exhibit-playground-')));
    ({ server, url } = await servePlayground(out));
    browser = await launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    rmSync(shots, { recursive: true, force: true }); // This run's screenshots only.
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('loads the seed: the summary shows its dateline and ticker', async () => {
    await page.evaluate(() => document.getElementById('status')?.removeAttribute('data-state'));
    await page.click('[data-sample="seed"]');
    await rendered(page);
    const summary = await shownSummary(page);
    const expected = summarize(parse(readFileSync(seedPath)));
    expect(JSON.parse(summary['dateline'] ?? '')).toMatchObject({ city: 'JAMESTOWN', region: 'NY', date: '2004-10-13' });
    expect(JSON.parse(summary['tickers'] ?? '')).toEqual([{ exchange: 'NASDAQ', symbol: 'ALGI' }]);
    expect(summary).toEqual(asShown(expected));
    await page.screenshot({ path: `${shots}/1-seed.png` });
  });

  it('clicking the headline in the source selects the headline node in the tree, the summary and the details', async () => {
    await page.click('#source .seg[title="headline"]');
    await page.waitForSelector('#tree .tree-row.selected');
    const row = await page.$eval('#tree .tree-row.selected', (el) => ({ type: el.querySelector('.type')?.textContent, aria: el.getAttribute('aria-selected') }));
    expect(row).toEqual({ type: 'headline', aria: 'true' });
    expect(await page.$eval('#summary .sum-entry.selected', (el) => el.getAttribute('data-field'))).toBe('headline');
    expect(await page.$eval('#details', (el) => el.textContent)).toMatch(/Why: its block was read as headline/);
    await page.screenshot({ path: `${shots}/2-headline-selected.png` });
  });

  it('links hover: a tree row outlines its span in the source, a summary field its node in the tree', async () => {
    await page.hover('#tree .tree-row[data-node] .type:not(:empty)');
    const hoveredRow = await page.$eval('#tree .tree-row.hovered', (el) => Number(el.getAttribute('data-node')));
    expect(await page.$$eval('#source .in-hov', (spans) => spans.length)).toBeGreaterThan(0);
    await page.hover('#summary .sum-entry[data-field="dateline"] dd');
    const hovered = await page.$eval('#tree .tree-row.hovered .type', (el) => el.textContent);
    expect(hovered).toBe('dateline');
    expect(await page.$$eval('#source .in-hov', (spans) => spans.map((s) => s.getAttribute('title')))).toContain('dateline');
    expect(hoveredRow).toBeGreaterThanOrEqual(0);
    await page.mouse.move(0, 0);
  });

  it('moves through the tree with the keyboard', async () => {
    await page.focus('#tree');
    await page.keyboard.press('ArrowDown');
    const next = await page.$eval('#tree .tree-row.selected .type', (el) => el.textContent);
    expect(next).not.toBe('headline');
    await page.keyboard.press('ArrowUp');
    expect(await page.$eval('#tree .tree-row.selected .type', (el) => el.textContent)).toBe('headline');
  });

  it('reads a dropped HTML exhibit: its summary is Node’s', async () => {
    const html = readFileSync(htmlPath);
    await drop(page, new Uint8Array(html), 'workiva-divs.html');
    expect(await page.$eval('#status', (el) => el.textContent)).toMatch(/^html, utf-8/);
    expect(await shownSummary(page)).toEqual(asShown(read(new Uint8Array(html)).exhibits[0]?.summary ?? {}));
    await page.screenshot({ path: `${shots}/3-html-dropped.png` });
  });

  it('lists warnings with their positions and jumps to them; the explain view selects a block', async () => {
    await page.evaluate(() => document.getElementById('status')?.removeAttribute('data-state'));
    await page.click('[data-sample="cedar"]');
    await rendered(page);
    expect(await page.$eval('#status', (el) => el.textContent)).toMatch(/^sgml, utf-8/);
    const warning = await page.$eval('#warnings li', (el) => el.textContent ?? '');
    expect(warning).toMatch(/^\d+:\d+ dateline-without-wire: /);
    await page.click('#warnings li button');
    expect(await page.$eval('#tree .tree-row.selected .type', (el) => el.textContent)).toBe('dateline');
    await page.click('#explain-section > summary');
    await page.waitForSelector('#explain > ul > li');
    const headline = await page.$$eval('#explain > ul > li', (items) => items.findIndex((li) => li.querySelector('.seg')?.textContent === 'headline'));
    expect(headline).toBeGreaterThanOrEqual(0);
    await page.click(`#explain > ul > li:nth-child(${headline + 1}) > button`);
    expect(await page.$eval('#tree .tree-row.selected .type', (el) => el.textContent)).toBe('headline');
    await page.screenshot({ path: `${shots}/4-warnings-explain.png` });
  });

  it('downloads the summary, the tree, the format text and the Markdown as Node gives them', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'sec-exhibit-downloads-'));
    try {
      const session = await page.createCDPSession();
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      const exhibit = read(readFileSync(`${root}playground/samples/cedar-sgml.txt`, 'utf8')).exhibits[0];
      if (!exhibit) throw new Error('the cedar sample has no exhibit');
      const expected: Record<string, string> = {
        'summary.json': JSON.stringify(exhibit.summary, null, 2),
        'tree.json': JSON.stringify(exhibit.tree, null, 2),
        'exhibit.txt': format(exhibit.tree),
        'exhibit.md': toMarkdown(exhibit.tree),
      };
      for (const output of ['summary', 'tree', 'format', 'markdown']) await page.click(`#outputs button[data-output="${output}"]`);
      const files = Object.keys(expected);
      for (let tries = 0; tries < 100 && !files.every((f) => existsSync(join(downloads, f))); tries++) await new Promise((r) => setTimeout(r, 100));
      for (const file of files) expect(readFileSync(join(downloads, file), 'utf8'), file).toBe(expected[file]);
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  });

  it('decodes Windows-1252 bytes as the library does', async () => {
    const bytes = readFileSync(`${root}fixtures/edge/windows-1252-punctuation.txt`);
    await drop(page, new Uint8Array(bytes), 'windows-1252-punctuation.txt');
    expect(await page.$eval('#status', (el) => el.textContent)).toMatch(/^exhibit, windows-1252/);
    expect(await shownSummary(page)).toEqual(asShown(summarize(parse(bytes))));
  });

  it.runIf(existsSync(submission))('reads a dropped submission: one entry per exhibit, each with its own summary', async () => {
    const bytes = readFileSync(submission);
    await drop(page, new Uint8Array(bytes), 'submission.txt');
    const exhibits = read(new Uint8Array(bytes)).exhibits;
    expect(exhibits.length).toBeGreaterThan(1);
    expect(await page.$eval('#exhibit', (el) => ({ hidden: (el as HTMLSelectElement).hidden, options: (el as HTMLSelectElement).options.length }))).toEqual({ hidden: false, options: exhibits.length });
    await page.select('#exhibit', '1');
    expect(await shownSummary(page)).toEqual(asShown(exhibits[1]?.summary ?? {}));
  });

  it.runIf(existsSync(devCorpus))('renders the largest corpus text exhibit and a 300 KB input, building only the rows in view', async () => {
    const largest = readdirSync(devCorpus)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ f, size: statSync(join(devCorpus, f)).size }))
      .sort((a, b) => b.size - a.size)[0];
    if (!largest) throw new Error('no text exhibit in ../shared/corpus/dev');
    const bytes = readFileSync(join(devCorpus, largest.f));
    const timing = await drop(page, new Uint8Array(bytes), largest.f);
    console.log(`playground: ${largest.f} (${bytes.length} bytes): read ${timing.parseMs} ms in the worker, views built in ${timing.renderMs} ms, on screen ${timing.totalMs} ms after the drop`);
    expect(await shownSummary(page)).toEqual(asShown(summarize(parse(bytes))));
    await page.screenshot({ path: `${shots}/5-largest-dev.png` });

    // 300 KB: the same exhibit's body repeated; views build only the rows in view.
    const big = Buffer.concat(Array.from({ length: Math.ceil(300_000 / bytes.length) }, () => bytes));
    // The longest task on the page's thread after the drop: how long the page could not answer.
    await page.evaluate(() => {
      const w = window as unknown as { longestTask: number; droppedAt: number };
      w.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.startTime >= w.droppedAt) w.longestTask = Math.max(w.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const bigTiming = await drop(page, new Uint8Array(big), 'big.txt');
    const longestTask = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    console.log(`playground: 300 KB input (${big.length} bytes): read ${bigTiming.parseMs} ms in the worker, views built in ${bigTiming.renderMs} ms, on screen ${bigTiming.totalMs} ms after the drop; ${longestTask ? `longest task on the page's thread ${longestTask.toFixed(0)} ms` : 'no task on the page\'s thread over 50 ms (the long-task threshold)'}`);
    const lines = big.toString('latin1').split('\n').length;
    const built = await page.$$eval('#source .src-row', (rows) => rows.length);
    expect(lines).toBeGreaterThan(3000);
    expect(built).toBeLessThan(200);
    expect(await page.$$eval('#tree .tree-row', (rows) => rows.length)).toBeLessThan(200);
  });

  it('says what is wrong with input that has no text, and keeps the page usable', async () => {
    await page.evaluate(() => document.getElementById('status')?.removeAttribute('data-state'));
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array([0, 1, 2, 0, 255, 0])], 'binary.bin'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.getElementById('status')?.getAttribute('data-state') === 'error');
    expect(await page.$eval('#status', (el) => el.textContent)).toMatch(/^ReadError: /);
    expect(await page.$$eval('#source .src-row', (rows) => rows.length)).toBe(0);
  });

  it('is readable in dark mode', async () => {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.evaluate(() => document.getElementById('status')?.removeAttribute('data-state'));
    await page.click('[data-sample="northwind"]');
    await rendered(page);
    await page.click('#source .seg[title="dateline"]');
    const background = await page.$eval('body', (el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(22, 23, 26)');
    await page.screenshot({ path: `${shots}/6-dark.png` });
    expect(errors).toEqual([]);
  });
});
