/**
 * The CDS Hooks service (https://cds-hooks.hl7.org/2.0/) on Fastify: discovery, three hooks
 * and feedback. Every call carries the EHR's JWT; bodies are never logged.
 */
import cors from '@fastify/cors';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { assess } from '../../src/engine';
import { JwtVerifier, Unauthorized, type TrustedClient } from './auth';
import {
  patientCards,
  recordCard,
  unrecognisedCard,
  verdictCards,
  type Card,
  type CardNote,
} from './cards';
import { CardLedger, FeedbackStore, parseFeedback } from './feedback';
import {
  isRecognised,
  recogniseOrder,
  type RecognisedOrder,
  type UnrecognisedOrder,
} from './modality';
import { DEFAULT_ORDER_CODES, type OrderCodeList } from './order-codes';
import { PREFETCH_TEMPLATES, readRecord } from './patient-data';
import { BadRequest, orderRefs, parseHookRequest, type HookName } from './request';

export interface CdsOptions {
  host?: string;
  port?: number;
  clients: TrustedClient[];
  /** The base URL EHRs call (the JWT `aud` is this + the path); default http://host:port. */
  publicUrl?: string;
  /** The dashboard, for the card's link and source; none: no link. */
  appUrl?: string;
  dataDir: string;
  bodyLimit?: number;
  orderCodes?: OrderCodeList;
  /** Allowed browser origins; default any (`*`), as the spec's CORS section shows. */
  corsOrigins?: string[];
  logLevel?: string;
  fhirTimeoutMs?: number;
}

export const SERVICES: { id: string; hook: HookName; title: string; description: string }[] = [
  {
    id: 'vas-patient-view',
    hook: 'patient-view',
    title: 'Vertebral artery syndrome: suspicion and urgency',
    description:
      'When a chart is opened: vascular red flags (refer now / urgent) and the suspicion level of vertebral artery syndrome, with the work-up to consider.',
  },
  {
    id: 'vas-order-select',
    hook: 'order-select',
    title: 'Manual therapy contraindication check (order selected)',
    description:
      'When cervical manipulation, neck or back massage or therapeutic exercise is selected: the verdict for that modality (contraindicated / not cleared / caution) with reasons, sources and missing data.',
  },
  {
    id: 'vas-order-sign',
    hook: 'order-sign',
    title: 'Manual therapy contraindication check (order signed)',
    description:
      'Before a manual-therapy order is signed: the verdict for the modality ordered, with reasons, sources and missing data.',
  },
];

export function discovery() {
  return {
    services: SERVICES.map((s) => ({
      hook: s.hook,
      id: s.id,
      title: s.title,
      description: s.description,
      prefetch: PREFETCH_TEMPLATES,
      usageRequirements:
        'Send a JWT signed with ES384 or RS384 by a client registered in CDS_CLIENTS. Without prefetch the service reads the FHIR server given (fhirServer, fhirAuthorization) and needs read access to Patient, Condition, Observation, DiagnosticReport, Procedure, MedicationStatement and ServiceRequest; with a fhirServer it also reads QuestionnaireResponse, Encounter, DocumentReference and MedicationRequest where the server allows them.',
    })),
  };
}

export interface RunningCds {
  app: FastifyInstance;
  base: string;
  port: number;
  feedbackFile: string;
  close(): Promise<void>;
}

export async function startCdsServer(opts: CdsOptions): Promise<RunningCds> {
  const host = opts.host ?? '127.0.0.1';
  const verifier = new JwtVerifier(opts.clients);
  const ledger = new CardLedger();
  const store = new FeedbackStore(opts.dataDir);
  const codes = opts.orderCodes ?? DEFAULT_ORDER_CODES;
  const appUrl = opts.appUrl?.replace(/\/+$/, '');
  let base = opts.publicUrl?.replace(/\/+$/, '') ?? '';

  const app = Fastify({
    logger: {
      level: opts.logLevel ?? 'info',
      // Method and route pattern only: no query string, headers or body (no patient data).
      serializers: {
        req: (r) => ({ method: r.method }),
        res: (r) => ({ statusCode: r.statusCode }),
      },
    },
    disableRequestLogging: true,
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
  });
  await app.register(cors, {
    origin: opts.corsOrigins?.length ? opts.corsOrigins : '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['Origin', 'Accept', 'Content-Location', 'Location', 'X-Requested-With'],
    maxAge: 600,
  });

  const route = (req: FastifyRequest) => req.routeOptions.url ?? 'unknown';
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'OPTIONS') return;
    const audience = base + req.url.split('?')[0];
    try {
      (req as FastifyRequest & { iss?: string }).iss = await verifier.verify(
        req.headers.authorization,
        audience,
      );
    } catch (e) {
      if (!(e instanceof Unauthorized)) throw e;
      req.log.warn({ route: route(req), why: e.message }, 'call refused');
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        route: route(req),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'call',
    );
  });
  app.setErrorHandler((e: FastifyError | BadRequest, req, reply) => {
    if (e instanceof BadRequest)
      return reply.code(e.status).send({ error: e.message, field: e.field });
    const status = (e as FastifyError).statusCode ?? 500;
    if (status === 413) return reply.code(413).send({ error: 'body: too large', field: 'body' });
    if (status === 415)
      return reply
        .code(415)
        .send({ error: 'Content-Type: must be application/json', field: 'Content-Type' });
    if (status === 400)
      return reply.code(400).send({ error: 'body: not valid JSON', field: 'body' });
    req.log.error({ route: route(req), code: (e as FastifyError).code ?? e.name }, 'call failed');
    return reply.code(500).send({ error: 'internal error' });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'no such service' }));

  app.get('/cds-services', async () => discovery());

  app.post<{ Params: { id: string } }>('/cds-services/:id', async (req, reply) => {
    const service = SERVICES.find((s) => s.id === req.params.id);
    if (!service) return reply.code(404).send({ error: 'no such service' });
    const hr = parseHookRequest(req.body, service.hook);
    const ctx = {
      service: service.id,
      appUrl,
      patientId: hr.context.patientId,
      fhirServer: hr.fhirServer,
    };
    const ordering = service.hook !== 'patient-view';
    let orders: (RecognisedOrder | UnrecognisedOrder)[] = [];
    if (ordering) {
      let refs = orderRefs(hr.context.draftOrders!);
      if (hr.context.selections) {
        const sel = hr.context.selections;
        sel.forEach((s, i) => {
          if (!refs.some((r) => r.ref === s))
            throw new BadRequest(
              `context.selections[${i}]`,
              'is not an order in context.draftOrders',
            );
        });
        refs = refs.filter((r) => sel.includes(r.ref));
      }
      orders = refs
        .map((r) => recogniseOrder(r.resource, r.ref, codes))
        .filter((x): x is RecognisedOrder | UnrecognisedOrder => !!x);
    }
    const recognised = orders.filter(isRecognised);
    const out: { card: Card; note: CardNote }[] = [];
    for (const o of orders)
      if (!isRecognised(o) && o.looksManual) out.push(unrecognisedCard(o, ctx));
    if (!ordering || recognised.length > 0) {
      const rec = await readRecord(hr, { req: req.raw, res: reply.raw }, opts.fhirTimeoutMs);
      if (!rec.ok) out.push(recordCard([...rec.problems, ...rec.notRead], ctx, ordering));
      else {
        const a = assess(rec.caseFile);
        const c = { ...ctx, caseId: rec.caseFile.id };
        out.push(
          ...(ordering
            ? verdictCards(a, recognised, c, rec.notRead)
            : patientCards(a, c, rec.notRead)),
        );
      }
    }
    for (const x of out) ledger.remember(x.card.uuid, x.note);
    // Most severe first.
    const rank = { critical: 0, warning: 1, info: 2 };
    return { cards: out.map((x) => x.card).sort((a, b) => rank[a.indicator] - rank[b.indicator]) };
  });

  app.post<{ Params: { id: string } }>('/cds-services/:id/feedback', async (req, reply) => {
    const service = SERVICES.find((s) => s.id === req.params.id);
    if (!service) return reply.code(404).send({ error: 'no such service' });
    const entries = parseFeedback(req.body);
    const receivedAt = new Date().toISOString();
    const iss = (req as FastifyRequest & { iss?: string }).iss;
    await store.append(
      entries.map((f) => ({
        receivedAt,
        service: service.id,
        client: iss,
        ...f,
        about: ledger.get(f.card) ?? null,
      })),
    );
    return reply.code(200).send({});
  });

  await app.listen({ host, port: opts.port ?? 8104 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 8104);
  if (!base) base = `http://${host}:${port}`;
  return { app, base, port, feedbackFile: store.path, close: () => app.close() };
}
