import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  findingLabel,
  IMAGING_MODALITIES,
  IMAGING_REGIONS,
  readReport,
  todayIso,
  type FindingId,
  type ImagingStudy,
  type Mention,
} from '../../../engine';

const MODALITY_LABEL: Record<string, string> = {
  xray: 'X-ray',
  mri: 'MRI',
  msct: 'MSCT',
  doppler: 'Doppler',
  cta: 'CTA',
  mra: 'MRA',
};

interface Segment {
  text: string;
  mention: Mention | null;
}
interface StudyView {
  study: ImagingStudy;
  segments: Segment[];
  mentions: {
    finding: FindingId;
    label: string;
    status: string;
    text: string;
    confirmed: boolean;
    rejected: boolean;
  }[];
}

export interface StudyPatch {
  index: number;
  patch: Partial<ImagingStudy>;
}
export interface StudyFinding {
  index: number;
  finding: FindingId;
}

function segmentsOf(text: string, mentions: readonly Mention[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), mention: null });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mention: null });
  return out;
}

/** Imaging reports: the findings read from the text are highlighted in place; confirm or reject each. */
@Component({
  selector: 'app-imaging-panel',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imaging-panel.html',
  styleUrl: './imaging-panel.scss',
})
export class ImagingPanel {
  readonly studies = input.required<readonly ImagingStudy[]>();
  readonly changed = output<StudyPatch>();
  readonly added = output<ImagingStudy>();
  readonly removed = output<number>();
  readonly confirmed = output<StudyFinding>();
  readonly rejected = output<StudyFinding>();

  protected readonly modalities = IMAGING_MODALITIES;
  protected readonly regions = IMAGING_REGIONS;
  protected readonly modalityLabel = MODALITY_LABEL;

  protected readonly views = computed<StudyView[]>(() =>
    this.studies().map((study) => {
      const text = study.report ?? '';
      const mentions = text ? readReport(text, study) : [];
      const confirmed = new Set(study.findings ?? []);
      const rejected = new Set(study.rejectedFindings ?? []);
      const seen = new Set<string>();
      return {
        study,
        segments: segmentsOf(text, mentions),
        mentions: mentions
          .filter(
            (m) => !seen.has(`${m.finding}:${m.status}`) && seen.add(`${m.finding}:${m.status}`),
          )
          .map((m) => ({
            finding: m.finding,
            label: findingLabel(m.finding),
            status: m.status,
            text: m.text,
            confirmed: confirmed.has(m.finding),
            rejected: rejected.has(m.finding),
          })),
      };
    }),
  );

  protected add(): void {
    this.added.emit({ modality: 'xray', region: 'cervical-spine', date: todayIso(), report: '' });
  }

  protected value(e: Event): string {
    return (e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
  }

  protected patch(index: number, key: keyof ImagingStudy, e: Event): void {
    this.changed.emit({ index, patch: { [key]: this.value(e) } });
  }
}
