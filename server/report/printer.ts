/**
 * Prints the explorer's report page (client/report.html) to PDF in one headless Chromium, so
 * the PDF and the page share one drawing code. The browser starts on the first print and is
 * kept; prints run one at a time behind a short waiting list, so a flood of requests cannot
 * start many pages, and each print has a deadline after which its page is closed.
 *
 * The browser dies with the server: playwright's own signal handlers are off (they would exit
 * the process before main.ts has stopped Neo4j), `close()` ends it on a clean stop, playwright
 * kills it on `process.exit`, and Chromium ends itself when its pipe to a killed server closes.
 */
import { accessSync, constants } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

/** Why a print did not give a PDF; the route turns the kind into a status. */
export type PrintFailureKind = 'unavailable' | 'busy' | 'failed' | 'timeout';

export class PrintFailure extends Error {
  constructor(
    readonly kind: PrintFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'PrintFailure';
  }
}

export interface PrintRequest {
  /** Path and query of the report page on this server: `/report.html?region=…`. */
  readonly page: string;
  /** The caller's Authorization header: the page reads what the caller may read. */
  readonly authorization: string | undefined;
  /** The footer's language. */
  readonly language: 'nl' | 'en';
}

export interface PrinterOptions {
  readonly chromiumPath: string;
  /** Where this server listens, as the browser reaches it; known once it listens. */
  readonly selfUrl: () => string;
  /** Prints that may wait behind the running one; more are refused as busy. */
  readonly maxWaiting?: number;
  /** How long one print may take, page load included. */
  readonly timeoutMs?: number;
}

const FOOTERS = {
  nl: 'pagina <span class="pageNumber"></span> van <span class="totalPages"></span>',
  en: 'page <span class="pageNumber"></span> of <span class="totalPages"></span>',
} as const;

/** Software WebGL, as the e2e tests use: the map is drawn by sigma on a WebGL canvas. */
const CHROMIUM_ARGUMENTS = ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run', '--disable-background-networking'];

const STOPPING = 'The server is stopping; no reports are printed.';

/** The longest part of a failed page's text that goes into an error. */
const MAX_SENTENCE = 400;

/** What to do when there is no Chromium; the route adds where the HTML report is. */
const INSTALL_CHROMIUM = "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH";

export class ReportPrinter {
  private browser: Promise<Browser> | undefined;
  /** The running print and those waiting behind it, chained so one runs at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private closed = false;
  private readonly maxWaiting: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PrinterOptions) {
    this.maxWaiting = options.maxWaiting ?? 8;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** Whether Chromium is where the settings say, without starting it. */
  chromiumProblem(): string | undefined {
    try {
      accessSync(this.options.chromiumPath, constants.X_OK);
      return undefined;
    } catch {
      return `No Chromium at ${this.options.chromiumPath}. ${INSTALL_CHROMIUM}.`;
    }
  }

  /** The whole PDF, or a PrintFailure; nothing is sent before the buffer is complete. */
  async print(request: PrintRequest): Promise<Buffer> {
    if (this.closed) throw new PrintFailure('unavailable', STOPPING);
    if (this.pending > this.maxWaiting) {
      throw new PrintFailure('busy', `${String(this.pending)} reports are being printed or waiting; try again in a minute.`);
    }
    this.pending += 1;
    const turn = this.queue.then(() => this.printNow(request));
    this.queue = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.pending -= 1;
    }
  }

  /**
   * Ends the browser, if one was started. A print under way fails; its caller's connection is
   * being closed with the server anyway, and the waiting ones find the printer closed.
   */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    await (await browser?.catch(() => undefined))?.close();
  }

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new PrintFailure('unavailable', STOPPING));
    const problem = this.chromiumProblem();
    if (problem !== undefined) return Promise.reject(new PrintFailure('unavailable', problem));
    this.browser ??= chromium
      .launch({
        executablePath: this.options.chromiumPath,
        headless: true,
        args: CHROMIUM_ARGUMENTS,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      })
      .then((browser) => {
        // A browser that crashed is started again on the next print.
        browser.on('disconnected', () => {
          if (this.browser !== undefined && !this.closed) this.browser = undefined;
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = undefined;
        throw new PrintFailure('unavailable', `Chromium at ${this.options.chromiumPath} did not start (${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}). ${INSTALL_CHROMIUM}.`);
      });
    return this.browser;
  }

  private async printNow(request: PrintRequest): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({
      extraHTTPHeaders: request.authorization === undefined ? {} : { authorization: request.authorization },
    });
    const deadline = { passed: false };
    const timer = setTimeout(() => {
      deadline.passed = true;
      void context.close().catch(() => undefined);
    }, this.timeoutMs);
    try {
      const page = await context.newPage();
      // The deadline above closes the page; playwright's own waits only back it up.
      page.setDefaultTimeout(this.timeoutMs + 5_000);
      const url = new URL(request.page, this.options.selfUrl()).toString();
      const response = await page.goto(url);
      if (!response?.ok()) {
        throw new PrintFailure('failed', `The report page ${request.page.split('?')[0] ?? ''} answered ${String(response?.status() ?? 'nothing')}; build the explorer (npm run build:client).`);
      }
      await page.waitForSelector('html[data-report="ready"], html[data-report="failed"]', { state: 'attached' });
      if ((await page.getAttribute('html', 'data-report')) === 'failed') {
        const sentence = (await page.locator('body').innerText()).trim().replace(/\s+/g, ' ').slice(0, MAX_SENTENCE);
        throw new PrintFailure('failed', sentence === '' ? 'The report page failed without saying why.' : sentence);
      }
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="width:100%;font-size:8pt;text-align:center;color:#555">${FOOTERS[request.language]}</div>`,
        margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
      });
      return pdf;
    } catch (error) {
      if (deadline.passed) throw new PrintFailure('timeout', `The report was not ready within ${String(this.timeoutMs / 1000)} s.`);
      throw error;
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  }
}
