import { Injectable } from '@angular/core';
import { WriteQueue } from './write-queue';

/**
 * The app's one write queue (ordered per patient), shared by the effects and the import so
 * an import and an edit of the same patient never race.
 */
@Injectable({ providedIn: 'root' })
export class PatientWriteQueue extends WriteQueue {}
