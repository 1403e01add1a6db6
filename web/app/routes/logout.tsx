import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { apiFor } from "~/utils/api.server";

/** Ends the session and clears its cookie. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { api } = await apiFor(request, context);
  await api.signOut();
  return redirect("/login", { headers: { "Set-Cookie": context.api.sessionCookie(null, new Date(0)) } });
}

export function loader() {
  return redirect("/");
}
