// The template of one search result (Pagefind Component UI's own syntax): Pagefind's
// default, plus the reason the entry is exempted, from the page's "alasan" metadata (the
// consequence if opened, marked on the entry page). {{ }} escapes; only the excerpt, which
// Pagefind builds with <mark>, is inserted as HTML ({{+ +}}), as in the default.
import { UI } from '#domain/strings.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.alasan}}
      <p class="pf-result-why"><strong>${escape(UI.search.why)}</strong> {{ meta.alasan }}</p>
      {{/if}}
      {{#if excerpt}}
      <p class="pf-result-excerpt">{{+ excerpt +}}</p>
      {{/if}}
    </div>
  </div>
</li>`;
