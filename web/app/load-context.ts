import type { Api } from "@yakkan/api";

declare module "@remix-run/node" {
  interface AppLoadContext {
    api: Api;
    /** This response's Content-Security-Policy nonce (web/security.ts). */
    cspNonce: string;
    /** The client's address, for the API's rate limits. */
    clientAddress: string;
  }
}

export {};
