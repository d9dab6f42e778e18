import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Client, cacheExchange, fetchExchange, Provider as UrqlProvider } from 'urql';
import type { UserManager } from 'oidc-client-ts';
import { currentPage, safeReturnPath, sessionOf, type Session } from './auth';
import { Layout } from './components/Layout';
import { Loading, ProblemPage } from './components/Notice';
import { LookupPage } from './pages/Lookup';
import { navigate, useLocation } from './router';
import { ACCESS, landingFor, SessionContext, type Page, type SessionContextValue } from './session';

const DashboardPage = lazy(() => import('./pages/Dashboard'));
const ContractPage = lazy(() => import('./pages/Contract'));
const StructuresPage = lazy(() => import('./pages/Structures'));
const StructurePage = lazy(() => import('./pages/Structure'));
const HoursImportPage = lazy(() => import('./pages/HoursImport'));
const ReportsPage = lazy(() => import('./pages/Reports'));
const HoursPage = lazy(() => import('./pages/Hours'));
const ContractNewPage = lazy(() => import('./pages/ContractNew'));
const ContractManagePage = lazy(() => import('./pages/ContractManage'));
const PersonNewPage = lazy(() => import('./pages/PersonNew'));
const PersonPage = lazy(() => import('./pages/Person'));
const CensusPage = lazy(() => import('./pages/Census'));
const CompanyHoursPage = lazy(() => import('./pages/CompanyHours'));
const HomePage = lazy(() => import('./pages/Home'));

/** A hint (not a token) that a provider session may exist, so a reload tries a silent renewal. */
const SIGNED_IN_HINT = 'maillage.signedIn';

interface Route {
  page: Page | 'callback' | 'silent' | 'not-found' | 'reports-print';
  params: Record<string, string>;
  embed: boolean;
}

export function route(path: string): Route {
  const embed = path === '/integrer' || path.startsWith('/integrer/');
  const rest = embed ? path.slice('/integrer'.length) || '/' : path;
  const match = (pattern: RegExp) => pattern.exec(rest);
  let m: RegExpExecArray | null;
  if (!embed && rest === '/connexion/retour') return { page: 'callback', params: {}, embed };
  if (!embed && rest === '/connexion/silencieuse') return { page: 'silent', params: {}, embed };
  if (rest === '/' || rest === '') return { page: 'lookup', params: {}, embed };
  if ((m = match(/^\/commune\/([^/]+)$/))) return { page: 'lookup', params: { commune: m[1]! }, embed };
  if ((m = match(/^\/code-postal\/([^/]+)$/))) return { page: 'lookup', params: { postalCode: m[1]! }, embed };
  if (embed) return { page: 'not-found', params: {}, embed };
  if (rest === '/tableau-de-bord') return { page: 'dashboard', params: {}, embed };
  if (rest === '/accueil') return { page: 'home', params: {}, embed };
  if ((m = match(/^\/entreprises\/([^/]+)\/heures$/))) return { page: 'company-hours', params: { siret: m[1]! }, embed };
  if (rest === '/marches/nouveau') return { page: 'contract-new', params: {}, embed };
  if ((m = match(/^\/marches\/([^/]+)$/))) return { page: 'contract', params: { id: m[1]! }, embed };
  if ((m = match(/^\/marches\/([^/]+)\/heures$/))) return { page: 'hours', params: { id: m[1]! }, embed };
  if ((m = match(/^\/marches\/([^/]+)\/gestion$/))) return { page: 'contract-manage', params: { id: m[1]! }, embed };
  if (rest === '/personnes/nouvelle') return { page: 'person-new', params: {}, embed };
  if ((m = match(/^\/personnes\/([^/]+)$/))) return { page: 'person', params: { id: m[1]! }, embed };
  if (rest === '/structures') return { page: 'structures', params: {}, embed };
  if ((m = match(/^\/structures\/([^/]+)$/))) return { page: 'structure', params: { id: m[1]! }, embed };
  if (rest === '/releves') return { page: 'hours-import', params: {}, embed };
  if (rest === '/bilans') return { page: 'reports', params: {}, embed };
  if (rest === '/recensement') return { page: 'census', params: {}, embed };
  if (rest === '/bilans/impression') return { page: 'reports-print', params: {}, embed: true };
  return { page: 'not-found', params: {}, embed };
}

function createClient(token: () => string | undefined): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const value = token();
      const headers: Record<string, string> = value ? { authorization: `Bearer ${value}` } : {};
      return { headers };
    },
  });
}

export function App({ users }: { users: UserManager }) {
  const location = useLocation();
  const current = route(location.path);
  const [session, setSession] = useState<Session>();
  const [expired, setExpired] = useState(false);
  const [restoring, setRestoring] = useState(
    () => current.page !== 'callback' && current.page !== 'silent' && !current.embed && sessionStorage.getItem(SIGNED_IN_HINT) === '1',
  );
  const [authError, setAuthError] = useState<string>();
  const tokenRef = useRef<string | undefined>(undefined);
  tokenRef.current = session && !expired ? session.accessToken : undefined;
  const subject = session?.name ?? '';
  // One cache per signed-in identity: nothing read as one person is shown to the next.
  const client = useMemo(() => createClient(() => tokenRef.current), [subject, expired]);

  const signIn = useCallback(
    (returnTo?: string) => {
      void users.signinRedirect({ state: { returnTo: returnTo ?? currentPage() } }).catch(() => {
        setAuthError('Le service de connexion ne répond pas. Réessayez dans un instant.');
      });
    },
    [users],
  );
  const signOut = useCallback(() => {
    sessionStorage.removeItem(SIGNED_IN_HINT);
    setSession(undefined);
    void users.signoutRedirect().catch(() => navigate('/'));
  }, [users]);
  const expire = useCallback(() => {
    setExpired(true);
    void users.removeUser();
  }, [users]);

  useEffect(() => {
    const loaded = users.events.addUserLoaded((user) => {
      const next = sessionOf(user);
      if (next) {
        setSession(next);
        setExpired(false);
      }
    });
    const expiredToken = users.events.addAccessTokenExpired(() => setExpired(true));
    const renewFailed = users.events.addSilentRenewError(() => setExpired(true));
    return () => {
      loaded();
      expiredToken();
      renewFailed();
    };
  }, [users]);

  useEffect(() => {
    if (current.page === 'callback') {
      users
        .signinRedirectCallback()
        .then((user) => {
          const next = sessionOf(user);
          if (!next) throw new Error('role');
          sessionStorage.setItem(SIGNED_IN_HINT, '1');
          setSession(next);
          setExpired(false);
          const state = user.state as { returnTo?: unknown } | undefined;
          const back = safeReturnPath(state?.returnTo);
          navigate(back === '/' ? landingFor(next) : back, { replace: true });
        })
        .catch(() => setAuthError('La connexion n’a pas abouti. Recommencez.'));
    } else if (restoring) {
      users
        .signinSilent()
        .then((user) => {
          const next = user ? sessionOf(user) : undefined;
          if (next) setSession(next);
          else sessionStorage.removeItem(SIGNED_IN_HINT);
        })
        .catch(() => sessionStorage.removeItem(SIGNED_IN_HINT))
        .finally(() => setRestoring(false));
    }
    // Once, at start.
  }, []);

  // Focus the page's title after each navigation (not the first load), for screen reader and keyboard users.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    (heading ?? document.querySelector<HTMLElement>('main'))?.focus();
  }, [location.path]);

  const context: SessionContextValue = { session, restoring, signIn, signOut, expire, expired };

  let content;
  if (current.page === 'silent') return null;
  if (authError) {
    content = <ProblemPage problem={{ kind: 'other', message: authError }} />;
  } else if (current.page === 'callback') {
    content = <Loading what="de votre session" />;
  } else if (current.page === 'not-found') {
    content = <ProblemPage problem={{ kind: 'not-found', message: 'Cette page n’existe pas.' }} />;
  } else if (current.page === 'lookup') {
    content = <LookupPage embed={current.embed} communeCode={current.params.commune} postalCode={current.params.postalCode} />;
  } else if (current.page === 'reports-print') {
    // Rendered by the server's headless Chromium for the PDF: the browser context adds the caller's token.
    content = (
      <Suspense fallback={<Loading what="du bilan" />}>
        <ReportsPage print />
      </Suspense>
    );
  } else if (restoring) {
    content = <Loading what="de votre session" />;
  } else if (!session || expired) {
    content = (
      <ProblemPage
        problem={{
          kind: 'unauthenticated',
          message: expired
            ? 'Votre session a expiré. Reconnectez-vous : vous reviendrez sur cette page.'
            : 'Connectez-vous pour accéder à cette page.',
        }}
      />
    );
  } else if (!ACCESS[session.role].includes(current.page)) {
    content = <ProblemPage problem={{ kind: 'forbidden', message: 'Votre compte ne donne pas accès à cette page.' }} />;
  } else {
    content = (
      <Suspense fallback={<Loading what="de la page" />}>
        {current.page === 'dashboard' && <DashboardPage />}
        {current.page === 'contract' && <ContractPage id={current.params.id!} />}
        {current.page === 'structures' && <StructuresPage />}
        {current.page === 'structure' && <StructurePage id={current.params.id!} />}
        {current.page === 'hours-import' && <HoursImportPage />}
        {current.page === 'reports' && <ReportsPage />}
        {current.page === 'hours' && <HoursPage contractId={current.params.id!} />}
        {current.page === 'contract-new' && <ContractNewPage />}
        {current.page === 'contract-manage' && <ContractManagePage id={current.params.id!} />}
        {current.page === 'person-new' && <PersonNewPage />}
        {current.page === 'person' && <PersonPage id={current.params.id!} />}
        {current.page === 'census' && <CensusPage />}
        {current.page === 'company-hours' && <CompanyHoursPage siret={current.params.siret!} />}
        {current.page === 'home' && <HomePage />}
      </Suspense>
    );
  }
  return (
    <SessionContext.Provider value={context}>
      <UrqlProvider value={client}>
        {current.embed ? (
          <main id="contenu" className="embed-main">
            {content}
          </main>
        ) : (
          <Layout path={location.path}>{content}</Layout>
        )}
      </UrqlProvider>
    </SessionContext.Provider>
  );
}
