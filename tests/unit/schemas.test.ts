// Every schema accepts a valid value and rejects an invalid one, with the reason in the
// issue path. Valid values are the shipped content where it exists.
import { describe, expect, it } from 'vitest';
import { z as astroZ } from 'astro/zod';
import { z } from 'zod';
import {
  bodySchema,
  citationSchema,
  decreeSchema,
  exemptionSchema,
  holidaysSchema,
  lawSchema,
  periodSchema,
  registerSnapshotSchema,
  sopSchema,
  unitSchema,
  partialDate,
} from '#domain/schema/index.ts';
import { loadContent } from '#content/load.ts';
import { SHIPPED } from '../helpers/content.ts';

const tree = loadContent(SHIPPED);
const paths = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('schemas', () => {
  it('src/domain uses the same zod as astro/zod (one instance, no drift)', () => {
    expect(z.ZodObject).toBe(astroZ.ZodObject);
  });

  it('body', () => {
    expect(bodySchema.safeParse(tree.body!.data).success).toBe(true);
    expect(paths(bodySchema.safeParse({ name: 'X', email: 'bukan-email' }))).toEqual(['email']);
    expect(paths(bodySchema.safeParse({}))).toEqual(['name']);
  });

  it('law', () => {
    for (const l of tree.laws) expect(lawSchema.safeParse(l.data).success).toBe(true);
    expect(paths(lawSchema.safeParse({ kind: 'UU', number: '1', year: 1800, title: 'x', short: 'x' }))).toEqual(['year']);
    expect(
      paths(
        lawSchema.safeParse({
          kind: 'UU',
          number: '1',
          year: 2000,
          title: 'x',
          short: 'x',
          articles: [{ number: '17', letters: [{ letter: 'K', short: 'x' }] }],
        }),
      ),
    ).toEqual(['articles.0.letters.0.letter']);
  });

  it('unit', () => {
    expect(unitSchema.safeParse({ name: 'Bidang Perdagangan Luar Negeri (fiktif)' }).success).toBe(true);
    expect(paths(unitSchema.safeParse({ name: '' }))).toEqual(['name']);
    expect(paths(unitSchema.safeParse({ name: 'x', parent: 'Bukan Slug' }))).toEqual(['parent']);
  });

  it('citation', () => {
    expect(citationSchema.safeParse({ law: 'uu-14-2008', article: '17', letter: 'h', items: [3] }).success).toBe(true);
    expect(citationSchema.safeParse({ law: 'uu-11-2008' }).success).toBe(true);
    expect(paths(citationSchema.safeParse({ law: 'uu-14-2008', letter: 'h' }))).toEqual(['letter']);
    expect(paths(citationSchema.safeParse({ law: 'uu-14-2008', article: '17', items: [1] }))).toEqual(['items']);
    expect(paths(citationSchema.safeParse({ law: 'UU 14/2008' }))).toEqual(['law']);
  });

  it('period: every kind, and the ways each goes wrong', () => {
    const ok = [
      { kind: 'indefinite', text: 'Tidak terbatas' },
      { kind: 'duration', text: '5 tahun', years: 5, from: { kind: 'decree' } },
      { kind: 'duration', text: '6 bulan sejak 1 Januari 2025', months: 6, from: { kind: 'date', date: '2025-01-01' } },
      { kind: 'until-date', text: 'Sampai 31 Desember 2030', date: '2030-12-31' },
      { kind: 'until-event', text: 'Sampai dengan selesainya proses audit', event: 'selesainya proses audit' },
      { kind: 'until-consent', text: 'Apabila mendapat persetujuan pihak yang bersangkutan', party: 'pihak yang bersangkutan' },
      { kind: 'while', text: 'Selama masih dalam pelaksanaan', condition: 'masih dalam pelaksanaan' },
      { kind: 'unclear', text: 'Selama jangka waktu tertentu' },
      {
        kind: 'mixed',
        text: '5 tahun atau sampai selesai audit',
        parts: [
          { kind: 'duration', text: '5 tahun', years: 5, from: { kind: 'decree' } },
          { kind: 'until-event', text: 'sampai selesai audit', event: 'selesai audit' },
        ],
      },
    ];
    for (const p of ok) expect(periodSchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
    expect(paths(periodSchema.safeParse({ kind: 'duration', text: 'x', from: { kind: 'decree' } }))).toEqual(['years']);
    expect(paths(periodSchema.safeParse({ kind: 'until-date', text: 'x', date: '2030-13-01' }))).toEqual(['date']);
    expect(paths(periodSchema.safeParse({ kind: 'until-event', text: 'x' }))).toEqual(['event']);
    expect(paths(periodSchema.safeParse({ kind: 'mixed', text: 'x', parts: [{ kind: 'indefinite', text: 'x' }] }))).toEqual(['parts']);
    expect(paths(periodSchema.safeParse({ kind: 'indefinite', text: '   ' }))).toEqual(['text']);
  });

  it('exemption', () => {
    for (const e of tree.exemptions) expect(exemptionSchema.safeParse(e.data).success).toBe(true);
    const base = { order: 1, title: 'x', period: { kind: 'indefinite', text: 'Tidak terbatas' } };
    expect(exemptionSchema.safeParse(base).success).toBe(true);
    expect(paths(exemptionSchema.safeParse({ ...base, order: 0 }))).toEqual(['order']);
    expect(paths(exemptionSchema.safeParse({ ...base, unknown: 1 }))).toEqual(['']);
    expect(paths(exemptionSchema.safeParse({ ...base, period: undefined }))).toEqual(['period']);
  });

  it('decree and frozen register', () => {
    const d = tree.decrees[0]!;
    expect(decreeSchema.safeParse(d.decree!.data).success).toBe(true);
    expect(registerSnapshotSchema.safeParse(d.register!.data).success).toBe(true);
    expect(paths(decreeSchema.safeParse({ ...d.decree!.data, date: 'Maret 2025' }))).toEqual(['date']);
    expect(paths(decreeSchema.safeParse({ ...d.decree!.data, kind: 'keputusan' }))).toEqual(['kind']);
    expect(paths(decreeSchema.safeParse({ ...d.decree!.data, register: { sha256: 'abc' } }))).toEqual(['register.sha256']);
    expect(paths(registerSnapshotSchema.safeParse({ ...d.register!.data, format: 'v0' }))).toEqual(['format']);
  });

  it('partial dates allow month precision and nothing looser', () => {
    for (const v of ['2025-03', '2025-03-14']) expect(partialDate.safeParse(v).success).toBe(true);
    for (const v of ['2025', '2025-3', '2025-13', '2025-03-32', 'Maret 2025']) expect(partialDate.safeParse(v).success, v).toBe(false);
  });

  it('sop', () => {
    expect(sopSchema.safeParse(tree.sops[0]!.data).success).toBe(true);
    const bad = structuredClone(tree.sops[0]!.data) as unknown as { stages: { reading: { basis: string } }[] };
    bad.stages[0]!.reading.basis = 'guess';
    expect(paths(sopSchema.safeParse(bad))).toEqual(['stages.0.reading.basis']);
  });

  it('holidays', () => {
    const list = {
      year: 2025,
      sources: [{ title: 'Daftar fiktif untuk pengujian' }],
      days: [{ date: '2025-12-25', name: 'Hari Raya Natal', kind: 'libur-nasional' }],
    };
    expect(holidaysSchema.safeParse(list).success).toBe(true);
    expect(paths(holidaysSchema.safeParse({ ...list, sources: [] }))).toEqual(['sources']);
    expect(paths(holidaysSchema.safeParse({ ...list, days: [{ ...list.days[0], kind: 'libur' }] }))).toEqual(['days.0.kind']);
  });
});
