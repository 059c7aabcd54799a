// What the build hands the pages (src/build/integrations.ts, BuildData).
declare module 'virtual:ppid-dik/build' {
  /** Where the build has written every version's files; null in `astro dev`. */
  export const publishedDir: string | null;
  /** The day the build's check counted as today; null in `astro dev`. */
  export const today: string | null;
}
