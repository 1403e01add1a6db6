import type { Api } from "@yakkan/api";

declare module "@remix-run/node" {
  interface AppLoadContext {
    api: Api;
  }
}

export {};
