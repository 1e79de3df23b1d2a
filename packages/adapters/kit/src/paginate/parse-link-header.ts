/**
 * The targets of an RFC 8288 (formerly RFC 5988) `Link` header by relation:
 * `<https://x/tickets?page=2>; rel="next", <…>; rel="prev"` → `{ next: 'https://…', prev: '…' }`.
 * A link may carry several space-separated relations; the first link of a relation wins.
 */
export function parseLinkHeader(header: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  // Split on commas outside <…> and quotes: URLs may contain commas.
  const parts = header.match(/<[^>]*>(?:\s*;\s*[^,;="]+(?:=(?:"[^"]*"|[^,;"]*))?)*/g) ?? [];
  for (const part of parts) {
    const target = /^<([^>]*)>/.exec(part)?.[1];
    if (target === undefined) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s,;"]+))/i.exec(part);
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    for (const r of rels) links[r] ??= target;
  }
  return links;
}
