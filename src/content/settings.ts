// Every PPID_* setting, read in one place and checked once. The build (astro.config.mjs),
// the pages (through the build's data, src/build/integrations.ts), the command-line tools and
// the tests all take their values from here, so a fixture or a benchmark tree builds exactly
// like the shipped one, and a mistyped value is named with its variable before anything runs.
import { isAbsolute, resolve } from 'node:path';
import { todayIn } from '#domain/dates.ts';
import { isoDate } from '#domain/schema/index.ts';
import { SETTINGS } from '#domain/strings.ts';

export type Env = Record<string, string | undefined>;

export interface Settings {
  /** PPID_CONTENT: where the register lives (default `content/`), as an absolute path. */
  contentRoot: string;
  /** PPID_CATALOGUE: the catalogue's folder (default `katalog/`), as an absolute path. */
  catalogueRoot: string;
  /** PPID_SITE: the public address, for the sitemap, the feed and open data. */
  site: string;
  /** PPID_BASE: the path the site is served under (e.g. "/ppid-dik" on GitHub Pages). */
  base: string;
  /** PPID_OUT_DIR: where the site is built. */
  outDir: string;
  /** PPID_CATALOGUE_OUT_DIR: where the catalogue site is built (default `dist-katalog`). */
  catalogueOutDir: string;
  /** PPID_CACHE_DIR: the build cache (archive PDFs by content hash among it). */
  cacheDir: string;
  /** PPID_PAGE_SIZE: items per page of every long list, for tests and demos; null: each list's own. */
  pageSize: number | null;
  /** PPID_TODAY: the date taken as today (reproducible builds and tests); null: the real date. */
  today: string | null;
  /**
   * PPID_REPOSITORY: the GitHub repository the site is built from ("owner/name"; the deploy
   * workflow sets it), so /verifikasi/ can say where the tags and attestations are; null: unknown.
   */
  repository: string | null;
}

/** A setting with a value that cannot be used; its message names the variable and the value. */
export class SettingError extends Error {}

const DEFAULT_SITE = 'http://127.0.0.1:4321';

/** Reads and checks the settings from `env`. Throws a SettingError naming a bad variable. */
export function readSettings(env: Env = process.env, cwd: string = process.cwd()): Settings {
  const value = (name: string) => (env[name] === '' ? undefined : env[name]);
  const content = value('PPID_CONTENT') ?? 'content';
  return {
    contentRoot: isAbsolute(content) ? content : resolve(cwd, content),
    catalogueRoot: resolve(cwd, value('PPID_CATALOGUE') ?? 'katalog'),
    site: siteUrl(value('PPID_SITE')),
    base: basePath(value('PPID_BASE')),
    outDir: value('PPID_OUT_DIR') ?? 'dist',
    catalogueOutDir: value('PPID_CATALOGUE_OUT_DIR') ?? 'dist-katalog',
    cacheDir: value('PPID_CACHE_DIR') ?? './node_modules/.astro',
    pageSize: pageSizeSetting(value('PPID_PAGE_SIZE')),
    today: todaySetting(value('PPID_TODAY')),
    repository: repositorySetting(value('PPID_REPOSITORY')),
  };
}

function siteUrl(v: string | undefined): string {
  if (v === undefined) return DEFAULT_SITE;
  if (!/^https?:\/\//.test(v) || !URL.canParse(v)) throw new SettingError(SETTINGS.site(v));
  return v;
}

function basePath(v: string | undefined): string {
  if (v === undefined) return '/';
  if (/[\s?#]/.test(v)) throw new SettingError(SETTINGS.base(v));
  // "ppid-dik" means "/ppid-dik", as Astro reads it.
  return v.startsWith('/') ? v : `/${v}`;
}

function pageSizeSetting(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new SettingError(SETTINGS.pageSize(v));
  return n;
}

function todaySetting(v: string | undefined): string | null {
  if (v === undefined) return null;
  if (!isoDate.safeParse(v).success) throw new SettingError(SETTINGS.today(v));
  return v;
}

function repositorySetting(v: string | undefined): string | null {
  if (v === undefined) return null;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(v)) throw new SettingError(SETTINGS.repository(v));
  return v;
}

let cached: Settings | null = null;

/** This process's settings, read once. */
/** PPID_DEBUG=1: a command that fails unexpectedly prints its stack trace, for whoever debugs it. */
export function debugRequested(env: Env = process.env): boolean {
  return Boolean(env['PPID_DEBUG']);
}

export function settings(): Settings {
  cached ??= readSettings();
  return cached;
}

/**
 * This process's settings, or `refuse(message)` with the bad one's message: a person's
 * mistake, said in one line, never a stack trace. The build and the CLIs refuse differently.
 */
export function settingsOr(refuse: (message: string) => never): Settings {
  try {
    return settings();
  } catch (e) {
    if (!(e instanceof SettingError)) throw e;
    return refuse(e.message);
  }
}

/** The content root: PPID_CONTENT, default `content/`. */
export function contentRoot(): string {
  return settings().contentRoot;
}

/**
 * Today, as every part of the project counts it: PPID_TODAY when set, otherwise the calendar
 * date in the public body's time zone (Indonesia has three; a body in Kupang is on WITA).
 */
export function today(timeZone: string | undefined): string {
  return settings().today ?? todayIn(timeZone ?? 'Asia/Jakarta');
}
