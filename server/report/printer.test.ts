/**
 * The printer against small pages served here, in Debian's Chromium: the PDF it makes, a page
 * that fails, one that never gets ready, a missing Chromium and a full waiting list.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readConfig } from '../config';
import { PrintFailure, ReportPrinter } from './printer';

/** Pages by path; `/slow.html` gets ready after a second, `/never.html` never. */
const PAGES: Readonly<Record<string, string>> = {
  '/ready.html': '<!doctype html><html><body><h1>Rapport Twente</h1><script>document.documentElement.dataset.report = "ready"</script></body></html>',
  '/failed.html': '<!doctype html><html><body><p>Onbekende regio "atlantis".</p><script>document.documentElement.dataset.report = "failed"</script></body></html>',
  '/slow.html': '<!doctype html><html><body><p>Langzaam</p><script>setTimeout(() => { document.documentElement.dataset.report = "ready" }, 1000)</script></body></html>',
  '/never.html': '<!doctype html><html><body><p>Nooit klaar</p></body></html>',
  '/authorization.html':
    '<!doctype html><html><body><p id="who"></p><script>fetch("/whoami").then((r) => r.text()).then((t) => { document.getElementById("who").textContent = t; document.documentElement.dataset.report = "ready" })</script></body></html>',
};

let server: Server;
let selfUrl = '';
const chromiumPath = readConfig({}).chromiumPath;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/whoami') {
      response.end(`header ${request.headers.authorization ?? 'none'}`);
      return;
    }
    const page = PAGES[request.url ?? ''];
    response.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  selfUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const pdfText = (pdf: Buffer): string => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });

const failureOf = async (promise: Promise<unknown>): Promise<PrintFailure> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PrintFailure) return error;
    throw error;
  }
  throw new Error('the print did not fail');
};

// Chromium's start and a deadline waited out take more than vitest's 5 s on a busy machine.
describe('ReportPrinter', { timeout: 30_000 }, () => {
  it('prints a ready page to an A4 PDF with the page number in the chosen language, sending the caller\'s Authorization', async () => {
    const printer = new ReportPrinter({ chromiumPath, selfUrl: () => selfUrl });
    try {
      const dutch = await printer.print({ page: '/ready.html', authorization: undefined, language: 'nl' });
      expect(dutch.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(dutch);
      expect(text).toContain('Rapport Twente');
      expect(text).toContain('pagina 1 van 1');
      const info = execFileSync('pdfinfo', ['-'], { input: dutch, encoding: 'utf8' });
      // A4 is 595 × 842 points.
      expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);

      const english = pdfText(await printer.print({ page: '/authorization.html', authorization: 'Bearer abc', language: 'en' }));
      expect(english).toContain('page 1 of 1');
      expect(english).toContain('header Bearer abc');
    } finally {
      await printer.close();
    }
    const afterClose = await failureOf(printer.print({ page: '/ready.html', authorization: undefined, language: 'nl' }));
    expect(afterClose.kind).toBe('unavailable');
    expect(afterClose.message).toBe('The server is stopping; no reports are printed.');
  });

  it("refuses a page that failed with the page's sentence, and one that never gets ready after the deadline", async () => {
    const printer = new ReportPrinter({ chromiumPath, selfUrl: () => selfUrl, timeoutMs: 2_000 });
    try {
      const failed = await failureOf(printer.print({ page: '/failed.html', authorization: undefined, language: 'nl' }));
      expect(failed.kind).toBe('failed');
      expect(failed.message).toContain('Onbekende regio "atlantis".');

      const missing = await failureOf(printer.print({ page: '/report.html', authorization: undefined, language: 'nl' }));
      expect(missing.kind).toBe('failed');
      expect(missing.message).toContain('answered 404');

      const never = await failureOf(printer.print({ page: '/never.html', authorization: undefined, language: 'nl' }));
      expect(never.kind).toBe('timeout');
      expect(never.message).toContain('not ready within 2 s');

      // The browser is still usable after a timeout closed its page.
      expect(pdfText(await printer.print({ page: '/ready.html', authorization: undefined, language: 'nl' }))).toContain('Rapport Twente');
    } finally {
      await printer.close();
    }
  });

  it('prints one at a time and refuses beyond the waiting list as busy', async () => {
    const printer = new ReportPrinter({ chromiumPath, selfUrl: () => selfUrl, maxWaiting: 1 });
    try {
      const request = { page: '/slow.html', authorization: undefined, language: 'nl' } as const;
      const first = printer.print(request);
      const second = printer.print(request);
      const third = await failureOf(printer.print(request));
      expect(third.kind).toBe('busy');
      expect(third.message).toContain('try again');
      expect(pdfText(await first)).toContain('Langzaam');
      expect(pdfText(await second)).toContain('Langzaam');
    } finally {
      await printer.close();
    }
  });

  it('says what to install when there is no Chromium', async () => {
    const printer = new ReportPrinter({ chromiumPath: '/nonexistent/chromium', selfUrl: () => selfUrl });
    const failure = await failureOf(printer.print({ page: '/ready.html', authorization: undefined, language: 'nl' }));
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).toBe("No Chromium at /nonexistent/chromium. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.");
    await printer.close();
  });
});
