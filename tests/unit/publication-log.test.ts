// The publication log and withdrawn versions, on the multi-version fixture: every event of the
// register's life, dated, in order; a withdrawn version never comes into force.
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { loadContent } from '#content/load.ts';
import { publicationLog } from '#domain/publication-log.ts';
import { decreeInForce, formerPeriodStarts, inForcePeriods, orderedDecrees, versionNeighbours, versionStatus } from '#domain/register.ts';
import { publicationLogAtom } from '#publish/open-data.ts';
import type { Decree } from '#domain/schema/index.ts';
import { REPO } from '../helpers/content.ts';

const tree = loadContent(`${REPO}/tests/fixtures/versions/content`);
const decrees = orderedDecrees(tree.decrees.filter((d) => d.decree).map((d) => ({ id: d.id, data: d.decree!.data })));
const chain = decrees.map((d) => ({ id: d.id, decree: d.data }));
const TODAY = '2026-11-21';
const withDecree = (id: string, patch: Partial<Decree>) =>
  chain.map((d) => (d.id === id ? { id: d.id, decree: { ...d.decree, ...patch } } : d));

describe('publication log', () => {
  it('lists each version established, in force and superseded, on its day, oldest first', () => {
    expect(publicationLog(chain, TODAY).map((e) => [e.day, e.kind, e.versionId, e.byId ?? null])).toEqual([
      ['2025-03-31', 'established', 'dik-2025-03', null], // "Maret 2025": surely signed by the month's end
      ['2025-03-31', 'in-force', 'dik-2025-03', null],
      ['2025-09-01', 'established', 'fiktif-2025-09', null],
      ['2025-09-15', 'superseded', 'dik-2025-03', 'fiktif-2025-09'],
      ['2025-09-15', 'in-force', 'fiktif-2025-09', null],
      ['2026-06-15', 'superseded', 'fiktif-2025-09', 'fiktif-2026-06'],
      ['2026-06-15', 'established', 'fiktif-2026-06', null],
      ['2026-06-15', 'in-force', 'fiktif-2026-06', null],
      // Signed, in force only from 2099: nothing more is logged until that day.
      ['2026-11-20', 'established', 'fiktif-2099-01', null],
    ]);
  });

  it('logs nothing from after today', () => {
    expect(publicationLog(chain, '2025-09-14').map((e) => e.kind)).toEqual(['established', 'in-force', 'established']);
    expect(
      publicationLog(chain, '2099-01-02')
        .slice(-2)
        .map((e) => [e.kind, e.versionId]),
    ).toEqual([
      ['superseded', 'fiktif-2026-06'],
      ['in-force', 'fiktif-2099-01'],
    ]);
  });

  it('logs each correction, and a withdrawal instead of a day in force that never comes', () => {
    const edited = withDecree('fiktif-2099-01', {
      corrections: [{ date: '2026-11-21', note: 'Tanggal berlaku pada halaman salah ketik.' }],
      withdrawn: { date: '2026-11-21', reason: 'Dicabut sebelum berlaku.' },
    });
    const log = publicationLog(edited, '2099-06-01');
    expect(log.filter((e) => e.versionId === 'fiktif-2099-01').map((e) => [e.day, e.kind, e.note ?? null])).toEqual([
      ['2026-11-20', 'established', null],
      ['2026-11-21', 'corrected', 'Tanggal berlaku pada halaman salah ketik.'],
      ['2026-11-21', 'withdrawn', 'Dicabut sebelum berlaku.'],
    ]);
    // fiktif-2026-06 stays in force: nothing supersedes it.
    expect(log.some((e) => e.kind === 'superseded' && e.versionId === 'fiktif-2026-06')).toBe(false);
  });

  it('a withdrawn version is never in force, is pending only until withdrawn, and has its own status', () => {
    const edited = withDecree('fiktif-2099-01', { withdrawn: { date: '2026-12-01', reason: 'Dicabut.' } });
    expect(decreeInForce(edited, '2099-06-01')?.id).toBe('fiktif-2026-06');
    const periods = inForcePeriods(edited, '2099-06-01');
    expect(periods.at(-1)).toMatchObject({ from: '2026-06-15', to: null, versionId: 'fiktif-2026-06', pending: [] });
    expect(inForcePeriods(edited, '2026-11-30').at(-1)!.pending).toEqual(['fiktif-2099-01']);
    expect(versionStatus(3, 2, edited[3]!.decree, '2026-11-30')).toBe('future');
    expect(versionStatus(3, 2, edited[3]!.decree, '2026-12-01')).toBe('withdrawn');
    // Its day in force began a period until then: that address keeps a meaning.
    expect(formerPeriodStarts(chain, inForcePeriods(chain, '2026-11-21'))).toEqual([]);
    expect(formerPeriodStarts(edited, periods)).toEqual([{ day: '2099-01-02', decreeIds: ['fiktif-2099-01'] }]);
  });

  it('a version withdrawn in the middle replaces nothing: its neighbours pass over it', () => {
    const edited = withDecree('fiktif-2025-09', { withdrawn: { date: '2025-09-10', reason: 'Dicabut.' } });
    expect(versionNeighbours(edited)).toEqual([
      { previousId: null, nextId: 'fiktif-2026-06' },
      { previousId: 'dik-2025-03', nextId: null },
      { previousId: 'dik-2025-03', nextId: 'fiktif-2099-01' },
      { previousId: 'fiktif-2026-06', nextId: null },
    ]);
    // The log agrees: the first version is superseded by the third, on its day.
    expect(publicationLog(edited, TODAY).find((e) => e.kind === 'superseded' && e.versionId === 'dik-2025-03')).toMatchObject({
      day: '2026-06-15',
      byId: 'fiktif-2026-06',
    });
  });

  it('as Atom: newest first, one entry per event, each id stable and unique, valid dates', () => {
    const xml = publicationLogAtom({
      siteUrl: 'https://ppid.example.go.id/',
      base: '/dik-situs',
      bodyName: 'Badan Fiktif',
      decrees,
      today: TODAY,
    });
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(xml).feed;
    const entries = feed.entry as { id: string; updated: string; category: { '@_term': string }; title: string }[];
    expect(entries).toHaveLength(9);
    expect(new Set(entries.map((e) => e.id)).size).toBe(9);
    expect(entries[0]!.id).toBe('https://ppid.example.go.id/dik-situs/versi/fiktif-2099-01/#established');
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
    for (const e of entries) expect(Date.parse(e.updated), e.updated).not.toBeNaN();
    expect(feed.updated).toBe(entries[0]!.updated);
    expect(entries.find((e) => e.category['@_term'] === 'superseded')!.title).toMatch(/^Digantikan: /);
  });
});
