/**
 * The SMART App Launch session of this tab, through fhirclient only: `authorize` (EHR launch,
 * standalone launch, re-authorisation) and `ready` (the callback, and every later start of a
 * signed-in tab). fhirclient keeps the tokens in sessionStorage; nothing here writes them
 * anywhere else.
 */
import { computed, Injectable, InjectionToken, signal } from '@angular/core';
import { inject } from '@angular/core';
import type Client from 'fhirclient/lib/Client';
import type { FhirHttp } from '../repository/fhir/fhir-store';
import {
  CALLBACK_PATH,
  displayNameOf,
  LAUNCH_PATH,
  launchContextOf,
  readRecord,
  savePending,
  writeRecord,
  type LaunchContext,
  type PendingEdit,
  type StartMode,
} from './smart-context';
import { appScopes, type LaunchKind } from './smart-scopes';

/** The client id the app is registered with (the test server's; an EHR assigns its own). */
export const SMART_CLIENT_ID = 'vas-dashboard';
/** A second re-authorisation this soon after the last one is a loop: stop and say so. */
const REAUTH_MIN_INTERVAL_MS = 5000;

export const SMART_START = new InjectionToken<StartMode>('SmartStart', {
  factory: () => ({ kind: 'none' }),
});

const storage = (): Storage | undefined => globalThis.sessionStorage;

@Injectable({ providedIn: 'root' })
export class SmartSession {
  readonly mode = inject(SMART_START);
  /** Signed in through SMART (or finishing the sign-in). */
  readonly active = this.mode.kind === 'smart';
  private readonly ctx = signal<LaunchContext | null>(null);
  private readonly userName = signal<string | null>(null);
  private clientPromise: Promise<Client> | null = null;
  /** Leaving for the authorisation server on purpose (unsaved edits are in sessionStorage). */
  leaving = false;

  /** The launch context once the client is ready (null before, and outside SMART). */
  readonly context = this.ctx.asReadonly();
  /** "Signed in as …": the fhirUser's name, or its reference when it cannot be read. */
  readonly signedInAs = computed(() => this.userName() ?? this.ctx()?.fhirUser ?? null);
  /** False when the EHR shows its own patient banner (`need_patient_banner: false`). */
  readonly showPatientBanner = computed(() => this.ctx()?.needPatientBanner !== false);
  /** The granted scopes (null until known, or outside SMART). */
  readonly granted = computed(() => this.ctx()?.scope ?? null);

  /** fhirclient's authorised client; the callback's code exchange happens on the first call. */
  client(): Promise<Client> {
    this.clientPromise ??= this.load();
    return this.clientPromise;
  }

  /** The store's HTTP layer: the authorised client (its bearer token on every request). */
  async http(): Promise<FhirHttp> {
    const client = await this.client();
    return { request: (o) => client.request(o) };
  }

  /**
   * Starts an authorisation: EHR launch (`launch` given) or standalone (`launch/patient`, the
   * authorisation server asks for the patient). The page leaves for the authorisation server.
   */
  async authorize(iss: string, launch?: string | null, kind?: LaunchKind): Promise<void> {
    const launchKind = kind ?? (launch ? 'ehr' : 'standalone');
    writeRecord(storage(), { iss, kind: launchKind, authorised: false, startedAt: Date.now() });
    const FHIR = (await import('fhirclient')).default;
    this.leaving = true;
    await FHIR.oauth2.authorize({
      iss,
      ...(launch ? { launch } : {}),
      clientId: SMART_CLIENT_ID,
      scope: appScopes(launchKind),
      redirectUri: new URL(CALLBACK_PATH, globalThis.location.origin).href,
      pkceMode: 'required',
      // Framed by an EHR: finish in the frame itself (not in its parent).
      completeInTarget: true,
    });
  }

  /**
   * The access token expired (401) and fhirclient could not refresh it: keep the unsaved edit
   * in sessionStorage and authorise again with the same server and launch kind (through
   * `/launch?reauth=1`: fhirclient reads the page URL once per page); the callback re-applies
   * the edit. Never resolves (the page leaves), unless it would loop.
   */
  async reauthorise(pending?: PendingEdit): Promise<never> {
    const record = readRecord(storage());
    if (!record || Date.now() - record.startedAt < REAUTH_MIN_INTERVAL_MS)
      throw new Error(
        'the FHIR server refused the access token again right after signing in; launch the app again',
      );
    if (pending) savePending(storage(), pending);
    this.leaving = true;
    globalThis.location.assign(
      `${LAUNCH_PATH}?${new URLSearchParams({ iss: record.iss, reauth: '1' })}`,
    );
    return new Promise<never>(() => undefined);
  }

  /** The launch kind of the sign-in being renewed. */
  renewedKind(): LaunchKind {
    return readRecord(storage())?.kind ?? 'standalone';
  }

  private async load(): Promise<Client> {
    const FHIR = (await import('fhirclient')).default;
    const client = await FHIR.oauth2.ready();
    const record = readRecord(storage());
    if (record) writeRecord(storage(), { ...record, authorised: true });
    this.ctx.set(launchContextOf(client.state.tokenResponse, client.getIdToken()));
    if (client.getFhirUser())
      client.user
        .read()
        .then((u) => this.userName.set(displayNameOf(u)))
        .catch(() => undefined); // the reference is shown instead
    return client;
  }
}
