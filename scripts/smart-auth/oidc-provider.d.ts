/**
 * The part of oidc-provider 8.8.1's API the SMART test authorisation server uses (the package
 * ships no types and @types/oidc-provider is not installed).
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Grant {
    jti: string;
    accountId?: string;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    rejectOIDCScope(scope: string): void;
    rejectResourceScope(resource: string, scope: string): void;
    getOIDCScope(): string;
    getOIDCScopeFiltered(scopes: Set<string>): string;
    getResourceScope(resource: string): string;
    save(): Promise<string>;
  }
  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[] };
    params: Record<string, string | undefined>;
    session?: { accountId?: string };
    grantId?: string;
  }
  export interface KoaContextWithOIDC {
    status: number;
    body: unknown;
    oidc: {
      route?: string;
      params?: Record<string, unknown>;
      entities: {
        Grant?: Grant;
        AuthorizationCode?: { scopes: Set<string> };
        RefreshToken?: { scopes: Set<string> };
      };
    };
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    Grant: {
      new (init: { accountId: string; clientId: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
  export const errors: { InvalidTarget: new (description?: string) => Error };
}
