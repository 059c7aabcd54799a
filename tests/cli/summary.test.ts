// The register summary on pairs of content trees, and on git refs as the workflow uses it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SUMMARY_MARKER, summarize } from '#content/summary.ts';
import { contentCopy, fixture, REPO, SHIPPED } from '../helpers/content.ts';

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

describe('register summary', () => {
  it('no change', () => {
    copy = contentCopy();
    const s = summarize(SHIPPED, copy.root, { today: '2026-11-21' });
    expect(s.markdown.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(s.markdown).toContain('**Pemeriksaan: LULUS** (0 galat, 9 temuan, 5 catatan tinjauan).');
    expect(s.markdown).toContain('+ 0 ditambahkan · − 0 dihapus · ~ 0 diubah · ↕ 0 berpindah nomor · 14 tidak berubah');
    expect(s.markdown).toContain('Keputusan baru: tidak ada.');
    expect(s.markdown).toContain('Tidak ada temuan baru dan tidak ada yang selesai.');
  });

  it('an added entry with a new finding', () => {
    copy = contentCopy();
    copy.write('exemptions/catatan-fiktif.mdx', fixture('bad/jangka-waktu-samar.mdx'));
    const s = summarize(SHIPPED, copy.root, { today: '2026-11-21' });
    expect(s.diff.added.map((e) => e.id)).toEqual(['catatan-fiktif']);
    expect(s.markdown).toContain(
      '**Ditambahkan**\n- **15. Catatan pengaduan yang fiktif (fixture)** · Pasal 17 huruf h UU 14/2008 · jangka waktu "Selama jangka waktu tertentu"',
    );
    expect(s.newFindings.map((p) => p.rule)).toEqual(['period-vague']);
    expect(s.markdown).toContain('**Temuan baru (1)**');
    expect(s.markdown).toContain('[period-vague] Jangka waktu tidak jelas dan tegas: catatan-fiktif');
  });

  it('a removed entry, a changed period field by field, and a resolved finding', () => {
    copy = contentCopy();
    rmSync(join(copy.root, 'exemptions/perubahan-realokasi-anggaran.mdx'));
    const rel = 'exemptions/dokumen-karya-intelektual.mdx';
    copy.write(
      rel,
      copy
        .read(rel)
        .replace('kind: indefinite\n  text: Tidak terbatas', 'kind: duration\n  text: 5 tahun\n  years: 5\n  from: { kind: decree }'),
    );
    const s = summarize(SHIPPED, copy.root, { today: '2026-11-21' });
    expect(s.markdown).toContain(
      '**Dihapus**\n- ~~13. Dokumen terkait penganggaran dan kebijakan mengenai perubahan dan realokasi anggaran~~',
    );
    expect(s.markdown).toContain(
      '- **6. Dokumen karya intelektual oleh lembaga/swasta/kelompok/ perseorangan**\n  - Jangka waktu: ~~Tidak terbatas~~ → **5 tahun**',
    );
    expect(s.markdown).toMatch(
      /Jangka waktu \(pembacaan\): Dikecualikan ~~−tanpa batas waktu~~ \*\*\+selama 5 tahun sejak keputusan ditetapkan\*\*/,
    );
    expect(s.resolvedFindings.map((p) => `${p.rule}:${p.subject?.id}`)).toEqual(['pasal20-permanent:dokumen-karya-intelektual']);
    expect(s.markdown).toContain('**Temuan yang selesai (1)**');
  });

  it('a new decree is announced with its number, date, counts and hash', () => {
    const s = summarize(SHIPPED, join(REPO, 'tests/fixtures/versions/content'), { today: '2026-11-21' });
    expect(s.newDecrees).toEqual(['fiktif-2025-09', 'fiktif-2026-06', 'fiktif-2099-01']);
    expect(s.markdown).toMatch(
      /- `fiktif-2025-09`: Pemutakhiran Nomor FIKTIF\/1\/2025, Kupang, 1 September 2025; 14 entri \(1 ditambah, 1 dihapus, 2 diubah dari versi sebelumnya\); SHA-256 `[0-9a-f]{64}`/,
    );
  });

  it('errors are listed with file, field, rule and fix, and the result says GAGAL', () => {
    copy = contentCopy();
    copy.write('exemptions/huruf-k.mdx', fixture('bad/huruf-k.mdx'));
    const s = summarize(SHIPPED, copy.root, { today: '2026-11-21' });
    // Huruf k: the unknown letter, and (never hidden) no Pasal 17 ground.
    expect(s.errors).toBe(2);
    expect(s.markdown).toContain('**Pemeriksaan: GAGAL** (2 galat');
    expect(s.markdown).toContain('### Galat (2)\n\n- exemptions/huruf-k.mdx:4 · legalBasis · \\[basis-missing\\]');
    expect(s.markdown).toMatch(
      /\n- exemptions\/huruf-k\.mdx:5 · legalBasis\\\[0\\\]\.letter · \\\[basis-unknown\\\] UU 14\/2008 Pasal 17 tidak memiliki huruf k\./,
    );
  });

  it('an edited frozen snapshot fails the summary, naming the version', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/register.json';
    copy.write(rel, copy.read(rel).replace('Melindungi data pribadi', 'Melindungi data pegawai'));
    const s = summarize(SHIPPED, copy.root, { today: '2026-11-21' });
    expect(s.historyBroken).toEqual([{ version: 'dik-2025-03', what: 'register.json diubah' }]);
    expect(s.markdown).toContain('### Riwayat beku dilanggar (1)\n\n- `dik-2025-03`: register.json diubah');
    expect(s.markdown).toContain('**Pemeriksaan: GAGAL**');
  });

  // An attacker's and a careless editor's ways to cut or rewrite history (issue 13).
  it('the newest version removed: history cut from its end fails, though every remaining hash is right', () => {
    copy = contentCopy();
    rmSync(join(copy.root, 'decrees/dik-2025-03'), { recursive: true });
    const s = summarize(SHIPPED, copy.root, { today: '2026-11-21' });
    expect(s.historyBroken).toEqual([{ version: 'dik-2025-03', what: 'folder versi dihapus' }]);
  });

  it("a version's decree elements or signed scan altered fails; annotations designed to come later do not", () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/decree.json';
    const decree = JSON.parse(copy.read(rel)) as Record<string, unknown>;
    const scan = (bytes: string) => ({ file: 'sk.pdf', sha256: createHash('sha256').update(bytes).digest('hex') });
    // Base: the version with its signed scan added (allowed: it had none).
    copy.write('decrees/dik-2025-03/sk.pdf', '%PDF-1.4 asli');
    copy.write(rel, JSON.stringify({ ...decree, sk: scan('%PDF-1.4 asli') }, null, 2));
    const base = copy.root;
    expect(summarize(SHIPPED, base, { today: '2026-11-21' }).historyBroken).toEqual([]);
    const head = contentCopy();
    try {
      cpSync(base, head.root, { recursive: true });
      // Notes and cycle dates are annotations: allowed.
      head.write(rel, JSON.stringify({ ...decree, sk: scan('%PDF-1.4 asli'), notes: ['Catatan baru.'] }, null, 2));
      expect(summarize(base, head.root, { today: '2026-11-21' }).historyBroken).toEqual([]);
      // The scan replaced and its hash updated to match: the chain alone would not see it.
      head.write('decrees/dik-2025-03/sk.pdf', '%PDF-1.4 palsu');
      head.write(rel, JSON.stringify({ ...decree, sk: scan('%PDF-1.4 palsu') }, null, 2));
      expect(summarize(base, head.root, { today: '2026-11-21' }).historyBroken.map((x) => x.what)).toEqual([
        'pindaian SK (sk.pdf) atau hash-nya diubah',
        'pindaian SK (sk.pdf) atau hash-nya diubah',
      ]);
      // The place of signature changed.
      head.write(rel, JSON.stringify({ ...decree, sk: scan('%PDF-1.4 asli'), place: 'Jakarta' }, null, 2));
      head.write('decrees/dik-2025-03/sk.pdf', '%PDF-1.4 asli');
      expect(summarize(base, head.root, { today: '2026-11-21' }).historyBroken.map((x) => x.what)).toEqual([
        'unsur keputusan yang dibekukan (nomor, judul, tempat, tanggal, penanda tangan, paraf) diubah',
      ]);
      // The letterhead its archive is printed with: recorded once, never changed (nor removed).
      const letterhead = decree.letterhead as { heading: string[]; contact: string[] };
      expect(letterhead.heading[1]).toBe('DINAS PERINDUSTRIAN DAN PERDAGANGAN');
      head.write(rel, JSON.stringify({ ...decree, sk: scan('%PDF-1.4 asli'), letterhead: { ...letterhead, heading: ['LAIN'] } }, null, 2));
      head.write(rel.replace('decree.json', 'sk.pdf'), '%PDF-1.4 asli');
      expect(summarize(base, head.root, { today: '2026-11-21' }).historyBroken.map((x) => x.what)).toEqual([
        'kop surat yang tercatat pada keputusan ini diubah atau dihapus (arsip PDF-nya akan berubah)',
      ]);
      head.write(rel, JSON.stringify({ ...decree, sk: scan('%PDF-1.4 asli'), letterhead: null }, null, 2));
      expect(summarize(base, head.root, { today: '2026-11-21' }).historyBroken).toHaveLength(1);
    } finally {
      head.cleanup();
    }
  });

  it('the publication log is append-only: corrections only added, a withdrawal recorded once and never after the day in force', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/decree.json';
    const decree = JSON.parse(copy.read(rel)) as Record<string, unknown>;
    const first = { date: '2026-11-02', note: 'Tanggal pada halaman semula salah ketik.' };
    copy.write(rel, JSON.stringify({ ...decree, corrections: [first] }, null, 2));
    const head = contentCopy();
    try {
      const broken = (d: Record<string, unknown>) => {
        head.write(rel, JSON.stringify(d, null, 2));
        return summarize(copy!.root, head.root, { today: '2026-11-21' }).historyBroken.map((x) => x.what);
      };
      expect(broken({ ...decree, corrections: [first, { date: '2026-11-20', note: 'Ralat kedua.' }] })).toEqual([]);
      expect(broken({ ...decree, corrections: [{ ...first, note: 'Ditulis ulang.' }] })).toEqual([
        'ralat yang sudah tercatat diubah atau dihapus (ralat hanya boleh ditambah)',
      ]);
      // In force since March 2025: it was in force, and was published so.
      expect(broken({ ...decree, corrections: [first], withdrawn: { date: '2025-03-01', reason: 'Dicabut.' } })).toEqual([
        'versi ini dicatat dicabut padahal hari berlakunya sudah lewat: ia sudah berlaku dan diterbitkan sebagai berlaku',
      ]);
    } finally {
      head.cleanup();
    }
  });

  it('a change of what is trusted is shown with each root certificate’s source', () => {
    copy = contentCopy();
    const head = contentCopy();
    try {
      const pem = readFileSync(join(REPO, 'tests/fixtures/narrative/content/trust/akar-fiktif.pem'), 'utf8');
      head.write('trust/akar-fiktif.pem', pem);
      head.write('trust/allowed_signers', 'editor@ppid.fiktif.go.id ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFiktif\n');
      const md = summarize(copy.root, head.root, { today: '2026-11-21' }).markdown;
      expect(md).toContain('### Kepercayaan (content/trust)');
      expect(md).toMatch(/- `trust\/akar-fiktif\.pem`: \S+ · Sumber: dibuat oleh tests\/helpers\/signed-pdf\.ts/);
      expect(md).toMatch(/- `trust\/allowed\\?_signers`: \S+/);
      // A result naming a root that is not there fails: it could not be re-checked.
      head.write(
        'decrees/dik-2025-03/decree.json',
        JSON.stringify(
          {
            ...JSON.parse(head.read('decrees/dik-2025-03/decree.json')),
            sk: {
              file: 'sk.pdf',
              sha256: createHash('sha256').update('%PDF-1.4').digest('hex'),
              signatures: [],
              trust: [{ name: 'bsre.pem', sha256: '0'.repeat(64) }],
            },
          },
          null,
          2,
        ),
      );
      head.write('decrees/dik-2025-03/sk.pdf', '%PDF-1.4');
      expect(summarize(copy.root, head.root, { today: '2026-11-21' }).historyBroken.map((x) => x.what)).toContain(
        'hasil pemeriksaan tanda tangan sk.pdf mengacu pada sertifikat akar yang tidak ada di content/trust (bsre.pem)',
      );
    } finally {
      head.cleanup();
    }
  });

  it('npm run summary compares git refs, as the pull-request workflow does', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ppid-summary-git-'));
    try {
      cpSync(SHIPPED, join(repo, 'content'), { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.invalid', ...args], { cwd: repo, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-qm', 'dasar');
      const rel = join(repo, 'content/exemptions/berkas-kepegawaian.mdx');
      writeFileSync(rel, readFileSync(rel, 'utf8').replace('closed: Melindungi data pribadi', 'closed: Melindungi data pribadi pegawai'));
      git('commit', '-qam', 'usulan');
      const r = spawnSync(process.execPath, [join(REPO, 'scripts/summary.ts'), 'HEAD~1', 'HEAD'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PPID_CONTENT: join(repo, 'content') },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('Dibandingkan: `HEAD~1` → `HEAD`.');
      expect(r.stdout).toContain(
        '- **1. Dokumen/berkas/arsip kepegawaian**\n  - Pertimbangan jika ditutup: Melindungi data pribadi **+pegawai**',
      );
      const bad = spawnSync(process.execPath, [join(REPO, 'scripts/summary.ts'), 'tidak-ada-ref'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PPID_CONTENT: join(repo, 'content') },
      });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('bukan folder maupun ref git');
      // Folders named like the refs the workflow passes, added by the change itself: the refs win.
      cpSync(join(repo, 'content'), join(repo, 'origin/main/content'), { recursive: true });
      git('branch', 'origin/main', 'HEAD~1');
      const refs = spawnSync(process.execPath, [join(REPO, 'scripts/summary.ts'), 'origin/main', 'HEAD'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PPID_CONTENT: join(repo, 'content') },
      });
      expect(refs.status, refs.stderr).toBe(0);
      expect(refs.stdout).toContain('Melindungi data pribadi **+pegawai**');
      // A folder is a folder only when written as a path.
      const folder = spawnSync(process.execPath, [join(REPO, 'scripts/summary.ts'), 'content'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PPID_CONTENT: join(repo, 'content') },
      });
      expect(folder.status).toBe(2);
      expect(folder.stderr).toContain('tulis sebagai jalur: ./content');
      // History cut in the change: the summary is written, and the command fails.
      rmSync(join(repo, 'content/decrees/dik-2025-03'), { recursive: true });
      git('commit', '-qam', 'potong riwayat');
      const cut = spawnSync(process.execPath, [join(REPO, 'scripts/summary.ts'), 'HEAD~1', 'HEAD'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PPID_CONTENT: join(repo, 'content') },
      });
      expect(cut.status).toBe(1);
      expect(cut.stdout).toContain('- `dik-2025-03`: folder versi dihapus');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
