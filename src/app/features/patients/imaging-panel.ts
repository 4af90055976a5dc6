import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  findingLabel,
  IMAGING_MODALITIES,
  isMachineRead,
  IMAGING_REGIONS,
  readReport,
  todayIso,
  type FindingId,
  type ImagingStudy,
  type Mention,
} from '../../../engine';
import { decisionOf, type StudyDecision } from '../../core/case-edits';
import { canHighlightReport } from '../../core/report-display';

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
interface MentionView {
  finding: FindingId;
  label: string;
  status: Mention['status'];
  text: string;
  decision: StudyDecision;
  /** A negated reading of a finding another sentence of the same report reads present. */
  alsoPresent: boolean;
}
interface StudyView {
  study: ImagingStudy;
  segments: Segment[];
  /** FS-8: text the reader could not read; the clinician reads it and answers. */
  notRead: boolean;
  /**
   * FS-8: no report text and nothing confirmed present or absent on the study (a study just
   * added, before its report is typed): the engine warns report-not-read for it too.
   */
  noText: boolean;
  mentions: MentionView[];
}

const DECISION_LABEL: Record<Exclude<StudyDecision, null>, string> = {
  present: 'Confirmed present',
  absent: 'Confirmed absent',
  rejected: 'Rejected as misread',
};
const STATUS_LABEL: Record<Mention['status'], string> = {
  affirmed: 'reads present',
  negated: 'reads absent',
  uncertain: 'uncertain',
};

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
  /** Confirmed present (affirmed or uncertain reading). */
  readonly confirmed = output<StudyFinding>();
  /** Confirmed absent (a negated reading, FS-7): never "present" against the report. */
  readonly confirmedAbsent = output<StudyFinding>();
  readonly rejected = output<StudyFinding>();
  readonly undone = output<StudyFinding>();

  protected readonly modalities = IMAGING_MODALITIES;
  protected readonly regions = IMAGING_REGIONS;
  protected readonly modalityLabel = MODALITY_LABEL;
  protected readonly decisionLabel = DECISION_LABEL;
  protected readonly statusLabel = STATUS_LABEL;

  protected readonly views = computed<StudyView[]>(() =>
    this.studies().map((study) => {
      const text = study.report ?? '';
      const mentions = text ? readReport(text, study) : [];
      const seen = new Set<string>();
      const present = new Set(mentions.filter((m) => m.status !== 'negated').map((m) => m.finding));
      return {
        study,
        // A very long report is shown as one text node (term-by-term highlighting froze the tab).
        segments: canHighlightReport(text) ? segmentsOf(text, mentions) : [{ text, mention: null }],
        notRead: text.trim() !== '' && !isMachineRead(text, mentions),
        noText: text.trim() === '' && !study.findings?.length && !study.absentFindings?.length,
        mentions: mentions
          .filter(
            (m) => !seen.has(`${m.finding}:${m.status}`) && seen.add(`${m.finding}:${m.status}`),
          )
          .map((m) => ({
            finding: m.finding,
            label: findingLabel(m.finding),
            status: m.status,
            text: m.text,
            decision: decisionOf(study, m.finding),
            alsoPresent: m.status === 'negated' && present.has(m.finding),
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
