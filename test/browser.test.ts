/// <reference lib="dom" />
/**
 * The main entry in a real browser: the esbuild bundle for browsers (dist/bundle/browser.mjs,
 * built by the global setup) loaded as an ES module in headless Chromium, driven by
 * puppeteer-core. In the page: parse, stringify and summarize the seed (as bytes) and read
 * an HTML exhibit; the round trip is exact and the answers equal Node's.
 *
 * Chromium is found on PATH (or CHROMIUM_PATH). Without it the test is skipped with a
 * one-line note — except in CI, where .ci/run installs it and its absence fails.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch, type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './helpers/chromium.js';
import { read, summarize, parse } from '../src/index.js';

const bundlePath = new URL('../dist/bundle/browser.mjs', import.meta.url);
const seed = new Uint8Array(readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url)));
const html = readFileSync(new URL('../fixtures/html/workiva-divs.html', import.meta.url), 'utf8');

/** A page that loads the bundle as a module and hands it to the test as `window.secExhibit`. */
const PAGE = `<!doctype html><title>sec-exhibit</title>
<script type="module">import * as lib from '/sec-exhibit.mjs'; window.secExhibit = lib;</script>`;

type Lib = typeof import('../src/index.js');

const chromium = findChromium();
if (!chromium && !process.env['CI']) console.warn('browser test skipped: no chromium on PATH (set CHROMIUM_PATH, or apt-get install chromium)');

describe('the bundle for browsers', () => {
  it('imports no node: module and no Buffer', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code).not.toMatch(/(?:from\s*|import\s*\(\s*)["']node:/);
    expect(code).not.toMatch(/\bBuffer\.(?:from|alloc|concat|isBuffer)\b/);
  });
});

describe.runIf(chromium || process.env['CI'])('in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  beforeAll(async () => {
    if (!chromium) throw new Error('CI: chromium is missing (.ci/run installs it)');
    const bundle = readFileSync(bundlePath);
    server = createServer((req, res) => {
      if (req.url === '/sec-exhibit.mjs') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('parses, stringifies and summarizes the seed bytes and reads an HTML exhibit', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'secExhibit' in window);
    const out = await page.evaluate(
      (bytes: number[], htmlText: string) => {
        const lib = (window as unknown as { secExhibit: Lib }).secExhibit;
        const input = new Uint8Array(bytes);
        const tree = lib.parse(input);
        const back = lib.stringifyBytes(tree);
        const read = lib.read(htmlText);
        return {
          exact: back.length === input.length && back.every((b, i) => b === input[i]),
          textExact: lib.stringify(lib.parse(lib.stringify(tree))) === lib.stringify(tree),
          summary: lib.summarize(tree),
          html: { kind: read.kind, format: read.exhibits[0]?.format, summary: read.exhibits[0]?.summary },
          userAgent: navigator.userAgent,
        };
      },
      Array.from(seed),
      html,
    );
    expect(errors).toEqual([]);
    expect(out.userAgent).toMatch(/Chrome/);
    expect(out.exact).toBe(true);
    expect(out.textExact).toBe(true);
    expect(out.summary).toEqual(summarize(parse(seed)));
    expect(out.html).toEqual({ kind: 'html', format: 'html', summary: read(html).exhibits[0]?.summary });
  });
});
