import type { AppError } from "@yakkan/api";

/**
 * Recognises the API's AppError without importing its class: the portal's bundle and the server
 * load @yakkan/api separately, so `instanceof` cannot be trusted across them.
 */
export function isAppError(error: unknown): error is AppError {
  return (
    error instanceof Error &&
    error.name === "AppError" &&
    typeof (error as Partial<AppError>).code === "string" &&
    Array.isArray((error as Partial<AppError>).issues)
  );
}
