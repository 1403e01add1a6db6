import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { getLang } from "~/i18n/lang.server";
import { t, type Lang } from "~/i18n/messages";
import styles from "~/styles.css?url";
import "./load-context";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: await getLang(request) };
}

export function useLang(): Lang {
  return useRouteLoaderData<typeof loader>("root")?.lang ?? "ja";
}

function LanguageSwitch({ lang }: { lang: Lang }) {
  const location = useLocation();
  const other: Lang = lang === "ja" ? "en" : "ja";
  return (
    <Form method="post" action="/lang" reloadDocument>
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="link-button" lang={other}>
        {t(lang, "switchLanguage")}
      </button>
    </Form>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const lang = useLang();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t(lang, "skipToContent")}
        </a>
        <header className="site-header">
          <Link to="/" className="brand">
            {t(lang, "appName")}
          </Link>
          <nav aria-label={lang === "ja" ? "言語" : "Language"}>
            <LanguageSwitch lang={lang} />
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const lang = useLang();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="panel" role="alert">
      <h1>{t(lang, notFound ? "notFoundTitle" : "errorTitle")}</h1>
      <p>{t(lang, notFound ? "notFoundBody" : "errorBody")}</p>
      <Link to="/">{t(lang, "backHome")}</Link>
    </section>
  );
}
