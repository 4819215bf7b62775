/** Validation of article.json: the article's paragraphs and the excerpts quoted from them. */
import type { Article, EventLink, Excerpt, Paragraph, Problem, Relation } from '../schema';
import { RELATIONS } from '../schema';
import { describe, isFuzzyDate, parseFuzzyDate } from '../../time/dates';
import {
  type Obj,
  Report,
  checkId,
  isObj,
  join,
  optString,
  reqString,
  stringArray,
} from '../checks';
import { safeHttpUrl } from '../urls';

/** An excerpt's `events`: ids (meaning `reports`) or `{ "id", "relation" }` objects. */
function eventLinks(r: Report, x: Obj, path: string): EventLink[] {
  const p = join(path, 'events');
  const v = x.events;
  if (v === undefined) {
    r.add(p, 'missing (use [] for none)');
    return [];
  }
  if (!Array.isArray(v)) {
    r.add(p, `expected an array of event ids, got ${describe(v)}`);
    return [];
  }
  const out: EventLink[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string') return out.push({ id: item, relation: 'reports' });
    const ip = `${p}[${i}]`;
    if (!isObj(item))
      return r.add(ip, `expected an event id or { "id", "relation" }, got ${describe(item)}`);
    const id = reqString(r, item, 'id', ip);
    const relation = item.relation ?? 'reports';
    const relationOk = (RELATIONS as readonly unknown[]).includes(relation);
    if (!relationOk)
      r.add(
        join(ip, 'relation'),
        `expected one of ${RELATIONS.join(', ')}, got ${describe(relation)}`,
      );
    if (id && relationOk) out.push({ id, relation: relation as Relation });
  });
  return out;
}

export function validateArticle(
  raw: unknown,
  problems: Problem[] = [],
  file = 'article.json',
): Article | null {
  const r = new Report(file, problems);
  if (!isObj(raw)) {
    r.add('', `expected an article object, got ${describe(raw)}`);
    return null;
  }
  const title = reqString(r, raw, 'title', '') ?? 'Untitled article';
  const publisher = reqString(r, raw, 'publisher', '') ?? '';
  const date = reqString(r, raw, 'date', '') ?? '';
  if (date && !isFuzzyDate(parseFuzzyDate(date)))
    r.add('date', `"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const url = optString(r, raw, 'url', '');
  const urlOk = url !== undefined && safeHttpUrl(url) !== null;
  if (url !== undefined && !urlOk)
    r.add('url', `${describe(url)} is not an http(s) URL (left out: no link is made)`);

  const paragraphs: Paragraph[] = [];
  const byId = new Map<string, Paragraph>();
  if (!Array.isArray(raw.paragraphs) || raw.paragraphs.length === 0) {
    r.add(
      'paragraphs',
      `expected a non-empty array of paragraphs, got ${describe(raw.paragraphs)}`,
    );
  } else {
    const seen = new Set<string>();
    raw.paragraphs.forEach((p, i) => {
      const path = `paragraphs[${i}]`;
      if (!isObj(p)) return r.add(path, `expected a paragraph object, got ${describe(p)}`);
      const id = checkId(r, p, path, seen);
      const text = reqString(r, p, 'text', path);
      if (p.heading !== undefined && typeof p.heading !== 'boolean')
        r.add(join(path, 'heading'), `expected true or false, got ${describe(p.heading)}`);
      if (!id || !text) return;
      const para: Paragraph = { id, text };
      if (p.heading === true) para.heading = true;
      paragraphs.push(para);
      byId.set(id, para);
    });
  }

  const excerpts: Excerpt[] = [];
  if (raw.excerpts !== undefined && !Array.isArray(raw.excerpts)) {
    r.add('excerpts', `expected an array of excerpts, got ${describe(raw.excerpts)}`);
  } else if (Array.isArray(raw.excerpts)) {
    const seen = new Set<string>();
    raw.excerpts.forEach((x, i) => {
      const path = `excerpts[${i}]`;
      if (!isObj(x)) return r.add(path, `expected an excerpt object, got ${describe(x)}`);
      const id = checkId(r, x, path, seen);
      const paragraph = reqString(r, x, 'paragraph', path);
      const text = reqString(r, x, 'text', path);
      const places = stringArray(r, x, 'places', path, true);
      const links = eventLinks(r, x, path);
      const events = links.map((l) => l.id);
      const para = paragraph ? byId.get(paragraph) : undefined;
      if (paragraph && !para) r.add(join(path, 'paragraph'), `unknown paragraph "${paragraph}"`);
      if (para && text && !para.text.includes(text)) {
        r.add(
          join(path, 'text'),
          `not found verbatim in paragraph "${para.id}": "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}"`,
        );
        return;
      }
      if (!id || !para || !text) return;
      excerpts.push({ id, paragraph: para.id, text, places, events, links });
    });
  }
  const article: Article = { title, publisher, date, paragraphs, excerpts };
  if (url && urlOk) article.url = url;
  return article;
}
