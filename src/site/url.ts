// Site-relative links with the deployment base (PPID_BASE, e.g. "/ppid-dik" on GitHub Pages).
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function url(path: string): string {
  return `${base}${path}`;
}
