import { isDeepStrictEqual } from 'node:util';
import { canonicalJson } from '#domain/canonical.ts';
import { decreeCore, orderChain, toRegisterEntries } from '#domain/register.ts';
import { anchorDecreeDate, anchorVersions, entryRules } from '#domain/rules/entry.ts';
import { problem, type Problem } from '#domain/rules/registry.ts';
import { workCalendar } from '#domain/workdays.ts';
import { loadContent, type ContentTree, type DecreeFolder } from './load.ts';
import { today as todayFor } from './settings.ts';

export interface CheckOptions {
  /** Calendar date for expiry rules; default: today as the settings count it (PPID_TODAY, or the body's time zone). */
  today?: string;
}

export interface CheckResult {
  tree: ContentTree;
  problems: Problem[];
  counts: { error: number; finding: number };
  /** Decrees oldest first, when the chain could be ordered. */
  chain: DecreeFolder[] | null;
  today: string;
}

export function checkContent(rootOrTree?: string | ContentTree, options: CheckOptions = {}): CheckResult {
  const tree = typeof rootOrTree === 'object' ? rootOrTree : loadContent(rootOrTree);
  const problems: Problem[] = [...tree.problems];
  const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
  const units = new Map(tree.units.map((u) => [u.id, u.data]));
  const today = options.today ?? todayFor(tree.body?.data.timeZone);
  const calendar = workCalendar(tree.holidays.map((h) => h.data));

  // Ids and order in the working copy.
  const byId = new Map<string, string[]>();
  for (const e of tree.exemptions) byId.set(e.id, [...(byId.get(e.id) ?? []), e.file]);
  for (const [id, files] of byId)
    if (files.length > 1)
      for (const file of files)
        problems.push(
          problem('id-duplicate', {
            file,
            message: `Id "${id}" dipakai oleh ${files.length} berkas: ${files.join(', ')}.`,
            hint: 'Id berasal dari nama berkas dan harus unik di seluruh content/exemptions; ganti nama salah satu berkas dengan id baru yang belum pernah dipakai.',
            subject: { kind: 'exemption', id },
          }),
        );
  const byOrder = new Map<number, typeof tree.exemptions>();
  for (const e of tree.exemptions) byOrder.set(e.data.order, [...(byOrder.get(e.data.order) ?? []), e]);
  for (const [order, entries] of byOrder)
    if (entries.length > 1)
      for (const e of entries)
        problems.push(
          problem('order-duplicate', {
            file: e.file,
            line: e.lineOf(['order']),
            field: 'order',
            message: `Nomor urut ${order} dipakai juga oleh ${entries.filter((x) => x !== e).map((x) => x.file).join(', ')}.`,
            hint: 'Beri setiap entri nomor urut yang berbeda; nomor di register diberikan menurut urutan ini.',
            subject: { kind: 'exemption', id: e.id },
          }),
        );

  // Decrees and the hash chain.
  const chain = checkDecrees(tree, problems);

  // Legal rules on the working copy. A period counted from "the decree" is anchored at the
  // first decree that established the entry with that same period.
  const entries = toRegisterEntries(tree.exemptions);
  const versions = anchorVersions((chain ?? []).flatMap((d) => (d.decree && d.register?.data ? [{ date: d.decree.data.date, entries: d.register.data.entries }] : [])));
  const files = new Map<string, (typeof tree.exemptions)[number]>();
  for (const x of tree.exemptions) if (!files.has(x.id)) files.set(x.id, x);
  for (const e of entries) {
    const file = files.get(e.id)!;
    const decreeDate = anchorDecreeDate(versions, e);
    problems.push(...entryRules(e, { laws, units, file: file.file, lineOf: file.lineOf, decreeDate, today, calendar }));
  }

  // Holidays: a list holds the days of its own year.
  for (const h of tree.holidays) {
    if (String(h.data.year) !== h.id)
      problems.push(problem('holidays-year', { file: h.file, line: h.lineOf(['year']), field: 'year', message: `Berkas ${h.id}.json menyatakan tahun ${h.data.year}.`, hint: `Ganti nama berkas menjadi ${h.data.year}.json atau perbaiki field year.`, subject: { kind: 'holidays', id: h.id } }));
    h.data.days.forEach((d, i) => {
      if (!d.date.startsWith(`${h.data.year}-`))
        problems.push(problem('holidays-year', { file: h.file, line: h.lineOf(['days', i, 'date']), field: `days[${i}].date`, message: `Tanggal ${d.date} bukan tahun ${h.data.year}.`, hint: 'Pindahkan tanggal ini ke berkas tahunnya sendiri.', subject: { kind: 'holidays', id: h.id } }));
    });
  }

  // SOP references.
  for (const s of tree.sops) {
    const actors = new Set(s.data.actors.map((a) => a.id));
    s.data.stages.forEach((st, i) =>
      (st.actors ?? []).forEach((a, j) => {
        if (!actors.has(a))
          problems.push(problem('schema', { file: s.file, line: s.lineOf(['stages', i, 'actors', j]), field: `stages[${i}].actors[${j}]`, message: `Pelaksana "${a}" tidak ada dalam daftar actors.`, hint: `Gunakan salah satu: ${[...actors].join(', ')}.`, subject: { kind: 'sop', id: s.id } }));
      }),
    );
    s.data.legalBases.forEach((b, i) => {
      if (b.law && !laws.has(b.law))
        problems.push(problem('basis-unknown', { file: s.file, line: s.lineOf(['legalBases', i, 'law']), field: `legalBases[${i}].law`, message: `Peraturan "${b.law}" tidak ada di content/laws.`, hint: 'Perbaiki id atau tambahkan berkas peraturannya.', subject: { kind: 'sop', id: s.id } }));
    });
  }

  problems.sort(compareProblems);
  return {
    tree,
    problems,
    counts: {
      error: problems.filter((p) => p.severity === 'error').length,
      finding: problems.filter((p) => p.severity === 'finding').length,
    },
    chain,
    today,
  };
}

function checkDecrees(tree: ContentTree, problems: Problem[]): DecreeFolder[] | null {
  const ids = new Set(tree.decrees.map((d) => d.id));
  const usable = tree.decrees.filter((d) => d.decree);
  for (const d of usable) {
    const dec = d.decree!;
    const subject = { kind: 'decree' as const, id: d.id };
    if (dec.data.supersedes && !ids.has(dec.data.supersedes))
      problems.push(problem('ref-decree', { file: dec.file, line: dec.lineOf(['supersedes']), field: 'supersedes', message: `Keputusan yang digantikan, "${dec.data.supersedes}", tidak ada di content/decrees.`, hint: `Gunakan id folder keputusan yang ada: ${[...ids].join(', ') || '(belum ada)'}.`, subject }));
    if (d.sk && dec.data.sk && d.sk.sha256 !== dec.data.sk.sha256)
      problems.push(problem('sk-hash', { file: d.sk.file, message: `SHA-256 sk.pdf (${d.sk.sha256.slice(0, 12)}…) tidak sama dengan yang tercatat di decree.json (${dec.data.sk.sha256.slice(0, 12)}…).`, hint: 'Pindaian SK yang sudah diterbitkan tidak boleh diganti atau disimpan ulang. Kembalikan berkas aslinya.', subject }));
    if (dec.data.sk && !d.sk)
      problems.push(problem('sk-hash', { file: dec.file, field: 'sk', message: 'decree.json mencatat sk.pdf, tetapi berkasnya tidak ada.', hint: 'Kembalikan berkas sk.pdf yang asli ke folder keputusan ini.', subject }));
    if (d.sk && !dec.data.sk)
      problems.push(problem('sk-hash', { file: d.sk.file, message: 'sk.pdf ada tetapi hash-nya belum dicatat di decree.json.', hint: `Tambahkan "sk": { "file": "sk.pdf", "sha256": "${d.sk.sha256}" } ke decree.json.`, subject }));

    const reg = d.register;
    if (!reg) {
      problems.push(problem('snapshot-missing', { file: `${dec.file.replace(/decree\.json$/, '')}register.json`, message: `Keputusan "${d.id}" tidak memiliki register.json (versi beku).`, hint: 'Versi beku ditulis oleh npm run decree dan tidak boleh dihapus; kembalikan berkasnya dari riwayat git.', subject }));
      continue;
    }
    if (reg.sha256 !== dec.data.register.sha256)
      problems.push(problem('snapshot-hash', { file: reg.file, message: `SHA-256 register.json adalah ${reg.sha256}, tetapi decree.json mencatat ${dec.data.register.sha256}. Versi beku telah diubah setelah ditetapkan.`, hint: 'Versi beku tidak boleh disunting. Kembalikan register.json dari riwayat git (git checkout -- <berkas>); perubahan isi register dilakukan lewat keputusan baru.', subject }));
    if (!reg.data) continue;
    if (!reg.raw.startsWith('{') || canonicalJson(reg.data) !== reg.raw)
      problems.push(problem('snapshot-noncanonical', { file: reg.file, message: 'register.json tidak dalam bentuk JSON kanonik (urutan kunci, spasi atau akhir baris berubah).', hint: 'Jangan memformat ulang versi beku; kembalikan berkas aslinya dari riwayat git.', subject }));
    if (reg.data.decreeId !== d.id)
      problems.push(problem('snapshot-decree-mismatch', { file: reg.file, line: reg.lineOf(['decreeId']), field: 'decreeId', message: `register.json milik keputusan "${reg.data.decreeId}", bukan "${d.id}".`, hint: 'Versi beku tidak boleh dipindah antarfolder.', subject }));
    const core = decreeCore(dec.data);
    for (const key of Object.keys(core) as (keyof typeof core)[]) {
      if (!isDeepStrictEqual(core[key], reg.data.decree[key]))
        problems.push(problem('snapshot-decree-mismatch', { file: dec.file, line: dec.lineOf([key]), field: key, message: `Field "${key}" di decree.json (${JSON.stringify(core[key])}) berbeda dari yang dibekukan di register.json (${JSON.stringify(reg.data.decree[key])}).`, hint: 'Unsur keputusan yang sudah ditetapkan tidak boleh diubah. Catat koreksi atau keterangan di field notes.', subject }));
    }
  }

  const result = orderChain(usable.map((d) => ({ id: d.id, supersedes: d.decree!.data.supersedes, value: d })));
  if (!result.ok) {
    const why = {
      'no-root': 'tidak ada keputusan pertama (semua keputusan menggantikan keputusan lain)',
      'several-roots': `lebih dari satu keputusan tanpa "supersedes": ${result.ids.join(', ')}`,
      fork: `beberapa keputusan menggantikan keputusan yang sama: ${result.ids.join(', ')}`,
      cycle: `rujukan "supersedes" berputar di ${result.ids.join(', ')}`,
      unreachable: `keputusan tidak tersambung ke rantai: ${result.ids.join(', ')}`,
    }[result.reason];
    const first = usable.find((d) => result.ids.includes(d.id)) ?? usable[0]!;
    problems.push(problem('chain-broken', { file: first.decree!.file, field: 'supersedes', message: `Riwayat keputusan tidak membentuk satu rantai: ${why}.`, hint: 'Setiap keputusan (kecuali yang pertama) menyebut tepat satu keputusan sebelumnya di "supersedes", dan tidak ada keputusan yang digantikan dua kali.', subject: { kind: 'decree', id: first.id } }));
    return null;
  }
  const order = result.order.map((l) => l.value);
  order.forEach((d, i) => {
    const reg = d.register?.data;
    if (!reg) return;
    const prev = i > 0 ? order[i - 1]! : null;
    const expected = prev?.register ? prev.register.sha256 : null;
    if (prev && !prev.register) return; // reported as snapshot-missing
    if (reg.previousSha256 !== expected)
      problems.push(
        problem('chain-broken', {
          file: d.register!.file,
          line: d.register!.lineOf(['previousSha256']),
          field: 'previousSha256',
          message: prev
            ? `previousSha256 (${String(reg.previousSha256)}) tidak sama dengan SHA-256 register.json keputusan sebelumnya "${prev.id}" (${String(expected)}).`
            : `Keputusan pertama tidak boleh merujuk hash versi sebelumnya (tercatat ${String(reg.previousSha256)}).`,
          hint: 'Rantai hash membuktikan urutan versi. Bila versi sebelumnya diubah, kembalikan dari riwayat git; bila sebuah keputusan dihapus, kembalikan foldernya.',
          subject: { kind: 'decree', id: d.id },
        }),
      );
  });
  return order;
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule);
}

