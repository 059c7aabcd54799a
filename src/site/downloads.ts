// A version's downloads as a reader wants them: the document first, then the signed scan,
// the data, and the files for checking.
import type { PublishedFileRef } from '#publish/versions.ts';

const ORDER = [/\.pdf$/, /^sk\.pdf$/, /\.csv$/, /^register\.json$/, /^manifest\.json$/, /^SHA256SUMS$/];

function rank(name: string): number {
  // The signed scan is a PDF too: it comes right after the archive.
  if (name === 'sk.pdf') return 1;
  const i = ORDER.findIndex((r) => r.test(name));
  return i < 0 ? ORDER.length : i;
}

export function orderedDownloads<F extends Pick<PublishedFileRef, 'name'>>(files: readonly F[]): F[] {
  return [...files].sort((a, b) => rank(a.name) - rank(b.name));
}

/** A SHA-256 in groups of 16 characters, where a phone's line may break (copying keeps it whole). */
export function hashGroups(hex: string): string[] {
  return hex.match(/.{1,16}/g) ?? [hex];
}
