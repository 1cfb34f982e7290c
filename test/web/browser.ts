/** Headless Debian Chromium for the explorer tests (CI installs it with apt-get install chromium). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // SwiftShader gives sigma a WebGL context on machines without a GPU.
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** A page with what it printed: console errors, uncaught exceptions and dialogs (a hostile corpus must cause none). */
export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** Opens the explorer at `url`, watching for errors and dialogs, once its state is up (`window.comention`). */
export async function openWatchedPage(browser: Browser, url: string, viewport = { width: 1400, height: 860 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => 'comention' in window);
  return { page, errors, dialogs };
}
