/**
 * The reviewer probes of the five adversarial review rounds (probe-cases*.ts): every probe's
 * assessment is at least as cautious as its expectation, every reason names its rule and
 * source, and a verdict other than clear has a reason. Probes listed in KNOWN_OPEN must
 * still fail: when one passes, the list is out of date. `npm run engine:probe` prints the
 * same as a table.
 */
import { KNOWN_OPEN } from './known-open';
import { PROBES } from './probe-cases';
import { evaluateProbe } from './probe-eval';
import { probeKey, type Probe } from './probe-model';

const known = new Map(KNOWN_OPEN.map((k) => [k.key, k]));

describe('Reviewer probes', () => {
  it('have unique keys, and every known open one names a probe', () => {
    const keys = PROBES.map(probeKey);
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).withContext('duplicate probe keys').toEqual([]);
    const all = new Set(keys);
    const stale = KNOWN_OPEN.filter((k) => !all.has(k.key)).map((k) => k.key);
    expect(stale).withContext('KNOWN_OPEN entries naming no probe').toEqual([]);
    expect(known.size).withContext('KNOWN_OPEN keys are unique').toBe(KNOWN_OPEN.length);
  });

  const families = new Map<string, Probe[]>();
  for (const p of PROBES) families.set(p.family, [...(families.get(p.family) ?? []), p]);
  for (const [family, probes] of families) {
    describe(family, () => {
      for (const p of probes) {
        const key = probeKey(p);
        const open = known.get(key);
        if (open) {
          it(`${key} still fails (known open, ${open.kind}: ${open.reason})`, () => {
            const o = evaluateProbe(p);
            expect(o.ok)
              .withContext(`${key} passes now (${o.got}): remove it from KNOWN_OPEN`)
              .toBeFalse();
          });
        } else {
          it(`${key} [${p.rule}]`, () => {
            const o = evaluateProbe(p);
            expect(o.problems).withContext(`${key}: got ${o.got}`).toEqual([]);
          });
        }
      }
    });
  }
});
