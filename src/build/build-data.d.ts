// The module the pages import the build's data from; src/build/integrations.ts writes it.
declare module 'virtual:ppid-dik/build' {
  /** Where the build has written every version's files; null in `astro dev`, which makes them when a page asks. */
  export const publishedDir: import('./integrations.ts').BuildData['publishedDir'];
  /** The day the content check counted as today (the build log's "Tanggal acuan"), in `astro dev` too. */
  export const today: import('./integrations.ts').BuildData['today'];
  /** Every version's checked frozen register in the content, oldest first; null in `astro dev`. */
  export const registers: import('./integrations.ts').BuildData['registers'];
}
