// The channels through which a reader can ask the body for information, as its own data
// records them: only what is there, in the order a reader looks for it.
import type { Body } from '#domain/schema/index.ts';
import { UI } from '#domain/strings.ts';

export interface Channel {
  label: string;
  value: string;
  /** A link where the channel is one (mail, web). */
  href?: string;
}

export function requestChannels(body: Body): Channel[] {
  const L = UI.request.labels;
  const p = body.ppid;
  const out: (Channel | null)[] = [
    p?.name ? { label: L.ppid, value: p.name } : null,
    { label: L.address, value: p?.address ?? body.address ?? '' },
    { label: L.phone, value: p?.phone ?? body.phone ?? '' },
    p?.email || body.email ? { label: L.email, value: (p?.email ?? body.email)!, href: `mailto:${p?.email ?? body.email}` } : null,
    p?.hours ? { label: L.hours, value: p.hours } : null,
    p?.requestForm ? { label: L.requestForm, value: p.requestForm, href: p.requestForm } : null,
    p?.objectionForm ? { label: L.objectionForm, value: p.objectionForm, href: p.objectionForm } : null,
    p?.publicInfoList ? { label: L.publicInfoList, value: p.publicInfoList, href: p.publicInfoList } : null,
    body.website ? { label: L.website, value: body.website, href: body.website } : null,
  ];
  return out.filter((c): c is Channel => Boolean(c && c.value));
}
