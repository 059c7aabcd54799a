// Where a file stops being UTF-8. A decoder would put U+FFFD in place of the bad bytes and
// go on, changing the text without a word; content and imported tables are refused instead,
// with the line and the byte, so the editor can save the file as UTF-8.

export interface BadUtf8 {
  /** 0-based byte offset of the first byte that is no UTF-8. */
  offset: number;
  /** 1-based line of that byte. */
  line: number;
}

/** null when `bytes` is valid UTF-8 (WHATWG rules: no overlongs, no surrogates, ≤ U+10FFFF). */
export function badUtf8(bytes: Uint8Array): BadUtf8 | null {
  let i = 0;
  let line = 1;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return { offset: i, line };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? lower : 0x80;
      const hi = k === 1 ? upper : 0xbf;
      if (c === undefined || c < lo || c > hi) return { offset: i, line };
    }
    i += need + 1;
  }
  return null;
}
