/**
 * POST /cds-services/{id}/feedback (https://cds-hooks.hl7.org/2.0/#feedback): accepted and
 * overridden cards, with the override reason, appended as JSON lines to
 * `<CDS_DATA_DIR>/feedback.jsonl` — the start of an audit of overrides. A line names the card,
 * what it was about (modality, verdict, rule ids, rules version) and the EHR; no patient id.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Coding } from 'fhir/r4';
import type { CardNote } from './cards';
import { BadRequest } from './request';

export interface FeedbackEntry {
  card: string;
  outcome: 'accepted' | 'overridden';
  acceptedSuggestions?: { id: string }[];
  overrideReason?: { reason?: Coding; userComment?: string };
  outcomeTimestamp: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseFeedback(body: unknown): FeedbackEntry[] {
  if (!isObj(body)) throw new BadRequest('body', 'must be a JSON object');
  const list = body['feedback'];
  if (!Array.isArray(list) || list.length === 0)
    throw new BadRequest('feedback', 'is required (a non-empty array)');
  if (list.length > 100) throw new BadRequest('feedback', 'has more than 100 entries');
  return list.map((f, i): FeedbackEntry => {
    const at = `feedback[${i}]`;
    if (!isObj(f)) throw new BadRequest(at, 'must be an object');
    if (typeof f['card'] !== 'string' || f['card'] === '' || f['card'].length > 100)
      throw new BadRequest(`${at}.card`, 'is required (the card uuid)');
    const outcome = f['outcome'];
    if (outcome !== 'accepted' && outcome !== 'overridden')
      throw new BadRequest(`${at}.outcome`, 'must be "accepted" or "overridden"');
    const ts = f['outcomeTimestamp'];
    if (typeof ts !== 'string' || Number.isNaN(Date.parse(ts)))
      throw new BadRequest(`${at}.outcomeTimestamp`, 'is required (an ISO 8601 instant)');
    const out: FeedbackEntry = { card: f['card'], outcome, outcomeTimestamp: ts };
    const acc = f['acceptedSuggestions'];
    if (acc !== undefined) {
      if (!Array.isArray(acc) || acc.some((a) => !isObj(a) || typeof a['id'] !== 'string'))
        throw new BadRequest(`${at}.acceptedSuggestions`, 'must be an array of {id}');
      out.acceptedSuggestions = acc.map((a) => ({ id: String((a as Obj)['id']).slice(0, 100) }));
    }
    const or = f['overrideReason'];
    if (or !== undefined) {
      if (outcome !== 'overridden')
        throw new BadRequest(`${at}.overrideReason`, 'is only for an "overridden" outcome');
      if (!isObj(or)) throw new BadRequest(`${at}.overrideReason`, 'must be an object');
      const reason = or['reason'];
      if (reason !== undefined && (!isObj(reason) || typeof reason['code'] !== 'string'))
        throw new BadRequest(`${at}.overrideReason.reason`, 'must be a Coding with a code');
      const comment = or['userComment'];
      if (comment !== undefined && typeof comment !== 'string')
        throw new BadRequest(`${at}.overrideReason.userComment`, 'must be a string');
      out.overrideReason = {
        ...(isObj(reason)
          ? {
              reason: {
                ...(typeof reason['system'] === 'string' ? { system: reason['system'] } : {}),
                code: String(reason['code']).slice(0, 100),
                ...(typeof reason['display'] === 'string'
                  ? { display: reason['display'].slice(0, 200) }
                  : {}),
              },
            }
          : {}),
        ...(typeof comment === 'string' ? { userComment: comment.slice(0, 2000) } : {}),
      };
    }
    return out;
  });
}

/** Cards issued recently (uuid → what it was about), so feedback can be tied to a verdict. */
export class CardLedger {
  private readonly notes = new Map<string, CardNote>();
  constructor(private readonly max = 50_000) {}
  remember(uuid: string, note: CardNote): void {
    if (this.notes.size >= this.max) this.notes.delete(this.notes.keys().next().value!);
    this.notes.set(uuid, note);
  }
  get(uuid: string): CardNote | undefined {
    return this.notes.get(uuid);
  }
}

export class FeedbackStore {
  private readonly file: string;
  private ready: Promise<unknown> | null = null;
  /** Appends in order, one write at a time. */
  private queue: Promise<void> = Promise.resolve();
  constructor(private readonly dir: string) {
    this.file = join(dir, 'feedback.jsonl');
  }
  get path(): string {
    return this.file;
  }
  append(records: object[]): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    const lines = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const next = this.queue.then(async () => {
      await this.ready;
      await appendFile(this.file, lines, { encoding: 'utf8', mode: 0o600 });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
