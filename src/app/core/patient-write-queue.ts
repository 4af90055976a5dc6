import { Injectable } from '@angular/core';
import { WriteQueue } from './write-queue';

/**
 * The app's one write queue (ordered per patient), shared by the effects and the import so
 * an import and an edit of the same patient never race.
 *
 * It also knows the new patients stored under another id than they were created with
 * (another tab or clinician took the id at the same moment, core/case-ids): a write queued
 * under the first id goes to the stored one, and after the patient's later writes.
 */
@Injectable({ providedIn: 'root' })
export class PatientWriteQueue extends WriteQueue {
  private readonly renumbered = new Map<string, string>();

  /** Set inside the creation's queued task, before the writes queued behind it run. */
  renumber(from: string, to: string): void {
    this.renumbered.set(from, to);
  }

  /** The id a write queued under `id` goes to. */
  target(id: string): string {
    return this.renumbered.get(id) ?? id;
  }

  /** The queue keys of a patient: its id, and the first id of a renumbered new patient. */
  keysOf(id: string): string[] {
    const keys = [id];
    for (const [from, to] of this.renumbered) if (to === id) keys.push(from);
    return keys;
  }
}
