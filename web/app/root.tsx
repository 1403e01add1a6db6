import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useEffect, useState } from "react";
import { apiFor } from "~/utils/api.server";
import { t, type Lang } from "~/i18n/messages";
import { useNonce } from "~/utils/nonce";
import { langOfText } from "~/utils/text-lang";
import styles from "~/styles.css?url";
import "./load-context";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await apiFor(request, context);
  const v = api.viewer;
  return {
    lang,
    viewer: v && {
      displayName: v.displayName,
      role: v.role,
      organizationName: lang === "ja" ? v.organizationName : v.organizationNameEn,
    },
  };
}

export function useLang(): Lang {
  return useRouteLoaderData<typeof loader>("root")?.lang ?? "ja";
}

export function useViewer() {
  return useRouteLoaderData<typeof loader>("root")?.viewer ?? null;
}

/**
 * On a narrow screen the navigation folds behind a disclosure button (aria-expanded, aria-controls).
 * Without script the button is never shown and the navigation stays open, stacked.
 */
function Navigation({ lang }: { lang: Lang }) {
  const viewer = useViewer();
  const location = useLocation();
  const [scripted, setScripted] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setScripted(true), []);
  useEffect(() => setOpen(false), [location.pathname, location.search]);
  return (
    <>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="site-nav"
        hidden={!scripted}
        onClick={() => setOpen((o) => !o)}
      >
        {t(lang, "menu")}
      </button>
      <nav
        id="site-nav"
        aria-label={t(lang, "mainNavigation")}
        className="main-nav"
        data-collapsed={scripted && !open ? "true" : undefined}
      >
        <ul>
          {viewer ? (
            <>
              <li>
                <NavLink to="/contracts">{t(lang, "navContracts")}</NavLink>
              </li>
              <li>
                <NavLink to="/requests">{t(lang, "navRequests")}</NavLink>
              </li>
              {viewer.role === "staff" ? (
                <li>
                  <NavLink to="/staff/requests">{t(lang, "navQueue")}</NavLink>
                </li>
              ) : null}
              {viewer.role === "staff" ? (
                <li>
                  <NavLink to="/staff/mail">{t(lang, "navMailLog")}</NavLink>
                </li>
              ) : null}
              {viewer.role === "legal" ? (
                <li>
                  <NavLink to="/legal">{t(lang, "navLegal")}</NavLink>
                </li>
              ) : null}
            </>
          ) : null}
          <li>
            <NavLink to="/" end>
              {t(lang, "navEstimate")}
            </NavLink>
          </li>
        </ul>
        <div className="session">
          {viewer ? (
            <>
              <Link to="/account" className="who" title={t(lang, "changePassword")}>
                <span lang={langOfText(viewer.displayName)}>{viewer.displayName}</span>
                <small lang={langOfText(viewer.organizationName)}> {viewer.organizationName}</small>
              </Link>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  {t(lang, "signOut")}
                </button>
              </Form>
            </>
          ) : (
            <Link to="/login">{t(lang, "signIn")}</Link>
          )}
        </div>
      </nav>
    </>
  );
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
  const nonce = useNonce();
  // An error page has no route meta: it gets its own title.
  const error = useRouteError();
  const errorTitle = error
    ? t(lang, isRouteErrorResponse(error) && error.status === 404 ? "notFoundTitle" : "errorTitle")
    : null;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {errorTitle ? <title>{`${errorTitle} | Yakkan`}</title> : null}
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
          <Navigation lang={lang} />
          <div aria-label={t(lang, "languageGroup")} role="group">
            <LanguageSwitch lang={lang} />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
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
