import { createContext, useContext } from "react";

/**
 * This response's Content-Security-Policy nonce (web/security.ts), for Remix's inline scripts.
 * Only the server knows it; in the browser it is empty (browsers hide nonces from pages).
 */
const NonceContext = createContext<string>("");

export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
