/**
 * Where Chromium is and how it is started (Debian's /usr/bin/chromium; DESIGN.md §2).
 */
import { existsSync } from 'node:fs';

/** Default Chromium binary: `$CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export const DEFAULT_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless Chromium (no background network, no updates, no sync). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** True when the Chromium binary exists. */
export function chromiumAvailable(path: string = DEFAULT_CHROMIUM_PATH): boolean {
  return existsSync(path);
}
