import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it from reaching for the
 * network (this machine has none but the registries) and let it run as root in CI.
 */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
