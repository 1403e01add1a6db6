import { isAppError } from "./app-error";

/** Runs an API call; NOT_FOUND (which is also "not yours") becomes the 404 page. */
export async function orNotFound<T>(call: () => Promise<T> | T): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
    throw error;
  }
}
