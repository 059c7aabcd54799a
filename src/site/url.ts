// Site-relative links with the deployment base (PPID_BASE, e.g. "/ppid-dik" on GitHub Pages).
/** The deployment base without its trailing slash ("" at the root), as the data files prefix it. */
export const siteBase = import.meta.env.BASE_URL.replace(/\/$/, '');

export function url(path: string): string {
  return `${siteBase}${path}`;
}
