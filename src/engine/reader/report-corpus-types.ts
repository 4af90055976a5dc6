/**
 * The shape of a corpus entry and one helper per kind of study, shared by the corpus files.
 */
import type { FindingId } from '../finding-ids';
import type { ImagingModality, ImagingRegion } from '../model';

export type Expect = Record<string, '+' | '-' | '?'>;

export interface CorpusEntry {
  text: string;
  modality: ImagingModality;
  region: ImagingRegion;
  expect: Expect;
  /** Findings read as acute / subacute / fresh / recent (none when absent). */
  acute?: FindingId[];
  /** A vertebral-artery occlusion or absent flow is read (false when absent). */
  occlusion?: boolean;
}

export type Extra = Pick<CorpusEntry, 'acute' | 'occlusion'>;

const study =
  (modality: ImagingModality, region: ImagingRegion) =>
  (text: string, expect: Expect, extra: Extra = {}): CorpusEntry => ({
    text,
    modality,
    region,
    expect,
    ...extra,
  });

export const xr = study('xray', 'cervical-spine');
export const mr = study('mri', 'cervical-spine');
export const ct = study('msct', 'cervical-spine');
export const dop = study('doppler', 'neck-vessels');
export const cta = study('cta', 'neck-vessels');
export const mra = study('mra', 'head');
export const head = study('mri', 'head');
export const headCt = study('msct', 'head');

export const N = 'vertebral-artery-narrowing';
export const D = 'vertebral-artery-dissection';
export const A = 'vertebral-artery-atherosclerosis';
export const U = 'uncovertebral-arthrosis';
export const O = 'cervical-osteochondrosis';
export const P = 'disc-protrusion';
export const H = 'disc-herniation';
export const I = 'vertebral-instability';
export const F = 'fracture-or-ligament-instability';
export const S = 'stroke';
export const M = 'malignancy';
export const MY = 'myelopathy';
export const R = 'radiculopathy';
export const ST = 'spinal-tumour-or-cyst';
export const BT = 'brain-tumour';
export const OCC = { occlusion: true } as const;
export const ACUTE_STROKE: Extra = { acute: ['stroke'] };
export const ACUTE_DISSECTION: Extra = { acute: ['vertebral-artery-dissection'] };
