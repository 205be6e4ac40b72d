/**
 * Accessibility checks with axe-core in the page under test: the WCAG 2 A and AA rules on a
 * part of the page. axe's source is evaluated through the browser's debugging protocol, so no
 * script tag is added to the app's page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeWindow {
  readonly axe?: {
    run(context: string, options: { runOnly: { type: 'tag'; values: string[] } }): Promise<{
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
    }>;
  };
}

/** The WCAG 2 A/AA violations inside the element `selector`, one line each ("rule: help — targets"). */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => (globalThis as unknown as AxeWindow).axe !== undefined))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as AxeWindow).axe;
    if (axe === undefined) throw new Error('axe-core did not load');
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, selector);
}
