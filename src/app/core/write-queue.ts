/**
 * One ordered write queue per patient: writes for one id run one after another, in the order
 * they were asked for; different patients do not wait for each other. `cancel(id)` drops what
 * is queued for that id and not yet started (a delete cancels the saves queued before it).
 */
export class Cancelled extends Error {
  constructor(readonly id: string) {
    super(`write for ${id} cancelled`);
  }
}

export class WriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly epochs = new Map<string, number>();
  private running = 0;

  /** How many writes are queued or running (all patients). */
  get size(): number {
    return this.running;
  }

  /**
   * Runs `task` after everything queued for these ids (one id, or several for one batch
   * write); rejects with `Cancelled` if any of them was cancelled before it started.
   */
  enqueue<T>(ids: string | readonly string[], task: () => Promise<T>): Promise<T> {
    const list = typeof ids === 'string' ? [ids] : [...new Set(ids)];
    const epochs = list.map((id) => this.epochs.get(id) ?? 0);
    const before = list.map((id) => this.tails.get(id)).filter((t) => t !== undefined);
    this.running++;
    const run = Promise.allSettled(before)
      .then(() => {
        const gone = list.find((id, i) => (this.epochs.get(id) ?? 0) !== epochs[i]);
        if (gone !== undefined) throw new Cancelled(gone);
        return task();
      })
      .finally(() => {
        this.running--;
        for (const id of list) if (this.tails.get(id) === run) this.tails.delete(id);
      });
    for (const id of list) this.tails.set(id, run);
    return run;
  }

  /** Drops every write queued for `id` that has not started yet. */
  cancel(id: string): void {
    this.epochs.set(id, (this.epochs.get(id) ?? 0) + 1);
  }

  /** Resolves when everything queued so far has settled. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }
}
