import { Cancelled, WriteQueue } from './write-queue';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('WriteQueue', () => {
  it('runs writes for one patient in order, others in parallel', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    const slow = (tag: string, ms: number) => () =>
      new Promise<void>((r) => setTimeout(() => (log.push(tag), r()), ms));
    const all = [
      q.enqueue('a', slow('a1', 20)),
      q.enqueue('a', slow('a2', 1)),
      q.enqueue('b', slow('b1', 1)),
    ];
    await Promise.all(all);
    expect(log).toEqual(['b1', 'a1', 'a2']);
    expect(q.size).toBe(0);
  });

  it('a delete cancels what is queued for that patient, not what is running', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    const running = q.enqueue('a', async () => {
      await tick();
      log.push('save-1');
    });
    const queued = q.enqueue('a', async () => {
      log.push('save-2');
    });
    await Promise.resolve(); // save-1 has started (its transaction is open)
    q.cancel('a');
    const del = q.enqueue('a', async () => {
      log.push('delete');
    });
    await running;
    await expectAsync(queued).toBeRejectedWith(jasmine.any(Cancelled));
    await del;
    expect(log).toEqual(['save-1', 'delete']);
  });

  it('a batch write waits for every patient it touches', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    void q.enqueue('a', async () => {
      await tick();
      log.push('a');
    });
    await q.enqueue(['a', 'b'], async () => {
      log.push('batch');
    });
    expect(log).toEqual(['a', 'batch']);
  });
});
