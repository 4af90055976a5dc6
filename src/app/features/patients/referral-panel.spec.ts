import { TestBed } from '@angular/core/testing';
import type { Referral } from '../../../engine';
import { ReferralPanel, SAVE_PAUSE_MS } from './referral-panel';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ReferralPanel', () => {
  function setup(referral: Referral) {
    const fixture = TestBed.createComponent(ReferralPanel);
    fixture.componentRef.setInput('referral', referral);
    const saved: Referral[] = [];
    fixture.componentInstance.changed.subscribe((r) => saved.push(r));
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const reason = el.querySelector<HTMLInputElement>('input[formcontrolname="reason"]')!;
    return { fixture, saved, reason };
  }

  it('saves typed text after a pause, without leaving the field', async () => {
    const { saved, reason } = setup({ reason: 'neck pain' });
    reason.dispatchEvent(new Event('focus'));
    reason.value = 'neck pain and dizziness';
    reason.dispatchEvent(new Event('input'));
    expect(saved).toEqual([]);
    await wait(SAVE_PAUSE_MS + 150);
    expect(saved.map((r) => r.reason)).toEqual(['neck pain and dizziness']);
  });

  it('another tab’s value never replaces text being typed', async () => {
    const { fixture, reason } = setup({ reason: 'neck pain' });
    reason.dispatchEvent(new Event('focus'));
    reason.value = 'neck pain, half-typ';
    reason.dispatchEvent(new Event('input'));
    fixture.componentRef.setInput('referral', { reason: 'changed elsewhere', from: 'GP' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(reason.value).toBe('neck pain, half-typ');
    const from = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      'input[formcontrolname="from"]',
    )!;
    expect(from.value).toBe('GP');
  });

  it('names what the engine read from the reason, and nothing when it read nothing', () => {
    const { fixture } = setup({ reason: 'worst headache after neck manipulation' });
    const el = fixture.nativeElement as HTMLElement;
    const note = () => el.querySelector('[aria-label="Referral readings"]');
    expect(note()).toBeNull();
    fixture.componentRef.setInput('read', [
      'sudden-severe-headache',
      'recent-cervical-manipulation',
    ]);
    fixture.detectChanges();
    expect(note()?.textContent).toContain('counted as present');
    expect(note()?.textContent).toContain('Sudden severe "worst-ever" headache');
    expect(note()?.textContent).toContain('manipulation');
  });
});
