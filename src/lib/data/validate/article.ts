/** Validation of article.json: the article's paragraphs and the excerpts quoted from them. */
import type { Article, EventLink, Excerpt, Paragraph, Problem, Relation } from '../schema';
import { RELATIONS } from '../schema';
import { isFuzzyDate, parseFuzzyDate } from '../../time/dates';
import { describeValue } from '../describe-value';
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
function eventLinks(r: Report, excerpt: Obj, path: string): EventLink[] {
  const p = join(path, 'events');
  const v = excerpt.events;
  if (v === undefined) {
    r.add(p, 'missing (use [] for none)');
    return [];
  }
  if (!Array.isArray(v)) {
    r.add(p, `expected an array of event ids, got ${describeValue(v)}`);
    return [];
  }
  const out: EventLink[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string') return out.push({ id: item, relation: 'reports' });
    const ip = `${p}[${i}]`;
    if (!isObj(item))
      return r.add(ip, `expected an event id or { "id", "relation" }, got ${describeValue(item)}`);
    const id = reqString(r, item, 'id', ip);
    const relation = item.relation ?? 'reports';
    const relationOk = (RELATIONS as readonly unknown[]).includes(relation);
    if (!relationOk)
      r.add(
        join(ip, 'relation'),
        `expected one of ${RELATIONS.join(', ')}, got ${describeValue(relation)}`,
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
    r.add('', `expected an article object, got ${describeValue(raw)}`);
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
    r.add('url', `${describeValue(url)} is not an http(s) URL (left out: no link is made)`);

  const paragraphs: Paragraph[] = [];
  const byId = new Map<string, Paragraph>();
  if (!Array.isArray(raw.paragraphs) || raw.paragraphs.length === 0) {
    r.add(
      'paragraphs',
      `expected a non-empty array of paragraphs, got ${describeValue(raw.paragraphs)}`,
    );
  } else {
    const seen = new Set<string>();
    raw.paragraphs.forEach((p, i) => {
      const path = `paragraphs[${i}]`;
      if (!isObj(p)) return r.add(path, `expected a paragraph object, got ${describeValue(p)}`);
      const id = checkId(r, p, path, seen);
      const text = reqString(r, p, 'text', path);
      if (p.heading !== undefined && typeof p.heading !== 'boolean')
        r.add(join(path, 'heading'), `expected true or false, got ${describeValue(p.heading)}`);
      if (!id || !text) return;
      const para: Paragraph = { id, text };
      if (p.heading === true) para.heading = true;
      paragraphs.push(para);
      byId.set(id, para);
    });
  }

  const excerpts: Excerpt[] = [];
  if (raw.excerpts !== undefined && !Array.isArray(raw.excerpts)) {
    r.add('excerpts', `expected an array of excerpts, got ${describeValue(raw.excerpts)}`);
  } else if (Array.isArray(raw.excerpts)) {
    const seen = new Set<string>();
    raw.excerpts.forEach((item, i) => {
      const path = `excerpts[${i}]`;
      if (!isObj(item))
        return r.add(path, `expected an excerpt object, got ${describeValue(item)}`);
      const id = checkId(r, item, path, seen);
      const paragraph = reqString(r, item, 'paragraph', path);
      const text = reqString(r, item, 'text', path);
      const places = stringArray(r, item, 'places', path, true);
      const links = eventLinks(r, item, path);
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
