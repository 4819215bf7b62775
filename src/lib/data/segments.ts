/**
 * Cuts a paragraph into plain-text segments so the article view can mark its excerpts without
 * ever treating text as HTML. Excerpts are verbatim spans (the validator checks that); where two
 * overlap, the one that starts first is marked and the other stays reachable from its cards.
 */
export interface Segment {
  text: string;
  /** The excerpt this segment is, if any. */
  excerpt?: string;
}

export function segmentParagraph(
  text: string,
  excerpts: readonly { id: string; text: string }[],
): Segment[] {
  const spans = excerpts
    .map((x) => ({ id: x.id, start: text.indexOf(x.text), end: 0, len: x.text.length }))
    .filter((s) => s.start >= 0 && s.len > 0)
    .map((s) => ({ ...s, end: s.start + s.len }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps an excerpt already marked
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), excerpt: s.id });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
